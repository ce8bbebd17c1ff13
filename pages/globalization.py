"""Globalization indices: how globalized Belgium is by the KOF and E&Y indices."""
import dash

from components.topic_page import topic_page

dash.register_page(__name__, path="/globalization", name="Globalization indices", order=1,
                   title="Globalization indices · Belgium in the new global economy")

FINDINGS = [
    ("Belgium is 5th on the KOF index of economic globalization, with a score of 92.15 of 100.",
     "kof-economic-globalization"),
    ("It ranks 3rd on political and 5th on social globalization.", "kof-belgium-ranks"),
    ("Ernst & Young rank Belgium the 4th most globalized of the 60 largest economies in 2011.",
     "ey-globalization-index"),
    ("Belgium scores high on trade (6.4) and capital (6.8), low on cultural integration (4).",
     "ey-dimensions"),
]


def layout(**query):
    """The page's charts, filtered by the query string (e.g. ?countries=BEL,NLD)."""
    return topic_page(
        "globalization", "Globalization indices",
        "Belgium is one of the most globalized economies in the world: 5th on the KOF index of "
        "economic globalization and 4th on Ernst & Young's Globalization Index.",
        FINDINGS, query)
