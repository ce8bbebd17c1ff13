"""Globalization indices: how globalized Belgium is by the KOF and E&Y indices."""
import dash

from components.topic_page import topic_page

dash.register_page(__name__, path="/globalization", name="Globalization indices", order=1,
                   title="Globalization indices · Belgium in the new global economy")


def layout(**query):
    """The page's charts, filtered by the query string (e.g. ?countries=BEL,NLD)."""
    return topic_page("globalization", query)
