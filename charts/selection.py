"""A reader's selection: which keys each filter selects. Parsed once, from a query string or
from the controls' values (`Selection.parse`), and written once, to a query string
(`Selection.query`); everything between (cards, caches, downloads, the URL) passes the object.

Keys are the same in every language (ISO 3166 alpha-3 for countries, slugs otherwise), so a
link shared from one language's page shows the same view in another.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Mapping, Sequence
from urllib.parse import urlencode

from i18n.catalogs import Message

MAX_VALUES = 500   # more values than any filter has options: the rest of a long list is ignored


@dataclass(frozen=True)
class FilterSpec:
    """A filter a chart accepts: query parameter `param` selects keys of `column`."""

    param: str
    column: str
    label: str
    multi: bool = True
    default: tuple = ()   # keys selected when the URL is silent; empty: all of them


@dataclass(frozen=True)
class FilterChoice:
    """One filter as the reader meets it: its spec, the keys it offers and the ones it starts
    with (a chart's, or the union of a page's charts')."""

    spec: FilterSpec
    options: tuple
    default: tuple


def split_values(raw: object) -> list[str]:
    """Query values as a list: 'a,b', ['a', 'b'] (repeated parameter) or a single value;
    anything that is not text (a payload a browser would not send) is dropped."""
    parts = raw if isinstance(raw, (list, tuple)) else [raw]
    return [p.strip() for part in parts[:MAX_VALUES] if isinstance(part, str)
            for p in part.split(",") if p.strip()]


def match_values(choice: FilterChoice, raw: object) -> tuple[tuple, list[Message]]:
    """The options named by their keys (case-insensitive: bel is BEL), and any problems
    (Messages: str() is English; a page shows them in its language)."""
    lookup = {str(option).lower(): option for option in choice.options}
    chosen, unknown = [], []
    for part in split_values(raw):
        match = lookup.get(part.lower())
        if match is None:
            unknown.append(part)
        elif match not in chosen:
            chosen.append(match)
    problems = []
    spec = choice.spec
    if unknown:
        problems.append(Message("Unknown value(s) for '{param}': {values}. Allowed: {allowed}",
                                param=spec.param, values=", ".join(unknown)[:200],
                                allowed=", ".join(map(str, choice.options))))
    if not spec.multi and len(chosen) > 1:
        problems.append(Message("'{param}' takes one value; got {count}", param=spec.param,
                                count=len(chosen)))
        chosen = chosen[:1]
    return tuple(chosen), problems


class Selection(Mapping[str, tuple]):
    """param -> the keys selected, for every filter of a chart or a page."""

    def __init__(self, values: Mapping[str, Sequence] | None = None):
        self._values = {param: tuple(keys) for param, keys in (values or {}).items()}

    @classmethod
    def parse(cls, choices: Sequence[FilterChoice],
              query: Mapping[str, object]) -> tuple["Selection", list[Message]]:
        """The selection a query names ({param: 'a,b' or ['a', 'b']}); unknown keys become
        notices. An absent parameter takes its default; a present but empty one selects
        nothing (the chart then says there is no data for the selection)."""
        values, notices = {}, []
        for choice in choices:
            param = choice.spec.param
            if param not in query:
                values[param] = choice.default
                continue
            values[param], problems = match_values(choice, query[param])
            notices.extend(problems)
        return cls(values), notices

    def within(self, choices: Sequence[FilterChoice]) -> "Selection":
        """The part of this selection that a chart with these filters can show: the keys it
        has, its default for a filter this selection does not mention."""
        values = {}
        for choice in choices:
            chosen = self._values.get(choice.spec.param)
            values[choice.spec.param] = (choice.default if chosen is None
                                         else tuple(k for k in chosen if k in choice.options))
        return Selection(values)

    def query(self, choices: Sequence[FilterChoice]) -> str:
        """The query string (with '?') that reproduces this selection; '' when it is the
        default. Parameters in the filters' order, keys in the selection's."""
        params = {choice.spec.param: ",".join(map(str, self._values.get(choice.spec.param, ())))
                  for choice in choices
                  if self._values.get(choice.spec.param, ()) != tuple(choice.default)}
        return f"?{urlencode(params, safe=',')}" if params else ""

    @property
    def key(self) -> tuple:
        """A hashable, order-independent form, for caches."""
        return tuple(sorted(self._values.items()))

    def as_json(self) -> dict[str, list]:
        """{param: [keys]}: what the browser keeps with a history entry (assets/url_state.js)."""
        return {param: list(keys) for param, keys in self._values.items()}

    def __getitem__(self, param: str) -> tuple:
        return self._values[param]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Selection({self._values!r})"
