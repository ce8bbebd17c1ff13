"""Benchmark the dashboard against its budgets, each beside its floor where one applies.

    python -m bench.run            # prints the table
    python -m bench.run --write    # also rewrites BENCHMARKS.md

Needs Chromium + chromedriver (page load, interaction, transfer), wrk (throughput) and npm
(Lighthouse, installed from bench/lighthouse/package-lock.json on first use); all traffic stays
on loopback and every loop is bounded in count and time.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pages  # noqa: E402
from bench import lighthouse  # noqa: E402
from charts.spec import all_pages  # noqa: E402
from components.islands import APP_RUNS  # noqa: E402
from tests.payloads import typical_filter_bodies  # noqa: E402
from tests.servers import app_process, get  # noqa: E402

pages.load()
# Every page in the navigation: path -> its key where it is a topic page (it has charts).
PAGES = {page.href("en"): page.key if page.is_topic else None for page in all_pages() if page.in_navbar}
RUNS = 7
MARK = "<!-- bench-table -->"
LIGHTHOUSE_MARK = "<!-- lighthouse-table -->"


def median_ms(values) -> float:
    return statistics.median(values) * 1000


def percentile(values, share) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def server_latency() -> dict:
    """p50/p95 of the filter callback in-process (warm cache), 500 calls."""
    import app as app_module
    client = app_module.server.test_client()
    client.get("/en/")
    bodies = typical_filter_bodies(app_module.app.callback_map)
    for body in bodies:
        client.post("/_dash-update-component", json=body)
    timings = []
    for index in range(500):
        started = time.perf_counter()
        response = client.post("/_dash-update-component", json=bodies[index % len(bodies)])
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200
    return {"p50": median_ms(timings), "p95": percentile(timings, 0.95) * 1000}


def throughput(base: str, body: dict) -> dict:
    """wrk on one typical filter callback: requests/s and errors over 15 s."""
    if not shutil.which("wrk"):
        return {"rps": float("nan"), "errors": "wrk not installed"}
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "post.lua"
        script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                          f"wrk.body = {json.dumps(json.dumps(body))}\n")
        out = subprocess.run(["wrk", "-t2", "-c16", "-d15s", "--latency", "-s", str(script),
                              f"{base}/_dash-update-component"], capture_output=True, text=True,
                             timeout=60).stdout
    rps = float(next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec")))
    errors = sum(int(part) for line in out.splitlines()
                 if "Non-2xx" in line or "Socket errors" in line
                 for part in line.replace(",", " ").split() if part.isdigit())
    return {"rps": rps, "errors": errors}


def browser(performance_log: bool = False):
    from selenium import webdriver
    options = webdriver.ChromeOptions()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--window-size=1400,1000"):
        options.add_argument(flag)
    if performance_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(options=options)


# What the reader sees is there: the page's content (the app's first-paint copy counts: it is
# the page, painted before Dash starts; when Dash has taken over is Lighthouse's TTI and TBT)
# and every chart box in the first screen drawn. The app draws charts as they come near the
# screen; the floors draw every chart at load, so for them this is every chart drawn.
RENDERED = """
const want = arguments[0];
if (document.querySelector('h1') === null
    || document.querySelectorAll('main *, #_pages_content *').length <= 5) return false;
const boxes = [...document.querySelectorAll('.chart-graph, .floor-chart')];
if (boxes.length < want) return false;
return boxes.filter((box) => box.getBoundingClientRect().top < window.innerHeight)
            .every((box) => box.querySelector('.main-svg') !== null);
