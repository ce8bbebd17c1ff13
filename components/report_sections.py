"""A topic page's body in the study's order: a table of contents, then each report section under
its heading as the report prints it (charts/sections.py), its cards in a grid."""
from __future__ import annotations

from typing import Sequence

from dash import html

from charts.sections import ReportSection, report_section
from charts.spec import get_chart
from components.exhibit_card import verbatim
from components.light import StaticHtml
from components.markup import to_html
from data.access import store

CONTENTS = "Contents"


def section_of_chart(slug: str) -> ReportSection:
    """The report section a chart sits in: the one of the exhibit whose place it takes."""
    return report_section(store().exhibits[get_chart(slug).anchor]["section"])


def section_heading(section: ReportSection, tag=html.H2, remark: bool = True, **props):
    """A section's heading in the report's words (marked as such) with the project's remark on
    it, if any; a section the report prints no heading for shows the project's name for it."""
    if not section.printed:
        return tag(section.title, **props)
    children = [verbatim(section.heading, "heading")]
    if remark and section.remark:
        children += [" ", html.Span(f"({section.remark})", className="section-remark")]
    return tag(children, **props)


def contents(sections: Sequence[ReportSection]) -> StaticHtml:
    """The table of contents: a link to each section, in report order."""
    return StaticHtml(to_html(html.Nav(className="contents", **{"aria-labelledby": "contents-title"},
                                       children=[
        html.H2(CONTENTS, id="contents-title", className="contents-title"),
        html.Ol([html.Li(section_heading(section, html.A, remark=False, href=f"#{section.anchor}"))
                 for section in sections], className="contents-list"),
    ])), className="page-contents")


def report_section_block(section: ReportSection, cards: list) -> html.Section:
    """One section: its heading, then its cards (charts span two columns of the grid, notes
    one, so notes fill the room beside a chart)."""
    heading_id = f"{section.anchor}-heading"
    return html.Section(id=section.anchor, className="report-section",
                        **{"aria-labelledby": heading_id}, children=[
        section_heading(section, id=heading_id, className="section-heading"),
        html.Div(cards, className="section-grid"),
    ])


def page_body(side: list, sections: Sequence[tuple[ReportSection, list]]) -> html.Div:
    """`side` (the filters) and the table of contents in a column kept in view beside the
    sections on a wide screen, above them on a narrow one (assets/style.css); then each
    section with its cards."""
    return html.Div(className="page-body", children=[
        html.Div([*side, contents([section for section, _ in sections])], className="page-side"),
        html.Div([report_section_block(section, cards) for section, cards in sections],
                 className="report-sections"),
    ])
