"""Accessibility in a real browser (issue 15, WCAG 2.1 AA).

- axe-core (pinned in tools/a11y) finds no violation of wcag2a, wcag2aa, wcag21a, wcag21aa and
  best-practice rules on every page: as first shown, with every table view and filter pop-up
  open, and on a 320 px screen;
- nothing scrolls sideways at 320 px (WCAG 1.4.10), and every chart laid out for that width
  keeps its text inside the chart, unclipped, at a readable size and without overlaps;
- the keyboard reaches every control, with a visible focus, and operates the filters and tabs;
  Tab leaves every pop-up.
"""
from __future__ import annotations

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from charts.spec import charts_for_page
from components.light import dom_id
from tests.test_browser import (DRAWN_FOR_BOX, PAGES, console_errors, draw_every_chart, open_page,
                                plot_data, wait_for_app)

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
   .then(result => done(result.violations.map(v => ({
        id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))),
         error => done([{id: 'axe-error', impact: String(error), nodes: []}]));
"""
OVERFLOW = "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
NARROW, WIDE = 320, 1400


def axe_violations(driver, axe_source: str) -> list[dict]:
    """axe's violations on the page as it is now. The script goes in through WebDriver, which
    the app's Content-Security-Policy does not apply to (it blocks injected <script> tags)."""
    driver.set_script_timeout(90)
    driver.execute_script(axe_source)
    return driver.execute_async_script(RUN_AXE, AXE_TAGS)


def open_every_table(dash_duo, page: str) -> None:
    """Click every card's Table tab and wait until each table is filled."""
    for tab in dash_duo.find_elements(".view-tab[data-view='table']"):
        dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", tab)
        tab.click()
    for spec in charts_for_page(page):
        until(lambda: dash_duo.find_elements(f"#{spec.slug} table.data-table tbody tr"), timeout=10,
              msg=f"table of {spec.slug} not filled")


def open_every_popup(dash_duo) -> None:
    for toggle in dash_duo.find_elements(".choices-toggle[aria-expanded='false']"):
        dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", toggle)
        toggle.click()
        until(lambda: toggle.get_attribute("aria-expanded") == "true", timeout=5)


def set_width(dash_duo, width: int, page: str | None) -> None:
    """Resize the window and wait until every chart is drawn for its new box."""
    dash_duo.driver.set_window_size(width, 1000)
    if page:
        until(lambda: dash_duo.driver.execute_script(DRAWN_FOR_BOX), timeout=10)


@pytest.mark.parametrize("path, heading, page", PAGES, ids=[p[0] for p in PAGES])
def test_axe_finds_no_violation_in_any_state_and_nothing_scrolls_sideways(
        browser_required, axe_source, dash_duo, dash_app, path, heading, page):
    dash_duo.driver.set_window_size(WIDE, 1000)
    open_page(dash_duo, dash_app, path, page)
    dash_duo.wait_for_text_to_equal("h1", heading, timeout=10)
    states = {"first state": axe_violations(dash_duo.driver, axe_source)}
    if page:
        open_every_table(dash_duo, page)
        open_every_popup(dash_duo)
        states["tables and pop-ups open"] = axe_violations(dash_duo.driver, axe_source)
    set_width(dash_duo, NARROW, page)
    scroll_width, client_width = dash_duo.driver.execute_script(OVERFLOW)
    assert scroll_width <= client_width, f"{path} scrolls sideways at 320 px ({scroll_width} px)"
    states["320 px, tables open"] = axe_violations(dash_duo.driver, axe_source)
    if page:
        dash_duo.driver.refresh()  # the first state again, now at 320 px
        wait_for_app(dash_duo)
        draw_every_chart(dash_duo, page)
        scroll_width, client_width = dash_duo.driver.execute_script(OVERFLOW)
        assert scroll_width <= client_width, f"{path} scrolls sideways at 320 px ({scroll_width} px)"
        states["320 px"] = axe_violations(dash_duo.driver, axe_source)
    assert {state: found for state, found in states.items() if found} == {}
    assert console_errors(dash_duo, path) == []


# Every text element of each chart: in the chart's box, at least 11 px, and no two overlapping
# (tick labels, value labels, cell labels, legend, titles, notes).
CHART_TEXT = """
const problems = [];
const selector = '.xtick text, .ytick text, .g-xtitle text, .g-ytitle text, .textpoint text,' +
    ' .bartext, .legendtext, .annotation-text, .gtitle, .colorbar text';
for (const graph of document.querySelectorAll('.chart-graph')) {
    const box = graph.getBoundingClientRect();
    const texts = [...graph.querySelectorAll(selector)].filter(t => t.textContent.trim());
    const rects = texts.map(t => t.getBoundingClientRect());
    texts.forEach((text, i) => {
        const r = rects[i], label = graph.id + ' "' + text.textContent + '"';
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
            problems.push(label + ' leaves the chart');
        const size = parseFloat(getComputedStyle(text).fontSize);
        if (size < 11) problems.push(label + ' at ' + size + ' px');
        for (let j = 0; j < i; j++) {
            const o = rects[j];
            const overlap = Math.min(r.right, o.right) - Math.max(r.left, o.left) > 1 &&
                            Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top) > 1;
            if (overlap) problems.push(label + ' overlaps "' + texts[j].textContent + '"');
        }
    });
}
return problems;
"""


@pytest.mark.parametrize("path, page", [(p, pg) for p, _, pg in PAGES if pg], ids=lambda v: str(v))
def test_every_chart_is_laid_out_for_a_320px_screen(browser_required, dash_duo, dash_app, path, page):
    dash_duo.driver.set_window_size(NARROW, 1000)
    open_page(dash_duo, dash_app, path, page)
    set_width(dash_duo, NARROW, page)
    assert dash_duo.driver.execute_script(CHART_TEXT) == []
    # Vertical bars turn horizontal (charts/narrow.py): no chart keeps categories along x.
    vertical = dash_duo.driver.execute_script(
        "return [...document.querySelectorAll('.js-plotly-plot')].filter(p => p.data.some("
        "t => t.type === 'bar' && t.orientation !== 'h')).map(p => p.parentNode.parentNode.id)")
    assert vertical == []
    assert dash_duo.get_logs() == []


# Record every element that takes focus, and whether its focus can be seen.
RECORD_FOCUS = """
window.focusWalk = [];
document.addEventListener('focusin', event => {
    const el = event.target, style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    window.focusWalk.push({key: el.dataset.walk || (el.dataset.walk = String(window.focusWalk.length)),
                           name: el.tagName + ' ' + (el.id || el.textContent.trim().slice(0, 40)),
                           visible: ring || style.boxShadow !== 'none'});
});
"""
# Elements a keyboard user must be able to reach: visible, enabled, not taken out of the Tab
# order on purpose (inactive tabs; radio buttons of a group other than its checked one), not
# inside a closed disclosure (<details>) but for its <summary>, which opens it.
FOCUSABLE = """
const all = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
return [...all].filter(el => {
    if (el.disabled || el.getAttribute('tabindex') === '-1' || !el.getClientRects().length) return false;
    const closed = el.closest('details:not([open])');
    if (closed && el !== closed.querySelector(':scope > summary')) return false;
    if (getComputedStyle(el).visibility === 'hidden') return false;
    if (el.type === 'radio' && !el.checked &&
        document.querySelector(`input[type=radio][name="${el.name}"]:checked`)) return false;
    return true;
}).map(el => el.tagName + ' ' + (el.id || el.textContent.trim().slice(0, 40)));
"""


def press(dash_duo, *keys) -> None:
    for key in keys:
        dash_duo.driver.switch_to.active_element.send_keys(key)


def active(dash_duo, attribute: str = "id") -> str:
    return dash_duo.driver.switch_to.active_element.get_attribute(attribute) or ""


def walk_with_tab(dash_duo) -> list[dict]:
    """Tab from the top of the page to its end; returns what took focus, in order."""
    dash_duo.driver.execute_script(RECORD_FOCUS)
    dash_duo.driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    stops = len(dash_duo.driver.execute_script(FOCUSABLE))
    for _ in range(stops + 3):
        press(dash_duo, Keys.TAB)
    return dash_duo.driver.execute_script("return window.focusWalk")


@pytest.mark.parametrize("path, heading, page", PAGES, ids=[p[0] for p in PAGES])
def test_tab_reaches_every_control_with_a_visible_focus(browser_required, dash_duo, dash_app,
                                                        path, heading, page):
    dash_duo.driver.set_window_size(WIDE, 1000)
    open_page(dash_duo, dash_app, path, page)
    dash_duo.wait_for_text_to_equal("h1", heading, timeout=10)
    expected = dash_duo.driver.execute_script(FOCUSABLE)
    walk = walk_with_tab(dash_duo)
    reached = [stop["name"] for stop in walk]
    assert [name for name in expected if name not in reached] == []
    assert [stop["name"] for stop in walk if not stop["visible"]] == []
    assert reached[0] == "A Skip to content"


def test_keyboard_operates_the_many_option_filters_and_tab_leaves_their_popup(
        browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/globalization", "globalization")
    countries = dom_id({"type": "filter", "param": "countries"})
    toggle = dash_duo.find_element(f"#{countries}-toggle")
    assert toggle.accessible_name.startswith("Countries")  # the visible legend names it
    dash_duo.driver.execute_script("arguments[0].focus()", toggle)

    press(dash_duo, Keys.SPACE)  # Space opens, as Enter does (a native button)
    until(lambda: toggle.get_attribute("aria-expanded") == "true", timeout=5)
    press(dash_duo, Keys.TAB, Keys.TAB)  # "All", "None"
    assert dash_duo.driver.switch_to.active_element.text == "None"
    press(dash_duo, Keys.ENTER)
    until(lambda: "countries=&" in dash_duo.driver.current_url + "&", timeout=5)
    press(dash_duo, Keys.TAB)  # the first country
    assert active(dash_duo, "type") == "checkbox"
    press(dash_duo, Keys.SPACE)  # Space ticks it
    first = active(dash_duo, "value")
    until(lambda: f"countries={first}" in dash_duo.driver.current_url, timeout=5)
    press(dash_duo, Keys.ARROW_DOWN)  # arrows move between the boxes
    second = active(dash_duo, "value")
    assert second != first
    press(dash_duo, Keys.ENTER)  # Enter ticks too
    until(lambda: f"countries={first},{second}" in dash_duo.driver.current_url, timeout=5)

    press(dash_duo, Keys.ESCAPE)  # Escape closes and gives focus back to the button
    until(lambda: toggle.get_attribute("aria-expanded") == "false", timeout=5)
    assert active(dash_duo) == f"{countries}-toggle"

    press(dash_duo, Keys.ARROW_DOWN)  # Down arrow opens it on the first box
    until(lambda: active(dash_duo, "type") == "checkbox", timeout=5)
    boxes = len(dash_duo.find_elements(f"#{countries}-panel input"))
    for _ in range(boxes):  # Tab walks out of the pop-up, which closes behind it
        press(dash_duo, Keys.TAB)
    until(lambda: toggle.get_attribute("aria-expanded") == "false", timeout=5)
    assert not active(dash_duo).startswith(countries)

    measure = dash_duo.find_element(f"#{dom_id({'type': 'filter', 'param': 'ey_dimension'})}")
    assert measure.tag_name == "select" and measure.accessible_name == "E&Y measure"
    dash_duo.driver.execute_script("arguments[0].focus()", measure)
    press(dash_duo, Keys.ARROW_DOWN)  # a native select: arrows choose
    until(lambda: "ey_dimension=" in dash_duo.driver.current_url, timeout=5)
    assert dash_duo.get_logs() == []


def test_arrow_keys_switch_a_cards_tabs_and_open_its_table(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/firm-morphology", "firm-morphology")
    slug = "exports-by-size"
    chart_tab = dash_duo.find_element(f"#{slug}-tab-chart")
    dash_duo.driver.execute_script("arguments[0].focus()", chart_tab)
    press(dash_duo, Keys.ARROW_RIGHT)
    assert active(dash_duo) == f"{slug}-tab-table"
    until(lambda: dash_duo.find_elements(f"#{slug}-panel-table table tbody tr"), timeout=10)
    assert dash_duo.find_element(f"#{slug}-panel-chart").get_attribute("hidden") == "true"
    region = dash_duo.find_element(f"#{slug}-panel-table .table-scroll")
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    assert region.accessible_name.startswith("Table: ")
    press(dash_duo, Keys.HOME)
    assert active(dash_duo) == f"{slug}-tab-chart"
    assert dash_duo.find_element(f"#{slug}-panel-table").get_attribute("hidden") == "true"
    assert chart_tab.get_attribute("aria-selected") == "true"
    assert dash_duo.get_logs() == []


def test_no_json_ids_reach_the_page(browser_required, dash_duo, dash_app):
    """Checkers such as pa11y build CSS selectors from ids and crash on Dash's JSON ids."""
    open_page(dash_duo, dash_app, "/en/globalization", "globalization")
    ids = dash_duo.driver.execute_script(
        "return [...document.body.querySelectorAll('[id]')].map(el => el.id)"
        ".filter(id => !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(id))")
    assert ids == []
    assert dash_duo.driver.find_elements(By.CSS_SELECTOR, ".modebar") == []  # no Plotly mode bar
