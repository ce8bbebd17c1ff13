"""Narrow layouts (charts/narrow.py): every chart carries one, and it reads at 320 px.
The browser side (tests/test_accessibility.py) checks the drawn result for overlaps."""
from __future__ import annotations

import json

import plotly.utils
import pytest

from charts.narrow import CATEGORY_WRAP, CHAR_PX, PLOT_PX
from tests.english import bar_chart, heatmap, message_figure, with_narrow_layout
from charts.spec import all_charts
from tests.test_colour import selections
from tests.test_figures import frame

CHARTS = list(all_charts())


@pytest.mark.parametrize("spec", CHARTS, ids=lambda s: s.slug)
def test_every_chart_carries_a_narrow_layout_with_room_for_its_labels(spec, store):
    for selection in selections(spec, store):
        fig = with_narrow_layout(spec.figure(spec.filtered(store.datasets[spec.dataset].frame, selection),
                                             language="en"))
        narrow = fig.layout.meta["narrow"]
        json.dumps(fig.to_plotly_json(), cls=plotly.utils.PlotlyJSONEncoder)  # travels as JSON
        assert len(narrow["data"]) == len(fig.data)
        layout = narrow["layout"]
        for label in layout.get("yaxis", {}).get("ticktext", []):
            plain = label
            for tag in ("<b>", "</b>", "<i>", "</i>"):
                plain = plain.replace(tag, "")
            for line in plain.split("<br>"):
                assert len(line) <= CATEGORY_WRAP or " " not in line, (spec.slug, line)
        if {t.type for t in fig.data} == {"bar"}:
            assert all(d.get("orientation", t.orientation) == "h" for t, d in zip(fig.data, narrow["data"]))
            if fig.layout.barmode != "stack":
                low, high = layout["xaxis"]["range"]
                per_px = (high - low) / PLOT_PX
                for trace, override in zip(fig.data, narrow["data"]):
                    values = override.get("x", trace.x)
                    for value, text in zip(values, trace.text or [""] * len(values)):
                        room = (CHAR_PX * len(text) + 8) * per_px
                        assert low - 1e-9 <= value - room if value < 0 else value + room <= high + 1e-9


def test_vertical_bars_turn_horizontal_with_their_categories_in_order():
    fig = with_narrow_layout(bar_chart(frame([
        {"period": "2000", "size": "SMEs", "value": 10167},
        {"period": "2010", "size": "SMEs", "value": 7165}]),
        category="period", series="size", orientation="v", highlight=None))
    (trace,) = fig.layout.meta["narrow"]["data"]
    assert trace["orientation"] == "h" and trace["y"] == ["2000", "2010"] and trace["x"] == [10167, 7165]
    yaxis = fig.layout.meta["narrow"]["layout"]["yaxis"]
    assert yaxis["categoryarray"] == ["2000", "2010"] and yaxis["autorange"] == "reversed"


def test_narrow_heatmaps_drop_the_colour_bar_and_keep_their_cell_labels():
    fig = with_narrow_layout(heatmap(frame([{"d": "Trade", "c": "Belgium", "value": 6.4},
                                            {"d": "Labor", "c": "Sweden", "value": 4.4}]), x="d", y="c"))
    cells, labels = fig.layout.meta["narrow"]["data"]
    assert cells == {"showscale": False}
    assert labels["textfont"]["size"] >= 12 and len(labels["textfont"]["color"]) == 2
    assert fig.layout.meta["narrow"]["layout"]["xaxis"]["tickangle"] == -90


def test_labels_too_long_for_any_range_still_get_a_range_around_the_bars():
    from charts.narrow import _room_for_labels
    low, high = _room_for_labels([(2.0, "x" * 30), (-1.0, "y" * 30)])
    assert low < -1.0 and high > 2.0


def test_a_chart_with_nothing_to_draw_gets_a_narrow_layout_too():
    fig = with_narrow_layout(message_figure())
    assert fig.layout.meta["narrow"]["data"] == []
