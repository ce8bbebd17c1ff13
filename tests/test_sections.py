"""Topic pages in the study's order and words (issue 16): each page shows the report's sections
under the headings the report prints, in report order, with every exhibit under its section's
heading; a table of contents links to every section, and every key finding to its chart and to
its section. A section the report prints no heading for keeps the project's name for it."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from charts.sections import report_section
from charts.spec import topic_pages
from components.first_paint import page_markup
from components.topic_page import exhibits_for_page
from tests.conftest import page_view


def section_names(exhibits) -> list[str]:
    """The sections data/exhibits.json names, each once, in its (the report's) order."""
    return list(dict.fromkeys(exhibit["section"] for exhibit in exhibits))


def words(text: str) -> str:
    return " ".join(text.split())


def page_html(page) -> BeautifulSoup:
    """The page as its first paint writes it out (the layout Dash renders)."""
    return BeautifulSoup(page_markup(page_view(page.key)), "html.parser")


def badge_exhibits(element) -> set[str]:
    """The exhibits the cards in an element name on their badges ('Figure 4 · Figure 2')."""
    return {name for badge in element.select(".exhibit-badge")
            for name in words(badge.text).split(" · ")}


@pytest.mark.parametrize("name, heading, remark, printed", [
    ("Part I 2.2 Belgium is losing market share in global trade",
     "2.2 Belgium is losing market share in global trade", "", True),
    ("Part I 5. Large versus small firms", "5. Large versus small firms", "", True),
    ("Part I 5.3 Two-way trade: import and export (presumed; exhibit not present in text)",
     "5.3 Two-way trade: import and export", "presumed; exhibit not present in text", True),
    ("Part I 5.4 (heading not in text; services trade of newly exporting SMEs)",
     "5.4", "heading not in text; services trade of newly exporting SMEs", False),
    ("Part 2 (presumed; exhibit not present in text)",
     "Part 2", "presumed; exhibit not present in text", False),
    ("Part 2 2.x delivery models (heading not in text)",
     "2.x delivery models", "heading not in text", False),
    ("Appendix – survey methodology (Part 2)", "Appendix – survey methodology (Part 2)", "", True),
])
def test_a_section_name_gives_the_heading_the_report_prints_or_none(name, heading, remark, printed):
    section = report_section(name)
    assert (section.heading, section.remark, section.printed) == (heading, remark, printed)


def test_every_printed_heading_is_a_line_of_the_report_in_report_order(store, report_text):
    lines = [words(line) for line in report_text.splitlines()]
    at = -1
    for section in map(report_section, section_names(store.exhibits.values())):
        if section.printed:
            found = [i for i, line in enumerate(lines) if line == words(section.heading) and i > at]
            assert found, f"{section.heading!r} is not a heading of the report after line {at + 1}"
            at = found[0]


def test_a_section_without_a_printed_heading_says_so_and_keeps_the_projects_name(store):
    unprinted = [s for s in map(report_section, section_names(store.exhibits.values())) if not s.printed]
    assert unprinted
    for section in unprinted:
        assert section.name.endswith(section.title)  # the project's name, only the part dropped
        assert section.remark.startswith(("heading not in text", "presumed"))


@pytest.mark.parametrize("page", topic_pages(), ids=lambda p: p.key)
def test_sections_are_in_report_order_and_every_exhibit_is_under_its_heading(dash_app, page):
    html = page_html(page)
    expected = [report_section(name) for name in section_names(exhibits_for_page(page))]
    shown = html.select("section.report-section")
    assert [element["id"] for element in shown] == [section.anchor for section in expected]
    for element, section in zip(shown, expected):
        heading = element.find("h2", class_="section-heading")
        marked = heading.select('[data-verbatim="heading"][lang="en"]')
        if section.printed:  # the report's words, marked as such
            assert [words(m.text) for m in marked] == [section.heading]
        else:  # the project's name, not passed off as the report's
            assert not marked and words(heading.text) == section.title
    for exhibit in exhibits_for_page(page):
        element = html.find("section", id=report_section(exhibit["section"]).anchor)
        assert exhibit["id"] in badge_exhibits(element), exhibit["id"]
    for card in html.select(".chart-card[data-exhibit]"):  # a chart sits in its exhibit's section
        exhibit = next(e for e in exhibits_for_page(page) if e["id"] == card["data-exhibit"])
        assert card.find_parent("section", class_="report-section")["id"] == \
            report_section(exhibit["section"]).anchor


@pytest.mark.parametrize("page", topic_pages(), ids=lambda p: p.key)
def test_contents_link_every_section_and_each_finding_its_chart_and_section(dash_app, page):
    html = page_html(page)
    sections = [report_section(name) for name in section_names(exhibits_for_page(page))]
    contents = html.select("nav.contents a")
    assert [a["href"] for a in contents] == [f"#{section.anchor}" for section in sections]
    assert [words(a.text) for a in contents] == [s.heading if s.printed else s.title for s in sections]
    assert all(html.find("section", id=section.anchor) for section in sections)
    findings = html.select("ol.findings > li")
    assert len(findings) == len(page.findings) > 0
    for item, finding in zip(findings, page.findings):
        to_chart, to_section = item.find_all("a")
        assert to_chart["href"] == f"#{finding.chart}"
        chart = html.find(id=finding.chart)
        assert to_section["href"] == f"#{chart.find_parent('section', class_='report-section')['id']}"
