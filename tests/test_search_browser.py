"""Find in a real browser (headless Chromium): the navbar's search box, the results page, and a
result's link landing on its chart card with the filters that show the number applied, with
and without JavaScript; axe finds nothing on a page of results, wide or at 320 px, and nothing
scrolls sideways."""
from __future__ import annotations

import json

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from components.light import dom_id
from tests.test_accessibility import NARROW, OVERFLOW, WIDE, axe_violations
from tests.test_browser import free_port, open_page, plot_data, wait_for_app

SLUG = "kof-economic-globalization"
LANDING = f"/en/globalization?kof_dimension=actual-flows#{SLUG}"
CARD_IN_VIEW = """
const card = document.querySelector('[id="' + arguments[0] + '"]');
if (!card) return null;
const box = card.getBoundingClientRect();
return {top: box.top, height: window.innerHeight, highlighted: card.classList.contains('chart-card--highlight')};
"""

TYPE_EARLY = """
const box = document.querySelector('#first-paint #site-search-q');
if (!box) return false;
box.focus();
box.value = arguments[0];
return true;
"""


def test_search_from_the_navbar_and_land_on_the_chart_with_its_filters(browser_required, dash_duo,
                                                                      dash_app):
    dash_duo.driver.set_window_size(WIDE, 900)
    open_page(dash_duo, dash_app, "/")
    box = dash_duo.find_element("header form[role='search'] input[name='q']")
    assert box.accessible_name == "Find a number"
    box.send_keys("98,74")  # Singapore's 'actual flows' (Table 1), with the report's decimal comma
    box.send_keys(Keys.ENTER)
    until(lambda: "/search?q=98%2C74" in dash_duo.driver.current_url, timeout=10)
    wait_for_app(dash_duo)
    dash_duo.wait_for_text_to_equal("h1", "Search the study's numbers", timeout=10)

    result = dash_duo.find_element(".search-result")
    assert result.find_element("css selector", ".search-number mark").text == "98.74"
    assert result.find_element("css selector", ".search-quote mark").text == "98,74"
    assert "Singapore" in result.text
    link = result.find_element("css selector", "a.search-link")
    assert link.get_attribute("href") == dash_duo.server_url + LANDING
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()

    until(lambda: dash_duo.driver.current_url == dash_duo.server_url + LANDING, timeout=10)
    wait_for_app(dash_duo)
    # The query is the page's selection: the filter shows it, the chart draws it.
    radio = dash_duo.find_element(
        f"#{dom_id({'type': 'filter', 'param': 'kof_dimension'})} input[value='actual-flows']")
    assert radio.is_selected()
    selection = json.loads(dash_duo.find_element("#filter-bar").get_attribute("data-selection"))
    assert selection["kof_dimension"] == ["actual-flows"]
    until(lambda: "98.74" in (plot_data(dash_duo, SLUG) or ""), timeout=15)
    # The card is the target: highlighted and scrolled to the top of the view.
    until(lambda: (dash_duo.driver.execute_script(CARD_IN_VIEW, SLUG) or {}).get("highlighted"), timeout=10)
    place = dash_duo.driver.execute_script(CARD_IN_VIEW, SLUG)
    assert 0 <= place["top"] < place["height"] / 2, place
    assert dash_duo.get_logs() == []


def test_search_works_without_javascript(browser_required, dash_duo, dash_app):
    """With scripts off the page is the server's first paint: the navbar form still submits,
    the results are there, and a result's link opens the page with its filters selected."""
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    dash_duo.driver.get(dash_duo.server_url + "/en/firm-morphology")
    box = dash_duo.driver.find_element(By.CSS_SELECTOR, "#first-paint header input[name='q']")
    box.send_keys("98.74")
    box.send_keys(Keys.ENTER)
    until(lambda: "/search?q=98.74" in dash_duo.driver.current_url, timeout=10)
    link = dash_duo.driver.find_element(By.CSS_SELECTOR, "#first-paint .search-result a.search-link")
    link.click()
    until(lambda: dash_duo.driver.current_url == dash_duo.server_url + LANDING, timeout=10)
    radio = dash_duo.driver.find_element(
        By.CSS_SELECTOR, f"#first-paint #{dom_id({'type': 'filter', 'param': 'kof_dimension'})} "
                         "input[value='actual-flows']")
    assert radio.is_selected()
    assert dash_duo.driver.find_elements(By.CSS_SELECTOR, f"#first-paint #{SLUG}.chart-card")


def test_words_typed_before_dash_starts_are_kept(browser_required, dash_duo, dash_app):
    """The first paint's header stays the page's when Dash starts (React renders only the
    page's islands: components/islands.py): what was typed, and the focus, stay. The CPU is
    slowed so that the test types before Dash runs."""
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 8})
    try:
        dash_duo.driver.get(dash_duo.server_url + "/en/about")
        # Focus and type in one step in the page: the copy may go at any moment.
        typed = dash_duo.driver.execute_script(TYPE_EARLY, "Singapore")
        if not typed:
            pytest.skip("Dash started before the test could type into the first paint")
        wait_for_app(dash_duo)
    finally:
        dash_duo.driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 1})
    box = dash_duo.find_element("#site-search-q")
    assert box.get_attribute("value") == "Singapore"
    assert dash_duo.driver.switch_to.active_element == box
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize("query", ["Singapore", "%22NEAR(", "x" * 250])
def test_a_results_page_passes_axe_and_fits_320px(browser_required, axe_source, dash_duo, dash_app, query):
    dash_duo.driver.set_window_size(WIDE, 1000)
    open_page(dash_duo, dash_app, f"/en/search?q={query}")
    dash_duo.wait_for_text_to_equal("h1", "Search the study's numbers", timeout=10)
    found = {"1400 px": axe_violations(dash_duo.driver, axe_source)}
    dash_duo.driver.set_window_size(NARROW, 1000)
    scroll_width, client_width = dash_duo.driver.execute_script(OVERFLOW)
    assert scroll_width <= client_width, f"scrolls sideways at 320 px ({scroll_width} px)"
    found["320 px"] = axe_violations(dash_duo.driver, axe_source)
    assert {state: v for state, v in found.items() if v} == {}
    assert dash_duo.get_logs() == []
