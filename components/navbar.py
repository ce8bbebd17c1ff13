"""Site header with a link to every declared page that belongs in the navigation."""
from __future__ import annotations

from dash import dcc, html

from charts.spec import all_pages
from components.search_box import navbar_search


def navbar() -> html.Header:
    """The top bar: study title, one link per page in `order` (pages declared with
    `in_navbar=False`, such as the accessibility statement and the 404 page, excluded) and the
    search box."""
    links = [html.Li(dcc.Link(page.name, href=page.path, className="nav-link"))
             for page in all_pages() if page.in_navbar]
    return html.Header(className="site-header", children=[
        html.A("Belgium in the new global economy", href="/", className="site-title"),
        html.Nav(html.Ul(links, className="nav-list"), **{"aria-label": "Pages"}),
        navbar_search(),
    ])
