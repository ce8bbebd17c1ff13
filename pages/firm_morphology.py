"""Firm morphology: SMEs vs large firms, and the newly exporting SMEs (born globals)."""
import dash

from components.topic_page import topic_page

dash.register_page(__name__, path="/firm-morphology", name="Firm morphology", order=3,
                   title="Firm morphology · Belgium in the new global economy")

FINDINGS = [
    ("Large firms, 5% of exporters, make more than half of goods exports; SMEs make 45%.",
     "sme-share-of-exports"),
    ("The number of exporting SMEs fell 30% between 2000 and 2010, yet their exports rose 30%.",
     "exporters-change-by-size"),
    ("SMEs account for 75% of value added growth; firms that started exporting grew fastest.",
     "value-added-by-exporter-status"),
    ("Born globals are 19% of newly exporting SMEs but 36% of their value added, at EUR 122,860 "
     "per employee.", "new-exporter-types"),
]


def layout(**query):
    """The page's charts, filtered by the query string (e.g. ?size=smes&year=2010)."""
    return topic_page(
        "firm-morphology", "Firm morphology: SMEs, large firms and born globals",
        "A few large firms make more than half of Belgian goods exports, but SMEs drove the "
        "growth of value added and jobs, and born globals create the most value per employee.",
        FINDINGS, query)
