"""What each topic page says in words: heading, introduction and key findings.

Declared once here, used by the page itself and by its slide deck export. Every number in a
finding is the study's (see the chart each finding links to).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageContent:
    """A topic page's heading, one-paragraph introduction and key findings (sentence, chart)."""

    heading: str
    intro: str
    findings: tuple[tuple[str, str], ...]


PAGES: dict[str, PageContent] = {}

PAGES["globalization"] = PageContent(
    heading="Globalization indices",
    intro=("Belgium is one of the most globalized economies in the world: 5th on the KOF index of "
          "economic globalization and 4th on Ernst & Young's Globalization Index."),
    findings=(
        ("Belgium is 5th on the KOF index of economic globalization, with a score of 92.15 of 100.",
         "kof-economic-globalization"),
        ("It ranks 3rd on political and 5th on social globalization.", "kof-belgium-ranks"),
        ("Ernst & Young rank Belgium the 4th most globalized of the 60 largest economies in 2011.",
         "ey-globalization-index"),
        ("Belgium scores high on trade (6.4) and capital (6.8), low on cultural integration (4).",
         "ey-dimensions"),
    ),
)

PAGES["export-geography"] = PageContent(
    heading="Export geography",
    intro=("Belgium is losing market share in world trade, most of all in its neighbouring markets, "
          "and is not oriented towards the fastest growing markets."),
    findings=(
        ("Belgium's share of world exports fell 21% in goods (3.14% to 2.62%) and 9% in services "
         "between 2002 and 2011.", "world-market-share"),
        ("Belgian goods exports grew 1 point a year slower than the EU-12's (1995-2008); market and "
         "product mix explain only half of the gap.", "export-growth-decomposition"),
        ("Belgium lost most market share in Luxembourg, the Netherlands and Germany.",
         "markets-lost-gained"),
        ("The EU takes 73% of goods and 68% of services exports; the BRIC share of goods exports rose "
         "from 4.8% (2008) to 6.6% (2012).", "eu-share-of-exports"),
        ("Measured in value added, exports are 44% of GDP, against 89% in gross terms.", "export-to-gdp"),
    ),
)

PAGES["firm-morphology"] = PageContent(
    heading="Firm morphology: SMEs, large firms and born globals",
    intro=("A few large firms make more than half of Belgian goods exports, but SMEs drove the "
          "growth of value added and jobs, and born globals create the most value per employee."),
    findings=(
        ("Large firms, 5% of exporters, make more than half of goods exports; SMEs make 45%.",
         "sme-share-of-exports"),
        ("The number of exporting SMEs fell 30% between 2000 and 2010, yet their exports rose 30%.",
         "exporters-change-by-size"),
        ("SMEs account for 75% of value added growth; firms that started exporting grew fastest.",
         "value-added-by-exporter-status"),
        ("Born globals are 19% of newly exporting SMEs but 36% of their value added, at EUR 122,860 "
         "per employee.", "new-exporter-types"),
    ),
)

PAGES["international-sourcing"] = PageContent(
    heading="International sourcing of services",
    intro=("Belgian companies import far fewer services than materials, source mostly nearshore, "
          "prefer captive delivery and often lack a sourcing strategy."),
    findings=(
        ("Imported services are only 8% of inputs (materials 46%), but their share doubled between "
         "1995 and 2007.", "imported-inputs"),
        ("Belgian firms mostly source administrative (35%) and IT and software services (33%).",
         "sourcing-functions"),
        ("More than 50% of Belgian sourcing cases are in Western and Eastern Europe; 17% in India.",
         "sourcing-locations"),
        ("54% of Belgian cases are captive, while more than half of US cases are outsourced.",
         "delivery-models"),
        ("Half of the Belgian companies surveyed have no international sourcing strategy.",
         "sourcing-strategy"),
    ),
)

# The overview's main messages: (headline number as the report states it, message, chart link).
OVERVIEW_MESSAGES: tuple[tuple[str, str, str], ...] = (
    ("5th", "Belgium is the 5th most economically globalized country (KOF) and 4th on the E&Y "
     "Globalization Index 2011.", "/globalization#kof-economic-globalization"),
    ("-21%", "Belgium's share of world goods exports fell 21% between 2002 and 2011 (services: -9%).",
     "/export-geography#world-market-share"),
    ("73%", "EU member states take 73% of Belgian goods exports and 68% of services exports (2010).",
     "/export-geography#eu-share-of-exports"),
    ("45%", "SMEs make 45% of goods exports (2010) and account for 75% of value added growth "
     "2000-2010.", "/firm-morphology#sme-share-of-exports"),
    ("36%", "Born globals are 19% of newly exporting SMEs but create 36% of their value added.",
     "/firm-morphology#new-exporter-types"),
    ("8%", "Imported services are only 8% of Belgian companies' inputs (2007), against 46% for "
     "materials.", "/international-sourcing#imported-inputs"),
    ("54%", "54% of Belgian international sourcing cases are captive; more than half of US cases "
     "are outsourced.", "/international-sourcing#delivery-models"),
)
