"""Callbacks shared by the topic pages: filters redraw the affected cards and update the URL."""
from __future__ import annotations

import json

from dash import ALL, MATCH, Input, Output, State, callback, clientside_callback, ctx, no_update

from components.page_filters import chart_query, chart_selection, page_filters
from charts.selection import Selection
from data.chart_cache import chart_figure, chart_rows
from charts.spec import get_chart, get_page
from components.chart_card import figure_height, footer_html, graph_style, table_html
from components.filter_summary import filter_summary
from components.topic_page import notice_box
from i18n import LANGUAGES
from i18n.catalogs import translate


def _control_values(inputs_list: list) -> dict[str, object]:
    """{param: value} from the pattern-matched filter inputs (ids may be anything a client
    sends; Selection.parse drops values that are not text)."""
    values = {}
    for item in inputs_list if isinstance(inputs_list, list) else []:
        control_id = item.get("id") if isinstance(item, dict) else None
        param = control_id.get("param") if isinstance(control_id, dict) else None
        if isinstance(param, str):
            value = item.get("value")
            values[param] = "" if value is None else value
    return values


def _param_of(prop_id: str) -> str | None:
    """'{"param":"countries","type":"filter"}.value' -> 'countries'."""
    try:
        control_id = json.loads(prop_id.rsplit(".", 1)[0])
    except ValueError:
        return None
    return control_id.get("param") if isinstance(control_id, dict) else None


def _topic_page(page: object, language: object):
    """The topic page a payload names, or None for anything a browser would not send (no
    such page, or a language the dashboard does not have)."""
    spec = get_page(page) if isinstance(page, str) else None
    return spec if spec is not None and spec.is_topic and language in LANGUAGES else None


@callback(
    Output({"type": "chart-graph", "slug": ALL}, "figure"),
    Output({"type": "chart-graph", "slug": ALL}, "style"),
    Output({"type": "chart-table", "slug": ALL}, "html"),
    Output({"type": "chart-footer", "slug": ALL}, "html"),
    Output("page-url", "data"),
    Output("filter-notice", "children"),
    Output("filter-notice", "className"),
    Output("filter-summary", "html"),
    Input({"type": "filter", "param": ALL}, "value"),
    State("page-id", "data"),
    State("page-language", "data"),
    State({"type": "chart-view", "slug": ALL}, "data"),
    prevent_initial_call=True,
)
def update_page(_values, page, language, _views):
    """Redraw the cards whose filters changed, in the page's language, and write the
    selection for the URL and, in words, for the printed page.

    Cards that do not use the changed filter are left untouched (no_update), so a filter
    change costs only the charts it affects. Malformed values become a visible notice.
    """
    slugs = [item["id"]["slug"] for item in ctx.outputs_list[0]]
    if _topic_page(page, language) is None:
        nothing = [no_update] * len(slugs)
        return nothing, nothing, nothing, nothing, no_update, "Unknown page.", "notice", no_update
    filters = page_filters(page)
    selection, notices = Selection.parse(filters, _control_values(ctx.inputs_list[0]))
    changed_params = {_param_of(t.get("prop_id", "")) for t in ctx.triggered or []}
    open_tables = _open_tables(ctx.states_list[2] if len(ctx.states_list) > 2 else [])
    figures, styles, tables, footers = [], [], [], []
    for slug in slugs:
        spec = get_chart(slug)
        if spec is None or not ({f.param for f in spec.filters} & changed_params):
            figures.append(no_update), styles.append(no_update)
            tables.append(no_update), footers.append(no_update)
            continue
        chart_sel = chart_selection(spec, selection)
        figure = chart_figure(slug, chart_sel.key, language)
        figures.append(figure)
        styles.append(graph_style(figure))
        # A closed table is emptied; opening it fills it for the new selection (show_table).
        tables.append(table_html(chart_rows(slug, chart_sel.key), translate(spec.title.text, language),
                                 language) if slug in open_tables else "")
        footers.append(footer_html(slug, chart_query(spec, chart_sel), figure_height(figure),
                                   language))
    notice = notice_box(notices, language)
    url = {"search": selection.query(filters), "selection": selection.as_json()}
    return (figures, styles, tables, footers, url, notice.children, notice.className,
            filter_summary(page, filters, selection, language))


def _open_tables(views: list) -> set[str]:
    """Slugs of the cards showing their Table tab, from the pattern-matched chart-view states."""
    return {item["id"].get("slug") for item in views
            if isinstance(item, dict) and isinstance(item.get("id"), dict)
            and item.get("value") == "table"}


@callback(
    Output({"type": "chart-table", "slug": MATCH}, "html", allow_duplicate=True),
    Input({"type": "chart-view", "slug": MATCH}, "data"),
    State("page-id", "data"),
    State("page-language", "data"),
    State({"type": "filter", "param": ALL}, "value"),
    prevent_initial_call=True,
)
def show_table(view, page, language, _values):
    """Fill a chart's table when its Table tab is opened, for the filters as they are set.

    Tables are left out of the first layout (most readers never open them, and they would
    double its size); the table comes as markup for the card's StaticHtml. A payload a browser
    would not send (unknown page or chart, values that are not keys) changes nothing or is
    read as the filters' defaults.
    """
    slug = ctx.outputs_list["id"].get("slug") if isinstance(ctx.outputs_list, dict) else None
    spec = get_chart(slug) if isinstance(slug, str) else None
    if view != "table" or spec is None or _topic_page(page, language) is None or spec.page != page:
        return no_update
    states = ctx.states_list[2] if len(ctx.states_list) > 2 else []
    selection, _ = Selection.parse(page_filters(page), _control_values(states))
    chart_sel = chart_selection(spec, selection)
    return table_html(chart_rows(spec.slug, chart_sel.key), translate(spec.title.text, language),
                      language)


# The URL follows the filters without a page reload: push a history entry when the selection
# changes, with the selection itself, so Back steps through earlier selections without reading
# the URL again (assets/url_state.js restores them). The router's Location is told the address
# moved ("app-address"): it then knows the filters are already on screen.
clientside_callback(
    """
    function(url) {
        if (!url) { return window.dash_clientside.no_update; }
        const loc = window.location;
        const target = loc.pathname + (url.search || "") + loc.hash;
        if (target !== loc.pathname + loc.search + loc.hash) {
            window.history.pushState({selection: url.selection}, "", target);
            window.dispatchEvent(new Event("app-address"));
        }
        return window.dash_clientside.no_update;
    }
    """,
    Output("url-sync", "data"),
    Input("page-url", "data"),
    prevent_initial_call=True,
)
