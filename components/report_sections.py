"""A topic page's body in the study's order: a table of contents, then each report section under
its heading as the report prints it (charts/sections.py), its cards in a grid.

In another language than English a heading reads in that language, and the section's own
heading shows the report's words beside it (marked as the report's, in English): a translation
is never presented as the study's words."""
from __future__ import annotations

from typing import Sequence

from dash import html

from charts.sections import ReportSection, report_section
from charts.spec import get_chart
from components.exhibit_card import verbatim
from components.light import StaticHtml, static
from components.markup import to_html
from data.access import store
from i18n import SOURCE_LANGUAGE
from i18n.catalogs import N_, gettext_for

CONTENTS = N_("Contents")


def section_of_chart(slug: str) -> ReportSection:
    """The report section a chart sits in: the one of the exhibit whose place it takes."""
    return report_section(store().exhibits[get_chart(slug).anchor]["section"])


def section_heading(section: ReportSection, language: str, tag=html.H2, remark: bool = True,
                    original: bool = False, **props):
    """A section's heading in the report's words (marked as such) with the project's remark on
    it, if any; a section the report prints no heading for shows the project's name for it.
    In another language the words are translated, and `original` adds the report's own
    heading beside them."""
    _ = gettext_for(language)
    note = (f"({_(section.remark)})" if section.remark else "")
    if not section.printed:
        return tag(" ".join(filter(None, (section.number, _(section.words), note))), **props)
    if language == SOURCE_LANGUAGE:
        children = [verbatim(section.heading, "heading")]
    else:
        children = [" ".join(filter(None, (section.number, _(section.words))))]
        if original:
            children += [" ", verbatim(section.words, "heading", className="section-original")]
    if remark and note:
        children += [" ", html.Span(note, className="section-remark")]
    return tag(children, **props)


def contents(sections: Sequence[ReportSection], language: str) -> StaticHtml:
    """The table of contents: a link to each section, in report order."""
    return StaticHtml(to_html(html.Nav(className="contents", **{"aria-labelledby": "contents-title"},
                                       children=[
        html.H2(gettext_for(language)(CONTENTS), id="contents-title", className="contents-title"),
        html.Ol([html.Li(section_heading(section, language, html.A, remark=False,
                                         href=f"#{section.anchor}"))
                 for section in sections], className="contents-list"),
    ])), className="page-contents")


def report_section_block(section: ReportSection, cards: list, language: str) -> html.Section:
    """One section: its heading, then its cards (charts span two columns of the grid, notes
    one, so notes fill the room beside a chart)."""
    heading_id = f"{section.anchor}-heading"
    return html.Section(id=section.anchor, className="report-section",
                        **{"aria-labelledby": heading_id}, children=[
        static(section_heading(section, language, original=True, id=heading_id,
                               className="section-heading")),
        html.Div(cards, className="section-grid"),
    ])


def page_body(side: list, sections: Sequence[tuple[ReportSection, list]],
              language: str) -> html.Div:
    """`side` (the filters) and the table of contents in a column kept in view beside the
    sections on a wide screen, above them on a narrow one (assets/style.css); then each
    section with its cards."""
    return html.Div(className="page-body", children=[
        html.Div([*side, contents([section for section, _ in sections], language)],
                 className="page-side"),
        html.Div([report_section_block(section, cards, language) for section, cards in sections],
                 className="report-sections"),
    ])
