"""What a page displays, as (text, cited records) pairs, and the rule every such text obeys.

A page's layout is walked as the browser would show it: html components, the markup inside
StaticHtml, the options of filter controls and the text alternative of each chart. A text
inherits the records named by the nearest element around it (`data-records`); a text inside an
element marked `data-verbatim` is the report's own words (a source line, a caption, a quote).
The rules: every number a text of ours states occurs in a cited record's quote, in the
report's notation, and a text with a comparison or superlative cites at least one record
(`problems`); a verbatim text occurs in the report (`verbatim_in`).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Iterator, Mapping

from dash.development.base_component import Component

from tests.report_notation import (
    number_occurs,
    numbers_in,
    word_quantities_in,
    word_quantity_occurs,
)

# Numbers that are names, not quantities: exhibit and record references, group names, file
# sizes of exports, NACE codes (checked as the labels of the rows that have them), web
# addresses and ISO dates (a citation's permalink and access date).
NOT_QUANTITIES = re.compile(
    r"https?://\S+|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:Tables?|Figures?|Fig\.)\s+(?:A?\d+(?:\s*(?:-|–|to|and|,)\s*A?\d+)*)"
    r"|\bR\d{3}(?:-R\d{3})?\b|\bEU-\d+\b|\b\d{3,4}x\d{3,4}\b|\(\d+ records\)"
    r"|\bPart (?:I|II)\b|\bWCAG \d\.\d\b")
COMPARISON = re.compile(
    r"\b(?:most|more|less|fewer|least|largest|smallest|highest|lowest|biggest|slower|faster|"
    r"bulk|majority|mostly|only|top|best|worst|higher|lower|rising|rose|risen|fell|fallen|grew|"
    r"grown|lost|losing|gained|declin\w*|drop\w*|increas\w*|decreas\w*|than|doubled|twice|"
    r"half|similar|drove|drive[sn]?|strong\w*|weak\w*)\b",
    re.IGNORECASE)


SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")   # a chart's address, not a sentence


def problems(text: str, records: tuple[str, ...], quotes: Mapping[str, str]) -> list[str]:
    """What is wrong with a displayed text and its cited records ([] when nothing is)."""
    if SLUG.match(text):
        return []
    cited = [quotes[r] for r in records if r in quotes]
    unknown = [r for r in records if r not in quotes]
    found = [f"cites unknown records {unknown}"] if unknown else []
    plain = NOT_QUANTITIES.sub(" ", text)
    for number in numbers_in(plain):
        if not any(number_occurs(number, quote) for quote in cited):
            found.append(f"number {number} is in none of the cited quotes {list(records)}")
    for word in word_quantities_in(plain):
        if not any(word_quantity_occurs(word, quote) for quote in cited):
            found.append(f"'{word}' is in none of the cited quotes {list(records)}")
    comparison = COMPARISON.search(plain)
    if comparison and not records:
        found.append(f"compares ('{comparison.group(0)}') but cites no record")
    return found


def states_something(text: str) -> bool:
    """Does a text state a number or a comparison (and so need its records)?"""
    plain = NOT_QUANTITIES.sub(" ", text)
    return bool(numbers_in(plain) or word_quantities_in(plain) or COMPARISON.search(plain))


def _normalized(text: str) -> str:
    """Words only, lower case: the text edition breaks lines and spaces anywhere."""
    return " ".join(re.findall(r"\w+", text.lower()))


def verbatim_in(text: str, report: str) -> bool:
    """Is `text` (quotation marks and ellipses aside) a passage of the report?"""
    parts = [p for p in re.split(r"\[\.\.\.\]|…|\.\.\.", text) if _normalized(p)]
    normalized_report = _normalized(report)
    return all(_normalized(p) in normalized_report for p in parts)


Cited = tuple[str, tuple[str, ...], bool]   # (text, records, verbatim)


class _MarkupTexts(HTMLParser):
    """Text nodes of server-built markup with the records of their nearest citing element."""

    VOID = {"br", "hr", "img", "input", "wbr", "meta", "link"}
    CODE = {"textarea"}   # code to copy (an embed's <iframe>), not a sentence

    def __init__(self, inherited: tuple[str, ...], verbatim: bool):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, tuple[str, ...], bool]] = [("", inherited, verbatim)]
        self.texts: list[Cited] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        _, inherited, verbatim = self.stack[-1]
        records = (tuple(attributes["data-records"].split()) if "data-records" in attributes
                   else inherited)
        verbatim = verbatim or "data-verbatim" in attributes
        for name in ("title", "aria-label"):
            if attributes.get(name):
                self.texts.append((attributes[name], records, False))
        if tag not in self.VOID:
            self.stack.append((tag, records, verbatim))

    def handle_endtag(self, tag):
        if len(self.stack) > 1 and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip() and self.stack[-1][0] not in self.CODE:
            _, records, verbatim = self.stack[-1]
            self.texts.append((" ".join(data.split()), records, verbatim))


def markup_texts(markup: str, inherited: tuple[str, ...] = (), verbatim: bool = False) -> list[Cited]:
    parser = _MarkupTexts(inherited, verbatim)
    parser.feed(markup)
    return parser.texts


def layout_texts(node, inherited: tuple[str, ...] = (),
                 label_records: Mapping[str, tuple[str, ...]] | None = None,
                 verbatim: bool = False) -> Iterator[Cited]:
    """Every text a layout shows (children, titles, labels, options) with its cited records.

    A filter option is a data label: it cites the records of the rows that have it
    (`label_records`)."""
    label_records = label_records or {}
    if node is None:
        return
    if isinstance(node, (str, int, float)):
        if str(node).strip():
            yield " ".join(str(node).split()), inherited, verbatim
        return
    if isinstance(node, (list, tuple)):
        for child in node:
            yield from layout_texts(child, inherited, label_records, verbatim)
        return
    if not isinstance(node, Component):
        return
    props = node.to_plotly_json()["props"]
    records = tuple(props["data-records"].split()) if "data-records" in props else inherited
    verbatim = verbatim or "data-verbatim" in props
    kind = node._type
    if kind == "StaticHtml":
        yield from markup_texts(props.get("html", ""), records, verbatim)
        return
    if kind in ("Store", "Location"):
        return
    for name in ("title", "aria-label", "label", "placeholder"):
        if isinstance(props.get(name), str) and props[name].strip():
            yield props[name], records, False
    for option in props.get("options") or []:
        label = str(option.get("label") if isinstance(option, dict) else option)
        yield label, label_records.get(label, records), False
    yield from layout_texts(props.get("children"), records, label_records, verbatim)
