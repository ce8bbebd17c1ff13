"""The first paint of a page: index page, pre-filled layout and the regenerator shim.

A page load should cost one layout request and no router callback; the index page carries the
page's markup, leaves out the bundles the app does not need and names the plotly.js bundle the
charts load when they draw.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import dash
import pytest

from charts.spec import all_pages, charts_for_page, topic_pages
from i18n import LANGUAGES
from serving.index_page import DEFERRED_TYPE

BASE = "http://localhost"


def scripts_of(html: str) -> list[str]:
    return re.findall(r'<script[^>]*src="([^"]+)"', html)


@pytest.mark.parametrize("path, title", [
    ("/en/globalization", "Globalization indices"),
    ("/en/firm-morphology", "Firm morphology"),
    ("/en/", "Belgium in the new global economy · Dashboard"),
    ("/en/about", "About the data"),
    ("/no-such-page", "Page not found"),
])
def test_index_is_titled_for_its_page_and_starts_only_what_it_uses(client, path, title):
    html = client.get(path).get_data(as_text=True)
    assert re.search(rf"<title>{re.escape(title)}[^<]*</title>", html)
    scripts = scripts_of(html)
    assert not [s for s in scripts if "polyfill" in s or "dash_table" in s or "/dash/dcc/" in s]
    assert any("dash_renderer" in s for s in scripts)
    assert not [s for s in scripts if "plotly" in s]  # the charts load it when they draw
    head, body = html.split("</head>")
    assert not re.search(r"<script src=", html)  # nothing makes the parser wait
    assert "<script" not in head.split("<title>")[1]  # nothing to fetch before the first paint
    # Loaded in order after the first paint (START_RENDERER); no lazy dcc chunk (no dropdowns).
    held = re.findall(rf'<script type="{DEFERRED_TYPE}" src="([^"]+)"', body)
    assert len(held) == len(scripts) and "dash_renderer" in " ".join(held)
    chunks = [s for s in held if "async-" in s]
    assert chunks == []
    bundle = re.search(r'<meta name="plotly-js" content="([^"]+)">', html).group(1)
    for src in [bundle, *chunks]:  # fingerprinted, so the year-long cache is safe
        response = client.get(src)
        assert response.status_code == 200
        assert "immutable" in response.headers["Cache-Control"]
    assert "components/plotly_bundle" in bundle


FIRST_PAINT = re.compile(r'<div id="first-paint">(.*?)</div>\s*<div id="react-entry-point">', re.S)


@pytest.mark.parametrize("page", [p.key for p in topic_pages()])
def test_the_page_is_in_the_html_with_every_chart_box_at_its_height(client, page):
    """Text, headings and chart boxes paint before any script runs; each box already has the
    height the drawn chart will have (no shift when it draws)."""
    from data.chart_cache import chart_figure
    from data.access import store
    html = client.get(f"/en/{page}").get_data(as_text=True)
    markup = FIRST_PAINT.search(html).group(1)
    assert "<h1>" in markup and "Key findings" in markup and 'class="site-header"' in markup
    for spec in charts_for_page(page):
        figure = chart_figure(spec.slug, spec.parse_query(store().frame(spec.dataset), {})[0].key, "en")
        height = figure["layout"].get("height", 420)
        box = re.search(r'<div[^>]*class="chart-graph"[^>]*id="([^"]+)"[^>]*style="([^"]+)"',
                        markup[markup.index(f'id="{spec.slug}"'):])
        assert spec.slug in box.group(1).replace("&quot;", '"')
        narrow = (figure["layout"].get("meta") or {}).get("narrow", {}).get("layout", {}).get("height", height)
        assert box.group(2) == f"height:{height}px;--narrow-height:{narrow}px", spec.slug
    assert "filter-bar" in markup


def test_the_first_paint_copy_follows_the_query_string(client):
    html = client.get("/en/globalization?kof_dimension=actual-flows").get_data(as_text=True)
    markup = FIRST_PAINT.search(html).group(1)
    assert re.search(r'<input checked[^>]*value="actual-flows">', markup)
    assert not re.search(r'<input checked[^>]*value="degree-of-economic-liberalization">', markup)


def layout_of(client, referer: str | None) -> dict:
    headers = {"Referer": referer} if referer else {}
    return client.get("/_dash-layout", headers=headers).get_json()


def find(node, component_id):
    """The component with `component_id` in a serialized layout, or None."""
    if isinstance(node, dict):
        if node.get("props", {}).get("id") == component_id:
            return node
        children = node.get("props", {}).get("children") if "props" in node else None
        return find(children, component_id)
    if isinstance(node, list):
        return next((hit for child in node if (hit := find(child, component_id))), None)
    return None


def test_layout_arrives_with_the_referring_page_inside(client):
    response = client.get("/_dash-layout", headers={"Referer": f"{BASE}/en/globalization"})
    assert response.headers["Cache-Control"] == "no-store" and "Referer" in response.headers["Vary"]
    layout = layout_of(client, f"{BASE}/en/globalization?countries=BEL,NLD#kof-dimensions")
    location = find(layout, "_pages_location")["props"]
    assert (location["pathname"], location["search"]) == ("/en/globalization", "?countries=BEL,NLD")
    content = json.dumps(find(layout, "_pages_content"))
    # The page's islands only (components/islands.py): its charts and filters, not its text,
    # which the first-paint copy shows.
    assert "kof-dimensions" in content and "Globalization indices" not in content
    countries = find(layout, {"type": "filter", "param": "countries"})["props"]["value"]
    assert countries == ["BEL", "NLD"]
    assert find(layout, "_pages_store")["props"]["data"]["title"].startswith("Globalization")


@pytest.mark.parametrize("referer", [None, "http://elsewhere.example/globalization",
                                     "javascript:alert(1)", "not a url"])
def test_without_a_usable_referer_the_router_fills_the_page(client, referer):
    layout = layout_of(client, referer)
    assert find(layout, "_pages_content")["props"].get("children") is None
    assert "pathname" not in find(layout, "_pages_location")["props"]


def test_an_unknown_page_or_bad_query_is_rendered_as_the_router_would(client):
    """The unknown page has nothing the browser runs; a bad query's notice is an island."""
    assert find(layout_of(client, f"{BASE}/nope"), "_pages_content")["props"]["children"] == []
    assert "Page not found" in client.get("/nope").get_data(as_text=True)
    bad = json.dumps(find(layout_of(client, f"{BASE}/en/globalization?countries=XXX"), "_pages_content"))
    assert "XXX" in bad


