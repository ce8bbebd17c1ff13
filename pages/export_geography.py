"""Export geography: market shares, markets lost and gained, destinations, specialization."""
import dash

from components.topic_page import topic_page

dash.register_page(__name__, path="/export-geography", name="Export geography", order=2,
                   title="Export geography · Belgium in the new global economy")

FINDINGS = [
    ("Belgium's share of world exports fell 21% in goods (3.14% to 2.62%) and 9% in services "
     "between 2002 and 2011.", "world-market-share"),
    ("Belgian goods exports grew 1 point a year slower than the EU-12's (1995-2008); market and "
     "product mix explain only half of the gap.", "export-growth-decomposition"),
    ("Belgium lost most market share in Luxembourg, the Netherlands and Germany.",
     "markets-lost-gained"),
    ("The EU takes 73% of goods and 68% of services exports; the BRIC share of goods exports rose "
     "from 4.8% (2008) to 6.6% (2012).", "eu-share-of-exports"),
    ("Measured in value added, exports are 44% of GDP, against 89% in gross terms.", "export-to-gdp"),
]


def layout(**query):
    """The page's charts, filtered by the query string (e.g. ?flow=services)."""
    return topic_page(
        "export-geography", "Export geography",
        "Belgium is losing market share in world trade, most of all in its neighbouring markets, "
        "and is not oriented towards the fastest growing markets.",
        FINDINGS, query)
