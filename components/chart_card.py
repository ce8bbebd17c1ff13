"""The card that presents one declared chart: title, chart/table views, source note, links."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import pandas as pd
from dash import html

from charts.claims import evidence
from charts.formatting import dimension_title, format_number, format_value, qualifier, unit_name
from charts.provenance import Source, describe, exhibit_name, sources_of
from charts.spec import ChartSpec, get_chart
from components.cite_panel import cite_panel, citation_context
from components.light import PlotlyChart, StaticHtml, Store
from components.markup import to_html
from components.quotes import in_language
from data.access import store
from data.loader import PROVENANCE_COLUMNS, Dataset
from exports.formats import DATA_FORMATS, IMAGE_FORMATS, SLIDE
from exports.renderer import renderer
from i18n.catalogs import N_, gettext_for, translate
from i18n.paths import with_language

VIEWS = (("chart", N_("Chart")), ("table", N_("Table")))
DEFAULT_HEIGHT = 420
RECORD_COUNT = N_("{ids} ({count} records)")
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


def record_range(record_ids: tuple[str, ...], language: str) -> str:
    """Register ids as runs: 'R037, R039-R108 (71 records)'."""
    numbers = sorted(int(r[1:]) for r in record_ids)
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    text = ", ".join(f"R{run[0]:03d}" + (f"-R{run[-1]:03d}" if len(run) > 1 else "") for run in runs)
    if len(numbers) <= 2:
        return text
    return translate(RECORD_COUNT, language).format(ids=text, count=len(numbers))


def scroll_region(table, label: str) -> html.Div:
    """A wide table in its own scrolling box, so the page itself never scrolls sideways
    (WCAG 1.4.10); focusable and named, so keyboard users can scroll it too."""
    return html.Div(table, className="table-scroll", role="region", tabIndex=0,
                    **{"aria-label": label})


def table_html(rows: pd.DataFrame, title: str, language: str) -> str:
    """A chart's table view as markup: dimensions, the value as the report prints it (its
    decimals; declines stay the positive numbers the report states; none for a quantity stated
    only in words), the value as the report words it, note, exhibit and records. Columns sort on click (assets/table_sort.js);
    numbers sort by their `data-value`. Everything in the reader's language but the register
    ids."""
    _ = gettext_for(language)
    name = store().labels.namer(language)
    dims = [c for c in rows.columns if c not in PROVENANCE_COLUMNS]
    headers = [_(dimension_title(c)) for c in dims] + [
        _("Value"), _("Unit"), _("As the report states it"), _("Note"), _("Exhibit"),
        _("Register records")]
    # A button in each header (the sortable-table pattern): a keyboard and a screen reader
    # know it as a control, where a focusable <th> is only a header.
    head = html.Thead(html.Tr([html.Th(html.Button(h, type="button", className="sort-button"),
                                       scope="col", **{"aria-sort": "none"})
                               for h in headers]))
    body = []
    for record in rows.to_dict("records"):
        cells = [html.Td(name(record[c])) for c in dims]
        cells += [
            # A quantity the report states only in words ('half') has no number to show.
            html.Td("" if qualifier(record["qualifier"]).word_quantity
                    else format_number(record["value"], record["decimals"], language=language),
                    className="numeric", **{"data-value": record["value"]}),
            html.Td(_(unit_name(record["unit"]))),
            html.Td(format_value(record["value"], record["unit"], record["qualifier"],
                                 record["decimals"], language=language)),
            html.Td(_(record["note"])),
            html.Td(exhibit_name(record["exhibit"], language)),
            html.Td(record["record_ids"].replace(";", ", ")),
        ]
        body.append(html.Tr(cells, **evidence(tuple(record["record_ids"].split(";")))))
    return to_html(scroll_region(html.Table([head, html.Tbody(body)], className="data-table sortable"),
                                 _("Table: {title}").format(title=title)))


def source_parts(sources: list[Source], language: str) -> list:
    """The source lines as printed (the report's words, in English and marked verbatim), each
    with the exhibits it is printed under; prose numbers say they are stated in the text."""
    _ = gettext_for(language)
    parts: list = []
    for source in sources:
        if parts:
            parts.append(" · ")
        exhibits = ", ".join(exhibit_name(exhibit, language) for exhibit in source.exhibits)
        if source.printed and not source.in_prose:
            parts += [html.Span(source.printed, lang="en", **{"data-verbatim": "source"}),
                      f" ({exhibits})"]
        else:
            parts.append(describe(source, language))
    return parts


def source_note(spec: ChartSpec, dataset: Dataset, language: str) -> html.Footer:
    """The source lines of the exhibits the chart's rows come from, those exhibits and their
    register records, our note on the data set's source, and the chart's notes."""
    _ = gettext_for(language)
    rows = spec.base_frame(dataset.frame)
    records = tuple(sorted({r for ids in rows["record_ids"] for r in ids.split(";")}))
    exhibits = ", ".join(exhibit_name(e, language) for e in spec.exhibits_shown(dataset.frame))
    parts = [
        html.P([html.Strong(_("Source:") + " "),
                *source_parts(sources_of(rows["exhibit"], store().exhibits), language)]),
        html.P([html.Strong(_("Exhibit:") + " "), exhibits,
                html.Span(" · " + _("Register records:") + " " + record_range(records, language),
                          className="records")]),
    ]
    for note in filter(None, (dataset.source_note, spec.note, dataset.notes)):
        parts.append(html.P(in_language(note.text, language), className="chart-note", **evidence(note)))
    return html.Footer(parts, className="chart-source")


def download_links(slug: str, query: str, language: str) -> list:
    """'Download: PNG SVG PDF | CSV XLSX' for the chart as currently filtered, in the page's
    language (the files' titles, headers and notes are in it too).

    Without Chromium on the server the image formats are shown disabled with the reason, so
    nobody clicks into an error page.
    """
    _ = gettext_for(language)
    unavailable = renderer.unavailable_reason()
    query = with_language(query, language)
    links: list = [html.Span(_("Download:"), className="downloads-label")]
    for fmt in IMAGE_FORMATS:
        if unavailable:
            links.append(html.Span(fmt.upper(), className="action-link disabled", title=_(unavailable)))
        else:
            links.append(html.A(fmt.upper(), href=f"/charts/{slug}.{fmt}{query}", className="action-link",
                                title=_("{format} image, {width}x{height}, title and source included")
                                .format(format=fmt.upper(), width=SLIDE.width, height=SLIDE.height)))
    for fmt in DATA_FORMATS:
        links.append(html.A(fmt.upper(), href=f"/charts/{slug}.{fmt}{query}", className="action-link",
                            title=_("The data behind the chart ({format}), with its sources")
                            .format(format=fmt.upper())))
    return links


def view_dom_id(slug: str, kind: str, view: str) -> str:
    """Plain DOM ids of a card's tabs and panels ('kof-dimensions-panel-table')."""
    return f"{slug}-{kind}-{view}"


def view_tabs(slug: str, language: str) -> html.Div:
    """Chart/Table switch of a card: the ARIA tab pattern on plain buttons, for the card's
    static head (assets/view_tabs.js switches the panels, moves focus with the arrow keys and
    records the open view in the card's chart-view store, which fills the table:
    components/page_callbacks.py)."""
    _ = gettext_for(language)
    tabs = html.Div(className="view-tabs", role="tablist", **{"aria-label": _("Chart or table")},
                    children=[
        html.Button(_(label), type="button", role="tab", id=view_dom_id(slug, "tab", view),
                    className="view-tab view-tab--selected" if view == "chart" else "view-tab",
                    tabIndex=0 if view == "chart" else -1,
                    **{"aria-selected": "true" if view == "chart" else "false",
                       "aria-controls": view_dom_id(slug, "panel", view),
                       "data-slug": slug, "data-view": view})
        for view, label in VIEWS
    ])
    return tabs


def view_panel(slug: str, view: str, content) -> html.Div:
    """One view of a card; only the chart's is shown at first. The chart's panel takes focus
    itself (the tab pattern's way to reach a panel with nothing focusable inside)."""
    return html.Div(content, id=view_dom_id(slug, "panel", view), role="tabpanel",
                    hidden=view != "chart", className="view-panel",
                    tabIndex=0 if view == "chart" else None,
                    **{"aria-labelledby": view_dom_id(slug, "tab", view)})


def footer_html(slug: str, query: str, chart_height: int, language: str) -> str:
    """A card's footer as markup: the source note, the download links for the current
    selection, the copy-link button (assets/copy_link.js copies the page's URL with the
    card's #anchor) and the "Cite or embed" disclosure (components/cite_panel.py), whose
    permalink and embed are absolute URLs on the address the page was requested at, cited
    as accessed today. All in the page's language."""
    return _footer_markup(slug, query, chart_height, language, renderer.unavailable_reason(),
                          *citation_context())


@lru_cache(maxsize=4096)  # every filter change rebuilds it for each card it redraws
def _footer_markup(slug: str, query: str, chart_height: int, language: str,
                   _unavailable: str | None, base_url: str, accessed: date) -> str:
    _ = gettext_for(language)
    spec = get_chart(slug)
    return to_html([
        source_note(spec, store().datasets[spec.dataset], language),
        html.Div(className="chart-actions", children=[
            html.Span(download_links(slug, query, language), className="downloads"),
            html.Button(_("Copy link to this chart"), type="button",
                        className="action-link copy-link",
                        title=_("Copy a link to this chart, filters included"),
                        **{"data-slug": slug, "aria-live": "polite", "data-done": _("Link copied"),
                           "data-failed": _("Copy failed:")}),
            cite_panel(spec, query, chart_height, language, base_url, accessed),
        ]),
    ])


def chart_card(spec: ChartSpec, dataset: Dataset, figure: dict, query: str,
               language: str) -> html.Section:
    """One chart in a card with Chart and Table views; ids are dicts so page callbacks can
    address every card. Markup is one StaticHtml per part (heading and tabs, table, footer): a page
    renders several times faster that way than as one Dash component per element
    (components/dashboard_components.js). Everything in the reader's language."""
    _ = gettext_for(language)
    title, subtitle = _(spec.title.text), _(spec.subtitle.text)
    graph = PlotlyChart(
        id={"type": "chart-graph", "slug": spec.slug}, figure=figure, style=graph_style(figure),
        config=GRAPH_CONFIG,
        className="chart-graph",
        label=_("Chart: {title}. The Table tab lists its numbers.").format(title=title),
    )
    # The table is filled when its tab is first opened (components/page_callbacks.py): most
    # readers never open it, and a page with every table in it is twice the size.
    table = StaticHtml(id={"type": "chart-table", "slug": spec.slug}, className="chart-table")
    badge = " · ".join(exhibit_name(e, language) for e in spec.exhibits_shown(dataset.frame))
    # The card cites its title's records (the chart's text alternative restates the title).
    return html.Section(id=spec.slug, className="chart-card",
                        **{"aria-labelledby": f"{spec.slug}-title", "data-exhibit": spec.anchor,
                           **evidence(spec.title)},
                        children=[
        StaticHtml(to_html([
            html.Div(badge, className="exhibit-badge"),
            html.H3(title, id=f"{spec.slug}-title", className="chart-title",
                    **evidence(spec.title)),
            html.P(subtitle, className="chart-subtitle", **evidence(spec.subtitle)),
            view_tabs(spec.slug, language),
        ]), className="chart-head"),
        Store(id={"type": "chart-view", "slug": spec.slug}, data="chart"),
        view_panel(spec.slug, "chart", graph),
        view_panel(spec.slug, "table", table),
        StaticHtml(footer_html(spec.slug, query, figure_height(figure), language), className="chart-footer",
                   id={"type": "chart-footer", "slug": spec.slug}),
    ])
