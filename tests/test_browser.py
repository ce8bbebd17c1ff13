"""Real-browser tests (headless Chromium): every page renders its charts without console
errors; filters redraw charts, write the URL, survive a reload and the Back button."""
from __future__ import annotations

import socket
import time

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.by import By

from components.page_filters import page_filters
from charts.spec import all_pages, charts_for_page
from components.islands import APP_RUNS
from components.light import dom_id

# (path, heading, topic page key or None) of every declared page; the 404 page at an address
# that is no page.
PAGES = [("/no-such-page" if page.key == "not-found" else page.href("en"), page.heading,
          page.key if page.is_topic else None) for page in all_pages()]
TOPIC_PAGES = [(path, page) for path, _, page in PAGES if page]
PLOT_DATA = """
const graph = document.getElementById(arguments[0]);
const plot = graph && graph.querySelector('.js-plotly-plot');
return plot && plot.data ? JSON.stringify(plot.data.map(t => [t.name, t.x, t.y, t.z, t.text])) : null;
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def plot_data(dash_duo, slug: str):
    return dash_duo.driver.execute_script(PLOT_DATA, dom_id({"type": "chart-graph", "slug": slug}))


def open_page(dash_duo, dash_app, path: str, heading_page: str | None = None):
    """Open `path`; on a page with charts, have every chart drawn (charts are drawn as they
    come near the viewport, and all of them before printing) and wait for the last one."""
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=dash_duo.server_url + path)
    wait_for_app(dash_duo)
    if heading_page:
        draw_every_chart(dash_duo, heading_page)


def wait_for_app(dash_duo) -> None:
    """Until Dash runs the page (APP_RUNS): before that its controls are markup that does
    nothing."""
    until(lambda: dash_duo.driver.execute_script(APP_RUNS), timeout=15)


def console_errors(dash_duo, path: str) -> list[dict]:
    """The browser's console errors, but for the 404 a page that does not exist answers with
    (the browser logs that status, as it should)."""
    logs = dash_duo.get_logs()
    if path == "/no-such-page":
        logs = [log for log in logs if not log["message"].endswith("status of 404 (NOT FOUND)")]
    return logs


# Every chart drawn for the box it has now (a chart in a hidden panel has no width to fit).
DRAWN_FOR_BOX = """return [...document.querySelectorAll('.chart-graph')].every(g => {
    const p = g.querySelector('.js-plotly-plot');
    return !g.clientWidth || (p && p._fullLayout && Math.abs(p._fullLayout.width - p.clientWidth) <= 1); })"""


def draw_every_chart(dash_duo, page: str) -> None:
    """Every chart of `page` drawn, as printing does (and then drawn for its box again, as
    after printing; tests/test_lazy_charts.py checks that scrolling, printing and anchors each
    draw them)."""
    wait_for_app(dash_duo)
    dash_duo.wait_for_element(".chart-card .chart-graph", timeout=10)
    dash_duo.driver.execute_script("window.dispatchEvent(new Event('beforeprint'));"
                                   "window.dispatchEvent(new Event('afterprint'))")
    slugs = [spec.slug for spec in charts_for_page(page)]
    until(lambda: all(plot_data(dash_duo, slug) is not None for slug in slugs), timeout=15)
    # The redraws after printing land a task or more later: at the printed width until then.
    until(lambda: dash_duo.driver.execute_script(DRAWN_FOR_BOX), timeout=15)


@pytest.mark.parametrize("path, heading, page", PAGES, ids=[p[0] for p in PAGES])
def test_page_renders_its_charts_without_console_errors(browser_required, dash_duo, dash_app,
                                                        path, heading, page):
    open_page(dash_duo, dash_app, path, page)
    dash_duo.wait_for_text_to_equal("h1", heading, timeout=10)
    if page is not None:
        plots = dash_duo.find_elements(".chart-card .js-plotly-plot")
        assert len(plots) == len(charts_for_page(page))
        for plot in plots:  # every chart drew marks (bars, points, cells), not an empty axis
            assert plot.find_elements(By.CSS_SELECTOR, ".point, .hm, .scatterlayer .trace, .choroplethlocation")
        assert dash_duo.find_elements(".exhibit-card")  # exhibits without charts say why
    assert console_errors(dash_duo, path) == []


@pytest.mark.parametrize("path, page", TOPIC_PAGES, ids=[p[0] for p in TOPIC_PAGES])
def test_every_filter_changes_a_chart_and_the_url(browser_required, dash_duo, dash_app, path, page):
    open_page(dash_duo, dash_app, path, page)
    charts = charts_for_page(page)
    for page_filter in page_filters(page):
        param = page_filter.spec.param
        affected = [c.slug for c in charts if param in {f.param for f in c.filters}]
        before = {slug: plot_data(dash_duo, slug) for slug in affected}
        # Pick a selection that differs from the default: one other value, or one value fewer.
        others = [v for v in page_filter.options if v not in page_filter.default]
        chosen = [others[0]] if others else list(page_filter.default[:-1])
        if page_filter.spec.multi:
            value = list(chosen)
        else:
            value = chosen[0]
        dash_duo.driver.execute_script(
            "window.dash_clientside.set_props(arguments[0], {value: arguments[1]});",
            {"type": "filter", "param": param}, value)
        until(lambda: any(plot_data(dash_duo, s) != before[s] for s in affected), timeout=10,
              msg=f"no chart changed for {param}")
        until(lambda: f"{param}=" in dash_duo.driver.current_url, timeout=5,
              msg=f"{param} not written to the URL")
        # Put the default back before the next filter, so each change is judged on its own.
        default = list(page_filter.default)
        dash_duo.driver.execute_script(
            "window.dash_clientside.set_props(arguments[0], {value: arguments[1]});",
            {"type": "filter", "param": param}, default if page_filter.spec.multi else default[0])
        until(lambda: f"{param}=" not in dash_duo.driver.current_url, timeout=5)
    assert dash_duo.get_logs() == []


def test_a_click_filters_writes_the_url_reloads_and_goes_back(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/globalization", "globalization")
    slug = "kof-economic-globalization"
    assert "97.39" in plot_data(dash_duo, slug)
    radio = dash_duo.driver.find_element(
        By.CSS_SELECTOR, f"#{dom_id({'type': 'filter', 'param': 'kof_dimension'})} input[value='actual-flows']")
    radio.click()
    until(lambda: "98.74" in (plot_data(dash_duo, slug) or ""), timeout=10)
    until(lambda: "kof_dimension=actual-flows" in dash_duo.driver.current_url, timeout=5)

    dash_duo.driver.refresh()  # the URL alone reproduces the view
    draw_every_chart(dash_duo, "globalization")
    until(lambda: "98.74" in (plot_data(dash_duo, slug) or ""), timeout=15)

    dash_duo.driver.back()  # one step back: the default measure again
    draw_every_chart(dash_duo, "globalization")
    until(lambda: "97.39" in (plot_data(dash_duo, slug) or ""), timeout=15)
    assert "kof_dimension" not in dash_duo.driver.current_url
    assert dash_duo.get_logs() == []


def test_table_view_shows_the_charts_numbers_and_sorts(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/globalization?countries=BEL,NLD", "globalization")
    card = dash_duo.find_element("#kof-economic-globalization")
    card.find_element(By.XPATH, ".//*[contains(@class,'view-tab') and normalize-space()='Table']").click()
    until(lambda: "92.15" in card.text, timeout=10)
    tabs = {tab.text: tab.get_attribute("aria-selected") for tab in card.find_elements(By.CSS_SELECTOR, "[role=tab]")}
    assert tabs == {"Chart": "false", "Table": "true"}
    assert not card.find_element(By.CSS_SELECTOR, ".js-plotly-plot").is_displayed()
    rows = card.find_elements(By.CSS_SELECTOR, "table.sortable tbody tr")
    text = " ".join(r.text for r in rows)
    assert "Belgium" in text and "Netherlands" in text and "Singapore" not in text
    assert "91.91" in text

    def first_country():
        return card.find_elements(By.CSS_SELECTOR, "table.sortable tbody tr td")[1].text

    value_header = card.find_element(By.XPATH, ".//table//th[normalize-space()='Value']")
    value_header.click()  # ascending: the Netherlands (91.91) first
    until(lambda: first_country() == "Netherlands", timeout=5)
    assert value_header.get_attribute("aria-sort") == "ascending"
    value_header.click()  # descending: Belgium (92.15) first
    until(lambda: first_country() == "Belgium", timeout=5)
    assert dash_duo.get_logs() == []


PLOT_FIT = """
const plot = document.getElementById(arguments[0]).querySelector('.js-plotly-plot');
return [plot._fullLayout.width, plot.clientWidth];
"""


def test_a_chart_shown_again_after_a_resize_fits_its_new_width(browser_required, dash_duo, dash_app):
    dash_duo.driver.set_window_size(1400, 1000)
    open_page(dash_duo, dash_app, "/en/globalization", "globalization")
    graph_id = dom_id({"type": "chart-graph", "slug": "kof-economic-globalization"})
    card = dash_duo.find_element("#kof-economic-globalization")
    drawn_width, _ = dash_duo.driver.execute_script(PLOT_FIT, graph_id)
    card.find_element(By.XPATH, ".//*[contains(@class,'view-tab') and normalize-space()='Table']").click()
    dash_duo.driver.set_window_size(800, 1000)  # resized while the chart is hidden
    card.find_element(By.XPATH, ".//*[contains(@class,'view-tab') and normalize-space()='Chart']").click()

    def fits():
        width, box = dash_duo.driver.execute_script(PLOT_FIT, graph_id)
        return abs(width - box) <= 1 and width != drawn_width
    until(fits, timeout=5)
    assert dash_duo.get_logs() == []


def test_empty_selection_says_no_data_and_bad_links_show_a_notice(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/export-geography?flow=&colour=red", "export-geography")
    notice = dash_duo.find_element("#filter-notice")
    assert "Unknown parameter 'colour'" in notice.text
    until(lambda: "No data for this selection" in dash_duo.find_element("#world-market-share").text,
          timeout=10)
    assert dash_duo.get_logs() == []


def test_link_to_a_chart_scrolls_to_and_highlights_it(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/firm-morphology#new-exporter-types", "firm-morphology")
    until(lambda: "chart-card--highlight" in dash_duo.find_element("#new-exporter-types")
          .get_attribute("class"), timeout=10)
    assert dash_duo.get_logs() == []


A11Y = """
const problems = [];
if (!document.title.trim()) problems.push('no title');
if (document.documentElement.lang !== 'en') problems.push('no page language');
for (const landmark of ['header', 'nav', 'main', 'footer']) {
    if (!document.querySelector(landmark)) problems.push('no ' + landmark);
}
document.querySelectorAll('input[type=checkbox], input[type=radio]').forEach(input => {
    const fieldset = input.closest('fieldset');
    const label = input.closest('label');
    if (!fieldset || !fieldset.querySelector('legend') || !label || !label.textContent.trim())
        problems.push('unlabelled control ' + input.value);
});
document.querySelectorAll('.chart-card .js-plotly-plot').forEach(plot => {
    const described = plot.closest('[role=img][aria-label]');
    const card = plot.closest('.chart-card');
    const tableTab = [...card.querySelectorAll('.view-tab')].some(t => t.textContent.trim() === 'Table');
    if (!described || !tableTab) problems.push('chart without text alternative in ' + card.id);
});
return problems;
"""


@pytest.mark.parametrize("path, heading, page", PAGES, ids=[p[0] for p in PAGES])
def test_accessibility_smoke(browser_required, dash_duo, dash_app, path, heading, page):
    open_page(dash_duo, dash_app, path, page)
    dash_duo.wait_for_text_to_equal("h1", heading, timeout=10)
    assert dash_duo.driver.execute_script(A11Y) == []


def test_copy_link_copies_the_charts_url_with_its_filters(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/globalization?countries=BEL,NLD", "globalization")
    # The test browser's clipboard is not readable: record what the page writes to it.
    dash_duo.driver.execute_script(
        "navigator.clipboard.writeText = (text) => { window.copied = text; return Promise.resolve(); };")
    button = dash_duo.find_element("#kof-dimensions .copy-link")
    button.click()
    until(lambda: (dash_duo.driver.execute_script("return window.copied") or "").endswith(
        "/en/globalization?countries=BEL,NLD#kof-dimensions"), timeout=5)
    assert button.text == "Link copied"
    assert dash_duo.get_logs() == []


def test_a_page_load_needs_no_router_callback_and_no_chunk_fetches(browser_required, dash_duo,
                                                                   dash_app):
    """The layout arrives with the page inside and plotly.js/chunks come from the index page:
    the only requests after the bundles are the layout and the callback map."""
    open_page(dash_duo, dash_app, "/en/globalization?countries=BEL,NLD", "globalization")
    requested = dash_duo.driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert not [url for url in requested if "_dash-update-component" in url]
    assert [url for url in requested if "_dash-layout" in url]
    lazy = [url for url in requested if "/_dash-component-suites/" in url
            and ("async-" in url or "plotly" in url)]
    assert lazy and all(".v" in url.rsplit("/", 1)[-1] for url in lazy), lazy  # fingerprinted
    assert dash_duo.find_element("h1").text == "Globalization indices"
    assert dash_duo.get_logs() == []


def test_after_a_filter_change_a_link_within_the_page_keeps_it_and_its_own_link_reloads_it(
        browser_required, dash_duo, dash_app):
    """The router's Location knows the filters' own history entries: a #link within the page
    scrolls without the router rendering the page again, and the navbar's link to the page
    opens it as that link says (unfiltered), not the filtered page under an unfiltered URL."""
    open_page(dash_duo, dash_app, "/en/globalization", "globalization")
    slug = "kof-economic-globalization"
    dash_duo.driver.find_element(
        By.CSS_SELECTOR, f"#{dom_id({'type': 'filter', 'param': 'kof_dimension'})} input[value='actual-flows']").click()
    until(lambda: "98.74" in (plot_data(dash_duo, slug) or ""), timeout=10)
    until(lambda: "kof_dimension=actual-flows" in dash_duo.driver.current_url, timeout=5)
    dash_duo.driver.execute_script("document.querySelector('main').__kept = true")
    dash_duo.find_element(".contents-list a").click()
    until(lambda: "#section-" in dash_duo.driver.current_url, timeout=5)
    time.sleep(1)  # a render by the router would land within its round trip
    assert dash_duo.driver.execute_script("return document.querySelector('main').__kept")
    assert "98.74" in plot_data(dash_duo, slug)

    dash_duo.find_element("a.nav-link[href='/en/globalization']").click()
    until(lambda: dash_duo.driver.current_url.endswith("/en/globalization"), timeout=10)
    wait_for_app(dash_duo)
    draw_every_chart(dash_duo, "globalization")
    until(lambda: "97.39" in (plot_data(dash_duo, slug) or ""), timeout=15)
    assert dash_duo.get_logs() == []


def test_back_from_another_page_restores_the_filtered_url(browser_required, dash_duo, dash_app):
    """Back across pages keeps the earlier page's query: the bar still on screen belongs to
    the page being left and must not write its selection over the URL."""
    open_page(dash_duo, dash_app, "/en/globalization?countries=BEL,NLD", "globalization")
    dash_duo.find_element("a.nav-link[href='/en/export-geography']").click()
    dash_duo.wait_for_text_to_equal("h1", "Export geography", timeout=10)
    dash_duo.driver.back()
    dash_duo.wait_for_text_to_equal("h1", "Globalization indices", timeout=10)
    draw_every_chart(dash_duo, "globalization")
    until(lambda: "countries=BEL,NLD" in dash_duo.driver.current_url, timeout=5)
    time.sleep(1)  # a wrong write would land within the filter round trip
    assert "countries=BEL,NLD" in dash_duo.driver.current_url
    assert "Singapore" not in plot_data(dash_duo, "kof-economic-globalization")
    assert dash_duo.get_logs() == []


def test_charts_draw_after_in_app_navigation_from_a_page_without_plotly(browser_required, dash_duo,
                                                                       dash_app):
    """/about's index page does not load plotly.js; the charts of the page navigated to load it."""
    open_page(dash_duo, dash_app, "/en/about")
    assert dash_duo.driver.execute_script("return window.Plotly === undefined")
    dash_duo.find_element("a.nav-link[href='/en/international-sourcing']").click()
    dash_duo.wait_for_text_to_equal("h1", "International sourcing of services",
                                    timeout=10)
    draw_every_chart(dash_duo, "international-sourcing")
    loads = dash_duo.driver.execute_script(
        "return performance.getEntriesByType('resource').filter(e => e.name.includes('plotly')).length")
    assert loads == 1
    assert dash_duo.get_logs() == []


def test_unticking_a_checkbox_filters_the_charts_and_the_url(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/export-geography", "export-geography")
    assert "Services" in plot_data(dash_duo, "world-market-share")
    services = dash_duo.driver.find_element(
        By.CSS_SELECTOR, f"#{dom_id({'type': 'filter', 'param': 'flow'})} input[value='services']")
    services.click()
    until(lambda: "flow=goods" in dash_duo.driver.current_url, timeout=5)
    until(lambda: "Services" not in plot_data(dash_duo, "world-market-share"), timeout=10)
    assert not services.is_selected()
    services.click()  # ticked again: both, in the options' order, which is the default (no query)
    until(lambda: "flow=" not in dash_duo.driver.current_url, timeout=5)
    assert dash_duo.get_logs() == []
