"""Figure functions on small synthetic frames: traces, labels, colours, honesty rules."""
from __future__ import annotations

import pandas as pd

from charts.figures import NO_DATA_MESSAGE
from i18n.numbers import ordinal
from tests.english import bar_chart, endpoints_chart, format_value, heatmap, rank_chart
from charts.theme import BELGIUM_COLOR, NEUTRAL_COLOR


# Figures draw keys and show names: a few keys and their names, as data/labels.py gives them.
NAMES = {"BEL": "Belgium", "NLD": "Netherlands", "SWE": "Sweden", "LUX": "Luxembourg",
         "FIN": "Finland", "CHE": "Switzerland", "goods": "Goods", "services": "Services",
         "trade": "Trade", "labor": "Circulation of labor"}


def frame(rows):
    base = {"unit": "%", "qualifier": "", "decimals": 0, "note": "", "exhibit": "Table 1",
            "record_ids": "R001"}
    return pd.DataFrame([{**base, **row} for row in rows])


def test_single_series_bars_highlight_belgium_only():
    fig = bar_chart(frame([{"country": "NLD", "value": 91.9, "decimals": 1},
                           {"country": "BEL", "value": 92.1, "decimals": 1}]), category="country",
                    label=NAMES.get)
    (bars,) = fig.data
    assert list(bars.y) == ["NLD", "BEL"]   # keys place the bars; names label them
    assert list(bars.marker.color) == [NEUTRAL_COLOR, BELGIUM_COLOR]
    assert fig.layout.yaxis.ticktext == ("Netherlands", "<b>Belgium</b>")
    assert [row[0] for row in bars.customdata] == ["Netherlands", "Belgium"]
    assert fig.layout.meta == {"labels": {"NLD": "Netherlands", "BEL": "Belgium"}}


def test_joined_categories_are_named_part_by_part_and_belgiums_stay_highlighted():
    fig = bar_chart(frame([{"entity": "BEL", "flow": "goods", "value": -21},
                           {"entity": "NLD", "flow": "goods", "value": 3}]),
                    category=("entity", "flow"), label=NAMES.get)
    (bars,) = fig.data
    assert list(bars.y) == ["BEL · goods", "NLD · goods"]
    assert fig.layout.yaxis.ticktext == ("<b>Belgium · Goods</b>", "Netherlands · Goods")
    assert list(bars.marker.color) == [BELGIUM_COLOR, NEUTRAL_COLOR]


def test_bar_labels_keep_the_reports_qualifier_and_hatch_lower_bounds():
    fig = bar_chart(frame([{"model": "Outsourcing", "value": 50, "qualifier": "more-than-half"},
                           {"model": "Partnering", "value": 20, "qualifier": "more-than"},
                           {"model": "Captive", "value": 54}]), category="model")
    (bars,) = fig.data
    assert list(bars.text) == ["more than half", "more than 20%", "54%"]
    assert list(bars.marker.pattern.shape) == ["/", "/", ""]
    assert "more than half" in bars.customdata[0][1]


def test_declines_stated_in_words_are_drawn_below_zero_and_labelled_as_stated():
    fig = bar_chart(frame([{"entity": "Belgium", "value": 21, "qualifier": "lost"},
                           {"entity": "Japan", "value": 30, "qualifier": "dropped-by"},
                           {"entity": "New EU members", "value": 50, "qualifier": "increased-by"}]),
                    category="entity", value_title="% change")
    (bars,) = fig.data
    assert list(bars.x) == [-21, -30, 50]
    assert list(bars.text) == ["lost 21%", "dropped by 30%", "increased by 50%"]
    assert fig.layout.xaxis.title.text == ("% change<br>(falls and shortfalls stated in words<br>"
                                           "drawn below zero)")


def test_long_worded_values_can_sit_under_their_category():
    fig = bar_chart(frame([{"partner": "France", "value": 1, "qualifier": "less-sophisticated"}]),
                    category="partner", labels_on_axis=True)
    assert fig.data[0].text is None
    assert fig.layout.yaxis.ticktext == ("France<br><i>1% less sophisticated</i>",)


def test_printed_decimals_are_kept():
    fig = endpoints_chart(frame([{"entity": "Belgium", "year": 2002, "value": 2.3, "decimals": 2},
                                 {"entity": "Belgium", "year": 2011, "value": 2.09, "decimals": 2}]),
                          entity="entity")
    assert list(fig.data[0].text) == ["2.30%", "2.09%"]


