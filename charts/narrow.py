"""Narrow layouts: how a chart redraws itself in a box of 480 px or less (a phone, 320 CSS px).

Figures are built on the server and cached per selection, so the narrow variant travels with
the figure: `with_narrow_layout` stores it in `layout.meta.narrow` as
`{"layout": {...}, "data": [{...}, ...]}`, each entry replacing the top-level keys it names
(of the layout, or of the trace at that position). components/dashboard_components.js
(PlotlyChart) applies it when the chart's box is narrow. Pure functions of the figure, so every
chart gets one without its figure function knowing.

What changes on a narrow box: vertical bars turn horizontal (category labels stay readable
instead of overlapping), category labels wrap shorter, value axes get fewer ticks and room for
the value labels, long axis titles and notes wrap, heatmaps drop their colour bar (every cell
is labelled) and turn their column labels upright, maps stack their colour bar below.
"""
from __future__ import annotations

import textwrap
from typing import Sequence

import plotly.graph_objects as go

from charts.formatting import wrap_label
from charts.theme import is_belgium
from i18n.catalogs import N_, translate

NARROW_FONT = 13
LABEL_FONT = 12
CATEGORY_WRAP = 14      # characters per line of a category label
TITLE_WRAP = 18         # characters per line of an axis title
NOTE_WRAP = 40          # characters per line of a note under the chart
CHAR_PX = 6.8           # mean width of a character at LABEL_FONT (Arial)
PLOT_PX = 140           # value axis length at 320 CSS px: ~278 px box less the category labels
LINE_PX = 15            # height of one line of a category label
MARGIN = dict(l=4, r=14, t=28, b=8)
DASHED_LINE = N_("Dashed line: {note}")


def _wrap(text: str, width: int) -> str:
    return wrap_label(text, width)


def _plain(values) -> list:
    """Plain Python values (traces hold numpy arrays; meta is written out as it is)."""
    return [v.item() if hasattr(v, "item") else v for v in values]


def _axis(axis) -> dict:
    return axis.to_plotly_json() if axis is not None else {}


def _wrapped_title(axis: dict) -> dict:
    title = axis.get("title") or {}
    if title.get("text"):
        return {**title, "text": _wrap(title["text"], TITLE_WRAP)}
    return title


def _no_text(trace) -> list[str]:
    return [""] * len(trace.x if trace.x is not None else ())


def _italic_lines(value: str) -> str:
    """'<i>20% less sophisticated</i>' as short italic lines under its category."""
    plain = value.replace("<i>", "").replace("</i>", "")
    return "".join(f"<br><i>{line}</i>" for line in textwrap.wrap(plain, CATEGORY_WRAP,
                                                                 break_long_words=False))


def _names(fig: go.Figure) -> dict:
    """The names of the figure's category keys (figures put them in layout.meta.labels)."""
    return dict((fig.layout.meta or {}).get("labels") or {})


def _category_axis(categories: Sequence[str], names: dict,
                   values: dict[str, str] | None = None) -> dict:
    """Categories top to bottom, named, wrapped short, Belgium in bold (as
    figures._category_axis); a value written under its category stays there (`values`:
    '<i>lost 21%</i>')."""
    labels = [_wrap(names.get(c, c), CATEGORY_WRAP)
              + (_italic_lines(values[c]) if values and c in values else "")
              for c in categories]
    return dict(categoryorder="array", categoryarray=list(categories), tickvals=list(categories),
                ticktext=[f"<b>{t}</b>" if is_belgium(c) else t for c, t in zip(categories, labels)],
                autorange="reversed", tickfont=dict(size=LABEL_FONT), tickangle=0)


