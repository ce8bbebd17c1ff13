"""Real-browser tests of Deferred (components/deferred_mount.js): a topic page's chart cards mount
after the rest of the page, the server's first-paint copy of each standing in meanwhile, and
every card ends up mounted once, in its place; without a first-paint copy (a page the router
renders after an in-app link) they mount with the page."""
from __future__ import annotations

from dash.testing.wait import until

from charts.spec import charts_for_page
from tests.test_browser import free_port, wait_for_app

PAGE = "firm-morphology"
# React's copy of a card's footer has the light DOM id; the first-paint copy writes Dash's JSON id.
MOUNTED = "#react-entry-point [id^='chart-footer--']"
CARDS = "#react-entry-point section.chart-card:not(.exhibit-card)"  # chart cards, not notes
# When the first-paint copy is removed: how many cards React has mounted, and how many stand in.
RECORD_SWAP = """
window.__swap = null;
new MutationObserver(function (changes, observer) {
    if (document.readyState !== 'loading' && !document.getElementById('first-paint')) {
        observer.disconnect();
        window.__swap = {
            mounted: document.querySelectorAll("%s").length,
            cards: document.querySelectorAll("%s").length};
    }
}).observe(document, {childList: true, subtree: true});
""" % (MOUNTED, CARDS)
ORDER = f"return [...document.querySelectorAll('{CARDS}')].map(c => c.id)"


def test_cards_mount_after_the_page_with_their_first_paint_copy_standing_in(
        browser_required, dash_duo, dash_app):
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_SWAP})
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/en/{PAGE}")
    wait_for_app(dash_duo)
    slugs = [spec.slug for spec in charts_for_page(PAGE)]
    swap = dash_duo.driver.execute_script("return window.__swap")
    assert swap == {"mounted": 0, "cards": len(slugs)}  # every card there, none of them React's yet
    until(lambda: len(dash_duo.find_elements(MOUNTED)) == len(slugs), timeout=10)
    assert sorted(dash_duo.driver.execute_script(ORDER)) == sorted(slugs)  # each once
    assert dash_duo.get_logs() == []


def test_after_an_in_app_link_the_cards_mount_with_the_page(browser_required, dash_duo, dash_app):
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/en/about")
    wait_for_app(dash_duo)
    dash_duo.find_element(f"a.nav-link[href='/en/{PAGE}']").click()
    until(lambda: dash_duo.find_elements(MOUNTED), timeout=10)
    assert len(dash_duo.find_elements(MOUNTED)) == len(charts_for_page(PAGE))
    assert dash_duo.get_logs() == []
