"""The report's sections as the exhibits name them (data/exhibits.json `section`), and what a page
may print as each one's heading.

A section name is the report's numbered heading behind the study's part ("Part I 2.2 Belgium is
losing market share in global trade"), sometimes followed by the project's remark on it: an
exhibit's place "(presumed; ...)" where the exhibit is missing from the text edition, or
"(heading not in text; ...)" where the text edition prints no heading. Only a heading the report
prints is shown as its words; a section without one (or a whole part) keeps the project's name,
remark included, so no heading is ever made up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PART = r"Part (?:I|2)"
SECTION_NAME = re.compile(
    rf"^(?:{PART} (?=\d))?(?P<heading>.*?)\s*"
    r"(?:\((?P<remark>(?:presumed|heading not in text)[^)]*)\))?$")
NOT_PRINTED = "heading not in text"
NUMBER = re.compile(r"^\d+(?:\.(?:\d+|x))?")
HEADING_NUMBER = re.compile(r"^\d+(?:\.(?:\d+|x))?\.?")   # "2.2", "5.", "2.x"


@dataclass(frozen=True)
class ReportSection:
    """One section of the report, from the name data/exhibits.json gives it."""

    name: str       # as data/exhibits.json spells it
    heading: str    # "2.2 Belgium is losing market share in global trade"
    remark: str     # the project's remark, "" when none
    printed: bool   # the heading is the report's own (else: the project's name for the section)

    @property
    def anchor(self) -> str:
        """Its DOM id on the page: 'section-2-2', 'section-appendix-survey-...'."""
        number = NUMBER.match(self.heading)
        key = number.group(0) if number else self.heading
        return "section-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")

    @property
    def title(self) -> str:
        """What a page shows for a section that has no printed heading: the project's name
        for it (its part dropped), remark included."""
        return f"{self.heading} ({self.remark})" if self.remark else self.heading

    @property
    def number(self) -> str:
        """The heading's number ('2.2', '5.'; '' for an unnumbered one): no decimal, the same
        in every language."""
        found = HEADING_NUMBER.match(self.heading)
        return found.group(0) if found else ""

    @property
    def words(self) -> str:
        """The heading without its number: what a translation translates."""
        return self.heading[len(self.number):].strip()


def report_section(name: str) -> ReportSection:
    """'Part I 5.3 Two-way trade: import and export (presumed; exhibit not present in text)' ->
    heading '5.3 Two-way trade: import and export', remark 'presumed; ...', printed."""
    match = SECTION_NAME.match(name)
    heading, remark = match.group("heading"), match.group("remark") or ""
    whole_part = re.fullmatch(PART, heading) is not None  # an exhibit placed in a part only
    return ReportSection(name=name, heading=heading, remark=remark,
                         printed=not (whole_part or remark.startswith(NOT_PRINTED)))
