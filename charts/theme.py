"""One Plotly template for the whole app: Belgium always in the same colour, Okabe-Ito for the rest."""
from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

BELGIUM = "Belgium"
BELGIUM_COLOR = "#D55E00"   # Okabe-Ito vermillion, reserved for Belgium
NEUTRAL_COLOR = "#8A9BAE"   # other countries when Belgium is the one to find
# Okabe-Ito without vermillion: distinguishable with the common colour-vision deficiencies.
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', sans-serif"
TEMPLATE_NAME = "study"


def register_template() -> None:
    """Register the app's template and make it Plotly's default (idempotent)."""
    template = go.layout.Template(pio.templates["plotly_white"])
    template.layout.update(
        font=dict(family=FONT_FAMILY, size=14, color="#1f2933"),
        colorway=SERIES_COLORS,
        margin=dict(l=10, r=30, t=30, b=10),
        hoverlabel=dict(font=dict(family=FONT_FAMILY, size=13), align="left"),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, title=None),
        xaxis=dict(automargin=True, gridcolor="#e6e9ee", zerolinecolor="#9aa5b1"),
        yaxis=dict(automargin=True, gridcolor="#e6e9ee", zerolinecolor="#9aa5b1"),
        separators=".,",
    )
    pio.templates[TEMPLATE_NAME] = template
    pio.templates.default = TEMPLATE_NAME


def series_color(name: str, index: int) -> str:
    """Colour of a named series: Belgium's own, otherwise the palette in order."""
    if name == BELGIUM:
        return BELGIUM_COLOR
    return SERIES_COLORS[index % len(SERIES_COLORS)]
