"""Islands (components/islands.py): the layout request of a page painted from markup gets only
the components the browser runs, and each pairs with exactly one marked element of the
first-paint copy."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest

from charts.spec import all_pages, charts_for_page, topic_pages
from components.islands import LiveIds
from i18n import LANGUAGES

BASE = "http://localhost"
MARKED = re.compile(r'data-island="([^"]+)"')


def islands_in(node) -> list[str]:
    """The targets of the Islands in a serialized layout, in order."""
    if isinstance(node, list):
        return [target for child in node for target in islands_in(child)]
    if not isinstance(node, dict):
        return []
    props = node.get("props", {})
    own = [props["target"]] if node.get("type") == "Island" else []
    return own + [target for value in props.values() for target in islands_in(value)]


def types_in(node) -> set[str]:
    if isinstance(node, list):
        return set().union(*(types_in(child) for child in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    return {node.get("type")} | set().union(*(types_in(v) for v in node.get("props", {}).values()))


PATHS = [page.href(language) for page in all_pages() for language in LANGUAGES] + [
    "/en/globalization?countries=BEL,NLD", "/fr/export-geography?flow=goods", "/nope"]


def marks(client, path: str) -> list[str]:
    """The `data-island` values of a page's first-paint copy, in order."""
    return [unescape(key) for key in MARKED.findall(client.get(path).get_data(as_text=True))]


def key(kind: str, slug: str) -> str:
    """The island key of a chart's component: Dash's JSON id."""
    return json.dumps({"slug": slug, "type": kind}, separators=(",", ":"))


@pytest.mark.parametrize("path", PATHS)
def test_every_island_has_its_first_paint_element_and_every_marked_element_its_island(client, path):
    marked = marks(client, path)
    layout = client.get("/_dash-layout", headers={"Referer": BASE + path}).get_json()
    islands = islands_in(layout)
    assert islands == marked  # the same, once each, in page order
    assert len(set(islands)) == len(islands)
    # Nothing the first-paint copy shows as it is goes to React: no headings, no sections.
    assert not types_in(layout) & {"H1", "H2", "Section", "Main", "A", "P"}


@pytest.mark.parametrize("page", topic_pages(), ids=lambda page: page.key)
def test_a_topic_pages_islands_are_its_charts_filters_and_what_the_filters_rewrite(client, page):
    marked = set(marks(client, page.href("en")))
    for spec in charts_for_page(page.key):
        assert {key(kind, spec.slug) for kind in ("chart-graph", "chart-table", "chart-footer")} <= marked
    assert {"filter-summary", "filter-notice"} <= marked
    assert any('"type":"filter"' in island for island in marked)


def test_without_a_first_paint_copy_the_layout_is_the_whole_page(client, monkeypatch):
    """Where the index page could not write the page's markup, there is nothing to run islands
    in: the layout is the whole page, header included, as before islands."""
    def fails(*args):
        raise ValueError("a layout the markup writer cannot write")
    monkeypatch.setattr("components.page_shell.page_markup", fails)
    layout = json.dumps(client.get("/_dash-layout", headers={"Referer": f"{BASE}/en/globalization"}).get_json())
    assert "Skip to content" in layout and "Globalization indices" in layout
    assert '"Island"' not in layout


def test_live_ids_match_the_callbacks_ids_and_patterns(callback_map):
    live = LiveIds(callback_map)
    assert {"type": "chart-graph", "slug": "kof-dimensions"} in live
    assert {"type": "filter", "param": "countries"} in live
    assert "filter-summary" in live
    assert {"type": "chart-graph"} not in live  # a pattern matches ids with the same keys only
    assert {"type": "nothing", "slug": "kof-dimensions"} not in live
    assert "section-5-heading" not in live
    assert "_pages_content" not in live  # the router's container is the shell's, not an island