"""


def time_page(driver, url: str, charts: int) -> float:
    """Seconds from navigation to the page rendered with every chart in its first screen drawn
    (RENDERED)."""
    driver.get("about:blank")
    started = time.perf_counter()
    driver.get(url)
    deadline = time.monotonic() + 20
    while not driver.execute_script(RENDERED, charts):
        if time.monotonic() > deadline:
            raise TimeoutError(url)
        time.sleep(0.005)
    return time.perf_counter() - started


def default_figures(page: str | None) -> dict[str, dict]:
    """{slug: figure} of a page's charts with no filter applied, as the app draws them on the
    English page (PAGES are the English addresses)."""
    from data.chart_cache import chart_figure
    from charts.spec import charts_for_page
    from data.access import store
    from i18n import SOURCE_LANGUAGE
    return {spec.slug: chart_figure(spec.slug, spec.parse_query(store().frame(spec.dataset), {})[0].key,
                                    SOURCE_LANGUAGE)
            for spec in charts_for_page(page or "")}


def plot_calls(figures: list[dict], config: dict, staged: bool = True) -> str:
    """One Plotly.newPlot per figure; with the app's bundle (`staged`) once it has started
    (window.plotlyReady, frontend/plotly_entry.js), with plotly.py's full plotly.js at once."""
    calls = "".join(f"Plotly.newPlot('floor-chart-{index}', {json.dumps(figure, default=str)}, "
                    f"{json.dumps(config)});" for index, figure in enumerate(figures))
    if not staged:
        return calls
    types = sorted({trace.get("type", "scatter") for figure in figures for trace in figure["data"]})
    return (f"window.plotlyReady.then((Plotly) => Plotly.loadTraces({json.dumps(types)}))"
            f".then(() => {{ {calls} }});")


# One plotly.js URL per floor kind: when two documents take turns loading the same script URL,
# Chromium keeps recompiling it (~750 ms here) instead of using its code cache. The floors use
# the app's own bundle; the naive page uses plotly.py's full plotly.js, as the app did before.
PLOTLY_SRC = {"page": "/plotly_bundle.min.js?page", "figures": "/plotly_bundle.min.js?figures",
              "naive": "/plotly.min.js?naive"}
KINDS = ("page", "figures", "naive")


def figures_only_page(page: str | None) -> tuple[str, int]:
    """The figures alone: an empty page, plotly.js and one div + Plotly.newPlot per chart."""
    figures = list(default_figures(page).values())
    divs = "".join(f'<div class="floor-chart" id="floor-chart-{index}"></div>'
                   for index in range(len(figures)))
    html = (f"<html><head><script src='{PLOTLY_SRC['figures']}'></script></head><body><h1>floor</h1>"
            f"<div id='_pages_content'>{divs}<p></p><p></p><p></p><p></p><p></p><p></p></div>"
            f"<script>{plot_calls(figures, {})}</script></body></html>")
    return html, len(figures)


SNAPSHOT = """
// The page on screen (the first-paint copy with its islands rendered: components/islands.py),
// every chart emptied and replaced by a bare div for Plotly.newPlot.
const root = (document.getElementById('first-paint') ||
              document.getElementById('react-entry-point')).cloneNode(true);
root.removeAttribute('id');  // the app's stylesheet hides the entry point beside a first-paint copy
const slugs = [];
root.querySelectorAll('.chart-graph').forEach((graph) => {
  slugs.push(graph.id.slice('chart-graph--'.length));  // components/light.py dom_id
  const target = document.createElement('div');
  target.id = 'floor-chart-' + (slugs.length - 1);
  target.style.height = '100%';
  graph.replaceChildren(target);
  graph.removeAttribute('id');
});
return [root.outerHTML, slugs];
"""


def same_page(driver, url: str, page: str | None, kind: str = "page") -> tuple[str, int]:
    """The page as static HTML: the app's own rendered markup and stylesheet, every chart drawn
    at load by Plotly.newPlot from the same figure JSON and config, with no Dash or React;
    plotly.js is the app's bundle (kind "page") or plotly.py's full one (kind "naive")."""
    from components.chart_card import GRAPH_CONFIG
    time_page(driver, url, len(default_figures(page)))
    deadline = time.monotonic() + 20
    while not driver.execute_script(APP_RUNS):
        if time.monotonic() > deadline:  # the snapshot is of the page the app runs
            raise TimeoutError(url)
        time.sleep(0.01)
    markup, slugs = driver.execute_script(SNAPSHOT)
    figures = [default_figures(page)[s] for s in slugs]
    html = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>floor</title>"
            f"<link rel='stylesheet' href='/assets/style.css'><script src='{PLOTLY_SRC[kind]}'>"
            "</script>"
            f"</head><body>{markup}<script>{plot_calls(figures, GRAPH_CONFIG, kind != 'naive')}"
            "</script></body></html>")
    return html, len(slugs)


def floor_name(path: str) -> str:
    """The file name of a page's floors: '/en/globalization' -> 'en_globalization'."""
    return path.strip("/").replace("/", "_") or "index"


