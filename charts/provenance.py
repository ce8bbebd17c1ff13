"""Where a chart's numbers come from: the source line the report prints under each exhibit of
the rows it draws, grouped (pure: the exhibits are handed in).

A data set may mix exhibits (Belgium's share in Figures 2 and 3, the joint US, EU-15 and Japan
share stated in the prose), so sources are worked out from the rows, never per data set.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from i18n.catalogs import N_, translate

TEXT = "Text"   # the exhibit of a number stated in the prose, tied to no table or figure
IN_PROSE = N_("Text (prose)")
# An exhibit's kind in the reader's language; its number is the report's ('Figure 10' is
# 'Figuur 10', 'Abbildung 10').
EXHIBIT_KINDS = {"Figure": N_("Figure {number}"), "Table": N_("Table {number}")}
STATED_IN_TEXT = N_("stated in the text of the study")
NO_SOURCE_LINE = N_("no source line printed ({exhibits})")


@dataclass(frozen=True)
class Source:
    """A source line as printed ('' when the report prints none) and the exhibits it is under."""

    printed: str
    exhibits: tuple[str, ...]

    @property
    def in_prose(self) -> bool:
        return self.exhibits == (TEXT,)


def exhibit_name(exhibit: str, language: str) -> str:
    """An exhibit in the language, with the report's number ('Figure 10', 'Figuur 10'), or,
    for a number stated in the prose, 'Text (prose)'."""
    if exhibit == TEXT:
        return translate(IN_PROSE, language)
    kind, _, number = exhibit.partition(" ")
    return translate(EXHIBIT_KINDS[kind], language).format(number=number) if kind in EXHIBIT_KINDS else exhibit


def sources_of(row_exhibits: Iterable[str], exhibits: Mapping[str, Mapping]) -> list[Source]:
    """The sources of rows with these exhibits, in the rows' order: exhibits sharing a printed
    source line are one Source; prose numbers are a Source of their own."""
    groups: dict[tuple[bool, str], list[str]] = {}
    for exhibit in dict.fromkeys(row_exhibits):
        printed = "" if exhibit == TEXT else (exhibits[exhibit].get("source") or "")
        groups.setdefault((exhibit == TEXT, printed), []).append(exhibit)
    return [Source(printed, tuple(found)) for (_, printed), found in groups.items()]


def describe(source: Source, language: str) -> str:
    """A source in plain words, for exports: 'UNCTAD (Figure 2, Figure 3)'; the printed line
    stays the report's, the rest is in the language."""
    if source.in_prose:
        return translate(STATED_IN_TEXT, language)
    where = ", ".join(exhibit_name(exhibit, language) for exhibit in source.exhibits)
    if source.printed:
        return f"{source.printed} ({where})"
    return translate(NO_SOURCE_LINE, language).format(exhibits=where)