def _bars(fig: go.Figure, layout: dict, data: list[dict], language: str) -> None:
    """Bars, horizontal, with room for their value labels at the narrow width."""
    vertical = fig.data[0].orientation != "h"
    category_axis, value_axis = (_axis(fig.layout.xaxis), _axis(fig.layout.yaxis)) if vertical else (
        _axis(fig.layout.yaxis), _axis(fig.layout.xaxis))
    categories = category_axis.get("categoryarray") or list(dict.fromkeys(
        c for trace in fig.data for c in (trace.x if vertical else trace.y)))
    # Values written under their category (labels_on_axis) have no text at the bar's end.
    bars = [(float(v), str(t)) for trace in fig.data
            for v, t in zip(trace.y if vertical else trace.x, trace.text or _no_text(trace))]
    for trace, override in zip(fig.data, data):
        override.update(textangle=0, textfont=dict(size=LABEL_FONT))
        if vertical:
            override.update(orientation="h", x=_plain(trace.y), y=_plain(trace.x))
    new_value_axis = {key: value_axis[key] for key in ("zeroline",) if key in value_axis}
    new_value_axis.update(title=_wrapped_title(value_axis), nticks=4, tickfont=dict(size=LABEL_FONT))
    if fig.layout.barmode != "stack" and bars:
        new_value_axis["range"] = _room_for_labels(bars)
    values = {c: tick.split("<br><i>", 1)[1] for c, tick in
              zip(category_axis.get("tickvals") or (), category_axis.get("ticktext") or ())
              if "<br><i>" in tick}
    layout.update(xaxis=new_value_axis, yaxis=_category_axis(categories, _names(fig), values))
    # Height: each category as tall as its bars (one per series when grouped) or its label.
    per_category = len(fig.data) if fig.layout.barmode == "group" else 1
    lines = max(tick.count("<br>") + 1 for tick in layout["yaxis"]["ticktext"]) if categories else 1
    # The legend (one row per series at this width) sits above the plot, inside the height.
    legend_px = 22 * len(fig.data) if len(fig.data) > 1 else 0
    # A long value-axis title wraps to several lines below the plot: they take height too.
    title_px = LINE_PX * (new_value_axis["title"].get("text", "").count("<br>"))
    layout["height"] = max(200, 90 + legend_px + title_px
                           + len(categories) * max(22 * per_category, LINE_PX * lines + 10))
    if vertical:
        layout["shapes"] = [_turned_line(shape) for shape in fig.layout.shapes]
        layout["annotations"] = [_turned_note(note, language) for note in fig.layout.annotations]


def _room_for_labels(bars: list[tuple[float, str]]) -> list[float]:
    """The narrowest value range in which every label beyond its bar's end fits on the plot,
    for a value axis PLOT_PX long. A wider range shrinks the bars and so frees room, so the
    scale (value units per pixel) is found by bisection: the smallest at which the span the
    bars and labels need is no more than the axis holds."""
    low = min([0.0] + [v for v, _ in bars])
    high = max([0.0] + [v for v, _ in bars])

    def needed(per_px: float) -> tuple[float, float]:
        return (min([low] + [v - (CHAR_PX * len(t) + 8) * per_px for v, t in bars if v < 0]),
                max([high] + [v + (CHAR_PX * len(t) + 8) * per_px for v, t in bars if v >= 0]))

    lower, upper = 0.0, (high - low or 1.0)  # units per px: too few, and (once doubled) enough
    for _ in range(20):
        if needed(upper)[1] - needed(upper)[0] <= upper * PLOT_PX:
            break
        upper *= 2
    else:  # labels longer than the whole axis never fit: give them the room of the bars' span
        span = high - low or 1.0
        return [low - span if low < 0 else 0.0, high + span if high > 0 else 0.0]
    for _ in range(50):
        middle = (lower + upper) / 2
        start, end = needed(middle)
        lower, upper = (middle, upper) if end - start > middle * PLOT_PX else (lower, middle)
    start, _ = needed(upper)
    return [start, start + upper * PLOT_PX]


def _turned_line(shape) -> dict:
    """A vertical line between categories (a break in a series) as a horizontal one."""
    shape = shape.to_plotly_json()
    return {**shape, "y0": shape.get("x0"), "y1": shape.get("x1"), "yref": "y",
            "x0": 0, "x1": 1, "xref": "x domain"}


def _turned_note(note, language: str) -> dict:
    """The label of such a line as a note under the chart: beside the now horizontal line
    it would cover the bars (notes_into_axis_title wraps it)."""
    note = note.to_plotly_json()
    if note.get("xref", "x") != "x":
        return note
    return {**note, "x": 0, "xref": "paper", "xanchor": "left", "y": -0.12, "yref": "paper",
            "text": translate(DASHED_LINE, language).format(note=str(note.get("text", "")).strip())}


def _heatmap(fig: go.Figure, layout: dict, data: list[dict]) -> None:
    """No colour bar (every cell carries its value), column labels upright so they cannot
    overlap, cell labels at the narrow size."""
    rows = len(fig.data[0].y)
    for trace, override in zip(fig.data, data):
        if trace.type == "heatmap":
            override["showscale"] = False
        elif trace.mode == "text":
            override["textfont"] = {**trace.textfont.to_plotly_json(), "size": LABEL_FONT}
    longest_line = max(len(part) for label in fig.layout.xaxis.ticktext or fig.data[0].x
                       for part in str(label).split("<br>"))
    layout["xaxis"] = {**_axis(fig.layout.xaxis), "tickangle": -90, "tickfont": dict(size=LABEL_FONT)}
    layout["yaxis"] = {**_axis(fig.layout.yaxis), "tickfont": dict(size=LABEL_FONT)}
    layout["height"] = 40 + CHAR_PX * longest_line + 32 * rows


