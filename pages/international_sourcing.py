"""International sourcing of services by Belgian companies (Part II of the study)."""
import dash

from components.topic_page import topic_page

dash.register_page(__name__, path="/international-sourcing", name="International sourcing",
                   order=4, title="International sourcing · Belgium in the new global economy")

FINDINGS = [
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
]


def layout(**query):
    """The page's charts, filtered by the query string (e.g. ?origin=belgium)."""
    return topic_page(
        "international-sourcing", "International sourcing of services",
        "Belgian companies import far fewer services than materials, source mostly nearshore, "
        "prefer captive delivery and often lack a sourcing strategy.",
        FINDINGS, query)
