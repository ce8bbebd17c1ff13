"""Numbers in a language's conventions (CLDR through Babel): the decimal comma of nl, fr and
de, their thousands separators, and where the percent sign goes ('23%', '23 %')."""
from __future__ import annotations

from functools import lru_cache

from babel import Locale
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
