"""Margin hints (charts/margins.py, charts/margin_hints.json): every chart's first view has
them in every language; only that view gets them, and a narrow box keeps its own; and in
Chromium each one fits, so plotly.js draws the chart once (automargin adds nothing to them)."""
from __future__ import annotations

import json

import pytest

from charts import margins
from charts.margins import SIDES, margin_hints
from charts.narrow import MARGIN
from charts.spec import all_charts, charts_for_page, topic_pages
from components.light import dom_id
from data.chart_cache import chart_figure
from i18n import LANGUAGES
from tests.servers import app_process
from tools.chart_margins import browser, drawn_margins, first_views

REMEASURE = "labels changed? run: .venv/bin/python tools/chart_margins.py"


def test_every_chart_has_hints_in_every_language_and_its_first_view(dash_app):
    hints = margin_hints()
    for language in LANGUAGES:
        assert set(hints["margins"][language]) == {spec.slug for spec in all_charts()}, REMEASURE
    views = {slug: tuple((param, tuple(keys)) for param, keys in view)
             for slug, view in first_views().items()}
    assert hints["views"] == views, REMEASURE


def test_the_first_view_gets_its_hints_and_a_narrow_box_its_own_margins(dash_app):
    spec = all_charts()[0]
    figure = chart_figure(spec.slug, margin_hints()["views"][spec.slug], "fr")
    hint = margin_hints()["margins"]["fr"][spec.slug]
    assert {s: figure["layout"]["margin"][s] for s in SIDES} == hint
    narrow = figure["layout"]["meta"]["narrow"]["layout"]["margin"]
    assert {s: narrow[s] for s in "lrt"} == {s: MARGIN[s] for s in "lrt"}


def test_another_selection_keeps_the_figure_margins(dash_app):
    views = margin_hints()["views"]
    slug = next(slug for slug, view in views.items() if len(dict(view).get("countries", ())) > 1)
    fewer = tuple((param, keys[:1] if param == "countries" else keys) for param, keys in views[slug])
    figure = chart_figure(slug, fewer, "en")
    assert figure["layout"].get("margin", {}).get("l") != margin_hints()["margins"]["en"][slug]["l"]


def test_hints_can_be_turned_off_to_be_measured(monkeypatch):
    monkeypatch.setenv(margins.OFF, "off")
    margin_hints.cache_clear()
    try:
        assert margin_hints() == {"margins": {}, "views": {}}
    finally:
        monkeypatch.delenv(margins.OFF)
        margin_hints.cache_clear()


def test_a_broken_hints_file_stops_the_app_naming_the_entry(tmp_path, monkeypatch):
    broken = tmp_path / "margin_hints.json"
    broken.write_text(json.dumps({"margins": {"en": {"kof-dimensions": {"l": "wide"}}}}))
    monkeypatch.setattr(margins, "HINTS_PATH", broken)
    margin_hints.cache_clear()
    try:
        with pytest.raises(ValueError, match="margin_hints.json: margins/en/kof-dimensions"):
            margin_hints()
    finally:
        monkeypatch.undo()
        margin_hints.cache_clear()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app, in a process of its own (the hints as committed)."""
    with app_process({}, tmp_path_factory.mktemp("app") / "app.log") as base:
        yield base


def test_every_hint_fits_so_each_chart_is_drawn_once(browser_required, served):
    """Drawn from its hint in a wide box, a chart's margins stay within the pixel plotly.js
    lets pass without drawing the chart a second time."""
    hints = margin_hints()["margins"]
    driver = browser()
    try:
        for page in topic_pages():
            for language in LANGUAGES:
                drawn = drawn_margins(driver, f"{served}/{language}/{page.key}", fix=False)
                for spec in charts_for_page(page.key):
                    arrived = drawn[dom_id({"type": "chart-graph", "slug": spec.slug})]
                    hint = hints[language][spec.slug]
                    where = f"{language}/{page.key} {spec.slug}"
                    assert arrived["given"] == hint, f"{where}: drawn without its hint"
                    assert all(abs(arrived[s] - hint[s]) <= 1 for s in SIDES), (
                        f"{where}: drawn {arrived}, hint {hint}; " + REMEASURE)
    finally:
        driver.quit()
