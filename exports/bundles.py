"""A whole page at once: a ZIP of images and data, or a PowerPoint deck."""
from __future__ import annotations

import io
import zipfile

from charts.selection import Selection
from charts.spec import ChartSpec, PageSpec, charts_for_page
from data.access import store
from exports.chart_file import chart_file
from exports.renderer import ImageRenderer
from exports.slide import source_lines
from i18n.catalogs import gettext_for


def _default_selection(spec: ChartSpec) -> Selection:
    return spec.parse_query(store().frame(spec.dataset), {})[0]


def page_zip(page: PageSpec, renderer: ImageRenderer, language: str) -> bytes:
    """Every chart of the page as PNG and CSV (default filters), with a README of sources, in
    the language."""
    _ = gettext_for(language)
    data = store()
    readme = [f"# {_(page.heading)}", "", _(page.intro.text), "", f"## {_('Charts')}", ""]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for spec in charts_for_page(page.key):
            selection = _default_selection(spec)
            for fmt in ("csv", "png"):
                archive.writestr(f"{spec.slug}.{fmt}",
                                 chart_file(spec, selection, fmt, language=language,
                                            renderer=renderer))
            readme += [f"- **{_(spec.title.text)}** (`{spec.slug}.png`, `{spec.slug}.csv`)",
                       *(f"  {line}" for line in source_lines(spec, data, language)),
                       ""]
        archive.writestr("README.md", "\n".join(readme) + "\n")
    return buffer.getvalue()


def page_deck(page: PageSpec, renderer: ImageRenderer, language: str) -> bytes:
    """A 16:9 deck in the language: a title slide with the key findings, then one slide per
    chart."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    _ = gettext_for(language)
    data = store()
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    blank = deck.slide_layouts[6]

    def text_box(slide, left, top, width, height, paragraphs, size, bold=False):
        frame = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height)).text_frame
        frame.word_wrap = True
        for index, text in enumerate(paragraphs):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.text = text
            paragraph.font.size = Pt(size)
            paragraph.font.bold = bold

    title_slide = deck.slides.add_slide(blank)
    text_box(title_slide, 0.6, 0.5, 12, 1.2, [_(page.heading)], 36, bold=True)
    text_box(title_slide, 0.6, 1.6, 12, 4.8,
             [f"• {_(finding.claim.text)}" for finding in page.findings], 20)
    text_box(title_slide, 0.6, 6.6, 12, 0.6,
             [_("Source: {citation}").format(citation=data.study["citation"])], 12)
    for spec in charts_for_page(page.key):
        slide = deck.slides.add_slide(blank)
        text_box(slide, 0.5, 0.25, 12.3, 0.9, [_(spec.title.text)], 26, bold=True)
        text_box(slide, 0.5, 1.0, 12.3, 0.5, [_(spec.subtitle.text)], 14)
        image = io.BytesIO(chart_file(spec, _default_selection(spec), "png", language=language,
                                      with_text=False, renderer=renderer))
        slide.shapes.add_picture(image, Inches(1.3), Inches(1.55), height=Inches(4.9))
        text_box(slide, 0.5, 6.5, 12.3, 0.9,
                 source_lines(spec, data, language), 10)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
