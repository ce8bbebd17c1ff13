"""The card that presents one declared chart: title, chart/table views, source note, links."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import pandas as pd
from dash import dcc, html

from charts.claims import evidence
from charts.formatting import format_number, format_value, qualifier
from charts.provenance import Source, sources_of
from charts.spec import ChartSpec, get_chart
from components.cite_panel import cite_panel, citation_context
from components.light import PlotlyChart, StaticHtml
from components.markup import to_html
from data.access import store
from data.loader import PROVENANCE_COLUMNS, Dataset
from exports.formats import DATA_FORMATS, IMAGE_FORMATS, SLIDE
from exports.renderer import renderer

VIEWS = (("chart", "Chart"), ("table", "Table"))
DEFAULT_HEIGHT = 420
GRAPH_CONFIG = {
    # No mode bar: its 8 buttons per chart were Tab stops inside the chart's role="img", their
    # icons failed contrast, and "Share chart" offered an upload to Plotly's cloud. The card's
    # own links do its useful jobs (image and data downloads, the Table tab, copy link), and
    # charts do not zoom (theme.py: fixed ranges), so nothing needs a "reset" button.
    "displayModeBar": False,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "showAxisDragHandles": False,
    "scrollZoom": False,
    "doubleClick": False,
    # Maps load their outlines from this app, never from a CDN (assets/topojson/).
    "topojsonURL": "/assets/topojson/",
    # No "responsive": PlotlyChart follows its box's width itself (window resizes included).
}


def graph_style(figure: dict) -> dict:
    """The graph's box takes the figure's own height, so tall charts are neither cut nor padded;
    in a box of 480 px or less it takes the narrow layout's height (charts/narrow.py) through
    the --narrow-height property (assets/style.css), so that it has that height from the first
    paint and nothing moves when the chart draws on a phone."""
    layout = figure.get("layout", {})
    height = figure_height(figure)
    narrow = ((layout.get("meta") or {}).get("narrow") or {}).get("layout", {}).get("height")
    return {"height": f"{height}px", "--narrow-height": f"{narrow or height}px"}


def figure_height(figure: dict) -> int:
    """The height a figure is drawn at on a wide screen."""
    return figure.get("layout", {}).get("height", DEFAULT_HEIGHT)


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


def scroll_region(table, label: str) -> html.Div:
    """A wide table in its own scrolling box, so the page itself never scrolls sideways
    (WCAG 1.4.10); focusable and named, so keyboard users can scroll it too."""
    return html.Div(table, className="table-scroll", role="region", tabIndex=0,
                    **{"aria-label": label})


def table_html(rows: pd.DataFrame, title: str = "") -> str:
    """A chart's table view as markup: dimensions, the value as the report prints it (its
    decimals; declines stay the positive numbers the report states; none for a quantity stated
    only in words), the value as the report words it, note, exhibit and records. Columns sort on click (assets/table_sort.js);
    numbers sort by their `data-value`."""
    dims = [c for c in rows.columns if c not in PROVENANCE_COLUMNS]
    headers = [c.replace("_", " ").capitalize() for c in dims] + [
        "Value", "Unit", "As the report states it", "Note", "Exhibit", "Register records"]
    # A button in each header (the sortable-table pattern): a keyboard and a screen reader
    # know it as a control, where a focusable <th> is only a header.
    head = html.Thead(html.Tr([html.Th(html.Button(h, type="button", className="sort-button"),
                                       scope="col", **{"aria-sort": "none"})
                               for h in headers]))
    body = []
    for record in rows.to_dict("records"):
        cells = [html.Td(store().labels.display(record[c])) for c in dims]
        cells += [
            # A quantity the report states only in words ('half') has no number to show.
            html.Td("" if qualifier(record["qualifier"]).word_quantity
                    else format_number(record["value"], record["decimals"]), className="numeric",
                    **{"data-value": record["value"]}),
            html.Td(record["unit"]),
            html.Td(format_value(record["value"], record["unit"], record["qualifier"],
                                 record["decimals"])),
            html.Td(record["note"]),
            html.Td(record["exhibit"]),
            html.Td(record["record_ids"].replace(";", ", ")),
        ]
        body.append(html.Tr(cells, **evidence(tuple(record["record_ids"].split(";")))))
    return to_html(scroll_region(html.Table([head, html.Tbody(body)], className="data-table sortable"),
                                 f"Table: {title}" if title else "Table"))


def source_parts(sources: list[Source]) -> list:
    """The source lines as printed (the report's words, marked verbatim), each with the
    exhibits it is printed under; prose numbers say they are stated in the text."""
    parts: list = []
    for source in sources:
        if parts:
            parts.append(" · ")
        if source.in_prose:
            parts.append("stated in the text of the study")
        elif source.printed:
            parts += [html.Span(source.printed, lang="en", **{"data-verbatim": "source"}),
                      f" ({', '.join(source.exhibits)})"]
        else:
            parts.append(f"no source line printed ({', '.join(source.exhibits)})")
    return parts


def source_note(spec: ChartSpec, dataset: Dataset) -> html.Footer:
    """The source lines of the exhibits the chart's rows come from, those exhibits and their
    register records, our note on the data set's source, and the chart's notes."""
    rows = spec.base_frame(dataset.frame)
    records = tuple(sorted({r for ids in rows["record_ids"] for r in ids.split(";")}))
    parts = [
        html.P([html.Strong("Source: "), *source_parts(sources_of(rows["exhibit"], store().exhibits))]),
        html.P([html.Strong("Exhibit: "), ", ".join(spec.exhibits_shown(dataset.frame)),
                html.Span(" · Register records: " + record_range(records), className="records")]),
    ]
    for note in filter(None, (dataset.source_note, spec.note, dataset.notes)):
        parts.append(html.P(note.text, className="chart-note", **evidence(note)))
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
                                title=f"{fmt.upper()} image, {SLIDE.width}x{SLIDE.height}, title and source "
                                      "included"))
    for fmt in DATA_FORMATS:
        links.append(html.A(fmt.upper(), href=f"/charts/{slug}.{fmt}{query}", className="action-link",
                            title=f"The data behind the chart ({fmt.upper()}), with its sources"))
    return links


def view_dom_id(slug: str, kind: str, view: str) -> str:
    """Plain DOM ids of a card's tabs and panels ('kof-dimensions-panel-table')."""
    return f"{slug}-{kind}-{view}"


def view_tabs(slug: str) -> list:
    """Chart/Table switch of a card: the ARIA tab pattern on plain buttons, as markup
    (assets/view_tabs.js switches the panels, moves focus with the arrow keys and records the
    open view in the chart-view store, which fills the table: components/page_callbacks.py)."""
    tabs = html.Div(className="view-tabs", role="tablist", **{"aria-label": "Chart or table"},
                    children=[
        html.Button(label, type="button", role="tab", id=view_dom_id(slug, "tab", view),
                    className="view-tab view-tab--selected" if view == "chart" else "view-tab",
                    tabIndex=0 if view == "chart" else -1,
                    **{"aria-selected": "true" if view == "chart" else "false",
                       "aria-controls": view_dom_id(slug, "panel", view),
                       "data-slug": slug, "data-view": view})
        for view, label in VIEWS
    ])
    return [StaticHtml(to_html(tabs)), dcc.Store(id={"type": "chart-view", "slug": slug}, data="chart")]


def view_panel(slug: str, view: str, content) -> html.Div:
    """One view of a card; only the chart's is shown at first. The chart's panel takes focus
    itself (the tab pattern's way to reach a panel with nothing focusable inside)."""
    return html.Div(content, id=view_dom_id(slug, "panel", view), role="tabpanel",
                    hidden=view != "chart", className="view-panel",
                    tabIndex=0 if view == "chart" else None,
                    **{"aria-labelledby": view_dom_id(slug, "tab", view)})


def footer_html(slug: str, query: str, chart_height: int) -> str:
    """A card's footer as markup: the source note, the download links for the current
    selection, the copy-link button (assets/copy_link.js copies the page's URL with the
    card's #anchor) and the "Cite or embed" disclosure (components/cite_panel.py), whose
    permalink and embed are absolute URLs on the address the page was requested at, cited
    as accessed today."""
    return _footer_markup(slug, query, chart_height, renderer.unavailable_reason(),
                          *citation_context())


@lru_cache(maxsize=4096)  # every filter change rebuilds it for each card it redraws
def _footer_markup(slug: str, query: str, chart_height: int, _unavailable: str | None,
                   base_url: str, accessed: date) -> str:
    spec = get_chart(slug)
    return to_html([
        source_note(spec, store().datasets[spec.dataset]),
        html.Div(className="chart-actions", children=[
            html.Span(download_links(slug, query), className="downloads"),
            html.Button("Copy link to this chart", type="button",
                        className="action-link copy-link",
                        title="Copy a link to this chart, filters included",
                        **{"data-slug": slug, "aria-live": "polite"}),
            cite_panel(spec, query, chart_height, base_url, accessed),
        ]),
    ])


def chart_card(spec: ChartSpec, dataset: Dataset, figure: dict, query: str) -> html.Section:
    """One chart in a card with Chart and Table views; ids are dicts so page callbacks can
    address every card. Markup is one StaticHtml per part (heading, table, footer): a page
    renders several times faster that way than as one Dash component per element
    (components/dashboard_components.js)."""
    graph = PlotlyChart(
        id={"type": "chart-graph", "slug": spec.slug}, figure=figure, style=graph_style(figure),
        config=GRAPH_CONFIG,
        className="chart-graph", label=f"Chart: {spec.title.text}. The Table tab lists its numbers.",
    )
    # The table is filled when its tab is first opened (components/page_callbacks.py): most
    # readers never open it, and a page with every table in it is twice the size.
    table = StaticHtml(id={"type": "chart-table", "slug": spec.slug}, className="chart-table")
    badge = " · ".join("Text (prose)" if e == "Text" else e for e in spec.exhibits_shown(dataset.frame))
    # The card cites its title's records (the chart's text alternative restates the title).
    return html.Section(id=spec.slug, className="chart-card",
                        **{"aria-labelledby": f"{spec.slug}-title", "data-exhibit": spec.anchor,
                           **evidence(spec.title)},
                        children=[
        StaticHtml(to_html([
            html.Div(badge, className="exhibit-badge"),
            html.H3(spec.title.text, id=f"{spec.slug}-title", className="chart-title",
                    **evidence(spec.title)),
            html.P(spec.subtitle.text, className="chart-subtitle", **evidence(spec.subtitle)),
        ]), className="chart-head"),
        *view_tabs(spec.slug),
        view_panel(spec.slug, "chart", graph),
        view_panel(spec.slug, "table", table),
        StaticHtml(footer_html(spec.slug, query, figure_height(figure)), className="chart-footer",
                   id={"type": "chart-footer", "slug": spec.slug}),
    ])
