"""The files a chart or a page exports to, and the image sizes an export accepts: declared once.

The API, the page bundles and the cards' download links all read these, so a format or the
slide size changes here only.
"""
from __future__ import annotations

from dataclasses import dataclass

DATA_FORMATS = {"csv": "text/csv; charset=utf-8",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
IMAGE_FORMATS = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
CHART_FORMATS = {**DATA_FORMATS, **IMAGE_FORMATS}
# A chart view's citation for reference managers (serving/citations.py).
CITATION_FORMATS = {"bib": "application/x-bibtex; charset=utf-8",
                    "ris": "application/x-research-info-systems; charset=utf-8"}
PAGE_FORMATS = {"zip": "application/zip",
                "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"}


@dataclass(frozen=True)
class ImageSize:
    """An image's size in CSS pixels and its pixel ratio (scale applies to PNG only: SVG and
    PDF are vector formats)."""
    width: int = 1600
    height: int = 900
    scale: float = 2


# A 16:9 slide: 1600x900, drawn at twice that for a sharp PNG.
SLIDE = ImageSize()
# Each size parameter an image request may give: (smallest, largest).
SIZE_LIMITS = {"width": (320, 3840), "height": (240, 2160), "scale": (1, 4)}
