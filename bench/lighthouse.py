"""Lighthouse 12.2.3 (bench/lighthouse/package.json, pinned with its lock file) on the app's pages.

    python -m bench.lighthouse http://127.0.0.1:8050 [--runs 3] [--preset mobile|desktop|both]

Every page is measured `runs` times, the pages taking turns (a slow spell on the shared
machine then hits every page alike), and the median of each metric is reported with Lighthouse's
benchmarkIndex (its measure of how fast this machine was). Lighthouse's defaults: the mobile
preset simulates a slow 4G network and a 4x slower CPU on a phone's screen; the desktop preset
a fast network, no CPU slowdown and a 1350x940 screen.

With Chromium 156, Lighthouse's audits of the LCP element and of layout-shift culprits
crash (its trace parser); the metrics themselves (LCP, CLS) come from the trace and are fine.
tests/test_lazy_charts.py checks layout shifts and the LCP element in the page with
PerformanceObserver.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE_DIR = Path(__file__).resolve().parent / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
# (key in the report, unit it is shown in)
METRICS = {
    "score": None,
    "first-contentful-paint": "ms",
    "largest-contentful-paint": "ms",
    "total-blocking-time": "ms",
    "cumulative-layout-shift": "",
    "speed-index": "ms",
    "total-byte-weight": "bytes",
}
GOAL = {"score": 90, "total-blocking-time": 200, "largest-contentful-paint": 2500,
        "cumulative-layout-shift": 0.05, "total-byte-weight": 700 * 1024}
DESKTOP_GOAL = 98


def ensure_installed() -> Path:
    """Lighthouse from its lock file (`npm ci`), the first time it is needed."""
    if not LIGHTHOUSE.exists():
        if not shutil.which("npm"):
            raise RuntimeError("npm is needed to install Lighthouse (bench/lighthouse)")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=LIGHTHOUSE_DIR, check=True)
    return LIGHTHOUSE


def run_once(url: str, preset: str) -> dict:
    """One Lighthouse run of the performance category: {metric: value, 'benchmarkIndex': ...}."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [str(ensure_installed()), url, "--only-categories=performance",
                   f"--chrome-flags={CHROME_FLAGS}", "--output=json",
                   f"--output-path={report}", "--quiet"]
        if preset == "desktop":
            command.append("--preset=desktop")
        env = {**os.environ, "CHROME_PATH": shutil.which("chromium") or "/usr/bin/chromium"}
        subprocess.run(command, check=True, env=env, timeout=240,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        result = json.loads(report.read_text())
    audits = result["audits"]
    values = {"score": round(result["categories"]["performance"]["score"] * 100),
              "benchmarkIndex": result["environment"]["benchmarkIndex"]}
    for key in METRICS:
        if key != "score":
            values[key] = audits[key]["numericValue"]
    return values


def measure(base: str, paths: list[str], runs: int = 3, presets=("mobile", "desktop"),
            log=print) -> dict:
    """{preset: {path: {metric: median}}}, every page measured `runs` times, interleaved."""
    samples: dict[str, dict[str, list[dict]]] = {p: {path: [] for path in paths} for p in presets}
    for index in range(runs):
        for preset in presets:
            for path in paths:
                values = run_once(base + path, preset)
                samples[preset][path].append(values)
                log(f"run {index + 1}/{runs} {preset:7} {path:26} score {values['score']:3} "
                    f"TBT {values['total-blocking-time']:6.0f} ms "
                    f"LCP {values['largest-contentful-paint']:6.0f} ms "
                    f"CLS {values['cumulative-layout-shift']:.3f} "
                    f"{values['total-byte-weight'] / 1024:5.0f} KiB "
                    f"(benchmarkIndex {values['benchmarkIndex']:.0f})")
    return {preset: {path: {key: statistics.median(s[key] for s in runs_of_page)
                            for key in [*METRICS, "benchmarkIndex"]}
                     for path, runs_of_page in pages.items()}
            for preset, pages in samples.items()}


def within_goal(preset: str, medians: dict) -> bool:
    """Whether a page's medians meet the goal of issue 14 for this preset."""
    if preset == "desktop":
        return medians["score"] >= DESKTOP_GOAL
    return (medians["score"] >= GOAL["score"]
            and all(medians[key] <= limit for key, limit in GOAL.items() if key != "score"))


def table(results: dict) -> list[str]:
    """Markdown rows of the medians, one per preset and page."""
    rows = ["| page | preset | score | FCP | LCP | TBT | CLS | Speed Index | transfer | "
            "benchmarkIndex | goal |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for preset, pages in results.items():
        for path, m in pages.items():
            rows.append(
                f"| {path} | {preset} | {m['score']:.0f} | {m['first-contentful-paint'] / 1000:.1f} s | "
                f"{m['largest-contentful-paint'] / 1000:.1f} s | {m['total-blocking-time']:.0f} ms | "
                f"{m['cumulative-layout-shift']:.3f} | {m['speed-index'] / 1000:.1f} s | "
                f"{m['total-byte-weight'] / 1024:.0f} KiB | {m['benchmarkIndex']:.0f} | "
                f"{'pass' if within_goal(preset, m) else 'FAIL'} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="the running app, e.g. http://127.0.0.1:8050")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--preset", choices=("mobile", "desktop", "both"), default="both")
    parser.add_argument("--pages", nargs="*", help="paths (default: every page)")
    args = parser.parse_args()
    presets = ("mobile", "desktop") if args.preset == "both" else (args.preset,)
    import sys
    sys.path.insert(0, str(ROOT))
    from bench.run import PAGES
    print("\n".join(table(measure(args.base.rstrip("/"), args.pages or list(PAGES), args.runs,
                                  presets))))


if __name__ == "__main__":
    main()
