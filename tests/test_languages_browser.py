"""Each language in a real browser (headless Chromium): the page renders and draws its charts
in the language (no English interface text, numbers with the language's decimal sign), the
switch opens the same view in another language after the filters changed, and nothing is
logged to the console."""
from __future__ import annotations

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.by import By

from components.light import dom_id
from i18n import LANGUAGES
from tests.language_audit import english_leftovers
from tests.test_browser import open_page, plot_data, wait_for_app

# A value the report prints with decimals (KOF, Table 1: Belgium's 92.15), as each language writes it.
BELGIUM_KOF = {"en": "92.15", "nl": "92,15", "fr": "92,15", "de": "92,15"}
CHART_TEXT = """
return Array.from(document.querySelectorAll('#' + CSS.escape(arguments[0]) + ' svg text'))
    .map(function (node) { return node.textContent; });
"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_in_each_language(browser_required, dash_duo, dash_app, language):
    open_page(dash_duo, dash_app, f"/{language}/export-geography", "export-geography")
    html = dash_duo.driver.execute_script("return document.documentElement.outerHTML")
    assert f'lang="{language}"' in html[:200]
    assert english_leftovers(html, language) == []
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_charts_write_numbers_in_the_languages_notation(browser_required, dash_duo, dash_app, language):
    open_page(dash_duo, dash_app, f"/{language}/globalization", "globalization")
    graph = dom_id({"type": "chart-graph", "slug": "kof-economic-globalization"})
    texts = dash_duo.driver.execute_script(CHART_TEXT, graph)
    assert BELGIUM_KOF[language] in texts
    other = {"en": "92,15"}.get(language, "92.15")
    assert other not in texts
    assert dash_duo.get_logs() == []


def test_the_switch_opens_the_view_on_screen_in_another_language(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/nl/export-geography#world-market-share", "export-geography")
    services = dash_duo.driver.find_element(
        By.CSS_SELECTOR, f"#{dom_id({'type': 'filter', 'param': 'flow'})} input[value='services']")
    services.click()
    until(lambda: "flow=goods" in dash_duo.driver.current_url, timeout=5)
    until(lambda: "Services" not in (plot_data(dash_duo, "world-market-share") or "Services"), timeout=10)
    dash_duo.driver.find_element(By.CSS_SELECTOR, "a.language-link[hreflang='fr']").click()
    until(lambda: "/fr/export-geography" in dash_duo.driver.current_url, timeout=10)
    assert dash_duo.driver.current_url.endswith("/fr/export-geography?flow=goods#world-market-share")
    until(lambda: dash_duo.driver.execute_script(
        "return document.documentElement.lang") == "fr", timeout=10)
    wait_for_app(dash_duo)
    # Read in one script: should the page still replace its inputs, a found element would go
    # stale between find and read.
    services = f"#{dom_id({'type': 'filter', 'param': 'flow'})} input[value='services']"
    until(lambda: dash_duo.driver.execute_script(
        "return document.querySelector(arguments[0])?.checked", services) is False, timeout=10)
    assert dash_duo.get_logs() == []



def test_long_german_headings_stay_inside_the_contents(browser_required, dash_duo, dash_app):
    """The contents column beside the sections is narrow; a compound such as
    'Leistungserbringungsstruktur' wraps inside it instead of running out of it."""
    dash_duo.driver.set_window_size(1400, 1000)
    open_page(dash_duo, dash_app, "/de/international-sourcing")
    outside = dash_duo.driver.execute_script("""
        const box = document.querySelector('.contents').getBoundingClientRect();
        return [...document.querySelectorAll('.contents-list a')]
            .filter(a => [...a.getClientRects()].some(r => r.right > box.right || r.left < box.left))
            .map(a => a.textContent);
    """)
    assert outside == []
    assert dash_duo.get_logs() == []
