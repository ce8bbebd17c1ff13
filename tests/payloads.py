"""Callback request bodies as the browser sends them (used by robustness tests and the benchmark)."""
from __future__ import annotations

import json

from components.page_filters import page_filters
from charts.spec import charts_for_page

ALL_OUTPUTS = ("chart-graph.figure", "chart-graph.style", "chart-table.html",
               "chart-footer.html")


def dash_id(**parts) -> str:
    return json.dumps(dict(sorted(parts.items())), separators=(",", ":"))


def filter_output_key(callback_map: dict) -> str:
    return next(key for key in callback_map if '"type":"chart-graph"}.figure' in key)


def filter_callback_body(callback_map: dict, page: str, values: dict, changed: list[str],
                         open_tables: tuple[str, ...] = (), language: str = "en") -> dict:
    """The body the page in `language` sends when filters `changed` take `values` (others at
    their default), with the cards in `open_tables` showing their Table tab."""
    slugs = [spec.slug for spec in charts_for_page(page)]
    outputs = [[{"id": {"type": kind.split(".")[0], "slug": slug}, "property": kind.split(".")[1]}
                for slug in slugs] for kind in ALL_OUTPUTS]
    outputs += [{"id": "page-url", "property": "data"},
                {"id": "filter-notice", "property": "children"},
                {"id": "filter-notice", "property": "className"},
                {"id": "filter-summary", "property": "html"}]
    return {
        "output": filter_output_key(callback_map),
        "outputs": outputs,
        "inputs": [filter_values(page, values)],
        "changedPropIds": [f"{dash_id(type='filter', param=p)}.value" for p in changed],
        "state": [{"id": "page-id", "property": "data", "value": page},
                  {"id": "page-language", "property": "data", "value": language},
                  [{"id": {"type": "chart-view", "slug": slug}, "property": "data",
                    "value": "table" if slug in open_tables else "chart"} for slug in slugs]],
    }


def filter_values(page: str, values: dict) -> list[dict]:
    """The page's filter controls as the browser sends them: `values`, others at their default."""
    controls = []
    for page_filter in page_filters(page):
        param = page_filter.spec.param
        default = list(page_filter.default)
        value = values.get(param, default if page_filter.spec.multi else default[0])
        controls.append({"id": {"type": "filter", "param": param}, "property": "value", "value": value})
    return controls


def typical_filter_bodies(callback_map: dict) -> list[dict]:
    """One realistic filter change per topic page (load tests and the benchmark)."""
    return [
        filter_callback_body(callback_map, "globalization", {"countries": ["BEL", "NLD"]}, ["countries"]),
        filter_callback_body(callback_map, "globalization", {"kof_dimension": "actual-flows"},
                             ["kof_dimension"]),
        filter_callback_body(callback_map, "export-geography", {"flow": ["goods"]}, ["flow"]),
        filter_callback_body(callback_map, "firm-morphology", {"year": ["2010"]}, ["year"]),
        filter_callback_body(callback_map, "international-sourcing", {"origin": ["BEL"]}, ["origin"]),
    ]


def show_table_body(callback_map: dict, slug: str, view: object, page: object,
                    controls: object, language: object = "en") -> dict:
    """The body a card of the page in `language` sends when its Chart/Table tabs switch to
    `view`, with the page's filter `controls` (filter_values) as its state."""
    output = next(key for key in callback_map if '"type":"chart-table"}.html@' in key)
    return {
        "output": output,
        "outputs": {"id": {"type": "chart-table", "slug": slug}, "property": "html"},
        "inputs": [{"id": {"type": "chart-view", "slug": slug}, "property": "data", "value": view}],
        "changedPropIds": [f"{dash_id(type='chart-view', slug=slug)}.data"],
        "state": [{"id": "page-id", "property": "data", "value": page},
                  {"id": "page-language", "property": "data", "value": language},
                  controls],
    }