def floor_site(driver, base: str, folder: Path) -> dict[str, dict[str, int]]:
    """Both floors of every page as files in `folder`: {kind: {path: charts}}."""
    import plotly
    shutil.copy(Path(plotly.__file__).parent / "package_data" / "plotly.min.js", folder)
    shutil.copy(ROOT / "components" / "plotly_bundle.min.js", folder)
    shutil.copytree(ROOT / "assets", folder / "assets")
    counts: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    for path, page in PAGES.items():
        name = floor_name(path)
        for kind, (html, charts) in (("page", same_page(driver, base + path, page)),
                                     ("figures", figures_only_page(page)),
                                     ("naive", same_page(driver, base + path, page, "naive"))):
            (folder / f"{name}.{kind}.html").write_text(html)
            counts[kind][path] = charts
    return counts


class QuietHandler(SimpleHTTPRequestHandler):
    """Python's plain static file server, quiet, with the caching any static host would set.

    Without a Cache-Control header Chromium revalidates plotly.js on every load and, when the
    304 refreshes the cached response, at times drops its compiled code: floor loads then
    jump from ~400 ms to ~1100 ms at random. The app's fingerprinted bundles are cached for a
    year; the floor gets the same treatment so the two are compared like for like.
    """

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()

    def log_message(self, *args) -> None:
        pass


def page_loads(base: str) -> dict:
    """{path: (app s, same-page floor s, figures-only floor s, naive s)} medians, and the
    interaction."""
    from charts.spec import charts_for_page
    from charts.theme import register_template
    from data.access import init_store
    init_store()
    register_template()
    folder = Path(tempfile.mkdtemp())
    static = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=static.serve_forever, daemon=True).start()
    floor_base = f"http://127.0.0.1:{static.server_address[1]}"
    driver = browser()
    results = {}
    try:
        counts = floor_site(driver, base, folder)
        for path, page in PAGES.items():
            charts = len(charts_for_page(page)) if page else 0
            assert all(counts[kind][path] == charts for kind in KINDS), path
            urls = [base + path] + [f"{floor_base}/{floor_name(path)}.{kind}.html"
                                    for kind in KINDS]
            for url in urls * 3:  # warm the browser's HTTP and code caches (V8 caches compiled code from the 2nd-3rd load)
                time_page(driver, url, charts)
            times: list[list[float]] = [[] for _ in urls]
            for _ in range(RUNS):  # interleaved, so a slow spell on the machine hits all three
                for index, url in enumerate(urls):
                    times[index].append(time_page(driver, url, charts))
            results[path] = tuple(statistics.median(t) for t in times)
        results["interaction"] = interaction(driver, base)
    finally:
        driver.quit()
        static.shutdown()
    return results


# arguments: the chart's DOM id, the filter's new value.
INTERACT = """
const done = arguments[arguments.length - 1];
const graph = document.getElementById(arguments[0]).querySelector('.js-plotly-plot');
const started = performance.now();
graph.once('plotly_afterplot', () => done(performance.now() - started));
window.dash_clientside.set_props({type: 'filter', param: 'kof_dimension'}, {value: arguments[1]});
"""


def interaction(driver, base: str) -> list[float]:
    """Milliseconds from a filter change to the redrawn chart, 20 changes."""
    from components.light import dom_id
    time_page(driver, base + "/en/globalization", 6)
    driver.set_script_timeout(10)
    graph = dom_id({"type": "chart-graph", "slug": "kof-economic-globalization"})
    values = ["actual-flows", "degree-of-economic-liberalization"]
    return [driver.execute_async_script(INTERACT, graph, values[i % 2]) for i in range(20)]


def transfer(base: str) -> int:
    """Bytes over the wire (compressed) for a first visit to / with an empty cache."""
    driver = browser(performance_log=True)
    try:
        driver.get(base + "/")
        time.sleep(3)
        total = 0
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.loadingFinished":
                total += int(message["params"]["encodedDataLength"])
        return total
    finally:
        driver.quit()


def worker_rss_mb(master: int) -> list[float]:
    pids = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()
    sizes = []
    for pid in pids:
        status = Path(f"/proc/{pid}/status").read_text()
        if "gunicorn" not in Path(f"/proc/{pid}/cmdline").read_text(errors="ignore"):
            continue
        kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
        sizes.append(kb / 1024)
    return sizes


