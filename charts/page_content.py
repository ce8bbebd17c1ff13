"""What each topic page says in words: heading, introduction and key findings.

Declared once here, used by the page itself and by its slide deck export. Every sentence that
states a number or a comparison is a Claim naming the register records (R...) or report passages
(P..., data/report_passages.csv) it restates; tests/test_claims.py checks each number against
them.
"""
from __future__ import annotations

from dataclasses import dataclass

from charts.claims import Claim


@dataclass(frozen=True)
class PageContent:
    """A topic page's heading, one-paragraph introduction and key findings (claim, chart)."""

    heading: str
    intro: Claim
    findings: tuple[tuple[Claim, str], ...]


PAGES: dict[str, PageContent] = {}

PAGES["globalization"] = PageContent(
    heading="Globalization indices",
    intro=Claim("According to the KOF index, Belgium is the most globalized country for the "
                "combination of political, economic and social integration. It is 5th on "
                "economic globalization (KOF) and 4th on Ernst & Young's Globalization Index 2011.",
                "P001", "R006", "R037"),
    findings=(
        (Claim("Belgium is 5th on the KOF index of economic globalization (Table 1: degree of "
               "economic liberalization 92.15).", "R006", "R019"),
         "kof-economic-globalization"),
        (Claim("It is 3rd on political and 5th on social globalization.", "R004", "R005"),
         "kof-belgium-ranks"),
        (Claim("Ernst & Young rank Belgium the 4th most globalized economy in 2011; only the 60 "
               "largest economies (by GDP) are included.", "R037", "R038"),
         "ey-globalization-index"),
        (Claim("Belgium scores high on the internationalization of goods, services and capital "
               "(trade 6.4, capital 6.8), but much lower on cultural integration (4).",
               "P103", "R068", "R069", "R072"),
         "ey-dimensions"),
    ),
)

PAGES["export-geography"] = PageContent(
    heading="Export geography",
    intro=Claim("Belgium is losing market share in global trade (it lost 21% in goods and 9% in "
                "services, 2002-2011) and is not oriented towards growing markets.",
                "P516", "R118", "R121", "P501"),
    findings=(
        (Claim("Belgium lost 21% of its share of world goods exports (from 3.14% in 2002 to 2.62% "
               "in 2011) and 9% in services (from 2.30% to 2.09%).",
               "R118", "R119", "R120", "R121", "R122", "R123"),
         "world-market-share"),
        (Claim("Belgian goods exports grew slower than those of the EU-12 (-1%, 1995-2008); only "
               "half of the 1% difference can be explained by Belgium's market mix and product mix.",
               "R125", "R128", "R129", "R132", "R134", "P229"),
         "export-growth-decomposition"),
        (Claim("Luxembourg, the Netherlands and Germany are among the top 5 Western European "
               "markets in which Belgium lost market share (2004-2010), both in goods and services.",
               "P110", "P230", "R141", "R143", "R145", "R142", "R146", "R150"),
         "markets-lost-gained"),
        (Claim("EU member states account for 73% of Belgian goods exports (2010) and 68% of "
               "services exports; exports to BRIC countries rose from 4.8% (2008) to 6.6% (2012).",
               "R160", "R161", "R163", "R164"),
         "eu-share-of-exports"),
        (Claim("Belgium's export to GDP ratio is 89% in the conventional sense, against 44% "
               "measured in terms of value added export.", "R171", "R172"),
         "export-to-gdp"),
    ),
)

