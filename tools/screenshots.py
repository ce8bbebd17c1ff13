"""Screenshot every page with headless Chromium, at 1400 and 320 CSS px, to look at them.

Usage: python tools/screenshots.py [base_url] [out_dir]   (the app must be running)

The pages are the ones the running app lists in its /sitemap.xml, plus an address that is no
page (the 404 page): no list of pages is kept here.
"""
from __future__ import annotations

import re
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

WIDTHS = (1400, 320)
NOT_A_PAGE = "/does-not-exist"


def page_paths(base: str) -> list[str]:
    """The paths of the pages the app at `base` declares (its sitemap), and the 404 page."""
    with urllib.request.urlopen(f"{base}/sitemap.xml", timeout=10) as response:
        sitemap = response.read().decode("utf-8")
    return [urlsplit(url).path or "/" for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)] + [
        NOT_A_PAGE]


def main(base: str = "http://127.0.0.1:8050", out: str = "/tmp/shots") -> None:
    Path(out).mkdir(parents=True, exist_ok=True)
    for path in page_paths(base):
        for width in WIDTHS:
            name = path.strip("/").replace("/", "_") or "overview"
            target = Path(out) / f"{name}-{width}.png"
            subprocess.run([
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                f"--window-size={width},9000", "--virtual-time-budget=10000",
                f"--screenshot={target}", base + path,
            ], check=True, capture_output=True, timeout=90)
            print(target)


if __name__ == "__main__":
    main(*sys.argv[1:])
