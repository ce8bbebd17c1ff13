"""Real-browser tests of how charts are drawn (components/dashboard_components.js PlotlyChart)
and of the first paint (serving/index_page.py, assets/first_paint.js): charts below the fold
are drawn when scrolled to, when the page is printed and when their anchor is opened, and
nothing moves when React takes over from the first-paint copy or when a chart draws."""
from __future__ import annotations

import pytest
from dash.testing.wait import until

from charts.spec import all_pages, charts_for_page, topic_pages
from components.light import dom_id
from tests.test_browser import free_port, plot_data, wait_for_app

PHONE = (412, 823)  # Lighthouse's mobile screen
LONG_PAGE = "firm-morphology"  # 13 charts, no maps: drawn synchronously when printed

# Layout shifts since the page started (buffered), as Lighthouse's CLS counts them.
RECORD_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
    if (!entry.hadRecentInput) window.__shifts.push(entry.value);
})).observe({type: 'layout-shift', buffered: true});
"""
DRAWN = "return [...document.querySelectorAll('.chart-graph')].map(g => !!g.querySelector('.main-svg'))"
# The chart boxes the reader sees (React's copy is hidden while its cards mount).
BOXES = ("return [...document.querySelectorAll('.chart-graph')].filter(g => g.getClientRects().length)"
         ".map(g => g.getBoundingClientRect().height)")


def open_on_phone(dash_duo, dash_app, path: str) -> None:
    dash_duo.driver.set_window_size(*PHONE)
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=dash_duo.server_url + path)
    wait_for_app(dash_duo)


def drawn(dash_duo) -> list[bool]:
    return dash_duo.driver.execute_script(DRAWN)


def test_charts_below_the_fold_wait_and_draw_when_scrolled_to(browser_required, dash_duo, dash_app):
    open_on_phone(dash_duo, dash_app, f"/{LONG_PAGE}")
    charts = charts_for_page(LONG_PAGE)
    until(lambda: not all(drawn(dash_duo)), timeout=5)
    assert drawn(dash_duo)[-1] is False  # the last chart is screens away: not drawn at load
    for index, spec in enumerate(charts):
        dash_duo.driver.execute_script(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'center'})",
            dom_id({"type": "chart-graph", "slug": spec.slug}))
        until(lambda: drawn(dash_duo)[index], timeout=10, msg=f"{spec.slug} not drawn")
    assert dash_duo.get_logs() == []


def test_printing_draws_every_chart_before_the_printout(browser_required, dash_duo, dash_app):
    open_on_phone(dash_duo, dash_app, f"/{LONG_PAGE}")
    first = charts_for_page(LONG_PAGE)[0].slug
    dash_duo.driver.execute_script("document.getElementById(arguments[0]).scrollIntoView()",
                                   dom_id({"type": "chart-graph", "slug": first}))
    until(lambda: plot_data(dash_duo, first) is not None, timeout=10)  # plotly.js is loaded
    assert not all(drawn(dash_duo))
    # Counted by a beforeprint listener added after the app's: what the printout will show.
    dash_duo.driver.execute_script("""
        window.addEventListener('beforeprint', () => {
            window.__atPrint = [...document.querySelectorAll('.chart-graph')]
                .map(g => !!g.querySelector('.main-svg'));
        });""")
    dash_duo.driver.execute_cdp_cmd("Page.printToPDF", {})
    assert all(dash_duo.driver.execute_script("return window.__atPrint"))
    assert dash_duo.get_logs() == []


def test_printing_before_plotly_is_loaded_still_draws_every_chart(browser_required, dash_duo,
                                                                 dash_app):
    open_on_phone(dash_duo, dash_app, f"/{LONG_PAGE}")
    assert dash_duo.driver.execute_script("return window.Plotly === undefined")
    dash_duo.driver.execute_cdp_cmd("Page.printToPDF", {})
    until(lambda: all(drawn(dash_duo)), timeout=15)
    assert dash_duo.get_logs() == []


def test_opening_a_charts_anchor_draws_and_highlights_it(browser_required, dash_duo, dash_app):
    last = charts_for_page(LONG_PAGE)[-1].slug
    open_on_phone(dash_duo, dash_app, f"/{LONG_PAGE}#{last}")
    until(lambda: plot_data(dash_duo, last) is not None, timeout=10)
    card = dash_duo.find_element(f"#{last}")
    until(lambda: "chart-card--highlight" in card.get_attribute("class"), timeout=5)
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize("width", [PHONE[0], 1400])
def test_nothing_moves_when_the_app_takes_over_or_a_chart_draws(browser_required, dash_duo,
                                                               dash_app, width):
    """No layout shift from the first paint through React's render to every chart drawn
    (CLS as the browser reports it), and every chart box keeps the height it had before."""
    dash_duo.driver.set_window_size(width, PHONE[1])
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                    {"source": RECORD_SHIFTS})
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=dash_duo.server_url + "/en/globalization")
    dash_duo.wait_for_element("main .chart-graph", timeout=10)
    before = dash_duo.driver.execute_script(BOXES)  # maybe still the first-paint copy's boxes
    wait_for_app(dash_duo)
    dash_duo.driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    until(lambda: all(drawn(dash_duo)), timeout=15)
    dash_duo.driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    assert dash_duo.driver.execute_script(BOXES) == before
    assert sum(dash_duo.driver.execute_script("return window.__shifts")) < 0.01
    assert dash_duo.get_logs() == []


def test_the_app_runs_in_the_first_paint_copy_without_duplicate_ids(browser_required, dash_duo,
                                                                 dash_app):
    open_on_phone(dash_duo, dash_app, "/en/export-geography")
    ids = dash_duo.driver.execute_script(
        "return [...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))
    assert dash_duo.find_element("h1").text == "Export geography"
    assert dash_duo.get_logs() == []


RECORD_LCP = """
window.__lcp = [];
// Where the element is, noted when it is reported (a removed element is no longer named).
new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__lcp.push(
    !!(entry.element && entry.element.closest('#first-paint')))))
    .observe({type: 'largest-contentful-paint', buffered: true});
"""


@pytest.mark.parametrize("path", [page.href("en") for page in all_pages()
                                  if page.in_navbar and (not page.is_topic or page is topic_pages()[0])])
def test_the_largest_paint_is_the_first_paint_copy(browser_required, dash_duo, dash_app, path):
    """The reader's largest paint (Lighthouse's LCP element, which its audit cannot name with
    Chromium 156) is the server's markup, painted before Dash has started."""
    dash_duo.driver.set_window_size(*PHONE)
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_LCP})
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=dash_duo.server_url + path)
    wait_for_app(dash_duo)
    in_copy = dash_duo.driver.execute_script("return window.__lcp")
    assert in_copy and all(in_copy), in_copy
    assert dash_duo.get_logs() == []
