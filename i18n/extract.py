"""Babel extractors for the dashboard's own words, wherever they are declared (babel.cfg).

`pybabel extract` (`python -m babel.messages.frontend extract -F babel.cfg ...`) calls them:

- `declarations`: the page and chart declarations (pages/*.py) and the qualifiers
  (charts/formatting.py): the first argument of `Claim(...)` and `Qualifier(...)`, the label of
  a `FilterSpec(param, column, label)`, the words of the keyword arguments that readers see
  (`title=`, `subtitle=`, `value_title=`, ...), the text of html/dcc elements, and what
  `calls` finds;
- `calls`: the rest of the code (components, figures, exports, serving): the first argument
  of `_(...)`, `N_(...)` and `Message(...)` (i18n/catalogs.py);
- `labels`: the names of categories in data/labels.csv (country names come from pycountry's
  translations of ISO 3166);
- `data`: the notes of the data files (column `note`) and the key facts' names (`fact`);
- `catalog`: each data set's title and notes in data/catalog.json;
- `exhibits`: our summaries of and notes on the exhibits in data/exhibits.json (captions, source
  lines and printed names are the report's words and stay in English).

Each message carries, as a comment for the translator, the register records or report
passages it restates and their words, so that a translation can be checked against the study.
"""
from __future__ import annotations

import ast
import csv
import io
import json
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Keyword arguments whose string a reader sees.
TEXT_KEYWORDS = {"name", "title", "heading", "subtitle", "unit", "note", "description",
                 "value_title", "break_label", "children"}
# Calls whose first argument is a displayed text.
GETTEXT_CALLS = {"_", "N_", "Message"}
TEXT_CALLS = GETTEXT_CALLS | {"Claim", "Qualifier", "H1", "H2", "H3", "H4", "P", "Li", "Span", "Strong", "Em",
              "Summary", "Th", "Td", "Dt", "Dd", "Caption", "Legend", "Label", "Link", "A", "Button"}


@lru_cache(maxsize=None)
def evidence_words() -> dict[str, str]:
    """What each record (the register's quote) and passage (the report's sentence) says."""
    words = {}
    for name, key, text in (("register_quotes.csv", "record_id", "quote"),
                            ("report_passages.csv", "passage_id", "passage")):
        path = ROOT / "data" / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
            if rows and key in rows[0] and text in rows[0]:
                words.update({row[key]: row[text] for row in rows})
    return words


def _comments(records: list[str]) -> list[str]:
    known = evidence_words()
    return [f"{record}: {known.get(record, '(not found)')}" for record in records]


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_url_or_name(text: str) -> bool:
    """Addresses, ids, class names and punctuation are no message; a number is ('73%' is
    '73 %' in French)."""
    return text.startswith(("/", "#", "http")) or not any(ch.isalnum() for ch in text)


def extract_declarations(fileobj, keywords, comment_tags, options):
    """Messages of Python declarations (see the module's docstring)."""
    tree = ast.parse(fileobj.read().decode("utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        found = []
        if function in TEXT_CALLS and node.args:
            records = [_string(arg) for arg in node.args[1:]] if function == "Claim" else []
            found.append((node.args[0], [r for r in records if r]))
        if function == "FilterSpec" and len(node.args) >= 3:
            found.append((node.args[2], []))
        found += [(keyword.value, []) for keyword in node.keywords if keyword.arg in TEXT_KEYWORDS]
        for value, records in found:
            text = _string(value)
            if text and not _is_url_or_name(text):
                yield value.lineno, None, text, _comments(records)


def extract_calls(fileobj, keywords, comment_tags, options):
    """Messages marked in code: the first argument of _(...), N_(...) and Message(...), and
    our sentences about the study, Claim(...) (with the records they restate)."""
    tree = ast.parse(fileobj.read().decode("utf-8"))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in GETTEXT_CALLS | {"Claim"} and node.args):
            text = _string(node.args[0])
            records = [r for r in map(_string, node.args[1:]) if r] if node.func.id == "Claim" else []
            if text and not _is_url_or_name(text):
                yield node.args[0].lineno, None, text, _comments(records)


def extract_data(fileobj, keywords, comment_tags, options):
    """The notes of a data file's rows and the names of key facts, each once."""
    rows = csv.DictReader(io.TextIOWrapper(fileobj, encoding="utf-8", newline=""))
    seen = set()
    for line, row in enumerate(rows, start=2):
        for column in ("fact", "note"):
            text = (row.get(column) or "").strip()
            if text and text not in seen:
                seen.add(text)
                records = (row.get("record_ids") or "").split(";")
                yield line, None, text, _comments([r for r in records if r])


def extract_labels(fileobj, keywords, comment_tags, options):
    """Category names of data/labels.csv (a label that is a number or a year is no message)."""
    rows = csv.DictReader(io.TextIOWrapper(fileobj, encoding="utf-8", newline=""))
    for line, row in enumerate(rows, start=2):
        if any(ch.isalpha() for ch in row["label"]):
            yield line, None, row["label"], [f"key: {row['key']}"]


def extract_catalog(fileobj, keywords, comment_tags, options):
    """Who wrote which part of the study, and each data set's title, note on its source and
    notes (data/catalog.json)."""
    catalog = json.load(fileobj)
    yield 0, None, catalog["study"]["authors"], ["the study's authoring teams, as the About page credits them"]
    for dataset in catalog["datasets"]:
        for field in ("title", "source_note", "notes"):
            claim = dataset.get(field) or {}
            if claim.get("text"):
                yield 0, None, claim["text"], [f"data set {dataset['id']}", *_comments(claim["records"])]


def extract_exhibits(fileobj, keywords, comment_tags, options):
    """Our words about the exhibits (data/exhibits.json): what the report says of one the text
    gives no values for, and our notes on its caption, its source and its numbers; and the
    words of the report sections' headings (without their numbers) and our remarks on them, which
    pages show translated beside the report's own (charts/sections.py)."""
    from charts.sections import report_section   # pure: reads nothing

    exhibits = json.load(fileobj)
    for section in map(report_section, dict.fromkeys(e["section"] for e in exhibits)):
        kind = "the report's heading" if section.printed else "the project's name for a section"
        for text in filter(None, (section.words, section.remark)):
            yield 0, None, text, [f"{kind}: {section.name}"]
    for exhibit in exhibits:
        for field in ("qualitative", "title_note", "source_note", "remark"):
            claim = exhibit.get(field) or {}
            if claim.get("text"):
                yield 0, None, claim["text"], [exhibit["id"], *_comments(claim["evidence"])]
