"""The parts of a page the app runs in the browser ("islands"), inside the first-paint copy.

The index page paints the whole page from the server's markup (components/first_paint.py).
Most of it is text that never changes: headings, findings, quotes, notes. Only components that
take part in a callback do anything once Dash runs: the filters, the charts and what the filters
rewrite (a card's table and footer, the filter summary and notice), and the stores they read.
So when the layout request names a page that was painted from markup, Dash is sent only those
components, each in an `Island` that renders it in place of its first-paint element
(components/island.js); the rest of the first-paint copy stays the page. React then renders
and lays out a few dozen components instead of the whole page a second time (and Chromium lays
out no second copy of the page to swap in).

Which components those are follows from the registered callbacks (`LiveIds`); the first-paint
markup marks each with `data-island` (its id as Dash writes it) so that its Island finds it.
"""
from __future__ import annotations

import json

from dash.dependencies import DashDependency
from dash.dash import _ID_CONTENT, _ID_DUMMY, _ID_LOCATION, _ID_STORE  # the router's ids
from dash.development.base_component import Component

from components.light import Deferred, Island
from components.markup import dash_dom_id

# For a script driving a browser (tests, bench/run.py): whether Dash runs the page, i.e. React
# has rendered the shell, every island has replaced its first-paint element and no card waits
# to mount (components/deferred_mount.js). Before that the page's controls do nothing.
APP_RUNS = """return document.querySelector('#react-entry-point #_pages_content') !== null &&
    document.querySelector('#first-paint [data-island], [data-deferred]') === null"""
# Components that render nothing: kept in the layout as they are, with no Island.
RENDER_NOTHING = {"Store", "Location"}
# Elements that must be a particular parent's child, or its first child (a list's item, a
# table's parts, a <select>'s option, a <details>'s summary, a <fieldset>'s legend): an Island's
# slot, a <div>, cannot stand between them and that parent (components/island.js).
NOT_IN_A_SLOT = {"Li", "Dt", "Dd", "Tr", "Td", "Th", "Thead", "Tbody", "Tfoot", "Caption", "Col",
                 "Colgroup", "Option", "Optgroup", "Summary", "Legend"}
# The router's own components belong to the shell around the page (components/page_shell.py).
ROUTER_IDS = {_ID_CONTENT, _ID_DUMMY, _ID_LOCATION, _ID_STORE}
WILDCARDS = (["ALL"], ["MATCH"], ["ALLSMALLER"])


def _parsed(component_id: str):
    """A callback dependency's id: a string, or a dict for a pattern-matching id."""
    return json.loads(component_id) if component_id.startswith("{") else component_id


class LiveIds:
    """The ids the app's callbacks read or write, the router's aside: `component_id in live`
    says whether a component with that id takes part in a callback (pattern-matching ids
    included)."""

    def __init__(self, callback_map: dict):
        self.names: set[str] = set()
        self.patterns: list[dict] = []
        for entry in callback_map.values():
            outputs = entry.get("output")
            outputs = outputs if isinstance(outputs, list) else [outputs]
            ids = [output.component_id_str() for output in outputs
                   if isinstance(output, DashDependency)]
            ids += [dependency["id"]
                    for dependency in [*entry.get("inputs", []), *entry.get("state", [])]]
            for component_id in map(_parsed, ids):
                if isinstance(component_id, dict):
                    self.patterns.append(component_id)
                elif component_id not in ROUTER_IDS:
                    self.names.add(component_id)

    def __contains__(self, component_id) -> bool:
        if isinstance(component_id, dict):
            return any(pattern.keys() == component_id.keys()
                       and all(value in WILDCARDS or component_id[key] == value
                               for key, value in pattern.items())
                       for pattern in self.patterns)
        return component_id in self.names


def is_island(node: Component, live: LiveIds) -> bool:
    """Whether the browser renders this component in place of its first-paint element.
    ValueError for a live element that cannot be rendered through a slot (NOT_IN_A_SLOT): the
    page is then served without a first-paint copy and rendered whole, as Dash does
    (serving/index_page.py, components/page_shell.py)."""
    component_id = getattr(node, "id", None)
    live_here = (node._type not in RENDER_NOTHING and component_id is not None
                 and component_id in live)
    if live_here and node._type in NOT_IN_A_SLOT:
        raise ValueError(f"{node._type} {component_id!r} takes part in a callback; as an island "
                         f"its slot would stand between it and its parent: give it a wrapper")
    return live_here


def island_key(node: Component) -> str:
    """The `data-island` value that pairs a first-paint element with its Island: its id as Dash
    writes it, unique on a page as Dash's ids are (the light DOM id can collide)."""
    return dash_dom_id(node.id)


def islands_of(node, live: LiveIds) -> list[Component]:
    """A page layout's islands, each wrapped in its Island, and the components that render
    nothing, in page order, those of a Deferred (a card) in a Deferred of their own; everything
    else is left to the first-paint copy. Raises TypeError on a node that is not a layout node,
    as components/first_paint.py does."""
    if node is None or isinstance(node, (str, int, float)):
        return []
    if isinstance(node, (list, tuple)):
        return [island for child in node for island in islands_of(child, live)]
    if not isinstance(node, Component):
        raise TypeError(f"not a layout node: {node!r}")
    if node._type in RENDER_NOTHING:
        return [node]
    if is_island(node, live):
        return [Island(target=island_key(node), children=node)]
    inside = islands_of(getattr(node, "children", None), live)
    if node._type == "Deferred":
        # A card's islands mount together, in a task of their own, as the card would
        # (components/deferred_mount.js).
        return [Deferred(inside)] if inside else []
    return inside