def test_series_bars_make_one_trace_per_series_and_carry_provenance():
    fig = bar_chart(frame([
        {"margin": "Start", "size": "SMEs", "value": 28510, "unit": "EUR million", "record_ids": "R221"},
        {"margin": "Start", "size": "Large firms", "value": 3011, "unit": "EUR million", "record_ids": "R222"},
    ]), category="margin", series="size", orientation="v")
    assert [trace.name for trace in fig.data] == ["SMEs", "Large firms"]
    assert list(fig.data[0].text) == ["28,510"]
    assert fig.data[0].customdata[0][1] == "EUR 28,510 million"
    assert fig.data[1].customdata[0][3] == "Table 1 · R222"


def test_empty_selection_says_so_instead_of_drawing_an_empty_axis():
    for fig in (bar_chart(frame([]).reindex(columns=["country", "value"]), category="country"),
                heatmap(pd.DataFrame(columns=["a", "b", "value"]), x="a", y="b"),
                endpoints_chart(pd.DataFrame(columns=["e", "year", "value"]), entity="e")):
        assert fig.data == ()
        assert fig.layout.annotations[0].text == NO_DATA_MESSAGE


def test_endpoints_chart_draws_only_the_stated_years():
    fig = endpoints_chart(frame([{"entity": "Belgium", "year": 2002, "value": 3.14},
                                 {"entity": "Belgium", "year": 2011, "value": 2.62}]), entity="entity")
    (points,) = fig.data
    assert list(points.x) == [2002, 2011] and list(points.y) == [3.14, 2.62]
    assert points.mode == "markers+text"  # two points, no line across the years between
    assert "Endpoints only" in fig.layout.annotations[0].text


def test_heatmap_cells_are_labelled_and_missing_cells_stay_empty():
    fig = heatmap(frame([{"d": "trade", "c": "BEL", "value": 6.4, "unit": "score", "decimals": 1},
                         {"d": "labor", "c": "SWE", "value": 4.4, "unit": "score", "decimals": 1}]),
                  x="d", y="c", label=NAMES.get)
    cells, labels = fig.data
    assert [list(row) for row in cells.z] == [[6.4, None], [None, 4.4]]
    assert list(labels.text) == ["6.4", "4.4"]  # one label per cell that has a value
    assert list(zip(labels.x, labels.y)) == [("trade", "BEL"), ("labor", "SWE")]
    assert fig.layout.yaxis.ticktext == ("<b>Belgium</b>", "Sweden")
    assert fig.layout.xaxis.ticktext == ("Trade", "Circulation of<br>labor")
    assert cells.customdata[0][0][0] == "Belgium · Trade"


def test_rank_chart_puts_first_place_on_the_right():
    fig = rank_chart(frame([{"dimension": "Political", "value": 3, "unit": "rank"}]),
                     category="dimension", out_of=10)
    assert fig.layout.xaxis.range == (10.5, 0.5)
    assert list(fig.data[0].text) == ["3rd"]


def test_value_formatting_follows_the_report():
    assert format_value(0.5, "ratio", "more-than-half") == "more than half"
    assert format_value(23, "%", "about") == "about 23%"
    assert format_value(30, "%", "higher") == "30% higher"
    assert format_value(75, "%", "parenthesised") == "(75%)"
    assert format_value(122860, "EUR/FTE") == "EUR 122,860 per FTE"
    assert format_value(2.3, "%", "", 2) == "2.30%"
    assert format_value(54511, "EUR million", with_unit=False) == "54,511"
    assert [ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st"]


def test_europe_map_colours_only_the_stated_countries_per_flow():
    from tests.english import europe_map
    fig = europe_map(frame([
        {"partner": "LUX", "flow": "goods", "value": -3.21, "decimals": 2},
        {"partner": "FIN", "flow": "goods", "value": 0.52, "decimals": 2},
        {"partner": "CHE", "flow": "services", "value": 2.26, "decimals": 2},
    ]), location="partner", facet="flow", label=NAMES.get)
    assert [list(t.locations) for t in fig.data] == [["LUX", "FIN"], ["CHE"]]
    assert fig.data[0].zmin == -3.21 and fig.data[0].zmax == 3.21  # symmetric around zero
    assert [a.text for a in fig.layout.annotations] == ["Goods", "Services"]
    assert fig.data[0].customdata[0][0] == "Luxembourg · Goods"


def test_a_series_break_is_marked_between_categories():
    fig = bar_chart(frame([{"p": "Until 2005", "value": 21}, {"p": "From 2006", "value": 14}]),
                    category="p", orientation="v", break_before="From 2006", break_label="threshold")
    assert fig.layout.shapes[0].x0 == 0.5 and fig.layout.annotations[0].text == "threshold"