PAGES["firm-morphology"] = PageContent(
    heading="Firm morphology: SMEs, large firms and born globals",
    intro=Claim("A limited number of large firms (5% of exporters) accounts for more than half of "
                "trade in goods; the SMEs in the study's data set (which excludes micro firms with "
                "fewer than 10 employees) account for 75% of value added growth, and among newly "
                "exporting SMEs born globals have the highest value added per employee.",
                "R189", "R190", "P601", "P172"),
    findings=(
        (Claim("A limited number of large firms (5% of all exporters) accounts for more than half "
               "of trade in goods; SMEs make 45% of total export.", "R189", "R190", "R176", "R195"),
         "sme-share-of-exports"),
        (Claim("The number of exporting SMEs fell 30% between 2000 and 2010, resulting from the "
               "increased reporting thresholds; total SME export still increased by 30%.",
               "P160", "R192", "R196", "R206"),
         "exporters-change-by-size"),
        (Claim("SMEs in the study's data set (excluding micro firms) account for 75% of value added "
               "growth; the fastest value added growth is for firms that started exporting between "
               "2000 and 2010.", "P601", "R261", "P165"),
         "value-added-by-exporter-status"),
        (Claim("Born globals are 19% of newly exporting SMEs but accounted for 36% of their value "
               "added in 2010, at EUR 122,860 per employee.", "R301", "R302", "R304", "R308",
               "R312"),
         "new-exporter-types"),
    ),
)

PAGES["international-sourcing"] = PageContent(
    heading="International sourcing of services",
    intro=Claim("Imported service inputs are still limited compared with material inputs (8% "
                "against 46% of total inputs in 2007), but their share doubled between 1995 and "
                "2007. The Belgian companies surveyed appear rather conservative, with a great "
                "majority of services sourced from nearshore locations, and seem to prefer the "
                "captive model (54% of cases); half of them did not develop an international "
                "sourcing strategy.",
                "P510", "R336", "R337", "R338", "P200", "P206", "R354", "R357", "R359"),
    findings=(
        (Claim("Imported service inputs represented only 8% of total inputs in 2007 (material "
               "inputs 46%), but their share doubled between 1995 and 2007.",
               "R336", "R337", "R338"),
         "imported-inputs"),
        (Claim("Administrative (35%) and IT and software services (33%) are by far the most "
               "international functions in the Belgian sample.", "P504", "R347", "R348"),
         "sourcing-functions"),
        (Claim("More than 50% of Belgian international sourcing cases concern Western and Eastern "
               "Europe; only 17% India.", "R351", "R352"),
         "sourcing-locations"),
        (Claim("54% of Belgian cases use the captive model, while in more than half of US cases "
               "the services are outsourced.", "R357", "R355"),
         "delivery-models"),
        (Claim("Half of the surveyed Belgian companies did not develop a strategy for guiding "
               "international sourcing.", "R359"),
         "sourcing-strategy"),
    ),
)

# The overview's main messages: (headline number as the report states it, message, chart link).
OVERVIEW_MESSAGES: tuple[tuple[Claim, Claim, str], ...] = (
    (Claim("5th", "R006"),
     Claim("Belgium is 5th on the KOF index of economic globalization and 4th on the E&Y "
           "Globalization Index 2011.", "R006", "R037"),
     "/globalization#kof-economic-globalization"),
    (Claim("lost 21%", "R118"),
     Claim("Belgium lost 21% of its share of world goods exports between 2002 and 2011, and 9% "
           "in services.", "R118", "R119", "R121"),
     "/export-geography#world-market-share"),
    (Claim("73%", "R160"),
     Claim("EU member states account for 73% of Belgian goods exports (2010) and 68% of services "
           "exports.", "R160", "R161"),
     "/export-geography#eu-share-of-exports"),
    (Claim("45%", "R195"),
     Claim("SMEs make 45% of goods exports (2010); the SMEs in the study's data set (excluding "
           "micro firms) account for 75% of value added growth 2000-2010.",
           "R195", "R210", "P601", "P165"),
     "/firm-morphology#sme-share-of-exports"),
    (Claim("36%", "R301"),
     Claim("Only 19% of newly exporting SMEs were born globals, but they accounted for 36% of "
           "value added (2010).", "R301", "R302"),
     "/firm-morphology#new-exporter-types"),
    (Claim("only 8%", "R337"),
     Claim("Imported services represented only 8% of Belgian companies' total inputs in 2007, "
           "against 46% for material inputs.", "R336", "R337"),
     "/international-sourcing#imported-inputs"),
    (Claim("54%", "R357"),
     Claim("54% of Belgian international sourcing cases use the captive model; in more than half "
           "of US cases the services are outsourced.", "R357", "R355"),
     "/international-sourcing#delivery-models"),
)
