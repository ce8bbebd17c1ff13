"""The report's sections as data/exhibits.json names them: the headings the report prints, in
report order; a section the report prints no heading for keeps the project's name for it."""
from __future__ import annotations

import pytest

from charts.sections import report_section


def section_names(exhibits) -> list[str]:
    """The sections data/exhibits.json names, each once, in its (the report's) order."""
    return list(dict.fromkeys(exhibit["section"] for exhibit in exhibits))


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name, heading, remark, printed", [
    ("Part I 2.2 Belgium is losing market share in global trade",
     "2.2 Belgium is losing market share in global trade", "", True),
    ("Part I 5. Large versus small firms", "5. Large versus small firms", "", True),
    ("Part I 5.3 Two-way trade: import and export (presumed; exhibit not present in text)",
     "5.3 Two-way trade: import and export", "presumed; exhibit not present in text", True),
    ("Part I 5.4 (heading not in text; services trade of newly exporting SMEs)",
     "5.4", "heading not in text; services trade of newly exporting SMEs", False),
    ("Part 2 (presumed; exhibit not present in text)", "Part 2", "presumed; exhibit not present in text", False),
    ("Part 2 2.x delivery models (heading not in text)", "2.x delivery models", "heading not in text", False),
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
