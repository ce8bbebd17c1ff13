"""Pure figure functions: (tidy frame, options) -> go.Figure. No Dash, no I/O.

Every frame has the provenance columns of data/loader.py (value, unit, qualifier, decimals,
note, exhibit, record_ids). Bars carry the value as the report states it, qualifier and printed
decimals included, and the hover names the exhibit and register records, so every mark can be
traced to its sentence. A decline the report states in words ("lost 21%") is drawn below zero,
and the value axis says so.

Categories and series are keys (BEL, goods, born-global): they place, order and colour the
marks, and the figure's traces hold them; `label` (data.labels.Labels.display) names them
wherever a reader sees them: tick labels, legend, hover. The names of a figure's categories
travel in `layout.meta.labels`, for its narrow layout (charts/narrow.py).

Every figure is drawn in the reader's `language`: `label` names keys in it, the words a figure
writes itself (axis titles, notes, the no-data message) are translated, and values are written
in its notation (ChartSpec.draw sets plotly's separators for the ticks).
"""
from __future__ import annotations

import textwrap
from typing import Callable, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from charts.colour import label_colour, scale_colour
from charts.formatting import drawn_value, format_value, qualifier, unit_name, wrap_label
from charts.provenance import exhibit_name
from charts.theme import BELGIUM, BELGIUM_COLOR, NEUTRAL_COLOR, SERIES_SYMBOLS, is_belgium, series_color
from i18n.catalogs import N_, translate

HOVER = ("<b>%{customdata[0]}</b><br>%{customdata[1]}"
         "<br><span style='font-size:12px'>%{customdata[2]}</span>"
         "<extra>%{customdata[3]}</extra>")
# Losses red, gains blue, with no light middle: the smallest change still stands out at 3:1
# from the white borders and the grey of countries the text gives no value for.
LOSS_GAIN_SCALE = [[0.0, "#8c1020"], [0.4999, "#d0473d"], [0.5, "#3a7fc0"], [1.0, "#154a86"]]
NO_VALUE_LAND = "#e6e9ee"
NO_DATA_MESSAGE = N_("No data for this selection: widen the filters above.")
DECLINES_NOTE = N_("falls and shortfalls stated in words drawn below zero")
DECLINES_TITLE = N_("Falls and shortfalls stated in words drawn below zero")
DECLINES_NOTE_LINE = 40   # characters a line of it holds under a chart card's plot
ENDPOINTS_NOTE = N_("Endpoints only: the text states no values in between")
RANK_TITLE = N_("Rank")
Label = Callable[[object], str]


def _labels(frame: pd.DataFrame, language: str, with_unit: bool = True) -> list[str]:
    """Each value as the report states it; without the unit for bar ends (the axis has it)."""
    return [format_value(v, u, q, d, with_unit=with_unit, language=language) for v, u, q, d in
            zip(frame["value"], frame["unit"], frame["qualifier"], frame["decimals"])]


def _drawn(frame: pd.DataFrame) -> list[float]:
    return [drawn_value(v, q) for v, q in zip(frame["value"], frame["qualifier"])]


def _value_title(frame: pd.DataFrame, title: str, language: str) -> str:
    """The value axis title in the language, saying so when some marks are declines drawn
    below zero."""
    title = translate(title, language)
    if any(qualifier(q).decline for q in frame["qualifier"]):
        # On lines of its own: a card is too narrow for both on one, or for the note on one (the
        # title is centred under the plot, which long category labels push to the right), in
        # every language.
        note = "<br>".join(textwrap.wrap(f"({translate(DECLINES_NOTE, language)})", DECLINES_NOTE_LINE))
        return f"{title}<br>{note}" if title else translate(DECLINES_TITLE, language)
    return title


def _hover_label(label: str, unit: str, language: str) -> str:
    """Scores and indices print as bare numbers; the hover names their unit too."""
    return f"{label} ({translate(unit_name(unit), language)})" if unit in ("index", "score") else label


