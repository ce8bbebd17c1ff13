"""Islands (components/islands.py): the layout request of a page painted from markup gets only
the components the browser runs, and each pairs with exactly one marked element of the
first-paint copy."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest
from dash import html

from charts.spec import all_pages, charts_for_page, topic_pages
from components.islands import NOT_IN_A_SLOT, LiveIds, is_island
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


@pytest.mark.parametrize("tag", sorted(NOT_IN_A_SLOT))
def test_a_live_element_that_must_be_its_parents_child_is_no_island(callback_map, tag):
    """An Island renders its child into a <div> slot: a list item, a table's part, an option, a
    summary or a legend would then no longer be its parent's child."""
    live = LiveIds(callback_map)
    with pytest.raises(ValueError, match=tag):
        is_island(getattr(html, tag)(id="filter-summary"), live)
    assert not is_island(getattr(html, tag)(id="not-in-any-callback"), live)
    assert is_island(html.Div(id="filter-summary"), live)


def test_a_page_with_such_an_element_is_served_whole(client, monkeypatch):
    """No first-paint copy and the whole page in the layout, as Dash serves a page, instead of
    an island that would break its list."""
    def with_live_item(app, pathname, search):
        return html.Ul(html.Li("Belgium", id="filter-summary")), "A page"
    monkeypatch.setattr("components.page_shell._page_for", with_live_item)
    page = client.get("/en/globalization")
    assert page.status_code == 200
    assert '<div id="first-paint"></div>' in page.get_data(as_text=True)
    layout = json.dumps(client.get("/_dash-layout",
                                   headers={"Referer": f"{BASE}/en/globalization"}).get_json())
    assert '"Island"' not in layout and "Skip to content" in layout and "Belgium" in layout
