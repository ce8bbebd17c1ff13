"""Cite and embed in a real browser (headless Chromium): an embed framed by a page of another
origin draws its chart, a page framed there is refused, the Cite panel follows the filters,
and axe finds nothing on a page with every Cite panel open or on an embed."""
from __future__ import annotations

import json
import re
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from dash.testing.wait import until
from selenium.webdriver.common.by import By

from components.light import dom_id
from tests.test_accessibility import NARROW, OVERFLOW, WIDE, axe_violations
from tests.test_browser import draw_every_chart, free_port, open_page, plot_data

SLUG = "kof-economic-globalization"
EMBED_PLOT = """
const plot = document.querySelector('#embed-graph.js-plotly-plot');
return plot && plot.querySelector('svg.main-svg') && plot._fullLayout
    ? JSON.stringify(plot.data.map(t => t.y)) : null;
"""


@contextmanager
def page_elsewhere(html: str):
    """A one-page site on its own port (another origin than the app's); yields its URL."""
    body = html.encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # quiet test output
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def framing_page(src: str) -> str:
    # The inline icon spares the browser a /favicon.ico request (a 404 console error).
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A news site</title>'
            '<link rel="icon" href="data:,"></head><body><h1>An article</h1>'
            f'<iframe id="chart" src="{src}" title="A chart" width="100%" height="520" '
            'style="border:0"></iframe></body></html>')


def start_app(dash_duo, dash_app) -> str:
    port = free_port()
    dash_duo.start_server(dash_app, port=port)
    return f"http://127.0.0.1:{port}"


def test_an_embed_framed_by_another_origin_draws_its_chart(browser_required, dash_duo, dash_app):
    app_url = start_app(dash_duo, dash_app)
    with page_elsewhere(framing_page(f"{app_url}/embed/{SLUG}?countries=BEL,NLD")) as site:
        assert not site.startswith(app_url)
        driver = dash_duo.driver
        driver.get(site)
        driver.switch_to.frame(driver.find_element(By.ID, "chart"))
        until(lambda: driver.execute_script(EMBED_PLOT) is not None, timeout=20)
        assert sorted(json.loads(driver.execute_script(EMBED_PLOT))[0]) == ["BEL", "NLD"]
        assert driver.find_element(By.CSS_SELECTOR, "h1").text.startswith("Belgium is 5th")
        assert "KONJUNKTURFORSCHUNGSSTELLE" in driver.find_element(By.CSS_SELECTOR, ".chart-source").text
        link = driver.find_element(By.CSS_SELECTOR, ".embed-link a")
        assert link.get_attribute("href") == f"{app_url}/en/globalization?countries=BEL,NLD#{SLUG}"
        # Sized for the frame: nothing sideways, the chart as wide as the frame allows.
        width, client = driver.execute_script(OVERFLOW)
        assert width <= client
        driver.switch_to.default_content()
    assert dash_duo.get_logs() == []


def test_a_page_framed_by_another_origin_is_refused(browser_required, dash_duo, dash_app):
    app_url = start_app(dash_duo, dash_app)
    with page_elsewhere(framing_page(f"{app_url}/globalization")) as site:
        driver = dash_duo.driver
        driver.get(site)
        driver.switch_to.frame(driver.find_element(By.ID, "chart"))
        # Chromium shows its own error page in the frame, never the dashboard.
        until(lambda: driver.execute_script("return document.readyState") == "complete", timeout=10)
        assert not driver.find_elements(By.CSS_SELECTOR, ".site-header, .chart-card")
        driver.switch_to.default_content()
    logs = dash_duo.get_logs()
    assert logs and all("frame-ancestors" in log["message"] for log in logs), logs


def cite_panel(dash_duo):
    """The Cite panel of the first chart in React's copy of the page, opened."""
    card = dash_duo.find_element(f"#{SLUG}")
    panel = card.find_element(By.CSS_SELECTOR, "details.cite-panel")
    if panel.get_attribute("open") is None:
        dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", panel)
        panel.find_element(By.CSS_SELECTOR, "summary").click()
    return panel


