"""pa11y and Lighthouse on every page: the accessibility checks that run outside the test suite.

Usage: python tools/a11y_audit.py [base_url]

Without a base URL it starts the dashboard (`python app.py`) on a free port and stops it at the
end. The checkers come from tools/a11y/package-lock.json (`npm ci` on first use; install
scripts off, so nothing downloads a browser) and drive Debian's Chromium (/usr/bin/chromium).

- pa11y 9 (HTML_CodeSniffer, WCAG2AA) on every page as first shown and, on chart pages, with
  every table view open (pa11y clicks each card's Table tab);
- Lighthouse 12.2.3, accessibility category only.
Prints one line per page and check and exits non-zero if pa11y reports an error or a
Lighthouse score is below 100.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools" / "a11y"
BIN = TOOLS / "node_modules" / ".bin"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update"]
sys.path.insert(0, str(ROOT))
from tools.screenshots import page_paths  # noqa: E402  (the same pages as the screenshots)


def install() -> None:
    if not (BIN / "pa11y").exists() or not (BIN / "lighthouse").exists():
        subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=TOOLS,
                       check=True, env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"})


def start_app() -> tuple[subprocess.Popen, str]:
    """The dashboard on a free loopback port, once it answers /healthz."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL,
                               env={**os.environ, "DASH_PORT": str(port), "DASH_HOST": "127.0.0.1"})
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            return process, base
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("the dashboard did not start")


def table_tabs(path: str) -> list[str]:
    """pa11y actions that open every Table tab of a chart page (its charts' declarations)."""
    import pages
    from charts.spec import all_pages, charts_for_page
    from i18n.paths import split_language
    pages.load()
    _language, page_path = split_language(path)
    page = next((p for p in all_pages() if p.path == page_path), None)
    tabs = [f"#{spec.slug}-tab-table" for spec in charts_for_page(page.key)] if page else []
    # The cards arrive with the layout, after the page's load event: wait for the last one.
    # pa11y clicks at an element's position, and a table that fills in moves every card below
    # it, so the tabs are clicked from the bottom of the page up.
    if not tabs:
        return []
    return [f"wait for element {tabs[-1]} to be added"] + [f"click element {t}" for t in reversed(tabs)]


def pa11y(url: str, actions: list[str]) -> list[dict]:
    """pa11y's issues (errors, warnings, notices) for a page; raises if pa11y crashes."""
    config = {"chromeLaunchConfig": {"executablePath": CHROMIUM, "args": CHROME_FLAGS},
              "standard": "WCAG2AA", "timeout": 90000, "wait": 3000,
              "actions": actions + (["wait for element .data-table to be added"] if actions else [])}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(config, handle)
    result = subprocess.run([str(BIN / "pa11y"), "--config", handle.name, "--reporter", "json",
                             "--include-warnings", url], capture_output=True, text=True, timeout=300)
    os.unlink(handle.name)
    if result.returncode not in (0, 2):  # 2: issues found; anything else: pa11y failed
        raise RuntimeError(f"pa11y failed on {url}: {result.stderr.strip()[:800]}")
    return json.loads(result.stdout or "[]")


def lighthouse(url: str) -> tuple[int, list[str]]:
    """Lighthouse's accessibility score (0-100) and the audits that failed."""
    result = subprocess.run(
        [str(BIN / "lighthouse"), url, "--only-categories=accessibility", "--output=json",
         "--output-path=stdout", "--quiet", f"--chrome-flags={' '.join(CHROME_FLAGS)}"],
        capture_output=True, text=True, timeout=300, env={**os.environ, "CHROME_PATH": CHROMIUM})
    report = json.loads(result.stdout)
    category = report["categories"]["accessibility"]
    failed = [ref["id"] for ref in category["auditRefs"]
              if ref["weight"] and report["audits"][ref["id"]]["score"] == 0]
    return round(category["score"] * 100), failed


def main(base: str | None = None) -> int:
    """Run both checkers on every page; 1 if any finds a problem."""
    install()
    process = None
    if base is None:
        process, base = start_app()
    problems = 0
    try:
        for path in page_paths(base):
            states = [("first state", [])]
            if table_tabs(path):
                states.append(("tables open", table_tabs(path)))
            for state, actions in states:
                issues = pa11y(base + path, actions)
                errors = [i for i in issues if i["type"] == "error"]
                warnings = [i for i in issues if i["type"] == "warning"]
                problems += len(errors)
                print(f"pa11y       {path:26} {state:12} {len(errors)} errors, {len(warnings)} warnings"
                      + "".join(f"\n    {e['code']}: {e['selector']}" for e in errors))
            score, failed = lighthouse(base + path)
            problems += score < 100
            print(f"lighthouse  {path:26} accessibility {score}" + (f" (failed: {', '.join(failed)})"
                                                                     if failed else ""))
    finally:
        if process:
            process.terminate()
            process.wait(timeout=10)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
