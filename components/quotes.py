"""Our sentences in the reader's language, with the study's words they quote marked as English.

A sentence of ours may quote the study ('As printed: "for more than 70% of other European and
60% of US companies"'); a translation keeps those words in English, verbatim (i18n/checks.py).
Marked lang="en", a screen reader reads them in English, the rest in the page's language.
"""
from __future__ import annotations

import re

from dash import html

from i18n import SOURCE_LANGUAGE
from i18n.catalogs import translate
from i18n.checks import QUOTED


def in_language(message: str, language: str) -> list:
    """The message in the language as children of an element: text, and each word group the
    English message quotes from the study as a span lang="en" (an English page is English
    throughout: the text as it is)."""
    text = translate(message, language)
    quoted = [words for words in QUOTED.findall(message) if words in text]
    if language == SOURCE_LANGUAGE or not quoted:
        return [text]
    pattern = re.compile("(" + "|".join(map(re.escape, sorted(set(quoted), key=len, reverse=True))) + ")")
    return [html.Span(part, lang="en") if i % 2 else part
            for i, part in enumerate(pattern.split(text)) if part]
