"""The search index: SQLite's FTS5 in memory (Python's sqlite3, nothing else), built once per
process from the stated numbers (search/entries.py), queried with terms a reader cannot turn
into FTS5 syntax (search/terms.py), ranked by bm25 and highlighted.

Highlights come back as segments [(text, marked)], never as markup: whoever renders them
escapes the text (Dash does; `segments_html` for JSON), so neither the query nor the data can
inject HTML.
"""
from __future__ import annotations

import os
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

from data.access import store
from i18n import LANGUAGES, SOURCE_LANGUAGE
from i18n.catalogs import Message, translate
from search.entries import Entry, build_entries
from search.terms import NUMBER, QueryError, Term, clean, number_tokens, prefix, readings, terms, value_token

# (column, bm25 weight): a country or category name, the number itself and the report's
# sentence weigh most; the section and the other numbers near it least.
COLUMNS = (("value_text", 4.0), ("quotes", 3.0), ("names", 5.0), ("exhibit", 2.0),
           ("charts", 2.0), ("section", 1.0), ("value_number", 10.0), ("numbers", 1.0),
           ("translated", 1.0))
SHOWN = ("value_text", "quotes", "names", "exhibit", "charts", "section")
PARTS = "\n"           # joins the parts of a column (quotes, names, titles)
OPEN, CLOSE = "\x02", "\x03"   # highlight markers: control characters no text of the study has
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
Segments = list[tuple[str, bool]]


@dataclass(frozen=True)
class Hit:
    """One result: the entry, its bm25 score (lower is better) and its highlighted texts
    ({column: [segments of each part]})."""

    entry: Entry
    score: float
    highlights: dict[str, list[Segments]]


@dataclass(frozen=True)
class Results:
    """What a query found. `notices` say what was left out of the query or relaxed."""

    query: str
    terms: tuple[str, ...]
    hits: list[Hit]
    notices: list[Message] = field(default_factory=list)


def _text(value: str) -> str:
    return CONTROL.sub(" ", value)


def _row(entry: Entry) -> dict[str, str]:
    """An entry's FTS5 columns. Numbers are searched as tokens (search/terms.py), the number
    itself in its own column so that it outranks the same number elsewhere in a sentence."""
    names = [name for _, name in entry.names]
    exhibit = [entry.exhibit, entry.exhibit_title]
    texts = [*entry.quotes, *names, *exhibit, entry.section, *entry.charts]
    value = "" if entry.value is None else value_token(entry.value, entry.decimals)
    # The names, chart titles and value wording as the other languages' pages show them, so
    # a reader finds a number in the words of their page ('Nederland', 'meer dan de helft').
    translated = [words for language in LANGUAGES if language != SOURCE_LANGUAGE
                  for words in (entry.shown[language][0],
                                *(name for _, name in entry.shown[language][1]),
                                *(translate(title, language) for title in entry.charts))]
    return {
        "value_text": entry.value_text, "quotes": PARTS.join(entry.quotes),
        "names": PARTS.join(names), "exhibit": PARTS.join(filter(None, exhibit)),
        "charts": PARTS.join(entry.charts), "section": entry.section,
        "value_number": value, "numbers": " ".join(number_tokens(" ".join(texts))),
        "translated": PARTS.join(dict.fromkeys(translated)),
    }


def _mark_numbers(text: str, tokens: set[str]) -> str:
    """Mark the numbers of a text that the query's numbers read as ('3,14' for 3.14)."""
    if not tokens:
        return text
    return NUMBER.sub(lambda m: f"{OPEN}{m.group(0)}{CLOSE}" if tokens & set(readings(m.group(0)))
                      else m.group(0), text)


def segments(marked: str) -> Segments:
    """'a \\x02b\\x03 c' -> [('a ', False), ('b', True), (' c', False)]."""
    found: Segments = []
    for i, part in enumerate(re.split(f"[{OPEN}{CLOSE}]", marked)):
        if part:
            found.append((part, i % 2 == 1))
    return found


