"""What of a page is not in its language: visible texts (and the names and descriptions in
title and aria-label attributes) that are English messages of the catalog with a translation,
outside the elements marked as the study's own words (lang="en")."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from i18n.catalogs import translations

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
NOT_SHOWN = {"script", "style", "template", "textarea"}
NAMED_BY = ("title", "aria-label", "placeholder", "alt")


class _Texts(HTMLParser):
    """Texts of an HTML page with whether an element marked lang="en" holds them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []   # (tag, english, hidden)
        self.found: list[tuple[str, bool]] = []

    def _english(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        english = attributes.get("lang", "") == "en" or (self._english() and "lang" not in attributes)
        hidden = tag in NOT_SHOWN or (bool(self.stack) and self.stack[-1][2])
        for name in NAMED_BY:
            if attributes.get(name):
                self.found.append((attributes[name], english))
        if tag not in VOID:
            self.stack.append((tag, english, hidden))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if data.strip() and not (self.stack and self.stack[-1][2]):
            self.found.append((data, self._english()))


def _bare(text: str) -> str:
    """A text without the spaces and colon around it ('Source\u00a0:' is 'Source')."""
    return text.strip().rstrip(":").strip()


def english_leftovers(html: str, language: str) -> list[str]:
    """The English messages a page in `language` shows where the catalog has other words."""
    translated = {_bare(message) for message, words in translations(language).items()
                  if _bare(words) != _bare(message)}
    parser = _Texts()
    parser.feed(html)
    return sorted({text.strip() for text, english in parser.found
                   if not english and _bare(text) in translated})


# A number in English notation: a decimal point before two digits ('92.15', not a version such as
# '4.14.1'), or a percent sign right after a digit ('73%'; French and German put a space).
ENGLISH_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d{2}(?![\d.])")
TIGHT_PERCENT = re.compile(r"\d%")


# The study's words quoted inside a sentence of ours stay English ("as printed: “...”").
QUOTED = re.compile(r"[“\"«„][^”\"»“]*[”\"»“]")
ENGLISH_WORDS = frozenset("the and of which with does not from this that are were is "
                          "shows says".split())


def _ours(html: str):
    """The texts of a page that are not the study's words: not marked lang="en", quotes cut."""
    parser = _Texts()
    parser.feed(html)
    return [QUOTED.sub(" ", text) for text, english in parser.found if not english]


def english_numbers(html: str, language: str) -> list[str]:
    """Texts of a page in `language` (not the study's words) that write a number the English
    way."""
    return sorted({text.strip() for text in _ours(html) if ENGLISH_DECIMAL.search(text)
                   or (language in ("fr", "de") and TIGHT_PERCENT.search(text))})


def english_sentences(html: str) -> list[str]:
    """Texts of a page in another language (not the study's words) that read as English: a
    sentence the catalog does not know shows as it is."""
    return sorted({text.strip() for text in _ours(html)
                   if len(ENGLISH_WORDS & set(re.findall(r"[a-z]+", text.lower()))) >= 3})
