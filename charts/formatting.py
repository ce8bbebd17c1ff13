"""Turn a stored number, its unit, printed precision and the report's qualifier into the text a
reader sees: the number as the report prints it, worded as the report words it."""
from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_decimal

ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


@dataclass(frozen=True)
class Qualifier:
    """How the report words a number. `template` places the number as printed ("{value}");
    a word quantity ("half", "doubled") has no placeholder: the report gives no number."""

    template: str
    lower_bound: bool = False   # the true value is larger ("more than half"): bars are hatched
    decline: bool = False       # a fall stated in words ("lost 21%"): drawn below zero

    @property
    def word_quantity(self) -> bool:
        return "{value}" not in self.template


# Keys are what the data files hold (data/*.csv, column `qualifier`); the templates are the
# report's own words (register convention: "half" is stored as 0.5, "lost 21%" as 21).
QUALIFIERS: dict[str, Qualifier] = {
    "": Qualifier("{value}"),
    "about": Qualifier("about {value}"),
    "more-than": Qualifier("more than {value}", lower_bound=True),
    "only": Qualifier("only {value}"),
    "up-to": Qualifier("up to {value}"),
    "higher": Qualifier("{value} higher"),
    "increased-by": Qualifier("increased by {value}"),
    "parenthesised": Qualifier("({value})"),
    "lost": Qualifier("lost {value}", decline=True),
    "lost-about": Qualifier("lost about {value}", decline=True),
    "dropped-by": Qualifier("dropped by {value}", decline=True),
    "less-sophisticated": Qualifier("{value} less sophisticated", decline=True),
    "a-third": Qualifier("a third"),
    "one-fifth": Qualifier("one fifth"),
    "half": Qualifier("half"),
    "more-than-half": Qualifier("more than half", lower_bound=True),
    "less-than-one-third": Qualifier("less than one third"),
    "only-less-than-one-third": Qualifier("only less than one third"),
    "only-one-fifth": Qualifier("only one fifth"),
    "only-half": Qualifier("only half"),
    "about-half-each": Qualifier("about half each"),
    "doubled": Qualifier("doubled"),
    "seven-times-higher": Qualifier("seven times higher"),
}


def qualifier(key: str) -> Qualifier:
    """The qualifier a data row names (the loader has checked the key exists)."""
    return QUALIFIERS[key]


def drawn_value(value: float, key: str) -> float:
    """Where a mark is drawn: a decline the report states in words goes below zero."""
    return -value if QUALIFIERS[key].decline else value


def ordinal(rank: int) -> str:
    """1 -> '1st', 11 -> '11th'."""
    suffix = "th" if 10 <= rank % 100 <= 20 else ORDINAL_SUFFIX.get(rank % 10, "th")
    return f"{rank}{suffix}"


def format_number(value: float, decimals: int = 0) -> str:
    """Thousands separated, with exactly the decimals the report printed ('2,30%' -> '2.30')."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale="en")


def number_with_unit(value: float, unit: str, decimals: int = 0) -> str:
    """'92.15', '2.30%', '3rd', 'EUR 54,511 million', 'EUR 122,860 per FTE', '570 firms'."""
    number = format_number(value, decimals)
    if unit == "rank":
        return ordinal(int(value))
    if unit == "%":
        return f"{number}%"
    if unit.startswith("EUR"):
        rest = unit[3:].strip()
        if rest == "/FTE":
            return f"EUR {number} per FTE"
        return f"EUR {number}" + (f" {rest}" if rest else "")
    if unit == "x":
        return f"{number}x"
    if unit in {"index", "score", "ratio", "count"}:
        return number
    return f"{number} {unit}"


def format_value(value: float, unit: str, qualifier_key: str = "", decimals: int = 0,
                 with_unit: bool = True) -> str:
    """The value as the report states it: '92.15', 'more than 50%', 'lost 21%', 'half'.

    `with_unit=False` leaves the unit to the axis title (bar ends: '54,511', not
    'EUR 54,511 million'); ranks and percentages keep theirs, which are short.
    """
    wording = QUALIFIERS[qualifier_key]
    if wording.word_quantity:
        return wording.template
    number = (number_with_unit(value, unit, decimals) if with_unit or unit in ("rank", "%")
              else format_number(value, decimals))
    return wording.template.format(value=number)
