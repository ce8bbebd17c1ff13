"""Friendly page for any path the dashboard does not have."""
from dash import dcc, html

from charts.spec import PageSpec, declare_page


def layout(**_query):
    """Says the page does not exist and points back to the overview."""
    return html.Main(className="page", children=[
        html.H1(PAGE.heading),
        html.P("This page does not exist in the dashboard."),
        dcc.Link("Go to the overview", href="/"),
    ])


PAGE = declare_page(PageSpec(
    key="not-found", path="/404", order=99, module=__name__, layout=layout, in_navbar=False,
    name="Page not found", title="Page not found · Belgium in the new global economy",
    heading="Page not found",
))
