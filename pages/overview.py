"""Overview: the study's main messages with headline numbers linking into the topic pages."""
import dash
from dash import dcc, html

from charts.claims import Claim, evidence
from charts.page_content import OVERVIEW_MESSAGES
from components.fact_tile import fact_tiles

dash.register_page(__name__, path="/", name="Overview", order=0,
                   title="Belgium in the new global economy · Dashboard")

TOPICS = [
    ("/globalization", "Globalization indices",
     Claim("5th on KOF economic globalization, 4th on the E&Y Globalization Index 2011.",
           "R006", "R037")),
    ("/export-geography", "Export geography",
     Claim("Belgium lost 21% of its share of world goods exports between 2002 and 2011.", "R118")),
    ("/firm-morphology", "Firm morphology",
     Claim("SMEs make 45% of total export; those in the study's data set (excluding micro "
           "firms) account for 75% of value added growth.", "R176", "P601")),
    ("/international-sourcing", "International sourcing",
     Claim("Imported service inputs were only 8% of Belgian companies' total inputs in 2007; 54% "
           "of the Belgian sourcing cases surveyed used the captive model.", "R337", "R354",
           "R357")),
]


def layout(**_query):
    """Headline figures of the study and one entry per topic page."""
    return html.Main(className="page", children=[
        html.H1("Belgium in the new global economy"),
        html.P("An interactive edition of the FEB/VBO study on Belgian firms in world export "
               "markets (Part I, Vlerick Management School) and on the international sourcing "
               "of services (Part II, Solvay Business School). Every value comes from the "
               "study's text, with its exhibit and the sentence that states it.",
               className="page-intro"),
        html.H2("Main messages"),
        html.Div(className="message-grid", children=[
            dcc.Link(href=href, className="message-tile", children=[
                html.Div(headline.text, className="fact-value", **evidence(headline)),
                html.P(message.text, **evidence(message))])
            for headline, message, href in OVERVIEW_MESSAGES
        ]),
        html.H2("Belgium in numbers"),
        fact_tiles("overview"),
        html.H2("Explore the study"),
        html.Div(className="topic-grid", children=[
            dcc.Link(href=href, className="topic-card", children=[
                html.H3(name), html.P(message.text, **evidence(message))])
            for href, name, message in TOPICS
        ]),
    ])
