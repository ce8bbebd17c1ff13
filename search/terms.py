"""Words and numbers of a text or a query, as FTS5 terms (pure; no SQLite here).

The report prints decimal commas ("3,14" is 3.14) and thousands commas in tables ("10,167" is
10167); readers type either notation, or none ("10167"). A number is therefore indexed and
searched as one token per value it can stand for ("n3d14" for 3.14, "n10167" for 10167), never
as the digits FTS5 would split it into; an ambiguous "10,167" stands for both 10167 and 10.167.

A reader's query never reaches FTS5 as syntax: it is cut into words and numbers, and each
becomes a quoted string (`"china"`), so quotes, `NEAR(`, `*`, `AND`, `-` or `:` are text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from i18n.catalogs import Message

MAX_QUERY_LENGTH = 200
# ASCII digits only: other digit characters ('²', '٣') are letters of words here.
NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W0-9_]+")
# "Figure 2", "Fig. 2", "table 10", "Figure A1": an exhibit, searched as the phrase it is printed as.
# An exhibit as a reader names it in any of the dashboard's languages: "Figure 10", "fig. 10",
# "figuur 10", "Abbildung 10", "table 6", "tabel 6", "tableau 6", "Tabelle 6".
EXHIBIT = re.compile(r"\b(?:(tab(?:le|el|leau|elle))|fig(?:ure|uur|\.)?|abb(?:ildung|\.)?)\s*(a?[0-9]+)\b",
                     re.IGNORECASE)
# Words a question carries that no stated number is about ("what does the study say about
# China?"): dropped from a query unless nothing else is left.
# In each of the dashboard's languages, as readers ask in their own ("wat zegt de studie over
# Singapore?", "que dit l'étude sur Singapour ?").
FUNCTION_WORDS = frozenset((
    "a an and are as at be by does do for from how in is it its of on or say says said "
    "than that the their there this to was were what which who with about study "
    "de het een en van in is wat zegt over die dat met voor op te zijn hoe welke studie "
    "le la les l un une des de du d et en est que qui quoi dit sur dans pour au aux ce qu "
    "étude "
    "der die das ein eine und von in ist was sagt über zu mit für den dem des wie welche "
    "studie").split())


class QueryError(ValueError):
    """A query that cannot be searched; the message says why, for the reader (`message`, in
    any language; str() is the English)."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


def number_token(digits: str) -> str:
    """The token of a number written with '.' as decimal point: '3.14' -> 'n3d14', '2.30' ->
    'n2d3', '10167' -> 'n10167' (signs aside: '-30' and '30' are one token)."""
    try:
        value = abs(Decimal(digits))
    except InvalidOperation:
        raise ValueError(f"not a number: {digits!r}") from None
    text = format(value, "f")
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    return f"n{whole}d{fraction}" if fraction else f"n{whole}"


def readings(written: str) -> tuple[str, ...]:
    """Every value a number as written can stand for, as tokens. One separator before three
    digits is either notation ('10,167', '1.234'); before one, two or four digits it is a
    decimal mark ('3,14'); a run of separators is thousands grouping, its last mark a decimal
    one when it differs ('1.234,5', '1,234.5')."""
    marks = re.findall(r"[.,]", written)
    groups = re.split(r"[.,]", written)
    if not marks:
        return (number_token(written),)
    if len(marks) == 1:
        decimal = number_token(f"{groups[0]}.{groups[1]}")
        if len(groups[1]) == 3:
            return tuple(dict.fromkeys((number_token(groups[0] + groups[1]), decimal)))
        return (decimal,)
    grouped = all(len(g) == 3 for g in groups[1:-1]) and len(groups[0]) <= 3
    if grouped and len(set(marks[:-1])) == 1 and marks[-1] != marks[0]:
        return (number_token("".join(groups[:-1]) + "." + groups[-1]),)
    if grouped and len(set(marks)) == 1 and len(groups[-1]) == 3:
        return (number_token("".join(groups)),)
    # Not one number ('2.1.3', a section): each part on its own.
    return tuple(dict.fromkeys(number_token(g) for g in groups))


def number_tokens(text: str) -> list[str]:
    """The tokens of every number in a text, in order, each reading once."""
    return list(dict.fromkeys(t for found in NUMBER.findall(text) for t in readings(found)))


def value_token(value: float, decimals: int) -> str:
    """The token of a stored value at the decimals the report printed."""
    return number_token(f"{value:.{decimals}f}")


@dataclass(frozen=True)
class Term:
    """One word or number of a query: what the reader typed and its FTS5 expression."""

    typed: str
    expression: str
    numbers: tuple[str, ...] = ()   # a number's tokens (for highlighting)

    @property
    def is_number(self) -> bool:
        return bool(self.numbers)


def clean(query: object) -> str:
    """The query as one line of text; a missing one is empty; too long is an error."""
    if isinstance(query, (list, tuple)):
        query = query[0] if query else ""
    if not isinstance(query, str):
        return ""
    text = " ".join("".join(c if c.isprintable() else " " for c in query).split())
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(Message("Searches are limited to {limit} characters; this one has "
                                 "{length}. Shorten it to a few words or numbers.",
                                 limit=MAX_QUERY_LENGTH, length=len(text)))
    return text


def terms(query: str) -> list[Term]:
    """The words and numbers of a cleaned query as terms (function words dropped unless the
    query has nothing else); punctuation and operators are not terms. Raises QueryError when
    nothing searchable is left."""
    found: list[Term] = []
    for match in EXHIBIT.finditer(query):
        kind = "table" if match.group(1) else "figure"
        found.append(Term(match.group(0), f'"{kind} {match.group(2).lower()}"'))
    for token in TOKEN.findall(EXHIBIT.sub(" ", query)):
        if NUMBER.fullmatch(token):
            tokens = readings(token)
            expression = " OR ".join(f'"{t}"' for t in tokens)
            found.append(Term(token, f"({expression})" if len(tokens) > 1 else expression, tokens))
        else:
            # A token is letters only, so quoting it leaves no FTS5 syntax.
            found.append(Term(token, f'"{token.lower()}"'))
    unique = list({term.expression: term for term in found}.values())
    content = [t for t in unique if t.is_number or t.typed.lower() not in FUNCTION_WORDS]
    if not unique:
        raise QueryError(Message("Type a word or a number to search for: this search has only "
                                 "punctuation or symbols, which are not searched."))
    return content or unique


def prefix(term: Term) -> Term | None:
    """The term as a prefix ('germ' -> 'germ*'), for a word that matches nothing as it is."""
    if term.is_number or len(term.typed) < 3:
        return None
    return Term(term.typed, f"{term.expression}*")
