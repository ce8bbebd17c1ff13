"""Real-browser tests of Deferred (components/deferred_mount.js): a topic page's cards mount after
the rest of the page, in tasks of their own, while the first-paint copy shows; React's copy
replaces it when every card has mounted, each once and in its place. Without a first-paint copy
(a page the router renders after an in-app link) they mount with the page."""
from __future__ import annotations

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
    assert sorted(dash_duo.driver.execute_script(ORDER)) == sorted(slugs)  # each once
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
