"""The dashboard's languages: English (the study's, and the source of every message), Dutch,
French and German, as Belgium's own statistics portals offer them.

A language is a key (`nl`) in URLs and caches; `LOCALES` names the CLDR locale whose
conventions its numbers follow (Belgian Dutch, French and German; English as the study prints
it, with a decimal point).
"""
from __future__ import annotations

SOURCE_LANGUAGE = "en"
LOCALES = {"en": "en", "nl": "nl_BE", "fr": "fr_BE", "de": "de_BE"}
LANGUAGES = tuple(LOCALES)
