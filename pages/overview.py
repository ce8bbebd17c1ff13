"""Overview: the study's main messages with headline numbers linking into the topic pages."""
import dash
from dash import dcc, html

from charts.page_content import OVERVIEW_MESSAGES
from components.fact_tile import fact_tiles

dash.register_page(__name__, path="/", name="Overview", order=0,
                   title="Belgium in the new global economy · Dashboard")

TOPICS = [
    ("/globalization", "Globalization indices",
     "5th on KOF economic globalization, 4th on the E&Y Globalization Index 2011."),
    ("/export-geography", "Export geography",
     "Belgium's share of world goods exports fell 21% between 2002 and 2011."),
    ("/firm-morphology", "Firm morphology",
     "SMEs make 45% of goods exports and account for 75% of value added growth."),
    ("/international-sourcing", "International sourcing",
     "Imported services are 8% of inputs; 54% of Belgian sourcing cases are captive."),
]


def layout(**_query):
    """Headline figures of the study and one entry per topic page."""
    return html.Main(className="page", children=[
        html.H1("Belgium in the new global economy"),
        html.P("An interactive edition of the FEB/VBO study on Belgian firms in world export "
               "markets (Part I, Vlerick Management School) and on the international sourcing "
               "of services (Part II, Solvay Business School). Every number comes from the "
               "study, with its exhibit and the sentence that states it.", className="page-intro"),
        html.H2("Main messages"),
        html.Div(className="message-grid", children=[
            dcc.Link(href=href, className="message-tile", children=[
                html.Div(headline, className="fact-value"), html.P(message)])
            for headline, message, href in OVERVIEW_MESSAGES
        ]),
        html.H2("Belgium in numbers"),
        fact_tiles("overview"),
        html.H2("Explore the study"),
        html.Div(className="topic-grid", children=[
            dcc.Link(href=href, className="topic-card", children=[
                html.H3(name), html.P(message)])
            for href, name, message in TOPICS
        ]),
    ])
