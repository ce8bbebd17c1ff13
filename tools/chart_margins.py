"""Measure the margin hints (charts/margins.py) and write charts/margin_hints.json.

Usage: python tools/chart_margins.py      (starts the app itself, with the hints off)

Run it when a chart's labels, titles, notes or default view changed: tests/test_margin_hints.py
says which. Every page with charts, in every language, is opened in headless Chromium in a
1350 px window (Lighthouse's desktop screen); every chart is drawn with automargin from the
figure's own margins, then given the margins it arrived at until automargin leaves them as they
are. A hint more than MAX_DRIFT px away from the margins of the first drawing is refused.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from selenium import webdriver  # noqa: E402  (after the path: run as a script from anywhere)
from selenium.webdriver.chrome.options import Options  # noqa: E402

from charts.margins import HINTS_PATH, MAX_DRIFT, OFF, SIDES  # noqa: E402

WINDOW = (1350, 940)
# Every chart the reader can see is scrolled to and drawn; then `fix` (true: the hints are
# measured) gives each the margins it arrived at until automargin keeps them (within the pixel
# plotly.js lets pass without a second pass). Answers {dom id: {narrow, given, first, l, r, t, b}
# or null}: `given` the margins the figure came with, `first` those of its first drawing, l, r,
# t, b those it keeps.
DRAW_AND_MEASURE = """
const [fix, done] = [arguments[0], arguments[arguments.length - 1]];
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sides = ['l', 'r', 't', 'b'];
const size = (node) => Object.fromEntries(sides.map((s) => [s, node._fullLayout._size[s]]));
const near = (a, b) => sides.every((s) => Math.abs(a[s] - b[s]) <= 1);
(async () => {
  const graphs = [...document.querySelectorAll('.chart-graph')].filter((g) => g.getClientRects().length);
  const out = {};
  for (const graph of graphs) {
    graph.scrollIntoView({block: 'center'});
    const node = graph.querySelector('.plotly-chart-target');
    for (let i = 0; i < 300 && !(node._fullLayout && graph.querySelector('.main-svg')); i++) await pause(50);
    await pause(50);
    if (!node._fullLayout) { out[graph.id] = null; continue; }
    const first = size(node);
    let hint = first;
    for (let i = 0; fix && i < 6; i++) {
      await window.Plotly.relayout(node, Object.fromEntries(sides.map((s) => ['margin.' + s, hint[s]])));
      const arrived = size(node);
      if (near(arrived, hint)) break;
      hint = arrived;
    }
    const given = Object.fromEntries(sides.map((s) => [s, (node.layout.margin || {})[s]]));
    out[graph.id] = Object.assign({narrow: node._narrow, given: given, first: first}, hint);
  }
  done(out);
})();
"""


def browser() -> webdriver.Chrome:
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(flag)
    options.add_argument("--window-size={},{}".format(*WINDOW))
    driver = webdriver.Chrome(options=options)
    driver.set_script_timeout(120)
    return driver


def drawn_margins(driver, url: str, fix: bool) -> dict:
    """{dom id: {narrow, given, first, l, r, t, b}} of every chart on the page at `url`, once
    Dash runs it (see DRAW_AND_MEASURE)."""
    from components.islands import APP_RUNS
    from dash.testing.wait import until
    driver.get(url)
    until(lambda: driver.execute_script(APP_RUNS), timeout=30)
    return driver.execute_async_script(DRAW_AND_MEASURE, fix)


def measure(base: str) -> dict:
    """{language: {slug: {side: px}}} for every chart of every topic page."""
    import app  # noqa: F401  (declares the pages and their charts)
    from charts.spec import charts_for_page, topic_pages
    from components.light import dom_id
    from i18n import LANGUAGES
    hints: dict = {language: {} for language in LANGUAGES}
    driver = browser()
    try:
        for page in topic_pages():
            slugs = {dom_id({"type": "chart-graph", "slug": spec.slug}): spec.slug
                     for spec in charts_for_page(page.key)}
            for language in LANGUAGES:
                drawn = drawn_margins(driver, f"{base}/{language}/{page.key}", fix=True)
                for graph, margins in drawn.items():
                    where = f"{language}/{page.key} {graph}"
                    if margins is None or margins["narrow"]:
                        raise RuntimeError(f"{where}: not drawn in a wide box")
                    hint = {s: round(margins[s]) for s in SIDES}
                    if any(abs(hint[s] - margins["first"][s]) > MAX_DRIFT for s in SIDES):
                        raise RuntimeError(f"{where}: kept margins {hint} are more than "
                                           f"{MAX_DRIFT} px from those drawn {margins['first']}")
                    hints[language][slugs[graph]] = hint
                print(f"{language} {page.key}: {len(slugs)} charts", flush=True)
    finally:
        driver.quit()
    return hints


def first_views() -> dict:
    """{slug: selection key} of every chart as its page first shows it (the page's default
    filters, as far as the chart has their keys): the view the hints are measured on."""
    import app  # noqa: F401  (declares the pages and their charts)
    from charts.selection import Selection
    from charts.spec import charts_for_page, topic_pages
    from components.page_filters import chart_selection, page_filters
    views = {}
    for page in topic_pages():
        shown, _ = Selection.parse(page_filters(page.key), {})
        for spec in charts_for_page(page.key):
            views[spec.slug] = [[param, list(keys)]
                                for param, keys in chart_selection(spec, shown).key]
    return views


def main() -> None:
    from tests.servers import app_process
    with app_process({OFF: "off"}, Path("/tmp/chart_margins_app.log")) as base:
        hints = {"margins": measure(base), "views": first_views()}
    HINTS_PATH.write_text(json.dumps(hints, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {HINTS_PATH}")


if __name__ == "__main__":
    main()