def segments_html(parts: Segments) -> str:
    """Segments as escaped HTML with <mark> around the matches."""
    return "".join(f"<mark>{escape(text, quote=False)}</mark>" if marked else escape(text, quote=False)
                   for text, marked in parts)


class SearchIndex:
    """An in-memory FTS5 table of entries. Queries are serialized on one connection (each
    takes well under a millisecond), so threads of a worker can share it."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        names = ", ".join(name for name, _ in COLUMNS)
        # Porter stemming: 'export' finds 'exports' and 'exporting', 'SME' finds 'SMEs'.
        self._db.execute(f"CREATE VIRTUAL TABLE entry USING fts5({names}, "
                         "tokenize='porter unicode61 remove_diacritics 2')")
        rows = [_row(entry) for entry in entries]
        self._db.executemany(
            f"INSERT INTO entry (rowid, {names}) VALUES (?, {', '.join('?' * len(COLUMNS))})",
            [(rowid, *(_text(row[name]) for name, _ in COLUMNS)) for rowid, row in enumerate(rows)])
        self._db.commit()

    def _count(self, expression: str) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM entry WHERE entry MATCH ?",
                                    (expression,)).fetchone()[0]

    def _resolve(self, found: list[Term]) -> tuple[list[Term], list[str]]:
        """The terms that match something (a word that matches nothing as it is tried as a
        prefix), and the typed words and numbers that match nothing."""
        kept, missing = [], []
        for term in found:
            candidate = term if self._count(term.expression) else prefix(term)
            if candidate is not None and self._count(candidate.expression):
                kept.append(candidate)
            else:
                missing.append(term.typed)
        return kept, missing

    def _query(self, expression: str, numbers: set[str]) -> list[Hit]:
        """The entries matching an FTS5 expression, best first, with `numbers` (the query's
        number tokens) marked where the texts print them."""
        weights = ", ".join(str(weight) for _, weight in COLUMNS)
        columns = [name for name, _ in COLUMNS]
        shown = ", ".join(f"highlight(entry, {columns.index(c)}, '{OPEN}', '{CLOSE}')" for c in SHOWN)
        with self._lock:
            rows = self._db.execute(
                f"SELECT rowid, bm25(entry, {weights}) AS score, {shown} FROM entry "
                "WHERE entry MATCH ? ORDER BY score, rowid", (expression,)).fetchall()
        return [Hit(self.entries[rowid], score, {
            column: [segments(_mark_numbers(part, numbers)) for part in text.split(PARTS)]
            for column, text in zip(SHOWN, texts)}) for rowid, score, *texts in rows]

    def search(self, raw: object) -> Results:
        """Every entry matching all of a query's words and numbers, best first; when none
        matches all of them, those matching any. Raises QueryError for a query that cannot be
        searched (too long; nothing but punctuation)."""
        query = clean(raw)
        if not query:
            raise QueryError(Message("Type a word or a number to search for."))
        found = terms(query)
        kept, missing = self._resolve(found)
        notices = []
        if missing:
            notices.append(Message("Not found in any stated number: {terms}.",
                                   terms=", ".join(missing)))
        if not kept:
            return Results(query, (), [], notices)
        numbers = {t for term in kept for t in term.numbers}
        hits = self._query(" AND ".join(t.expression for t in kept), numbers)
        if not hits:
            notices.append(Message("No stated number matches all of these words and numbers "
                                   "together; these match some of them, best first."))
            hits = self._query(" OR ".join(t.expression for t in kept), numbers)
        return Results(query, tuple(t.typed for t in kept), hits, notices)


def search_index() -> SearchIndex:
    """This process's index of the loaded data (built on first use; the app builds it at
    start: serving/search.py). Keyed by process too: an SQLite connection must not be used
    across a fork (a server that forks its workers after building the app)."""
    return _index(id(store()), os.getpid())


@lru_cache(maxsize=2)
def _index(_store_id: int, _pid: int) -> SearchIndex:
    return SearchIndex(build_entries())
