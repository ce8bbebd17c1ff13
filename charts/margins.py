"""Margin hints: the margins each chart's first view ends up with on a wide screen, so
plotly.js draws it once.

Every axis has `automargin` (charts/theme.py): plotly.js draws a chart, measures its labels,
and when they need more room than the margins give, draws the whole chart again. Every chart
drew twice, and on a first visit the second pass was about a third of a cold draw (desktop
`/en/globalization`, at 1x: 263 -> 150 ms for its first two charts without it).

`margin_hints.json` holds, for each chart as its page first shows it (`views`: the selection,
from the page's default filters), per language, margins that automargin leaves as they are in
a wide box (a 1350 px window): given as the figure's margins, the chart is drawn once.
Automargin stays on: where a hint falls short (another font, a narrower window), plotly.js
widens the margins as before, so a label is never cut. Another selection has other labels: its
figure keeps its own margins; so does a narrow box (charts/narrow.py replaces the margins).

plotly.js does not arrive at the same margins in one pass as in two: margins it keeps are up to
MAX_DRIFT px wider than those it drew the chart with before (2 px here, on the left and bottom;
on a narrow box it was 8 px, and up to 28 px at the top, which is why narrow boxes get no hints).

tools/chart_margins.py measures them in Chromium with the hints turned off (MARGIN_HINTS=off)
and refuses a hint that moves a chart by more than MAX_DRIFT; tests/test_margin_hints.py fails
when a chart's labels changed and its hint no longer fits.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

HINTS_PATH = Path(__file__).with_name("margin_hints.json")
SIDES = ("l", "r", "t", "b")
MAX_DRIFT = 2  # px a hinted chart's margins may differ from the ones drawn in two passes
OFF = "MARGIN_HINTS"  # MARGIN_HINTS=off: figures without hints, to measure them afresh


@lru_cache(maxsize=1)
def margin_hints() -> dict:
    """{"margins": {language: {slug: {side: px}}}, "views": {slug: selection key}} from
    margin_hints.json; empty when turned off. A file that is not of that shape stops the app at
    start-up, naming the entry."""
    if os.environ.get(OFF, "").lower() == "off":
        return {"margins": {}, "views": {}}
    hints = json.loads(HINTS_PATH.read_text(encoding="utf-8"))
    for language, charts in hints.get("margins", {}).items():
        for slug, margins in charts.items():
            if set(margins) != set(SIDES) or not all(
                    isinstance(px, int) and 0 <= px < 1000 for px in margins.values()):
                raise ValueError(f"{HINTS_PATH.name}: margins/{language}/{slug}: expected whole "
                                 f"pixels for {', '.join(SIDES)}, got {margins!r}")
    views = {}
    for slug, view in hints.get("views", {}).items():
        try:
            views[slug] = tuple((param, tuple(keys)) for param, keys in view)
        except (TypeError, ValueError):
            raise ValueError(f"{HINTS_PATH.name}: views/{slug}: expected [parameter, [keys]] "
                             f"pairs, got {view!r}") from None
    return {"margins": hints.get("margins", {}), "views": views}


def with_margin_hints(figure: dict, slug: str, key: tuple, language: str) -> dict:
    """The figure (a plain dict, as data/chart_cache.py keeps it) of the chart for the
    selection `key`, with the hinted margins in its layout when that selection is the view
    they were measured on."""
    hints = margin_hints()
    margins = hints["margins"].get(language, {}).get(slug)
    if margins and hints["views"].get(slug) == key:
        figure["layout"]["margin"] = {**figure["layout"].get("margin", {}), **margins}
    return figure
