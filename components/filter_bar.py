"""The page's filter controls; their values are URL tokens so the URL and controls agree."""
from __future__ import annotations

import json

from dash import dcc, html

from charts.page_filters import PageFilter
from charts.spec import token
from components.light import Choices

CHECKLIST_MAX = 6   # more options than this: a searchable dropdown instead of checkboxes
RADIO_MAX = 4


def filter_control(page_filter: PageFilter, chosen: tuple):
    """Checkboxes, radio buttons or a dropdown, by how many options and values it takes."""
    spec = page_filter.spec
    control_id = {"type": "filter", "param": spec.param}
    options = [{"label": str(v), "value": token(v)} for v in page_filter.options]
    values = [token(v) for v in chosen]
    if spec.multi and len(options) <= CHECKLIST_MAX:
        return Choices(id=control_id, options=options, value=values, multi=True,
                       className="filter-checklist")
    if spec.multi:
        return dcc.Dropdown(id=control_id, options=options, value=values, multi=True,
                            placeholder="Choose one or several", className="filter-dropdown")
    if len(options) <= RADIO_MAX:
        return Choices(id=control_id, options=options, value=values[0] if values else None,
                       className="filter-radio")
    return dcc.Dropdown(id=control_id, options=options, value=values[0] if values else None,
                        clearable=False, className="filter-dropdown")


def filter_bar(filters: list[PageFilter], selection: dict[str, tuple], path: str) -> html.Div | None:
    """All of a page's controls, labelled; the page's path and the defaults ride along for the
    back button (assets/url_state.js)."""
    if not filters:
        return None
    defaults = {f.spec.param: [token(v) for v in f.default] for f in filters}
    single = [f.spec.param for f in filters if not f.spec.multi]
    return html.Div(
        id="filter-bar", className="filter-bar", role="search",
        **{"aria-label": "Filters for the charts on this page",
           "data-defaults": json.dumps(defaults), "data-single": json.dumps(single),
           "data-path": path},
        children=[
            # A fieldset and legend name each group of checkboxes or radios for screen readers.
            html.Fieldset(className="filter", children=[
                html.Legend(f.spec.label, className="filter-label"),
                filter_control(f, selection[f.spec.param]),
            ])
            for f in filters
        ],
    )
