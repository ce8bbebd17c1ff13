"""The card that presents one declared chart: title, chart/table views, source note, links."""
from __future__ import annotations

import pandas as pd
from dash import dash_table, dcc, html

from charts.formatting import format_value
from charts.spec import ChartSpec
from data.loader import PROVENANCE_COLUMNS, Dataset
from exports.renderer import renderer

IMAGE_FORMATS = ("png", "svg", "pdf")
DATA_FORMATS = ("csv", "xlsx")
DEFAULT_HEIGHT = 420
GRAPH_CONFIG = {
    "displaylogo": False,
    # Maps load their outlines from this app, never from a CDN (assets/topojson/).
    "topojsonURL": "/assets/topojson/",
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}
TABLE_STYLE = dict(
    style_table={"overflowX": "auto"},
    style_cell={"fontFamily": "inherit", "fontSize": "13px", "padding": "4px 8px",
                "textAlign": "left", "whiteSpace": "normal", "height": "auto"},
    style_header={"fontWeight": "bold", "backgroundColor": "#eef2f7"},
)


def graph_style(figure: dict) -> dict:
    """The graph's box takes the figure's own height, so tall charts are neither cut nor padded."""
    return {"height": f"{figure.get('layout', {}).get('height', DEFAULT_HEIGHT)}px"}


def record_range(record_ids: tuple[str, ...]) -> str:
    """Register ids as runs: 'R037, R039-R108 (71 records)'."""
    numbers = sorted(int(r[1:]) for r in record_ids)
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    text = ", ".join(f"R{run[0]:03d}" + (f"-R{run[-1]:03d}" if len(run) > 1 else "") for run in runs)
    return f"{text} ({len(numbers)} records)" if len(numbers) > 2 else text


def table_columns(rows: pd.DataFrame) -> list[dict]:
    """Dimension columns, the value as a number (sortable), and the value as the report states it."""
    dims = [c for c in rows.columns if c not in PROVENANCE_COLUMNS]
    return ([{"name": c.replace("_", " ").capitalize(), "id": c} for c in dims]
            + [{"name": "Value", "id": "value", "type": "numeric"},
               {"name": "Unit", "id": "unit"},
               {"name": "As stated in the report", "id": "stated"},
               {"name": "Note", "id": "note"},
               {"name": "Exhibit", "id": "exhibit"},
               {"name": "Register records", "id": "record_ids"}])


def table_rows(rows: pd.DataFrame) -> list[dict]:
    """The rows a chart shows, as table records (qualifier kept in 'As stated')."""
    records = rows.to_dict("records")
    for record in records:
        record["stated"] = format_value(record["value"], record["unit"], record["qualifier"])
        record["record_ids"] = record["record_ids"].replace(";", ", ")
        record.pop("qualifier", None)
    return records


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


def download_links(slug: str, query: str) -> list:
    """'Download: PNG SVG PDF | CSV XLSX' for the chart as currently filtered.

    Without Chromium on the server the image formats are shown disabled with the reason, so
    nobody clicks into an error page.
    """
    unavailable = renderer.unavailable_reason()
    links: list = [html.Span("Download:", className="downloads-label")]
    for fmt in IMAGE_FORMATS:
        if unavailable:
            links.append(html.Span(fmt.upper(), className="action-link disabled", title=unavailable))
        else:
            links.append(html.A(fmt.upper(), href=f"/charts/{slug}.{fmt}{query}", className="action-link",
                                title=f"{fmt.upper()} image, 1600x900, title and source included"))
    for fmt in DATA_FORMATS:
        links.append(html.A(fmt.upper(), href=f"/charts/{slug}.{fmt}{query}", className="action-link",
                            title=f"The data behind the chart ({fmt.upper()}), with its sources"))
    return links


def chart_exhibits(spec: ChartSpec, dataset: Dataset) -> list[str]:
    """The exhibits a chart shows numbers of: its own, then those of the rows it draws."""
    return list(dict.fromkeys([spec.exhibit, *spec.base_frame(dataset.frame)["exhibit"]]))


def chart_card(spec: ChartSpec, dataset: Dataset, figure: dict, rows: pd.DataFrame,
               query: str) -> html.Section:
    """One chart in a card with Chart and Table views; ids are dicts so page callbacks can
    address every card."""
    graph = dcc.Graph(
        id={"type": "chart-graph", "slug": spec.slug}, figure=figure, style=graph_style(figure),
        config={**GRAPH_CONFIG, "toImageButtonOptions": {
            "format": "png", "filename": spec.slug, "width": 1600, "height": 900, "scale": 1}},
        className="chart-graph",
    )
    table = dash_table.DataTable(
        id={"type": "chart-table", "slug": spec.slug}, columns=table_columns(rows),
        data=table_rows(rows), sort_action="native", page_action="none",
        **TABLE_STYLE,
    )
    badge = " · ".join("Text (prose)" if e == "Text" else e for e in chart_exhibits(spec, dataset))
    return html.Section(id=spec.slug, className="chart-card",
                        **{"aria-labelledby": f"{spec.slug}-title", "data-exhibit": spec.anchor},
                        children=[
        html.Div(badge, className="exhibit-badge"),
        html.H3(spec.title, id=f"{spec.slug}-title", className="chart-title"),
        html.P(spec.subtitle, className="chart-subtitle"),
        dcc.Tabs(className="view-tabs", parent_className="view-tabs-parent", children=[
            dcc.Tab(label="Chart", className="view-tab", children=html.Div(
                graph, role="img",
                **{"aria-label": f"Chart: {spec.title}. The Table tab lists the same numbers."}),
                    selected_className="view-tab--selected"),
            dcc.Tab(label="Table", children=table, className="view-tab",
                    selected_className="view-tab--selected"),
        ]),
        source_note(spec, dataset),
        html.Div(className="chart-actions", children=[
            html.Div(download_links(spec.slug, query), className="downloads",
                     id={"type": "chart-downloads", "slug": spec.slug}),
            html.Span(className="action-link copy-link", children=[
                dcc.Clipboard(id={"type": "chart-link", "slug": spec.slug},
                              title="Copy a link to this chart", className="clipboard"),
                " Copy link to this chart",
            ]),
        ]),
    ])
