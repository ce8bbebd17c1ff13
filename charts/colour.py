"""Colour arithmetic for legible charts: WCAG contrast, colours on a colour scale, and the text
colour that reads on a given fill. Pure functions on '#rrggbb' / 'rgb(r,g,b)' strings."""
from __future__ import annotations

import re
from typing import Sequence

INK = "#1f2933"      # the app's text colour (assets/style.css --ink)
WHITE = "#ffffff"
BLACK = "#000000"
TEXT_CONTRAST = 4.5  # WCAG 1.4.3 for text under 18pt
MARK_CONTRAST = 3.0  # WCAG 1.4.11 for graphical objects
_RGB = re.compile(r"rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)")


def rgb(colour: str) -> tuple[float, float, float]:
    """(r, g, b) in 0-255 of '#rrggbb', '#rgb' or 'rgb(r, g, b)'."""
    text = colour.strip()
    match = _RGB.match(text)
    if match:
        return tuple(float(part) for part in match.groups())  # type: ignore[return-value]
    digits = text.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6:
        raise ValueError(f"not a colour: {colour!r}")
    return tuple(float(int(digits[i:i + 2], 16)) for i in (0, 2, 4))  # type: ignore[return-value]


def to_hex(channels: Sequence[float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in channels)


def linear(channel: float) -> float:
    """An sRGB channel (0-255) as linear light (0-1)."""
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance."""
    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (1-21)."""
    darker, lighter = sorted((luminance(first), luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def scale_colour(colorscale: Sequence[Sequence], position: float) -> str:
    """The colour at `position` (0-1) of a Plotly colour scale, interpolated in RGB as
    plotly.js does."""
    stops = [(float(at), rgb(colour)) for at, colour in colorscale]
    position = min(max(position, stops[0][0]), stops[-1][0])
    for (start, low), (end, high) in zip(stops, stops[1:]):
        if position <= end:
            share = 0.0 if end == start else (position - start) / (end - start)
            return to_hex([a + (b - a) * share for a, b in zip(low, high)])
    return to_hex(stops[-1][1])


def label_colour(background: str) -> str:
    """Text colour for a label drawn on `background`: the app's ink where it reads (>= 4.5:1),
    else white or black, whichever contrasts more (one of them always reaches 4.58:1)."""
    if contrast(INK, background) >= TEXT_CONTRAST:
        return INK
    return WHITE if contrast(WHITE, background) >= contrast(BLACK, background) else BLACK
