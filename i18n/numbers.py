"""Numbers in a language's conventions (CLDR through Babel): the decimal comma of nl, fr and
de, their thousands separators, and where the percent sign goes ('23%', '23 %')."""
from __future__ import annotations

from functools import lru_cache

from datetime import date

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from i18n import LOCALES


@lru_cache(maxsize=None)
def _locale(language: str) -> Locale:
    return Locale.parse(LOCALES[language])


def decimal(value: float, decimals: int, language: str) -> str:
    """Thousands grouped, exactly `decimals` decimals: 54,511.25 / 54.511,25 / 54 511,25."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=LOCALES[language])


def percent(number: str, language: str) -> str:
    """A number already written in the language, with its percent sign where CLDR puts it
    (French and German leave a no-break space before it)."""
    pattern = _locale(language).percent_formats[None]
    return f"{pattern.prefix[0]}{number}{pattern.suffix[0]}"


def plotly_separators(language: str) -> str:
    """Plotly's `layout.separators`: the decimal sign, then the thousands separator, for axis
    ticks and hover numbers that plotly.js formats itself."""
    symbols = _locale(language).number_symbols["latn"]
    return symbols["decimal"] + symbols["group"]


def ordinal(rank: int, language: str) -> str:
    """A rank as the language writes it: 3rd, 3de, 3e, 3.; 1st, 1ste, 1er, 1.; 8th, 8ste.

    English by CLDR's ordinal categories; Dutch 'ste' after 1, 8 and from 20 on ('de' else:
    Taalunie), French 'er' for 1 ('e' else), German a full stop. The study ranks at most 60
    economies."""
    if language == "en":
        suffix = {"one": "st", "two": "nd", "few": "rd"}.get(_locale("en").ordinal_form(rank), "th")
    elif language == "nl":
        suffix = "ste" if rank in (1, 8) or rank >= 20 else "de"
    elif language == "fr":
        suffix = "er" if rank == 1 else "e"
    else:
        suffix = "."
    return f"{rank}{suffix}"


def long_date(day: date, language: str) -> str:
    """A date written out as the language does: 1 December 2026, 1 december 2026,
    1er décembre 2026 (French writes the first of the month as an ordinal), 1. Dezember 2026."""
    text = format_date(day, format="long", locale=LOCALES[language])
    return "1er" + text[1:] if language == "fr" and day.day == 1 else text
