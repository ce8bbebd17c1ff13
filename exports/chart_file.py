"""Any file of one chart (CSV, XLSX, PNG, SVG, PDF) from its spec and a filter selection.

The /charts/<slug>.<format> route and the page bundles (ZIP, PowerPoint) both call
`chart_file`, so a chart's file is composed in one place.
"""
from __future__ import annotations

from charts.selection import Selection
from data.chart_cache import chart_figure, chart_rows
from charts.spec import ChartSpec
from data.access import store
from exports.formats import DATA_FORMATS, IMAGE_FORMATS, SLIDE, ImageSize
from exports.renderer import ImageRenderer, renderer as shared_renderer
from exports.slide import slide_figure, source_lines
from exports.tables import csv_bytes, metadata, xlsx_bytes


def chart_file(spec: ChartSpec, selection: Selection, fmt: str, size: ImageSize = SLIDE, *,
               language: str, with_text: bool = True,
               renderer: ImageRenderer = shared_renderer) -> bytes:
    """The chart's `fmt` file for `selection`, in the language (English: the study's).

    Data files carry a '# key: value' header block (title, filters, sources, citation) and the
    report's quote beside every number. Images are the chart as on screen at `size`, with its
    title and source lines drawn in unless `with_text=False` (a deck puts them in editable
    slide text). Raises KeyError for an unknown format and RenderUnavailable when images
    cannot be made here.
    """
    data = store()
    if fmt in DATA_FORMATS:
        meta = metadata(spec, data.datasets[spec.dataset], data, selection, language)
        writer = csv_bytes if fmt == "csv" else xlsx_bytes
        return writer(chart_rows(spec.slug, selection.key), meta, data, language)
    if fmt not in IMAGE_FORMATS:
        raise KeyError(fmt)
    fig = slide_figure(spec, chart_figure(spec.slug, selection.key, language),
                       source_lines(spec, data, language), size.width, size.height, language,
                       with_text=with_text)
    return renderer.render(fig, fmt, scale=size.scale if fmt == "png" else 1)
