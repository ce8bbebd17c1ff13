"""The card that presents one declared chart: title, subtitle, chart, source note, downloads."""
from __future__ import annotations

from urllib.parse import urlencode

from dash import dcc, html

from charts.spec import ChartSpec, token
from data.loader import Dataset

DEFAULT_HEIGHT = 420
GRAPH_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}


def graph_style(figure: dict) -> dict:
    """The graph's box takes the figure's own height, so tall charts are neither cut nor padded."""
    return {"height": f"{figure.get('layout', {}).get('height', DEFAULT_HEIGHT)}px"}


def share_query(spec: ChartSpec, selection: dict[str, tuple]) -> str:
    """The query string (with '?') that reproduces a chart's filters, '' for the defaults."""
    params = {}
    for filter_spec in spec.filters:
        chosen = tuple(selection.get(filter_spec.param) or ())
        if chosen and chosen != tuple(filter_spec.default):
            params[filter_spec.param] = ",".join(token(v) for v in chosen)
    return f"?{urlencode(params, safe=',')}" if params else ""


def record_range(record_ids: tuple[str, ...]) -> str:
    """'R007-R036 (30 records)' for a run of ids, else the ids listed."""
    numbers = sorted(int(r[1:]) for r in record_ids)
    if numbers == list(range(numbers[0], numbers[-1] + 1)) and len(numbers) > 2:
        return f"R{numbers[0]:03d}-R{numbers[-1]:03d} ({len(numbers)} records)"
    return ", ".join(f"R{n:03d}" for n in numbers)


def source_note(spec: ChartSpec, dataset: Dataset) -> html.Footer:
    """Source line as printed in the report, exhibit(s), register records and the chart's note."""
    parts = [
        html.P([html.Strong("Source: "), dataset.source, f" ({dataset.publisher})"
                if dataset.publisher not in dataset.source else ""]),
        html.P([html.Strong("Exhibit: "), ", ".join(dataset.exhibits),
                html.Span(" · Register records: " + record_range(dataset.record_ids),
                          className="records")]),
    ]
    for note in filter(None, (spec.note, dataset.notes)):
        parts.append(html.P(note, className="chart-note"))
    return html.Footer(parts, className="chart-source")


def chart_card(spec: ChartSpec, dataset: Dataset, figure: dict,
               selection: dict[str, tuple]) -> html.Section:
    """One chart in a card; the graph id is a dict so page callbacks can address every card."""
    query = share_query(spec, selection)
    return html.Section(id=spec.slug, className="chart-card", children=[
        html.H3(spec.title, className="chart-title"),
        html.P(spec.subtitle, className="chart-subtitle"),
        dcc.Graph(
            id={"type": "chart-graph", "slug": spec.slug}, figure=figure,
            style=graph_style(figure),
            config={**GRAPH_CONFIG, "toImageButtonOptions": {
                "format": "png", "filename": spec.slug, "width": 1600, "height": 900, "scale": 1}},
            className="chart-graph",
        ),
        source_note(spec, dataset),
        html.Div(className="chart-actions", children=[
            html.A("Download data (CSV)", href=f"/charts/{spec.slug}.csv{query}",
                   className="action-link", id={"type": "chart-csv", "slug": spec.slug}),
        ]),
    ])
