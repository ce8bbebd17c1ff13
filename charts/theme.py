"""One Plotly template for the whole app: Belgium always in the same colour, a palette for the
rest that stays apart from Belgium's under the common colour-vision deficiencies.

Every mark colour reaches 3:1 against the white background (WCAG 1.4.11) and carries a white
label at 4.5:1 (tests/test_colour.py checks both, and simulates protanopia, deuteranopia and
tritanopia with Machado et al. 2009 to check Belgium's colour stays distinct from every other).
"""
from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

from charts.colour import INK

BELGIUM = "BEL"   # ISO 3166 alpha-3: the key of Belgium in every data file
BELGIUM_COLOR = "#C63B0E"   # a deep vermillion, reserved for Belgium
NEUTRAL_COLOR = "#737373"   # other countries when Belgium is the one to find
# Blues, plum, slate and teal: no orange, yellow or green, the hues that deuteranopes and
# protanopes confuse with Belgium's vermillion; ordered so the first three also stay apart
# from each other under each deficiency.
SERIES_COLORS = ("#0072B2", "#1B3A6B", "#8E4585", "#5B6B7C", "#00798C", "#6A3D9A")
# Series of the same colour (every Belgian series) are told apart by their marker shape.
SERIES_SYMBOLS = ("circle", "diamond", "square", "triangle-up", "cross", "x")
FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', sans-serif"
TEMPLATE_NAME = "study"
# The trace types the charts draw: the app's plotly.js bundle has exactly these
# (frontend/plotly_entry.js; tests/test_plotly_bundle.py checks both lists). The template keeps
# plotly_white's defaults for these alone: its defaults for twenty other trace types and for
# 3-D, polar and ternary subplots were 4.5 of the 7.5 KB the template adds to every figure, in
# every layout response, figure response and Dash store (layout responses 21-25% smaller).
TRACE_TYPES = ("bar", "scatter", "heatmap", "choropleth")
UNUSED_SUBPLOTS = ("scene", "polar", "ternary")


def register_template() -> None:
    """Register the app's template and make it Plotly's default (idempotent)."""
    white = pio.templates["plotly_white"]
    template = go.layout.Template(
        data={kind: white.data[kind] for kind in TRACE_TYPES},
        layout={key: value for key, value in white.layout.to_plotly_json().items()
                if key not in UNUSED_SUBPLOTS})
    # Charts do not zoom or pan: without the mode bar there would be no way back by keyboard,
    # and every chart shows all of its (few) data at once.
    fixed = dict(automargin=True, gridcolor="#e6e9ee", zerolinecolor="#9aa5b1", fixedrange=True)
    template.layout.update(
        font=dict(family=FONT_FAMILY, size=14, color=INK),
        colorway=SERIES_COLORS,
        margin=dict(l=10, r=30, t=30, b=10),
        hoverlabel=dict(font=dict(family=FONT_FAMILY, size=13), align="left"),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, title=None),
        xaxis=fixed, yaxis=fixed, dragmode=False,
        separators=".,",
    )
    pio.templates[TEMPLATE_NAME] = template
    pio.templates.default = TEMPLATE_NAME


def is_belgium(key: str) -> bool:
    """Whether a series or category is Belgium's, by its key: 'BEL', or a joined key whose
    first part is Belgium ('BEL · goods'); the same in every language."""
    return key == BELGIUM or key.startswith(f"{BELGIUM} · ")


def series_color(key: str, index: int) -> str:
    """Colour of a series by its key: Belgium's own for any Belgian series, else the palette."""
    if is_belgium(key):
        return BELGIUM_COLOR
    return SERIES_COLORS[index % len(SERIES_COLORS)]