def export_latency(base: str) -> list[float]:
    url = base + "/charts/kof-dimensions.png"
    for _ in range(3):
        get(url, timeout=60)
    return [get(url, timeout=60)[2] for _ in range(20)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite BENCHMARKS.md")
    parser.add_argument("--lighthouse-runs", type=int, default=3,
                        help="Lighthouse runs per page and preset (0: none; bench/lighthouse.py)")
    args = parser.parse_args()
    rows = []
    latency = server_latency()
    gunicorn = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--workers", "2",
                "--bind", "127.0.0.1:{port}", "app:server"]
    import app as app_module
    body = typical_filter_bodies(app_module.app.callback_map)[1]
    with app_process({"LOG_LEVEL": "WARNING"}, Path(tempfile.mkdtemp()) / "gunicorn.log", gunicorn) as base:
        master = int(subprocess.run(["pgrep", "-f", base.rsplit(":", 1)[1]], capture_output=True,
                                    text=True).stdout.split()[0])
        loads = page_loads(base)
        wire = transfer(base)
        rss = worker_rss_mb(master)
        exports = export_latency(base)
        load = throughput(base, body)
        scores = lighthouse.measure(base, list(PAGES), args.lighthouse_runs) \
            if args.lighthouse_runs else None
    for path in PAGES:
        app_s, floor_s, figures_s, naive_s = loads[path]
        ok = app_s <= 1.0 and app_s <= 1.3 * floor_s
        result = (f"{app_s * 1000:.0f} ms (floor {floor_s * 1000:.0f} ms, {app_s / floor_s:.2f}x; "
                  f"figures-only {figures_s * 1000:.0f} ms, {app_s / figures_s:.2f}x; "
                  f"naive {naive_s * 1000:.0f} ms, {app_s / naive_s:.2f}x)")
        rows.append((f"Page load {path}", result, "<= 1000 ms and <= 1.3x floor", ok))
    inter = statistics.median(loads["interaction"])
    rows.append(("Interaction: filter change to chart redrawn (median of 20)", f"{inter:.0f} ms",
                 "<= 150 ms", inter <= 150))
    rows.append(("Server: filter callback p50 / p95 (in-process, warm, 500 calls)",
                 f"{latency['p50']:.1f} / {latency['p95']:.1f} ms", "p95 <= 20 ms", latency["p95"] <= 20))
    rows.append(("Throughput: filter callback, gunicorn -w 2, wrk 16 connections, 15 s",
                 f"{load['rps']:.0f} req/s, {load['errors']} errors", ">= 300 req/s, 0 errors",
                 load["rps"] >= 300 and load["errors"] == 0))
    rows.append(("Memory: RSS per worker after all pages", " / ".join(f"{mb:.0f} MB" for mb in rss),
                 "<= 200 MB", all(mb <= 200 for mb in rss)))
    rows.append(("Transfer: first visit to / (compressed)", f"{wire / 1e6:.2f} MB", "<= 2 MB", wire <= 2e6))
    png = median_ms(exports)
    rows.append(("Export: PNG 1600x900 @2x, warm (median of 20)", f"{png:.0f} ms", "<= 300 ms", png <= 300))
    table = ["| measure | result | budget | pass |", "| --- | --- | --- | --- |"]
    table += [f"| {name} | {value} | {budget} | {'pass' if ok else 'FAIL'} |" for name, value, budget, ok in rows]
    print("\n".join(table))
    lighthouse_table = lighthouse.table(scores) if scores else None
    if lighthouse_table:
        print("\n".join(lighthouse_table))
    if args.write:
        # Only the tables between the markers are rewritten; the analysis around them is kept.
        target = ROOT / "BENCHMARKS.md"
        text = target.read_text() if target.exists() else f"{MARK}\n{MARK}\n"
        stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        text = replace_between(text, MARK, f"Run {stamp}:\n\n" + "\n".join(table))
        if lighthouse_table:
            medians = f"medians of {args.lighthouse_runs} interleaved runs"
            text = replace_between(text, LIGHTHOUSE_MARK, f"Lighthouse 12.2.3, run {stamp}, {medians}:"
                                   "\n\n" + "\n".join(lighthouse_table))
        target.write_text(text)


def replace_between(text: str, mark: str, content: str) -> str:
    """`text` with what stands between the two `mark`s replaced (both added at the end if
    missing)."""
    if text.count(mark) < 2:
        text = f"{text.rstrip()}\n\n{mark}\n{mark}\n"
    before, _, rest = text.partition(mark)
    _, _, after = rest.partition(mark)
    return f"{before}{mark}\n{content}\n{mark}{after}"


if __name__ == "__main__":
    main()
