"""A page's layout written out as HTML, for the index page to paint before any script runs.

The browser shows this copy (`<div id="first-paint">`, serving/index_page.py) as the page: once
Dash runs, React renders the components the browser runs (islands, marked `data-island`:
components/islands.py) in place of their elements, so text, headings and chart boxes are
painted once, early, and nothing moves when the app takes over. (A page the router renders
replaces the whole copy: assets/first_paint.js.) It is the same tree the layout endpoint
would send whole (components/page_shell.py), and each component is written out as the element
it renders in the browser, with the same classes and sizes: an html component as its tag,
StaticHtml as its markup, a PlotlyChart as its empty box at the chart's height, Choices as its
inputs (or its closed disclosure, or its <select>); Store and Location render nothing.
"""
from __future__ import annotations

from html import escape

from dash.dash import _ID_CONTENT, _ID_DUMMY  # the router's containers
from dash.development.base_component import Component

from components.islands import RENDER_NOTHING, LiveIds, is_island, island_key
from components.light import dom_id as light_dom_id
from components.markup import HTML_NAMESPACE, VOID_ELEMENTS, _attribute, dash_dom_id

# Props of Dash's html components that are not HTML attributes.
DASH_ONLY_PROPS = {"children", "n_clicks", "n_clicks_timestamp", "disable_n_clicks",
                   "loading_state", "key"}
# The router's containers (components/page_shell.py): React's copy has them, and the first-paint
# copy, which stays the page beside it (components/islands.py), must not repeat their ids.
REACT_ONLY_IDS = {_ID_CONTENT, _ID_DUMMY}


def _attributes(props: dict) -> str:
    # Sorted, as components.markup does, so the same tree always gives the same markup.
    parts = []
    for name in sorted(props):
        if name in DASH_ONLY_PROPS or props[name] is None:
            continue
        if name == "id" and isinstance(props[name], str) and props[name] in REACT_ONLY_IDS:
            continue
        value = dash_dom_id(props[name]) if name == "id" else props[name]
        parts.append(_attribute(name, value))
    return "".join(parts)


def _element(tag: str, attributes: dict, inner: str = "") -> str:
    return f"<{tag}{_attributes(attributes)}>{inner}</{tag}>"


def _choice_inputs(props: dict, name: str, chosen: list) -> str:
    multi = bool(props.get("multi"))
    return "".join(
        '<label class="choice"><input' + _attributes({"type": "checkbox" if multi else "radio",
                                                      "name": name, "value": option["value"],
                                                      "checked": option["value"] in chosen}) + ">"
        + " " + escape(str(option["label"]), quote=False) + "</label>"
        for option in props.get("options") or [])


def _summary(options: list, chosen: list, words: dict) -> str:
    """The closed disclosure's button text, as summary() in dashboard_components.js writes it
    with the same `words`."""
    counts = {"count": len(chosen), "total": len(options)}
    if len(chosen) == len(options):
        return words["allCount"].format(**counts)
    if not chosen:
        return words["noneChosen"]
    if len(chosen) <= 2:
        return ", ".join(str(o["label"]) for o in options if o["value"] in chosen)
    return words["someOf"].format(**counts)


def _choices(props: dict, mark: dict) -> str:
    """A filter as components/dashboard_components.js's Choices renders it: in a fieldset under
    its legend, checkboxes or radio buttons, a <select>, or a closed disclosure (its button;
    the list hidden)."""
    legend = _element("legend", {"id": props.get("labelId"), "className": "filter-label"},
                      escape(str(props.get("label", "")), quote=False))
    return _element("fieldset", {"className": "filter", **mark}, legend + _control(props))


def _control(props: dict) -> str:
    multi = bool(props.get("multi"))
    chosen = (props.get("value") or []) if multi else [props.get("value")]
    name = light_dom_id(props.get("id", ""))
    options = props.get("options") or []
    attributes = {"id": name, "className": props.get("className")}
    variant = props.get("variant")
    if variant == "select":
        inner = "".join(_element("option", {"value": o["value"], "selected": o["value"] in chosen},
                                 escape(str(o["label"]), quote=False)) for o in options)
        return _element("select", {**attributes, "aria-labelledby": props.get("labelId")}, inner)
    if variant == "disclosure":
        words = props.get("words") or {}
        button = _element("button", {
            "type": "button", "className": "choices-toggle", "id": f"{name}-toggle",
            "aria-expanded": "false", "aria-controls": f"{name}-panel",
            "aria-labelledby": " ".join(filter(None, (props.get("labelId"), f"{name}-toggle")))},
            escape(_summary(options, chosen, words), quote=False)
            + '<span aria-hidden="true" class="choices-chevron">\u25be</span>')
        bulk = "".join(_element("button", {"className": "choices-bulk-button", "type": "button"},
                                escape(words.get(word, ""), quote=False)) for word in ("all", "none"))
        panel = _element("div", {"id": f"{name}-panel", "className": "choices-panel", "hidden": True},
                         f'<div class="choices-bulk">{bulk}</div>'
                         + _element("div", {"className": "choices-list"},
                                    _choice_inputs(props, name, chosen)))
        return _element("div", attributes, button + panel)
    return _element("div", attributes, _choice_inputs(props, name, chosen))


def _chart(props: dict, mark: dict) -> str:
    target = '<div class="plotly-chart-target" style="height:100%;width:100%"></div>'
    return _element("div", {"id": props.get("id"), "className": props.get("className"),
                            "style": props.get("style"), "role": "img" if props.get("label") else None,
                            "aria-label": props.get("label"), **mark}, target)


def page_markup(node, live: LiveIds | None = None) -> str:
    """Markup of a layout tree: html components and this app's light components. With the
    app's `live` ids, each component the browser will render in place of its markup (an island:
    components/islands.py) is marked with `data-island`."""
    if node is None:
        return ""
    if isinstance(node, (str, int, float)):
        return escape(str(node), quote=False)
    if isinstance(node, (list, tuple)):
        return "".join(page_markup(child, live) for child in node)
    if not isinstance(node, Component):
        raise TypeError(f"not a layout node: {node!r}")
    props = node.to_plotly_json()["props"]
    kind = node._type
    mark = {"data-island": island_key(node)} if live is not None and is_island(node, live) else {}
    if node._namespace == HTML_NAMESPACE:
        tag = kind.lower()
        if tag in VOID_ELEMENTS:
            return f"<{tag}{_attributes({**props, **mark})}>"
        return _element(tag, {**props, **mark}, page_markup(props.get("children"), live))
    if kind == "StaticHtml":
        return _element(props.get("tag") or "div",
                        {"id": props.get("id"), "className": props.get("className"), **mark},
                        props.get("html") or "")
    if kind == "PlotlyChart":
        return _chart({**props, "id": light_dom_id(props.get("id"))}, mark)
    if kind == "Choices":
        return _choices(props, mark)
    if kind in RENDER_NOTHING:
        return ""
    # Any other component: its children, if it has any, so no text is lost.
    return page_markup(props.get("children"), live)
