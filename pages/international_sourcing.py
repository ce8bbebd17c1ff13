"""International sourcing of services by Belgian companies (Part II of the study)."""
import dash

from components.topic_page import topic_page

dash.register_page(__name__, path="/international-sourcing", name="International sourcing",
                   order=4, title="International sourcing · Belgium in the new global economy")


def layout(**query):
    """The page's charts, filtered by the query string (e.g. ?origin=belgium)."""
    return topic_page("international-sourcing", query)
