"""The app's plotly.js bundle (components/plotly_bundle.min.js, built by frontend/build_plotly.mjs)
is current and holds every trace type the declared charts draw."""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from charts.spec import all_charts
from charts.theme import TRACE_TYPES, UNUSED_SUBPLOTS

ROOT = Path(__file__).resolve().parent.parent
FRONTEND = ROOT / "frontend"
BUNDLE = ROOT / "components" / "plotly_bundle.min.js"
INPUTS = ("build_plotly.mjs", "plotly_entry.js", "package-lock.json")


def inputs_hash() -> str:
    """The hash build_plotly.mjs records (the same recipe, in Python)."""
    digest = hashlib.sha256()
    for name in INPUTS:
        text = (FRONTEND / name).read_text(encoding="utf-8").replace("\r\n", "\n")
        digest.update(f"{name}\0{text}\0".encode())
    return digest.hexdigest()


def test_the_bundle_was_built_from_the_inputs_as_they_are():
    banner = BUNDLE.read_text(encoding="utf-8").split("\n", 1)[0]
    recorded = re.search(r"inputs sha256 ([0-9a-f]{64})", banner).group(1)
    assert recorded == inputs_hash(), (
        "frontend/ changed since the bundle was built: cd frontend && npm ci && npm run build")


def test_the_bundle_asks_to_be_compiled_while_it_streams():
    """V8 reads its explicit compile hint only among the comments before the first code."""
    head = BUNDLE.read_text(encoding="utf-8").split("\n", 2)[:2]
    assert head[0].startswith("/*") and head[0].endswith("*/")  # the banner: a comment, no code
    assert head[1] == "//# allFunctionsCalledOnLoad"


def test_the_hash_recipe_matches_the_build_script():
    if not shutil.which("node"):
        pytest.skip("node not installed (the hash above is still checked)")
    out = subprocess.run(["node", "build_plotly.mjs", "--inputs-hash"], cwd=FRONTEND,
                         capture_output=True, text=True, timeout=60, check=True).stdout.strip()
    assert out == inputs_hash()


def test_the_bundle_has_every_trace_the_charts_draw(dash_app, store):
    from data.chart_cache import chart_figure
    registered = set(re.findall(r"require\('plotly\.js/lib/(\w+)'\)",
                                (FRONTEND / "plotly_entry.js").read_text()))
    registered.add("scatter")  # plotly.js's core registers it (the entry's core steps)
    drawn, templates = set(), []
    for spec in all_charts():
        figure = chart_figure(spec.slug, spec.parse_query(store.frame(spec.dataset), {})[0].key, "en")
        drawn |= {trace.get("type", "scatter") for trace in figure["data"]}
        templates.append(figure["layout"]["template"])
    assert drawn <= registered - {"core"}, drawn - registered
    assert drawn == registered - {"core"}, registered - drawn  # and nothing they do not draw
    # Every figure's template has the defaults of these trace types alone (charts/theme.py).
    assert set(TRACE_TYPES) == drawn, set(TRACE_TYPES) ^ drawn
    for template in templates:
        assert set(template["data"]) == drawn, set(template["data"]) ^ drawn
        assert not set(template["layout"]) & set(UNUSED_SUBPLOTS)
    assert "plotly.js 4.1.1" in BUNDLE.read_text(encoding="utf-8")[:200]
