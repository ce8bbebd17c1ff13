"""Friendly page for any path the dashboard does not have."""
import dash
from dash import dcc, html

dash.register_page(__name__, path="/404", name="Page not found",
                   title="Page not found · Belgium in the new global economy")


def layout(**_query):
    """Says the page does not exist and points back to the overview."""
    return html.Main(className="page", children=[
        html.H1("Page not found"),
        html.P("This page does not exist in the dashboard."),
        dcc.Link("Go to the overview", href="/"),
    ])
