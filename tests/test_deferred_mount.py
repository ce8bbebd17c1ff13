"""Real-browser tests of Deferred (components/deferred_mount.js): a topic page's cards mount after
the rest of the page, in tasks of their own, while the first-paint copy shows; React's copy
replaces it when every card has mounted, each once and in its place. Without a first-paint copy
(a page the router renders after an in-app link) they mount with the page; a tap on the first-paint
copy mounts them all at once."""
from __future__ import annotations

from dash.testing.wait import until

from charts.spec import charts_for_page
from tests.test_browser import free_port, wait_for_app

PAGE = "firm-morphology"
# React's copy of a card's footer has the light DOM id; the first-paint copy writes Dash's JSON id.
MOUNTED = "#react-entry-point [id^='chart-footer--']"
WAITING = "#react-entry-point [data-deferred]"
CARDS = "#react-entry-point section.chart-card:not(.exhibit-card)"  # chart cards, not notes
# Chart cards mounted and cards waiting: when React's copy first holds the page, and when it
# replaces the first-paint copy.
RECORD_MOUNTS = """
window.__mounts = {};
new MutationObserver(function (changes, observer) {
    function now() {
        return {mounted: document.querySelectorAll("%s").length,
                waiting: document.querySelectorAll("%s").length};
    }
    if (!window.__mounts.page && document.querySelector('#react-entry-point #_pages_content > *')) {
        window.__mounts.page = now();
        window.__mounts.firstPaintOrder = [...document.querySelectorAll(
            "#first-paint section.chart-card:not(.exhibit-card)")].map(c => c.id);
    }
    if (document.readyState !== 'loading' && !document.getElementById('first-paint')) {
        observer.disconnect();
        window.__mounts.swap = now();
    }
}).observe(document, {childList: true, subtree: true});
""" % (MOUNTED, WAITING)
ORDER = f"return [...document.querySelectorAll('{CARDS}')].map(c => c.id)"


def test_cards_mount_after_the_page_and_the_page_shows_whole(browser_required, dash_duo, dash_app):
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_MOUNTS})
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/en/{PAGE}")
    wait_for_app(dash_duo)
    slugs = [spec.slug for spec in charts_for_page(PAGE)]
    mounts = dash_duo.driver.execute_script("return window.__mounts")
    assert mounts["page"]["mounted"] == 0 and mounts["page"]["waiting"] > len(slugs)  # notes wait too
    assert mounts["swap"] == {"mounted": len(slugs), "waiting": 0}
    order = dash_duo.driver.execute_script(ORDER)
    assert sorted(order) == sorted(slugs)  # each once
    assert order == mounts["firstPaintOrder"]  # each in its place
    assert dash_duo.get_logs() == []


def test_after_an_in_app_link_the_cards_mount_with_the_page(browser_required, dash_duo, dash_app):
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/en/about")
    wait_for_app(dash_duo)
    dash_duo.driver.execute_script("""
        window.__mounted = null;
        new MutationObserver(function (changes, observer) {
            if (document.querySelector('#_pages_content .chart-card')) {
                observer.disconnect();
                window.__mounted = document.querySelectorAll("%s").length;
            }
        }).observe(document.getElementById('_pages_content'), {childList: true, subtree: true});
    """ % MOUNTED)
    dash_duo.find_element(f"a.nav-link[href='/en/{PAGE}']").click()
    dash_duo.wait_for_element(MOUNTED, timeout=10)
    assert dash_duo.driver.execute_script("return window.__mounted") == len(charts_for_page(PAGE))
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
    card = f"#react-entry-point [id='{slug}']"
    until(lambda: "chart-card--highlight" in dash_duo.find_element(card).get_attribute("class"), timeout=10)
    assert dash_duo.driver.execute_script("return window.__same_document") is None
    top = dash_duo.driver.execute_script(
        "return document.querySelector(arguments[0]).getBoundingClientRect().top", card)
    assert 0 <= top < 200
    assert dash_duo.get_logs() == []