def _points(fig: go.Figure, layout: dict) -> None:
    """Dots on categories (ranks): wrapped category labels, every other tick on the value axis."""
    xaxis, yaxis = _axis(fig.layout.xaxis), _axis(fig.layout.yaxis)
    if xaxis.get("tickvals"):
        xaxis["tickvals"] = [v for v in xaxis["tickvals"] if v == 1 or v % 2 == 0]
    xaxis["title"] = _wrapped_title(xaxis)
    layout["xaxis"] = xaxis
    if all(isinstance(y, str) for y in fig.data[0].y):
        categories = list(dict.fromkeys(fig.data[0].y))
        layout["yaxis"] = {**yaxis, **_category_axis(categories, _names(fig))}


def _years_axis(xaxis: dict) -> dict:
    """A few years on a short axis: more room at both ends, so the first year's label stays
    clear of the value axis's labels and the last one inside the chart."""
    low, high = xaxis.get("range") or (None, None)
    if low is not None:
        pad = 0.15 * (high - low)
        xaxis["range"] = [low - pad, high + pad]
    return {**xaxis, "title": _wrapped_title(xaxis)}


def _maps(fig: go.Figure, layout: dict, data: list[dict]) -> None:
    """Maps less tall, the colour bar across the bottom instead of beside them."""
    for trace, override in zip(fig.data, data):
        if trace.showscale:
            override["colorbar"] = {**trace.colorbar.to_plotly_json(), "orientation": "h", "x": 0.5,
                                    "xanchor": "center", "y": 0, "yanchor": "top", "len": 0.9,
                                    "thickness": 12, "title": {"text": trace.colorbar.title.text,
                                                               "side": "top"}}
    layout["height"] = 90 + 240 * len(fig.data)
    layout["margin"] = {**MARGIN, "b": 70}


def narrow_overrides(fig: go.Figure, language: str) -> dict:
    """The narrow variant of a figure in the language: {"layout": {...}, "data": [{...} per
    trace]}."""
    layout: dict = {"font": dict(size=NARROW_FONT), "margin": dict(MARGIN)}
    data: list[dict] = [{} for _ in fig.data]
    types = {trace.type for trace in fig.data}
    if types == {"bar"}:
        _bars(fig, layout, data, language)
    elif "heatmap" in types:
        _heatmap(fig, layout, data)
    elif "choropleth" in types:
        _maps(fig, layout, data)
    elif types == {"scatter"} and fig.data[0].orientation == "h":
        _points(fig, layout)
    elif fig.data:
        layout["xaxis"] = _years_axis(_axis(fig.layout.xaxis))
        layout["yaxis"] = {**_axis(fig.layout.yaxis), "title": _wrapped_title(_axis(fig.layout.yaxis))}
    notes_into_axis_title(fig, layout)
    return {"layout": layout, "data": data}


def is_below_plot(note: dict) -> bool:
    """Whether an annotation (as a dict) is a note set under the plot: paper y below 0."""
    return note.get("yref") == "paper" and (note.get("y") or 0) < 0


def notes_into_axis_title(fig: go.Figure, layout: dict) -> None:
    """Notes below the plot (e.g. 'Endpoints only: ...') go into the x axis title, under its
    text: Plotly places an axis title below the tick labels and makes room for it, where an
    annotation would have to guess the plot's height and could cover the ticks."""
    notes = layout.get("annotations") or [note.to_plotly_json() for note in fig.layout.annotations]
    below = [note for note in notes if is_below_plot(note)]
    if not below:
        return
    xaxis = layout.get("xaxis") or _axis(fig.layout.xaxis)
    title = dict(xaxis.get("title") or {})
    lines = [title["text"]] if title.get("text") else []
    for note in below:
        colour = (note.get("font") or {}).get("color", "#52606d")
        lines.append(f"<span style='font-size:{LABEL_FONT}px;color:{colour}'>"
                     + _wrap(note["text"], NOTE_WRAP) + "</span>")
    layout["xaxis"] = {**xaxis, "title": {**title, "text": "<br>".join(lines)}}
    layout["annotations"] = [note for note in notes if note not in below]


def with_narrow_layout(fig: go.Figure, language: str) -> go.Figure:
    """The figure with its narrow variant in layout.meta.narrow (see the module docstring), in
    the language the figure is drawn in."""
    fig.layout.meta = {**(fig.layout.meta or {}), "narrow": narrow_overrides(fig, language)}
    return fig
