"""The study's order and print in a real browser (headless Chromium, issue 16): the table of
contents stays in view on a wide screen and flows on a phone; a compact note takes at most a
quarter of a chart card's area, says it is not drawn and opens to its full text;
/export-geography is at most 7,000 px tall at 1400 px; printed, a page has no navbar, filters or
buttons, says its filters in words at the top, draws every chart at the printed page's width
and shows where its links lead. A link to a number in a note's cut text opens the note."""
from __future__ import annotations

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.by import By

from charts.links import exhibit_anchor, fact_anchor
from charts.spec import get_page
from components.exhibit_card import NO_VALUES
from tests.test_accessibility import NARROW, WIDE
from tests.test_browser import TOPIC_PAGES, open_page

HEIGHT_LIMIT = 7000   # px, /export-geography at 1400 px (issue 16)
LONG_PAGE = "export-geography"   # the page with the most exhibits and notes
PATH = get_page(LONG_PAGE).path

BOXES = """
const area = e => { const r = e.getBoundingClientRect(); return r.width * r.height; };
return {cards: [...document.querySelectorAll('main .chart-card[data-exhibit]')].map(area),
        notes: [...document.querySelectorAll('main .exhibit-note')].map(
            n => ({id: n.id, area: area(n), text: n.querySelector('.no-values-badge').innerText,
                   drawn: !!n.querySelector('.js-plotly-plot')}))};
"""
SHOWN = "return [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length).length"
CHART_WIDTHS = """
return [...document.querySelectorAll('main .chart-graph')].map(g => {
    const plot = g.querySelector('.js-plotly-plot');
    return [g.id, plot && plot._fullLayout ? plot._fullLayout.width : null, g.clientWidth];
});"""
LINK_AFTER = "return getComputedStyle(arguments[0], '::after').content"


def emulate(dash_duo, media: str) -> None:
    """The page as that medium shows it (DevTools: what print media lays out, without a dialog)."""
    dash_duo.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})


@pytest.mark.parametrize("path, page", TOPIC_PAGES, ids=[p[0] for p in TOPIC_PAGES])
def test_a_note_is_at_most_a_quarter_of_a_chart_card_and_says_it_is_not_drawn(
        browser_required, dash_duo, dash_app, path, page):
    dash_duo.driver.set_window_size(WIDE, 1000)
    open_page(dash_duo, dash_app, path, page)
    boxes = dash_duo.driver.execute_script(BOXES)
    smallest_card = min(boxes["cards"])
    for note in boxes["notes"]:
        assert note["area"] <= smallest_card / 4, (note["id"], note["area"], smallest_card)
        assert note["text"] == NO_VALUES and not note["drawn"], note["id"]


def test_a_cut_note_opens_to_its_full_text_and_closes(browser_required, dash_duo, dash_app):
    dash_duo.driver.set_window_size(WIDE, 1000)
    open_page(dash_duo, dash_app, PATH)
    note = dash_duo.find_element(".exhibit-note--cut")
    toggle = note.find_element(By.CSS_SELECTOR, ".note-toggle")
    cut = note.size["height"]
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", note)
    toggle.click()
    until(lambda: toggle.get_attribute("aria-expanded") == "true", timeout=5)
    assert note.size["height"] > cut
    toggle.click()
    until(lambda: note.size["height"] == cut, timeout=5)
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize("width, sticky", [(WIDE, True), (NARROW, False)])
def test_the_contents_stay_in_view_on_a_wide_screen_and_flow_on_a_phone(
        browser_required, dash_duo, dash_app, width, sticky):
    dash_duo.driver.set_window_size(width, 900)
    open_page(dash_duo, dash_app, PATH, LONG_PAGE)
    last = dash_duo.find_elements(".report-section")[-1]
    dash_duo.driver.execute_script("arguments[0].scrollIntoView()", last)
    top = dash_duo.driver.execute_script(
        "return document.querySelector('.contents').getBoundingClientRect().top")
    assert (0 <= top < 900) is sticky


def test_export_geography_is_at_most_7000_px_tall_at_1400_px(browser_required, dash_duo, dash_app):
    dash_duo.driver.set_window_size(WIDE, 1000)
    open_page(dash_duo, dash_app, PATH, LONG_PAGE)
    height = dash_duo.driver.execute_script("return document.documentElement.scrollHeight")
    assert height <= HEIGHT_LIMIT, height


