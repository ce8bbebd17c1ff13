"""A topic page built from the chart declarations: heading, notices, then one card per chart."""
from __future__ import annotations

from typing import Mapping

from dash import html

from charts.service import chart_figure, selection_key
from charts.spec import ChartSpec, charts_for_page
from components.chart_card import chart_card
from data.access import store


def notice_box(notices: list[str]) -> html.Div | None:
    """A visible note about query parameters that were ignored (never an error page)."""
    if not notices:
        return None
    return html.Div(role="status", className="notice", children=[
        html.Strong("Some link parameters were ignored: "),
        html.Ul([html.Li(n) for n in dict.fromkeys(notices)]),
    ])


def page_selections(specs: list[ChartSpec], query: Mapping[str, str]
                    ) -> tuple[dict[str, dict[str, tuple]], list[str]]:
    """Each chart's filter selection read leniently from the page's query string."""
    selections, notices = {}, []
    for spec in specs:
        frame = store().frame(spec.dataset)
        selections[spec.slug], chart_notices = spec.parse_query(frame, query, strict=False)
        notices.extend(chart_notices)
    known = {f.param for spec in specs for f in spec.filters}
    notices.extend(f"Unknown parameter '{name[:60]}'" for name in query if name not in known)
    return selections, notices


def topic_page(page: str, heading: str, intro: str, query: Mapping[str, str]) -> html.Main:
    """The page's charts in declaration order, each honouring the query string's filters."""
    specs = charts_for_page(page)
    selections, notices = page_selections(specs, query)
    cards = [
        chart_card(spec, store().datasets[spec.dataset],
                   chart_figure(spec.slug, selection_key(selections[spec.slug])),
                   selections[spec.slug])
        for spec in specs
    ]
    return html.Main(className="page", children=[
        html.H1(heading),
        html.P(intro, className="page-intro"),
        notice_box(notices),
        html.Div(cards, className="card-grid"),
    ])
