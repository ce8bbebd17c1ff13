"""A sentence the dashboard displays, with the register records it restates.

Every displayed sentence that states a number or a comparison is a Claim: its text, and the
ids of the register records whose quotes show it (or, for a comparison the report makes in
words only, of the report passages that make it). Pages render the ids beside the text
(`data-records`), so a reader, a reviewer and tests/test_claims.py can trace every sentence to
the study's own words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Register records (R001, the quote that states a number) or report passages (P001, a sentence
# of the report that states no number: data/report_passages.csv).
EVIDENCE_ID = re.compile(r"^[RP]\d{3}$")


@dataclass(frozen=True, init=False)
class Claim:
    """`Claim("Belgium lost 21% of its world share in goods", "R118")`."""

    text: str
    records: tuple[str, ...]

    def __init__(self, text: str, *records: str):
        bad = [r for r in records if not EVIDENCE_ID.match(r)]
        if bad:
            raise ValueError(f"not record or passage ids: {bad} (in {text!r})")
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "records", tuple(records))

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def text_of(value: str | Claim) -> str:
    """The words of a plain string or a claim."""
    return value.text if isinstance(value, Claim) else value


def records_of(value: str | Claim) -> tuple[str, ...]:
    """The records a displayed text cites (none for a plain string)."""
    return value.records if isinstance(value, Claim) else ()


def evidence(value: str | Claim | tuple[str, ...]) -> dict[str, str]:
    """The attribute that names a text's records in the page: {'data-records': 'R118 R121'}.

    Present (empty) even when a text cites nothing, so it never borrows the records of the
    element around it."""
    records = value if isinstance(value, tuple) else records_of(value)
    attributes = {"data-records": " ".join(records)}
    if records:  # what a reader sees on hover; the ids are in /evidence.csv with their words
        attributes["title"] = f"Restates {', '.join(records)}"
    return attributes
