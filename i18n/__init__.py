"""The dashboard's languages: English (the study's, and the source of every message), Dutch,
French and German, as Belgium's own statistics portals offer them.

A language is a key (`nl`) in URLs and caches; `LOCALES` names the CLDR locale whose
conventions its numbers and dates follow (Belgian Dutch, French and German; British English,
as the study prints its numbers, with a decimal point, and writes dates: 1 December 2026).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from babel import Locale

SOURCE_LANGUAGE = "en"
LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE", "de": "de_BE"}
LANGUAGES = tuple(LOCALES)
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def catalog_path(language: str) -> Path:
    """A language's gettext catalog (English, the source, has none)."""
    return LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"


class UnknownLanguage(ValueError):
    """A language the dashboard does not offer."""


def check_language(language: object) -> str:
    """The language itself if the dashboard offers it; UnknownLanguage (naming the offered
    ones) otherwise."""
    if language not in LOCALES:
        shown = str(language)[:20]
        raise UnknownLanguage(f"unknown language {shown!r}; offered: {', '.join(LANGUAGES)}")
    return language


@lru_cache(maxsize=None)
def language_name(language: str) -> str:
    """The language's name in itself, as a language switch shows it: 'Nederlands',
    'Français', 'Deutsch', 'English' (CLDR)."""
    name = Locale.parse(LOCALES[language]).language_name
    return name[:1].upper() + name[1:]
