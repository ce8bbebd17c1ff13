"""Screenshot every page with headless Chromium, to look at what the dashboard shows.

Usage: python tools/screenshots.py [base_url] [out_dir]   (the app must be running)
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PAGES = ["/", "/globalization", "/export-geography", "/firm-morphology",
         "/international-sourcing", "/about", "/accessibility", "/does-not-exist"]


def main(base: str = "http://127.0.0.1:8050", out: str = "/tmp/shots") -> None:
    Path(out).mkdir(parents=True, exist_ok=True)
    for path in PAGES:
        name = path.strip("/").replace("/", "_") or "overview"
        target = Path(out) / f"{name}.png"
        subprocess.run([
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--window-size=1400,7000", "--virtual-time-budget=8000",
            f"--screenshot={target}", base + path,
        ], check=True, capture_output=True, timeout=60)
        print(target)


if __name__ == "__main__":
    main(*sys.argv[1:])