def _customdata(frame: pd.DataFrame, names: Sequence[str], language: str) -> list[list[str]]:
    labels = [_hover_label(label, unit, language)
              for label, unit in zip(_labels(frame, language), frame["unit"])]
    return [
        [name, label, translate(note, language),
         f"{exhibit_name(exhibit, language)} · {ids.replace(';', ', ')}"]
        for name, label, note, exhibit, ids in zip(
            names, labels, frame["note"], frame["exhibit"], frame["record_ids"])
    ]


def _names(values, label: Label) -> dict[str, str]:
    """Each key's name, in the order the keys come."""
    return {key: label(key) for key in dict.fromkeys(values)}


def _categories(frame: pd.DataFrame, columns: str | Sequence[str],
                label: Label) -> tuple[pd.DataFrame, str, dict[str, str]]:
    """The category column and each category's name: one column's keys, or several joined into
    a `category` column ('BEL · goods', named 'Belgium · Goods')."""
    if isinstance(columns, str):
        return frame, columns, _names(frame[columns], label)
    columns = list(columns)
    joined = frame[columns].astype(str).agg(" · ".join, axis=1)
    names = {key: " · ".join(label(part) for part in parts) for key, parts in
             zip(joined, frame[columns].itertuples(index=False, name=None))}
    return frame.assign(category=joined), "category", names


def _is_highlight(key: str, highlight: str | None) -> bool:
    """Whether to highlight a category: `highlight` is BELGIUM, or None for no highlight."""
    return highlight is not None and is_belgium(key)


def _wrap(label: str, width: int = 16) -> str:
    """Break a long axis label over lines so neighbouring labels do not overlap."""
    return wrap_label(label, width)


def _bold_belgium(keys: Sequence[str], names: Mapping[str, str]) -> list[str]:
    return [f"<b>{names[k]}</b>" if _is_highlight(k, BELGIUM) else names[k] for k in keys]


def _category_axis(fig: go.Figure, orientation: str, order: Sequence[str], names: Mapping[str, str],
                   values: Mapping[str, str] | None = None) -> None:
    """Category ticks in order, named, Belgium's in bold; with `values`, each tick also carries
    its value as the report words it, on a second line."""
    width = 30 if orientation == "h" else 14
    labels = [_wrap(names[c], width) for c in order]
    labels = [f"<b>{text}</b>" if _is_highlight(c, BELGIUM) else text for c, text in zip(order, labels)]
    if values:
        labels = [f"{text}<br><i>{values[c]}</i>" for c, text in zip(order, labels)]
    ticks = dict(categoryorder="array", categoryarray=list(order), tickvals=list(order),
                 ticktext=labels, tickangle=0)
    if orientation == "h":
        # Plotly draws the first category at the bottom; readers expect rank 1 on top.
        fig.update_yaxes(**ticks, autorange="reversed")
    else:
        fig.update_xaxes(**ticks)


def _padded_range(values: pd.Series, room: float) -> list[float]:
    """A value range with `room` (share of the span) beyond bar ends for outside labels."""
    low, high = min(0.0, float(values.min())), max(0.0, float(values.max()))
    span = (high - low) or 1.0
    return [low - room * span if low < 0 else 0.0, high + room * span if high > 0 else 0.0]


