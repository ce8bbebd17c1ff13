"""Where a chart's numbers come from: the source line the report prints under each exhibit of
the rows it draws, grouped (pure: the exhibits are handed in).

A data set may mix exhibits (Belgium's share in Figures 2 and 3, the joint US, EU-15 and Japan
share stated in the prose), so sources are worked out from the rows, never per data set.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

TEXT = "Text"   # the exhibit of a number stated in the prose, tied to no table or figure


@dataclass(frozen=True)
class Source:
    """A source line as printed ('' when the report prints none) and the exhibits it is under."""

    printed: str
    exhibits: tuple[str, ...]

    @property
    def in_prose(self) -> bool:
        return self.exhibits == (TEXT,)


def sources_of(row_exhibits: Iterable[str], exhibits: Mapping[str, Mapping]) -> list[Source]:
    """The sources of rows with these exhibits, in the rows' order: exhibits sharing a printed
    source line are one Source; prose numbers are a Source of their own."""
    groups: dict[tuple[bool, str], list[str]] = {}
    for exhibit in dict.fromkeys(row_exhibits):
        printed = "" if exhibit == TEXT else (exhibits[exhibit].get("source") or "")
        groups.setdefault((exhibit == TEXT, printed), []).append(exhibit)
    return [Source(printed, tuple(found)) for (_, printed), found in groups.items()]


def describe(source: Source) -> str:
    """A source in plain words, for exports: 'UNCTAD (Figure 2, Figure 3)'."""
    if source.in_prose:
        return "stated in the text of the study"
    where = ", ".join(source.exhibits)
    return f"{source.printed} ({where})" if source.printed else f"no source line printed ({where})"
