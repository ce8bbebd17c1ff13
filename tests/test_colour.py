"""Colour in the charts (issue 15): text >= 4.5:1 against what is behind it, marks >= 3:1
against the background, Belgium distinct from every other series with each common
colour-vision deficiency (Machado 2009 simulation), and Belgian series in Belgium's colour."""
from __future__ import annotations

import itertools

import pytest

from charts.colour import INK, MARK_CONTRAST, TEXT_CONTRAST, WHITE, contrast, label_colour, scale_colour
from charts.figures import NO_VALUE_LAND
from tests.english import bar_chart, endpoints_chart
from charts.spec import all_charts
from charts.theme import BELGIUM_COLOR, NEUTRAL_COLOR, SERIES_COLORS, is_belgium, series_color
from tests.colour_vision import MACHADO, VISIONS, delta_e, difference
from tests.test_figures import frame

CHARTS = list(all_charts())
# CIEDE2000 above ~10 reads as a different colour at a glance; Belgium keeps a wide margin.
BELGIUM_APART = 15
SERIES_APART = 9


def test_colour_difference_matches_the_ciede2000_reference_data():
    # Sharma, Wu and Dalal (2005), table 1, pairs 1 and 17.
    assert delta_e((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert delta_e((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


@pytest.mark.parametrize("vision", VISIONS)
def test_belgium_stays_apart_from_every_other_colour(vision):
    for other in (*SERIES_COLORS, NEUTRAL_COLOR):
        assert difference(BELGIUM_COLOR, other, vision) >= BELGIUM_APART, (vision, other)


@pytest.mark.parametrize("vision", VISIONS)
def test_the_first_three_series_colours_stay_apart_from_each_other(vision):
    for first, second in itertools.combinations(SERIES_COLORS[:3], 2):
        assert difference(first, second, vision) >= SERIES_APART, (vision, first, second)


def test_the_old_okabe_ito_pair_fails_the_same_check():
    """Belgium's old vermillion and the orange next to it: the simulation tells them apart
    poorly with deuteranopia, which is why the palette changed."""
    assert difference("#D55E00", "#E69F00", "deuteranopia") < BELGIUM_APART
    assert set(MACHADO) == {"protanopia", "deuteranopia", "tritanopia"}


def test_every_mark_colour_stands_out_from_the_background_and_carries_a_label():
    for colour in (BELGIUM_COLOR, NEUTRAL_COLOR, *SERIES_COLORS):
        assert contrast(colour, WHITE) >= MARK_CONTRAST, colour
        assert contrast(label_colour(colour), colour) >= TEXT_CONTRAST, colour


def test_label_colour_reads_on_any_background():
    steps = range(0, 256, 15)
    for r, g, b in itertools.product(steps, steps, steps):
        background = f"#{r:02x}{g:02x}{b:02x}"
        assert contrast(label_colour(background), background) >= TEXT_CONTRAST, background


def test_every_belgian_series_is_in_belgiums_colour():
    # By key, not by name: the same in every language ('BEL', 'BEL · goods'; not 'Belgium').
    assert is_belgium("BEL") and is_belgium("BEL · goods") and not is_belgium("Belgium")
    assert not is_belgium("belgium-luxembourg")
    assert series_color("BEL · services", 3) == BELGIUM_COLOR
    fig = endpoints_chart(frame([
        {"entity": "BEL", "flow": "goods", "year": 2002, "value": 3.1},
        {"entity": "BEL", "flow": "services", "year": 2002, "value": 2.3},
        {"entity": "DEU", "flow": "goods", "year": 2002, "value": 9.0}]), entity=("entity", "flow"))
    assert [t.marker.color for t in fig.data] == [BELGIUM_COLOR, BELGIUM_COLOR, SERIES_COLORS[2]]
    # Two Belgian series in one colour are told apart by their marker shape.
    assert fig.data[0].marker.symbol != fig.data[1].marker.symbol


def _per_point(value, count: int) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value] * count


def _cell_colours(heatmap) -> dict:
    """(x, y) -> fill colour of each heatmap cell, from its colour scale."""
    low, high = heatmap.zmin, heatmap.zmax
    return {(x, y): scale_colour(heatmap.colorscale, (z - low) / ((high - low) or 1))
            for y, row in zip(heatmap.y, heatmap.z) for x, z in zip(heatmap.x, row) if z is not None}


def drawn_colours(fig) -> tuple[list, list]:
    """([(what, text colour, colour behind it)], [(what, mark colour, background)]) for every
    text label and mark a figure draws."""
    texts, marks = [], []
    cells = {}
    for trace in fig.data:
        if trace.type == "heatmap":
            assert trace.texttemplate is None  # labels come from a text trace, coloured per cell
            cells.update(_cell_colours(trace))
    for trace in fig.data:
        if trace.type == "bar":
            count = len(trace.x)
            fills = _per_point(trace.marker.color, count)
            marks += [("bar", fill, WHITE) for fill in fills]
            inside = trace.textposition == "inside"
            colours = _per_point((trace.insidetextfont if inside else trace.textfont).color or INK, count)
            hatched = _per_point(trace.marker.pattern.shape or "", count)
            for fill, colour, shape in zip(fills, colours, hatched):
                behind = [fill] if inside else [WHITE]
                if inside and shape:  # white hatching shows through around the label
                    behind.append(WHITE)
                texts += [(f"bar label in {trace.name}", colour, b) for b in behind]
        elif trace.type == "scatter":
            count = len(trace.x)
            if "markers" in (trace.mode or ""):
                marks += [("point", c, WHITE) for c in _per_point(trace.marker.color, count)]
            if "text" in (trace.mode or ""):
                colours = _per_point(trace.textfont.color or INK, count)
                for x, y, colour in zip(trace.x, trace.y, colours):
                    texts.append((f"label {x}/{y}", colour, cells.get((x, y), WHITE)))
        elif trace.type == "choropleth":
            low, high = trace.zmin, trace.zmax
            for z in trace.z:
                fill = scale_colour(trace.colorscale, (z - low) / (high - low))
                marks += [("country", fill, NO_VALUE_LAND), ("country", fill, WHITE)]
    for note in fig.layout.annotations:
        texts.append((f"note {note.text[:20]}", note.font.color or INK, WHITE))
    return texts, marks


def selections(spec, store):
    """The chart's default selection, and every option of every filter at once."""
    dataset = store.datasets[spec.dataset]
    default, _ = spec.parse_query(dataset.frame, {})
    everything = {f.param: tuple(spec.options(dataset.frame, f)) for f in spec.filters}
    return [default, {**default, **everything}]


@pytest.mark.parametrize("spec", CHARTS, ids=lambda s: s.slug)
def test_every_label_on_a_chart_reads_and_every_mark_stands_out(spec, store):
    for selection in selections(spec, store):
        fig = spec.figure(spec.filtered(store.datasets[spec.dataset].frame, selection), language="en")
        texts, marks = drawn_colours(fig)
        assert texts or not fig.data
        low_text = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in texts
                    if contrast(fg, bg) < TEXT_CONTRAST]
        low_marks = [(what, fg, bg) for what, fg, bg in marks if contrast(fg, bg) < MARK_CONTRAST]
        assert low_text == [] and low_marks == []


def test_inside_labels_take_the_colour_of_their_own_bar():
    fig = bar_chart(frame([{"year": "2010", "size": "SMEs", "value": 70800},
                           {"year": "2010", "size": "Large firms", "value": 87363}]),
                    category="year", series="size", orientation="v", stacked=True, highlight=None)
    for trace in fig.data:
        assert trace.insidetextfont.color == label_colour(trace.marker.color)
