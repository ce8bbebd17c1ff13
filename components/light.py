"""The Python side of this app's light components (components/dashboard_components.js).

Dash renders a component it is told the namespace and type of: the classes below describe the
props, and `components/__init__.py` names the script that defines them in the browser, which Dash
then serves and links like any component library's bundle.
"""
from __future__ import annotations

import re

from dash import html
from dash.development.base_component import Component

from components.markup import HTML_NAMESPACE, to_html

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def dom_id(component_id) -> str:
    """The DOM id a light component renders for its Dash id (domId in dashboard_components.js):
    a string as it is; a dict id as its "type", then its other values in key order, joined by
    "--" ({"type": "filter", "param": "countries"} -> "filter--countries").

    Dash's own components write a dict id as a JSON string, which CSS selectors and
    accessibility checkers (pa11y) cannot handle.
    """
    if not isinstance(component_id, dict):
        return component_id
    keys = sorted(k for k in component_id if k != "type")
    parts = ([component_id["type"]] if "type" in component_id else []) + [component_id[k] for k in keys]
    return "--".join(_UNSAFE.sub("_", str(part)) for part in parts)


class _LightComponent(Component):
    """A component of the `components` namespace; props are keyword arguments, None is unset."""

    _namespace = "components"
    _prop_names: list[str] = []

    def __init__(self, **props):
        self._valid_wildcard_attributes = []
        self.available_properties = self._prop_names
        self.available_wildcard_properties = []
        super().__init__(**{name: value for name, value in props.items() if value is not None})


class StaticHtml(_LightComponent):
    """Markup built and escaped on the server (components/markup.py), inserted as it is.

    Only for text the app writes itself: the component does not escape anything.
    """

    _type = "StaticHtml"
    _prop_names = ["id", "html", "className", "tag"]

    def __init__(self, html: str = "", id=None, className: str | None = None,
                 tag: str | None = None):
        super().__init__(html=html, id=id, className=className, tag=tag)


class PlotlyChart(_LightComponent):
    """A Plotly figure drawn as soon as it mounts; `figure` and `style` can be callback outputs.
    `label`, if given, is the chart's text alternative (role="img")."""

    _type = "PlotlyChart"
    _prop_names = ["id", "figure", "config", "className", "style", "label"]

    def __init__(self, id=None, figure: dict | None = None, config: dict | None = None,
                 className: str | None = None, style: dict | None = None,
                 label: str | None = None):
        super().__init__(id=id, figure=figure, config=config, className=className, style=style,
                         label=label)


class Choices(_LightComponent):
    """A filter of native controls, one per option ({"label", "value"}), in a fieldset whose
    legend is `label` (one component, not three); `value` is a callback input like a
    dcc.Checklist's: a list with `multi`, else a string.

    `variant` "inline" (default): checkboxes or radio buttons in a row; "disclosure" (multi): a
    button that opens the checkboxes with "All" and "None" buttons; "select" (single): a
    <select>. `labelId` is the DOM id of the legend, which names the disclosure button and the
    select. `words` are the disclosure's words in the page's
    language: {"all", "none", "allCount" ('All {count}'), "noneChosen", "someOf" ('{count} of
    {total}')}.
    """

    _type = "Choices"
    _prop_names = ["id", "label", "options", "value", "multi", "className", "variant", "labelId",
                   "words"]

    def __init__(self, id=None, label: str = "", options: list[dict] | None = None, value=None,
                 multi: bool = False, className: str | None = None, variant: str | None = None,
                 labelId: str | None = None, words: dict | None = None):
        if variant == "disclosure" and not words:
            raise ValueError("a disclosure of checkboxes needs its words (All, None, ...)")
        super().__init__(id=id, label=label, options=options, value=value, multi=multi,
                         className=className, variant=variant, labelId=labelId, words=words)


class Deferred(_LightComponent):
    """Its children (a card), mounted after the rest of the page, one Deferred per task, while
    the first-paint copy shows (components/deferred_mount.js): React mounts a long page in
    several short tasks instead of one long one."""

    _type = "Deferred"
    _prop_names = ["children"]

    def __init__(self, children=None):
        super().__init__(children=children)


class Island(_LightComponent):
    """Its child, rendered in place of the first-paint element marked `data-island="<target>"`,
    which it replaces (components/island.js; which components are islands:
    components/islands.py)."""

    _type = "Island"
    _prop_names = ["children", "target"]

    def __init__(self, children=None, target: str | None = None):
        super().__init__(children=children, target=target)


class Store(_LightComponent):
    """Data for callbacks, as dcc.Store with its default memory storage (`data` only)."""

    _type = "Store"
    _prop_names = ["id", "data"]

    def __init__(self, id=None, data=None):
        super().__init__(id=id, data=data)


class Location(_LightComponent):
    """The browser's address for Dash Pages' router, as dcc.Location reports it (props left
    unset are read from the browser when it mounts); while it runs, in-app links (`app_link`)
    open their page without a reload. It cannot be a callback's output."""

    _type = "Location"
    _prop_names = ["id", "pathname", "search", "hash", "href"]

    def __init__(self, id=None, pathname: str | None = None, search: str | None = None,
                 hash: str | None = None, href: str | None = None):
        super().__init__(id=id, pathname=pathname, search=search, hash=hash, href=href)


def app_link(children, href: str, className: str | None = None) -> html.A:
    """A link to a page of the app: a plain link in the first paint, followed without a
    reload once the app runs (Location), as dcc.Link is, but static markup."""
    classes = {"className": className} if className else {}
    return html.A(children, href=href, **classes, **{"data-app-link": "true"})


def static(node: Component) -> StaticHtml:
    """An html component and everything in it as one StaticHtml of the same element: one
    component for React and the renderer instead of one per element. Its attributes other
    than `id` and `className` would be lost, so it takes none."""
    props = node.to_plotly_json()["props"]
    attributes = set(props) - {"children", "id", "className"}
    if node._namespace != HTML_NAMESPACE or attributes:
        raise ValueError(f"not a plain html component: {node._type} {sorted(attributes)}")
    return StaticHtml(to_html(props.get("children")), id=props.get("id"),
                      className=props.get("className"), tag=node._type.lower())