def test_the_cite_panel_follows_a_filter_change(browser_required, dash_duo, dash_app):
    open_page(dash_duo, dash_app, "/en/globalization?countries=BEL,NLD", "globalization")
    # A closed panel renders nothing of its body (assets/style.css: no layout pass each).
    bodies = ("return [...document.querySelectorAll('details.cite-panel > .cite-body')]"
              ".map(b => b.parentNode.open + ' ' + getComputedStyle(b).display)")
    assert set(dash_duo.driver.execute_script(bodies)) == {"false none"}
    text = cite_panel(dash_duo).find_element(By.CSS_SELECTOR, ".cite-text").text
    assert "true block" in dash_duo.driver.execute_script(bodies)
    assert "Chart: \u201cBelgium is 5th" in text
    assert re.search(rf"/globalization\?countries=BEL,NLD#{SLUG} \(accessed \d{{4}}-\d\d-\d\d\)\.$", text)

    before = plot_data(dash_duo, SLUG)
    radio = dash_duo.driver.find_element(
        By.CSS_SELECTOR, f"#{dom_id({'type': 'filter', 'param': 'kof_dimension'})} input[value='actual-flows']")
    radio.click()
    until(lambda: plot_data(dash_duo, SLUG) not in (None, before), timeout=10)
    query = "?kof_dimension=actual-flows&countries=BEL,NLD"
    until(lambda: query in cite_panel(dash_duo).find_element(By.CSS_SELECTOR, ".cite-text").text,
          timeout=10)
    panel = cite_panel(dash_duo)
    assert panel.find_element(By.CSS_SELECTOR, ".cite-text a").get_attribute("href").endswith(
        f"/globalization{query}#{SLUG}")
    links = {a.text: a.get_attribute("href") for a in panel.find_elements(By.CSS_SELECTOR, ".cite-actions a")}
    assert links["BibTeX"].endswith(f"/charts/{SLUG}.bib{query}")
    assert links["RIS"].endswith(f"/charts/{SLUG}.ris{query}")
    code = panel.find_element(By.CSS_SELECTOR, "textarea.embed-code").get_attribute("value")
    assert f'/embed/{SLUG}{query.replace("&", "&amp;")}"' in code
    # The same query the download links and the address bar have.
    assert dash_duo.find_element(f"#{SLUG} a[href$='.csv{query}']")
    assert dash_duo.driver.current_url.endswith(query)

    # "Copy citation" copies the text as it is now (the test browser's clipboard is not
    # readable: record what the page writes to it).
    dash_duo.driver.execute_script(
        "navigator.clipboard.writeText = (text) => { window.copied = text; return Promise.resolve(); };")
    button = panel.find_element(By.CSS_SELECTOR, "button.copy-text[data-copy$='-citation']")
    button.click()
    until(lambda: query in (dash_duo.driver.execute_script("return window.copied") or ""), timeout=5)
    assert button.text == "Copied"
    assert dash_duo.get_logs() == []


def test_axe_finds_nothing_with_every_cite_panel_open(browser_required, axe_source, dash_duo,
                                                       dash_app):
    for width in (WIDE, NARROW):
        dash_duo.driver.set_window_size(width, 1000)
        if width == WIDE:
            open_page(dash_duo, dash_app, "/en/globalization", "globalization")
        else:  # the page as first drawn at 320 px
            dash_duo.driver.refresh()
            draw_every_chart(dash_duo, "globalization")
        dash_duo.driver.execute_script(
            "document.querySelectorAll('details.cite-panel')"
            ".forEach(d => { d.open = true; });")
        scroll, client = dash_duo.driver.execute_script(OVERFLOW)
        assert scroll <= client, f"scrolls sideways at {width} px ({scroll} px)"
        assert axe_violations(dash_duo.driver, axe_source) == [], width
    assert dash_duo.get_logs() == []


def test_axe_finds_nothing_on_an_embed(browser_required, axe_source, dash_duo, dash_app):
    app_url = start_app(dash_duo, dash_app)
    driver = dash_duo.driver
    for width in (WIDE, NARROW):
        driver.set_window_size(width, 800)
        driver.get(f"{app_url}/embed/{SLUG}?countries=BEL,NLD,LUX")
        until(lambda: driver.execute_script(EMBED_PLOT) is not None, timeout=20)
        scroll, client = driver.execute_script(OVERFLOW)
        assert scroll <= client, f"the embed scrolls sideways at {width} px ({scroll} px)"
        assert axe_violations(driver, axe_source) == [], width
    assert dash_duo.get_logs() == []