def message_figure(language: str, message: str = NO_DATA_MESSAGE) -> go.Figure:
    """An empty figure that says why it is empty, instead of a bare axis."""
    fig = go.Figure()
    fig.add_annotation(text=translate(message, language), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font=dict(size=16, color="#52606d"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=220)
    return fig


def bar_chart(frame: pd.DataFrame, *, category: str | Sequence[str], series: str | None = None,
              orientation: str = "h", value_title: str = "", sort: bool = False,
              stacked: bool = False, highlight: str | None = BELGIUM,
              category_order: Sequence[str] | None = None, height: int | None = None,
              break_before: str | None = None, break_label: str = "",
              labels_on_axis: bool = False, label: Label = str, language: str) -> go.Figure:
    """Bars of `value` by `category`, one trace per `series` value (or a single trace).

    With a single trace the highlighted category (Belgium) gets its own colour; with series,
    Belgium as a series gets its colour and the rest follow the palette. `labels_on_axis`
    (single trace) writes each value under its category instead of at the bar's end: for
    values worded at length ('dropped by 30%') that would not fit beside short bars.
    """
    if frame.empty:
        return message_figure(language)
    frame, category, names = _categories(frame, category, label)
    if sort:
        frame = frame.sort_values("value", ascending=False, kind="stable")
    order = list(category_order) if category_order else list(dict.fromkeys(frame[category]))
    order = [c for c in order if c in set(frame[category])]
    fig = go.Figure()
    groups = [(None, frame)] if series is None else list(frame.groupby(series, sort=False))
    series_names = {} if series is None else _names(frame[series], label)
    for index, (name, rows) in enumerate(groups):
        cats = rows[category].astype(str).tolist()
        if name is None:
            any_highlight = any(_is_highlight(c, highlight) for c in cats)
            colors = [BELGIUM_COLOR if _is_highlight(c, highlight) else
                      (NEUTRAL_COLOR if any_highlight else series_color("", 0)) for c in cats]
        else:
            colors = series_color(str(name), index)
        drawn = _drawn(rows)
        axis_values = dict(x=drawn, y=cats) if orientation == "h" else dict(x=cats, y=drawn)
        hover_names = [names[c] if name is None else f"{names[c]} · {series_names[name]}" for c in cats]
        fig.add_trace(go.Bar(
            **axis_values, orientation=orientation,
            name=series_names[name] if name is not None else translate(value_title, language),
            marker=dict(color=colors, line=dict(width=0), pattern=dict(
                shape=["/" if qualifier(q).lower_bound else "" for q in rows["qualifier"]],
                fgcolor="white", solidity=0.3)),
            # Labels inside a bar (stacked) in the colour that reads on that bar.
            insidetextfont=dict(color=[label_colour(c) for c in colors] if isinstance(colors, list)
                                else label_colour(colors)),
            text=None if labels_on_axis else _labels(rows, language, with_unit=False),
            textposition="inside" if stacked else "outside", textangle=0,
            cliponaxis=False, insidetextanchor="middle", constraintext="none",
            customdata=_customdata(rows, hover_names, language), hovertemplate=HOVER,
            showlegend=name is not None,
        ))
    # When no category has bars from two series (a market is either lost or gained), grouping
    # would leave an empty slot beside every bar; draw them in place instead.
    exclusive = series is not None and frame.groupby(category).size().max() == 1
    fig.update_layout(barmode="stack" if stacked else ("relative" if exclusive else "group"),
                      bargap=0.25)
    axis_values = (dict(zip(frame[category].astype(str), _labels(frame, language, with_unit=False)))
                   if labels_on_axis else None)
    _category_axis(fig, orientation, order, names, axis_values)
    fig.update_layout(meta={"labels": names})
    value_axis = fig.update_xaxes if orientation == "h" else fig.update_yaxes
    value_axis(title_text=_value_title(frame, value_title, language), zeroline=True)
    if not stacked:
        longest = 0 if labels_on_axis else max(len(text) for text in _labels(frame, language, with_unit=False))
        room = 0.12 + (0.014 * longest if orientation == "h" else 0.04)
        value_axis(range=_padded_range(pd.Series(_drawn(frame)), room))
    if break_before in order and orientation == "v":
        # A dashed line between categories marks a break in the series (e.g. a new threshold).
        position = order.index(break_before) - 0.5
        fig.add_vline(x=position, line=dict(dash="dash", color="#52606d", width=1.5))
        fig.add_annotation(x=position, y=1, yref="paper", text=translate(break_label, language), showarrow=False,
                           xanchor="left", yanchor="bottom", font=dict(size=12, color="#52606d"))
    rows_shown = len(order) * (1 if series is None or stacked or exclusive else len(groups))
    row_height = 54 if labels_on_axis else 34   # two-line ticks need the taller rows
    fig.update_layout(height=height or (max(260, 60 + row_height * rows_shown)
                                        if orientation == "h" else 420))
    return fig


def heatmap(frame: pd.DataFrame, *, x: str, y: str, value_title: str = "",
            x_order: Sequence[str] | None = None, y_order: Sequence[str] | None = None,
            colorscale: str = "Blues", label: Label = str, language: str) -> go.Figure:
    """A y-by-x grid of values with each cell labelled; Belgium's row label in bold."""
    if frame.empty:
        return message_figure(language)
    xs = list(x_order or dict.fromkeys(frame[x]))
    ys = list(y_order or dict.fromkeys(frame[y]))
    xs = [v for v in xs if v in set(frame[x])]
    ys = [v for v in ys if v in set(frame[y])]
    names = {**_names(xs, label), **_names(ys, label)}
    cell = {(r[y], r[x]): r for r in frame.to_dict("records")}
    z, text, custom = [], [], []
    for row_name in ys:
        z_row, text_row, custom_row = [], [], []
        for col_name in xs:
            record = cell.get((row_name, col_name))
            if record is None:
                z_row.append(None), text_row.append(""), custom_row.append(["", "", "", ""])
                continue
            value_text = format_value(record["value"], record["unit"], record["qualifier"],
                                      record["decimals"], language=language)
            z_row.append(drawn_value(record["value"], record["qualifier"]))
            text_row.append(value_text)
            custom_row.append([f"{names[row_name]} · {names[col_name]}",
                               _hover_label(value_text, record["unit"], language),
                               translate(record["note"], language),
                               f"{exhibit_name(record['exhibit'], language)} · "
                               f"{record['record_ids'].replace(';', ', ')}"])
        z.append(z_row), text.append(text_row), custom.append(custom_row)
    scale = go.Heatmap(colorscale=colorscale).colorscale
    values = [v for row in z for v in row if v is not None]
    low, high = min(values), max(values)
    fig = go.Figure(go.Heatmap(
        z=z, x=xs, y=ys, customdata=custom, zmin=low, zmax=high,
        hovertemplate=HOVER, colorscale=scale,
        colorbar=dict(title=dict(text=translate(value_title, language))),
        xgap=2, ygap=2,
    ))
    # Cell labels as a text trace: plotly.js colours heatmap text with one automatic rule that
    # leaves some cells under 4.5:1, while a text trace takes a colour per label, chosen for
    # its own cell.
    cells = [(xs[j], ys[i], text[i][j], z[i][j])
             for i in range(len(ys)) for j in range(len(xs)) if z[i][j] is not None]
    fig.add_trace(go.Scatter(
        x=[c[0] for c in cells], y=[c[1] for c in cells], text=[c[2] for c in cells],
        mode="text", hoverinfo="skip", showlegend=False, name="labels",
        textfont=dict(size=13, color=[label_colour(scale_colour(scale, (c[3] - low) / ((high - low) or 1)))
                                      for c in cells]),
    ))
    fig.update_yaxes(autorange="reversed", tickvals=ys, ticktext=_bold_belgium(ys, names))
    fig.update_xaxes(side="top", tickangle=0, tickvals=xs, ticktext=[_wrap(names[v]) for v in xs])
    fig.update_layout(height=max(300, 140 + 40 * len(ys)), meta={"labels": names})
    return fig


def endpoints_chart(frame: pd.DataFrame, *, entity: str | Sequence[str], year: str = "year",
                    value_title: str = "", label: Label = str, language: str) -> go.Figure:
    """Only the stated endpoints of each series: two points, no line between them.

    The text gives e.g. 3.14% in 2002 and 2.62% in 2011; any line across the years between
    would draw values the text does not give, so each endpoint stands alone, labelled.
    """
    if frame.empty:
        return message_figure(language)
    frame, entity, names = _categories(frame, entity, label)
    fig = go.Figure()
    for index, (key, rows) in enumerate(frame.groupby(entity, sort=False)):
        rows = rows.sort_values(year)
        color = series_color(str(key), index)
        name = names[key]
        fig.add_trace(go.Scatter(
            x=rows[year], y=_drawn(rows), name=name, mode="markers+text",
            marker=dict(size=12, color=color, symbol=SERIES_SYMBOLS[index % len(SERIES_SYMBOLS)]),
            text=_labels(rows, language), textposition="top center", cliponaxis=False,
            customdata=_customdata(rows, [f"{name}, {y}" for y in rows[year]], language),
            hovertemplate=HOVER,
        ))
    years = sorted(set(frame[year]))
    fig.update_xaxes(tickvals=years, range=[min(years) - 1, max(years) + 1], title_text="")
    fig.update_yaxes(title_text=translate(value_title, language), rangemode="tozero")
    fig.add_annotation(text=translate(ENDPOINTS_NOTE, language),
                       xref="paper", yref="paper", x=0, y=-0.16, showarrow=False,
                       font=dict(size=12, color="#52606d"), xanchor="left")
    fig.update_layout(height=400, margin=dict(b=60))
    return fig


def rank_chart(frame: pd.DataFrame, *, category: str, out_of: int | None = None,
               label: Label = str, language: str) -> go.Figure:
    """Ranks as dots on a reversed axis (1st on the right), each dot labelled '3rd'."""
    if frame.empty:
        return message_figure(language)
    worst = int(max(frame["value"].max(), out_of or 0))
    names = _names(frame[category], label)
    fig = go.Figure(go.Scatter(
        x=frame["value"], y=frame[category], orientation="h", mode="markers+text",
        text=_labels(frame, language),
        textposition="middle left", marker=dict(size=22, color=BELGIUM_COLOR),
        customdata=_customdata(frame, [names[c] for c in frame[category]], language),
        hovertemplate=HOVER,
        cliponaxis=False,
    ))
    fig.update_xaxes(range=[worst + 0.5, 0.5], tickvals=list(range(1, worst + 1)),
                     title_text=translate(RANK_TITLE, language))
    fig.update_yaxes(autorange="reversed", tickvals=list(names), ticktext=list(names.values()))
    fig.update_layout(height=60 + 50 * len(frame), showlegend=False, meta={"labels": names})
    return fig


def europe_map(frame: pd.DataFrame, *, location: str, facet: str, value_title: str = "",
               label: Label = str, language: str) -> go.Figure:
    """A map of Europe per `facet` value (e.g. goods, services), countries (`location`: ISO
    3166 alpha-3 keys) coloured by value.

    Only the countries in the frame are coloured; every other country stays grey: the text
    names no value for them. Diverging colours around zero (loss vs gain).
    """
    from plotly.subplots import make_subplots

    if frame.empty:
        return message_figure(language)
    facets = list(dict.fromkeys(frame[facet]))
    names = {**_names(frame[location], label), **_names(facets, label)}
    # Stacked, so each map gets the card's full width.
    fig = make_subplots(rows=len(facets), cols=1, subplot_titles=[names[f] for f in facets],
                        specs=[[{"type": "geo"}]] * len(facets), vertical_spacing=0.06)
    limit = float(frame["value"].abs().max()) or 1.0
    for index, name in enumerate(facets, start=1):
        rows = frame[frame[facet] == name]
        fig.add_trace(go.Choropleth(
            locations=list(rows[location]), z=rows["value"], zmin=-limit, zmax=limit,
            colorscale=LOSS_GAIN_SCALE, marker=dict(line=dict(color="white", width=0.6)),
            customdata=_customdata(rows, [f"{names[p]} · {names[name]}" for p in rows[location]],
                                    language),
            hovertemplate=HOVER, showscale=index == 1,
            colorbar=dict(title=dict(text=translate(value_title, language)), len=0.8),
        ), row=index, col=1)
    fig.update_geos(scope="europe", resolution=110, showcountries=True, countrycolor="#ffffff",
                    showland=True, landcolor=NO_VALUE_LAND, showframe=False,
                    lonaxis_range=[-25, 35], lataxis_range=[35, 71], projection_type="mercator")
    fig.update_layout(height=60 + 380 * len(facets), margin=dict(l=0, r=0, t=40, b=0))
    return fig
