"""Firm morphology: SMEs vs large firms, and the newly exporting SMEs (born globals)."""
import dash

from components.topic_page import topic_page

dash.register_page(__name__, path="/firm-morphology", name="Firm morphology", order=3,
                   title="Firm morphology · Belgium in the new global economy")


def layout(**query):
    """The page's charts, filtered by the query string (e.g. ?size=smes&year=2010)."""
    return topic_page("firm-morphology", query)