def test_printed_the_page_is_a_report_with_its_filters_in_words(browser_required, dash_duo,
                                                                  dash_app):
    dash_duo.driver.set_window_size(WIDE, 1000)
    open_page(dash_duo, dash_app, f"{PATH}?flow=goods", LONG_PAGE)
    summary = "Filters applied: Goods or services: Goods; Change in market share: Lost, Gained"
    emulate(dash_duo, "print")
    for hidden in (".site-header", "header form[role='search']", "#filter-bar", ".contents",
                   ".view-tabs", ".chart-actions", ".page-exports", "button"):
        assert dash_duo.driver.execute_script(SHOWN, hidden) == 0, hidden
    assert dash_duo.find_element("#filter-summary").text == summary
    # Under the title, before the rest of the page.
    tops = dash_duo.driver.execute_script(
        "return ['h1', '#filter-summary', '.page-intro'].map("
        "s => document.querySelector('main ' + s).getBoundingClientRect().top)")
    assert tops == sorted(tops)
    assert dash_duo.driver.execute_script(SHOWN, ".chart-source") == len(
        dash_duo.find_elements(".chart-source"))  # every source note kept
    # Where a link leads is printed after it; not for a link within the page.
    assert dash_duo.driver.execute_script(LINK_AFTER, dash_duo.find_element(".finding-link")) == "none"
    assert "/accessibility" in dash_duo.driver.execute_script(
        LINK_AFTER, dash_duo.find_element(".site-footer a[href='/en/accessibility']"))
    # The filters change: so does the printed summary.
    emulate(dash_duo, "screen")
    dash_duo.find_element("#filter--direction input[value='gained']").click()
    emulate(dash_duo, "print")
    until(lambda: dash_duo.find_element("#filter-summary").text
          == "Filters applied: Goods or services: Goods; Change in market share: Lost", timeout=10)
    assert dash_duo.get_logs() == []


def test_printing_draws_every_chart_at_the_printed_pages_width(browser_required, dash_duo,
                                                                dash_app):
    dash_duo.driver.set_window_size(NARROW, 900)  # a phone's narrow charts print wide
    open_page(dash_duo, dash_app, PATH, LONG_PAGE)
    on_screen = dash_duo.driver.execute_script(CHART_WIDTHS)
    dash_duo.driver.set_window_size(800, 900)  # about an A4 page's width, margins included
    emulate(dash_duo, "print")
    dash_duo.driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    width = float(dash_duo.driver.execute_script(
        "return getComputedStyle(document.documentElement).getPropertyValue('--print-chart-width')")
        .strip().removesuffix("px"))
    for graph, drawn, box in dash_duo.driver.execute_script(CHART_WIDTHS):
        assert drawn == width <= box, graph  # the page's width, inside the printed box
    dash_duo.driver.execute_script("window.dispatchEvent(new Event('afterprint'))")
    emulate(dash_duo, "screen")
    dash_duo.driver.set_window_size(NARROW, 900)
    until(lambda: dash_duo.driver.execute_script(CHART_WIDTHS) == on_screen, timeout=10)
    assert dash_duo.get_logs() == []


def test_a_link_to_a_number_in_a_cut_note_opens_the_note(browser_required, dash_duo, dash_app):
    dash_duo.driver.set_window_size(WIDE, 900)
    open_page(dash_duo, dash_app, f"{PATH}#{fact_anchor('R162')}")  # Figure 9's note
    toggle = dash_duo.find_element(f"#{exhibit_anchor('Figure 9')} .note-toggle")
    until(lambda: toggle.get_attribute("aria-expanded") == "true", timeout=10)
    tile, text = dash_duo.driver.execute_script(
        "const t = document.querySelector('main #' + arguments[0]);"
        "return [t.getBoundingClientRect(), t.closest('.note-text').getBoundingClientRect()]",
        fact_anchor("R162"))
    assert text["top"] <= tile["top"] and tile["bottom"] <= text["bottom"]  # not cut off
    assert 0 <= tile["top"] < 900  # scrolled to
    assert dash_duo.get_logs() == []
