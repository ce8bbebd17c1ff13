"""Real-browser tests of Deferred (components/deferred_mount.js): a topic page's cards mount after
the rest of the page, in tasks of their own. On a page painted from markup a card is its islands
(components/islands.py), which replace their first-paint elements in place, and the copy stays
the page (its links load their page from the server). A tap on the first-paint copy mounts them
all at once."""
from __future__ import annotations

from dash.testing.wait import until

from charts.spec import charts_for_page
from tests.test_browser import free_port, wait_for_app

PAGE = "firm-morphology"
# A card's footer as React renders it has the light DOM id; the first-paint copy writes Dash's
# JSON id ('{"slug":...').
MOUNTED = "[id^='chart-footer--']"
WAITING = "#react-entry-point [data-deferred]"
# Chart cards mounted and cards waiting: when React first holds the page, and when the last
# card has mounted.
RECORD_MOUNTS = """
window.__mounts = {};
new MutationObserver(function (changes, observer) {
    function now() {
        return {mounted: document.querySelectorAll("%s").length,
                waiting: document.querySelectorAll("%s").length};
    }
    if (!window.__mounts.page && document.querySelector('#react-entry-point #_pages_content')) {
        window.__mounts.page = now();
    }
    if (window.__mounts.page && !window.__mounts.last && now().waiting === 0) {
        observer.disconnect();
        window.__mounts.last = now();
    }
}).observe(document, {childList: true, subtree: true});
""" % (MOUNTED, WAITING)
# For each chart card of the page on screen, the React footer inside it.
FOOTERS = """return [...document.querySelectorAll('#first-paint section.chart-card:not(.exhibit-card)')]
    .map(card => [card.id, [...card.querySelectorAll("%s")].map(f => f.id)])""" % MOUNTED


def test_cards_mount_after_the_page_each_in_its_place(browser_required, dash_duo, dash_app):
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_MOUNTS})
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/en/{PAGE}")
    wait_for_app(dash_duo)
    slugs = [spec.slug for spec in charts_for_page(PAGE)]
    mounts = dash_duo.driver.execute_script("return window.__mounts")
    assert mounts["page"]["mounted"] == 0 and mounts["page"]["waiting"] >= len(slugs)
    assert mounts["last"] == {"mounted": len(slugs), "waiting": 0}
    footers = dash_duo.driver.execute_script(FOOTERS)
    assert sorted(card for card, _ in footers) == sorted(slugs)
    assert all(ids == [f"chart-footer--{card}"] for card, ids in footers)  # once, in its card
    assert dash_duo.find_elements("#first-paint")  # the copy stays the page
    assert dash_duo.get_logs() == []


def test_a_link_of_the_servers_page_loads_its_page_whole(browser_required, dash_duo, dash_app):
    """The first-paint copy is the page (React runs its islands): a navbar link loads the page
    it names from the server, header and footer once, rather than the router rendering a page
    over the copy."""
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/en/about")
    wait_for_app(dash_duo)
    dash_duo.driver.execute_script("window.__same_document = true")
    dash_duo.find_element(f"a.nav-link[href='/en/{PAGE}']").click()
    until(lambda: dash_duo.driver.current_url.endswith(f"/en/{PAGE}"), timeout=10)
    wait_for_app(dash_duo)
    assert dash_duo.driver.execute_script("return window.__same_document") is None
    assert len(dash_duo.find_elements(".site-header")) == 1
    assert len(dash_duo.find_elements(".site-footer")) == 1
    assert len(dash_duo.find_elements(MOUNTED)) == len(charts_for_page(PAGE))
    assert dash_duo.get_logs() == []


# When React's copy first holds the page with cards still waiting, `event`; the cards waiting
# then and right after it.
EARLY_EVENT = """
window.__early = null;
new MutationObserver(function (changes, observer) {
    var waiting = document.querySelectorAll("%s").length;
    var copy = document.getElementById('first-paint');
    if (!window.__early && copy && waiting) {
        observer.disconnect();
        %%s;
        window.__early = {before: waiting, after: document.querySelectorAll("%s").length};
    }
}).observe(document, {childList: true, subtree: true});
""" % (WAITING, WAITING)
TAP = "copy.querySelector('h1').dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}))"
PRINT = "window.dispatchEvent(new Event('beforeprint'))"


def open_with_early_event(dash_duo, dash_app, event: str) -> dict:
    """Open PAGE, `event` happening while cards wait: the cards waiting before and after it."""
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                    {"source": EARLY_EVENT % event})
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/en/{PAGE}")
    wait_for_app(dash_duo)
    return dash_duo.driver.execute_script("return window.__early")


def test_a_tap_on_the_first_paint_copy_hands_over_at_once(browser_required, dash_duo, dash_app):
    """Its controls do nothing yet: every waiting card mounts in that task, not card by card."""
    early = open_with_early_event(dash_duo, dash_app, TAP)
    assert early["before"] > 0 and early["after"] == 0
    assert len(dash_duo.find_elements(MOUNTED)) == len(charts_for_page(PAGE))
    assert dash_duo.get_logs() == []


def test_printing_while_cards_wait_mounts_and_draws_them_all(browser_required, dash_duo, dash_app):
    """beforeprint mounts every waiting card at once, and each chart mounted while printing is
    drawn for the printout."""
    early = open_with_early_event(dash_duo, dash_app, PRINT)
    assert early["before"] > 0 and early["after"] == 0
    until(lambda: dash_duo.driver.execute_script(
        "return [...document.querySelectorAll('.chart-graph')].every(g => g.querySelector('.main-svg'))"),
          timeout=15)
    assert len(dash_duo.find_elements(MOUNTED)) == len(charts_for_page(PAGE))
    assert dash_duo.get_logs() == []


def test_an_in_app_link_with_an_anchor_opens_the_page_at_its_chart(browser_required, dash_duo,
                                                                  dash_app):
    """An overview message links to its chart: the page loads from the server (a plain link),
    which scrolls to the chart and highlights it."""
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/en/")
    wait_for_app(dash_duo)
    dash_duo.driver.execute_script("window.__same_document = true")
    tile = dash_duo.find_element("a.message-tile[href*='#']")
    target = tile.get_attribute("href")
    tile.click()
    until(lambda: dash_duo.driver.current_url == target, timeout=10)
    wait_for_app(dash_duo)
    slug = target.split("#", 1)[1]
    card = f"[id='{slug}']"
    until(lambda: "chart-card--highlight" in dash_duo.find_element(card).get_attribute("class"), timeout=10)
    assert dash_duo.driver.execute_script("return window.__same_document") is None
    top = dash_duo.driver.execute_script(
        "return document.querySelector(arguments[0]).getBoundingClientRect().top", card)
    assert 0 <= top < 200
    assert dash_duo.get_logs() == []
