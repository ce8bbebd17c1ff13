"""Turn a chart's screen figure into a slide-ready figure: title, subtitle, source inside."""
from __future__ import annotations

import textwrap

import plotly.graph_objects as go

from charts.narrow import is_below_plot, notes_into_axis_title
from charts.provenance import describe, sources_of
from charts.spec import ChartSpec
from charts.theme import FONT_FAMILY
from data.loader import DataStore
from i18n.catalogs import gettext_for, translate

TITLE_SIZE, SUBTITLE_SIZE, SOURCE_SIZE = 30, 19, 14


def _wrapped(text: str, width_px: int, font_px: int) -> list[str]:
    """Lines that fit the image width (average glyph about 0.55 of the font size)."""
    return textwrap.wrap(text, max(20, int(width_px / (font_px * 0.55))))


def _lines(text: object) -> int:
    return str(text).count("<br>") + 1 if text else 0


def _below_plot(layout: go.Layout) -> int:
    """Pixels the bottom axes need under the plot: tick labels (as many lines as the longest)
    and the axis title (as many lines as it has), so the source text never overprints them."""
    needed = 0
    for name in layout:
        axis = layout[name] if name.startswith("xaxis") else None
        if axis is None or axis.side == "top" or axis.visible is False:
            continue
        ticks = max((_lines(tick) for tick in axis.ticktext or ()), default=1)
        title = _lines(axis.title.text)
        needed = max(needed, 8 + 20 * ticks + 22 * title)
    return needed


def _take_notes_below_plot(fig: go.Figure) -> list[str]:
    """The chart's notes set under its plot (paper y < 0, e.g. 'Endpoints only: ...'), taken
    off the figure: on a slide they join the source lines, which the slide makes room for,
    instead of being drawn where the footer goes."""
    notes = list(fig.layout.annotations)
    below = [note for note in notes if is_below_plot(note.to_plotly_json())]
    fig.layout.annotations = [note for note in notes if note not in below]
    return [note.text for note in below]


def source_lines(spec: ChartSpec, data: DataStore, language: str) -> list[str]:
    """The text under every exported chart, in the language: the source lines of its exhibits
    as printed, our note on the source, the chart's notes, the study."""
    _ = gettext_for(language)
    dataset = data.datasets[spec.dataset]
    rows = spec.base_frame(dataset.frame)
    sources = "; ".join(describe(source, language)
                        for source in sources_of(rows["exhibit"], data.exhibits))
    lines = [_("Source: {sources}.").format(sources=sources)]
    lines += [_(note.text) for note in (dataset.source_note, spec.note, dataset.notes) if note]
    lines.append(_("From: {citation}").format(citation=data.study["citation"]))
    return lines


def slide_figure(spec: ChartSpec, figure: dict, sources: list[str], width: int, height: int,
                 language: str, with_text: bool = True) -> go.Figure:
    """The chart as on screen (`figure`, drawn in the language), sized for a slide, with its
    title and `sources` (source_lines) drawn inside.

    With `with_text=False` only the chart is drawn (a deck puts title and source in
    editable slide text instead).
    """
    fig = go.Figure(figure)
    fig.update_layout(width=width, height=height)
    if not with_text:
        # No footer to take the notes under the plot: they go under the x axis, which Plotly
        # makes room for, as on a narrow screen.
        layout: dict = {}
        notes_into_axis_title(fig, layout)
        fig.update_layout(layout, margin=dict(t=50, b=40, l=20, r=40))
        return fig
    title_lines = _wrapped(translate(spec.title.text, language), width - 80, TITLE_SIZE)
    subtitle_lines = _wrapped(translate(spec.subtitle.text, language), width - 80, SUBTITLE_SIZE)
    notes = _take_notes_below_plot(fig)
    footer = [line for text in [*sources[:1], *notes, *sources[1:]]
              for line in _wrapped(text, width - 80, SOURCE_SIZE)]
    top = 30 + 40 * len(title_lines) + 28 * len(subtitle_lines) + 40
    bottom = _below_plot(fig.layout) + 24 + 20 * len(footer)
    fig.update_layout(
        title=dict(
            text="<br>".join(f"<b>{line}</b>" for line in title_lines)
            + "<br><span style='font-size:%dpx;color:#52606d'>%s</span>"
            % (SUBTITLE_SIZE, "<br>".join(subtitle_lines)),
            x=0.02, xanchor="left", y=1 - 30 / height, yanchor="top",
            font=dict(family=FONT_FAMILY, size=TITLE_SIZE, color="#1f2933"),
        ),
        margin=dict(t=top, b=bottom, l=40, r=60),
        legend=dict(y=1.0, yanchor="bottom"),
    )
    fig.add_annotation(
        text="<br>".join(footer), xref="paper", yref="paper", x=0, xanchor="left",
        y=-(bottom - 12) / max(1, height - top - bottom), yanchor="bottom", showarrow=False,
        align="left", font=dict(family=FONT_FAMILY, size=SOURCE_SIZE, color="#52606d"),
    )
    return fig
