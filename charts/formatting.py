"""Turn a stored number, its unit, printed precision and the report's qualifier into the text a
reader sees: the number as the report prints it, worded as the report words it."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

from i18n.catalogs import N_, translate
from i18n.numbers import decimal, ordinal, percent


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


@dataclass(frozen=True)
class Unit:
    """How a unit is written with its number ('EUR {value} million') and named on its own (a
    table's Unit column, a hover's "(index)"), both in English: translate them to show them.
    Ranks and percentages are written by CLDR (i18n/numbers.py)."""

    template: str
    name: str


# Every unit of the data files (data/loader.py refuses any other).
UNITS: dict[str, Unit] = {
    "%": Unit("{value}%", "%"),
    "rank": Unit("{value}", N_("rank")),
    "index": Unit("{value}", N_("index")),
    "score": Unit("{value}", N_("score")),
    "ratio": Unit("{value}", N_("ratio")),
    "count": Unit("{value}", N_("count")),
    "x": Unit(N_("{value}x"), N_("times")),
    "EUR": Unit(N_("EUR {value}"), "EUR"),
    "EUR million": Unit(N_("EUR {value} million"), N_("EUR million")),
    "EUR billion": Unit(N_("EUR {value} billion"), N_("EUR billion")),
    "EUR/FTE": Unit(N_("EUR {value} per FTE"), N_("EUR per FTE")),
    "FTE": Unit(N_("{value} FTE"), N_("FTE")),
    "firms": Unit(N_("{value} firms"), N_("firms")),
    "companies": Unit(N_("{value} companies"), N_("companies")),
    "cases": Unit(N_("{value} cases"), N_("cases")),
    "employees": Unit(N_("{value} employees"), N_("employees")),
    "years": Unit(N_("{value} years"), N_("years")),
}
# The data files' dimension columns as a table's or a file's column headers.
DIMENSION_TITLES: dict[str, str] = {
    "component": N_("Component"), "country": N_("Country"), "delivery_model": N_("Delivery model"),
    "dimension": N_("Dimension"), "direction": N_("Direction"), "employees": N_("Employees"),
    "entity": N_("Entity"), "exporter_status": N_("Exporter status"),
    "exporter_type": N_("Exporter type"), "fact": N_("Fact"), "firm_size": N_("Firm size"),
    "flow": N_("Flow"), "function": N_("Function"), "input_type": N_("Input type"),
    "margin": N_("Margin"), "measure": N_("Measure"), "mode": N_("Mode"), "origin": N_("Origin"),
    "partner": N_("Partner"), "period": N_("Period"), "rank": N_("Rank"), "region": N_("Region"),
    "sector": N_("Sector"), "size_class": N_("Size class"), "year": N_("Year"),
}


def unit_name(unit: str) -> str:
    """The English name of a unit (translate it to show it)."""
    return UNITS[unit].name


def dimension_title(column: str) -> str:
    """The English header of a dimension column (translate it to show it); a column not
    declared here reads as its name."""
    return DIMENSION_TITLES.get(column, column.replace("_", " ").capitalize())


def format_number(value: float, decimals: int = 0, *, language: str) -> str:
    """Thousands separated, with exactly the decimals the report printed ('2,30%' -> '2.30'),
    in the language's notation (54,511.25; 54.511,25; 54 511,25)."""
    return decimal(value, decimals, language)


def number_with_unit(value: float, unit: str, decimals: int = 0, *, language: str) -> str:
    """'92.15', '2.30%', '3rd', 'EUR 54,511 million', 'EUR 122,860 per FTE', '570 firms'."""
    if unit == "rank":
        return ordinal(int(value), language)
    number = format_number(value, decimals, language=language)
    if unit == "%":
        return percent(number, language)
    return translate(UNITS[unit].template, language).format(value=number)


def format_value(value: float, unit: str, qualifier_key: str = "", decimals: int = 0,
                 with_unit: bool = True, *, language: str) -> str:
    """The value as the report states it: '92.15', 'more than 50%', 'lost 21%', 'half', in
    the reader's language ('meer dan 50%', 'plus de 50 %').

    `with_unit=False` leaves the unit to the axis title (bar ends: '54,511', not
    'EUR 54,511 million'); ranks and percentages keep theirs, which are short.
    """
    template = translate(QUALIFIERS[qualifier_key].template, language)
    if QUALIFIERS[qualifier_key].word_quantity:
        return template
    number = (number_with_unit(value, unit, decimals, language=language)
              if with_unit or unit in ("rank", "%")
              else format_number(value, decimals, language=language))
    return template.format(value=number)


def wrap_label(text: object, width: int) -> str:
    """A chart's label over lines of about `width` characters (plotly's '<br>'): broken at
    spaces and hyphens, at the breaks it already has, and a word longer than a line (a German
    or Dutch compound: 'Dienstleistungsvorleistungen') with a hyphen where it is cut, so that
    it still reads as one word."""
    lines = []
    for part in str(text).split("<br>"):
        for line in textwrap.wrap(part, width, break_long_words=False) or [part]:
            while len(line) > width + 2:
                lines.append(line[:width - 1] + "-")
                line = line[width - 1:]
            lines.append(line)
    return "<br>".join(lines)
