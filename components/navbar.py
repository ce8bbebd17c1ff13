"""Site header with a link to every registered page, built from dash.page_registry."""
from __future__ import annotations

import dash
from dash import html


def navbar() -> html.Header:
    """The top bar: study title and one link per page in `order` (the 404 page and pages
    registered with `in_navbar=False`, such as the accessibility statement, excluded)."""
    links = [
        html.Li(dash.dcc.Link(page["name"], href=page["relative_path"], className="nav-link"))
        for page in sorted(dash.page_registry.values(), key=lambda p: p.get("order") or 0)
        if page["module"] != "pages.not_found_404" and page.get("in_navbar", True)
    ]
    return html.Header(className="site-header", children=[
        html.A("Belgium in the new global economy", href="/", className="site-title"),
        html.Nav(html.Ul(links, className="nav-list"), **{"aria-label": "Pages"}),
    ])
