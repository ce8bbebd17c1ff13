"""The benchmark script's own pieces, so that it cannot rot unnoticed between runs: the floors it
builds draw the same figures as the pages it measures."""
from __future__ import annotations

from bench.run import PAGES, default_figures, figures_only_page
from charts.spec import charts_for_page


def test_the_floors_draw_every_chart_of_every_measured_page(dash_app):
    assert PAGES and all(path.startswith("/en/") for path in PAGES)
    for path, page in PAGES.items():
        figures = default_figures(page)
        assert list(figures) == [spec.slug for spec in charts_for_page(page or "")], path
        assert all(figure["data"] for figure in figures.values()), path
        assert figures_only_page(page)[1] == len(figures)