def namespaces(node) -> set[str]:
    """The component libraries a serialized layout uses."""
    if isinstance(node, list):
        return set().union(*map(namespaces, node)) if node else set()
    if isinstance(node, dict) and "namespace" in node:
        return {node["namespace"]} | namespaces(node["props"].get("children"))
    return set()


@pytest.mark.parametrize("path", [page.href(language) for page in all_pages() for language in LANGUAGES]
                         + ["/en/search?q=exports", "/en/nope", None])
def test_no_page_needs_dcc(client, path):
    """The index page leaves dcc's bundle out: no layout may use one of its components."""
    layout = layout_of(client, f"{BASE}{path}" if path else None)
    assert namespaces(layout) <= {"dash_html_components", "components"}


def test_the_renderer_still_does_what_the_reset_shim_relies_on():
    """assets/skip_noop_resets.js answers the renderer's no-op RESET_COMPONENT_STATE on mount
    through the store the renderer hands to window.store. When a Dash upgrade stops either, the
    shim is ineffective or unneeded: look again."""
    bundle = (Path(dash.__file__).parent / "dash-renderer" / "build" / "dash_renderer.min.js").read_text()
    assert "window.store=" in bundle
    # DashWrapper: useEffect(() => { if (_newRender) dispatch(resetComponentState({itempath})) }, [_newRender])
    assert re.search(r"useEffect\)\(function\(\)\{\w+&&\w+\(\w+\(\{itempath:\w+\}\)\)\},\[\w+\]\)", bundle)
    # layoutHashes, the one reducer of the action: a reset keeps the hashes whose key does not
    # start with the path joined by "," (the shim joins it so).
    assert bundle.count('"RESET_COMPONENT_STATE"===') == 1
    reducer = re.search(r'"RESET_COMPONENT_STATE"===\w+\.type\)\{var \w+=\w+\.payload\.itempath;if\(\w+\)'
                        r'\{var \w+=(\$?\w+)\(\w+\);return Object\.fromEntries\(Object\.entries', bundle)
    assert reducer
    assert re.search(r'function %s\(\w+\)\{return \w+\(",",\w+\)\}' % re.escape(reducer.group(1)), bundle)


def test_the_regenerator_shim_covers_everything_the_bundles_use():
    """The shim provides only mark/wrap for straight-line generators; fail if Dash's bundles
    start using more of regeneratorRuntime than that."""
    root = Path(dash.__file__).parent
    used, generators = set(), 0
    for bundle in root.rglob("*.js"):
        text = bundle.read_text(errors="ignore")
        used |= set(re.findall(r"regeneratorRuntime\.(\w+)", text))
        for generator in re.findall(r"regeneratorRuntime\.wrap\(function\((\w)\)\{(.*?)\},", text):
            name, body = generator
            generators += 1
            assert not re.search(rf"\b{name}\.(?:abrupt|finish|catch|delegateYield|sent)\b", body), bundle
    assert used <= {"mark", "wrap"}, used
    assert generators >= 3  # renderer, dcc and DataTable each have one: the scan found them


def test_a_layout_that_cannot_be_written_out_still_serves_the_page(client, monkeypatch):
    import serving.index_page as index_page

    def refuse(_layout):
        raise ValueError("not an HTML attribute name")
    monkeypatch.setattr(index_page, "page_markup", refuse)
    response = client.get("/en/globalization")
    assert response.status_code == 200
    assert '<div id="first-paint"></div>' in response.get_data(as_text=True)
