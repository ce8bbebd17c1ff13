"""Dash `html` component trees written out as HTML, for components.light.StaticHtml.

The static parts of a page (a card's heading, source note, download links) are still built with
`dash.html` so they read like the rest of the layout; `to_html` turns such a tree into escaped
markup that one StaticHtml component inserts. Text and attribute values are always escaped, so
data from the study cannot become markup.
"""
from __future__ import annotations

import json
import re
from html import escape

from dash.development.base_component import Component

HTML_NAMESPACE = "dash_html_components"
# components.light.StaticHtml (which imports this module): markup written already.
WRITTEN = ("components", "StaticHtml")
# React prop names that differ from the HTML attribute.
ATTRIBUTES = {"className": "class", "htmlFor": "for", "tabIndex": "tabindex",
              "colSpan": "colspan", "rowSpan": "rowspan"}
VOID_ELEMENTS = {"br", "hr", "img", "input", "wbr"}
ATTRIBUTE_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9-]*$")
CAPITAL = re.compile(r"([A-Z])")


def dash_dom_id(component_id) -> str:
    """The DOM id Dash gives an id: a string as it is, a dict as compact JSON, keys sorted."""
    if isinstance(component_id, dict):
        return json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    return str(component_id)


def _css(style: dict) -> str:
    """{'fontWeight': 'bold'} -> 'font-weight:bold'."""
    return ";".join(CAPITAL.sub(r"-\1", name).lower() + f":{value}" for name, value in style.items())


def _attribute(name: str, value) -> str:
    if not ATTRIBUTE_NAME.match(name):
        raise ValueError(f"not an HTML attribute name: {name!r}")
    if value is True:
        return f" {ATTRIBUTES.get(name, name)}"
    if value is False:
        return ""
    if name == "style":
        value = _css(value)
    elif not isinstance(value, (str, int, float)):
        raise ValueError(f"attribute {name} needs a string or number, not {value!r}")
    return f' {ATTRIBUTES.get(name, name)}="{escape(str(value), quote=True)}"'


def to_html(node) -> str:
    """Markup of a `dash.html` tree (strings, numbers, lists, html components and the StaticHtml
    markup inside them only)."""
    if node is None:
        return ""
    if isinstance(node, (str, int, float)):
        return escape(str(node), quote=False)
    if isinstance(node, (list, tuple)):
        return "".join(to_html(child) for child in node)
    if isinstance(node, Component) and (node._namespace, node._type) == WRITTEN:
        props = node.to_plotly_json()["props"]
        tag = props.get("tag") or "div"
        attributes = "".join(_attribute(name, props[name]) for name in ("className", "id")
                             if name in props)
        return f"<{tag}{attributes}>{props.get('html', '')}</{tag}>"
    if not isinstance(node, Component) or node._namespace != HTML_NAMESPACE:
        raise TypeError(f"only dash.html components can be static markup, not {node!r}")
    props = node.to_plotly_json()["props"]
    tag = node._type.lower()
    # Sorted: Dash keeps wildcard props (aria-*, data-*) in no fixed order, and the same tree
    # should always give the same markup.
    attributes = "".join(_attribute(name, props[name]) for name in sorted(props)
                         if name != "children")
    if tag in VOID_ELEMENTS:
        return f"<{tag}{attributes}>"
    return f"<{tag}{attributes}>{to_html(props.get('children'))}</{tag}>"
