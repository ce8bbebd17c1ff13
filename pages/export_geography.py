"""Export geography: market shares, markets lost and gained, destinations, specialization."""
import dash

from components.topic_page import topic_page

dash.register_page(__name__, path="/export-geography", name="Export geography", order=2,
                   title="Export geography · Belgium in the new global economy")


def layout(**query):
    """The page's charts, filtered by the query string (e.g. ?flow=services)."""
    return topic_page("export-geography", query)
