"""What a translation must keep of its English message, checked mechanically:

    python -m i18n.checks fr        (prints every problem of the French catalog; exit 1 if any)
    python -m i18n.checks fr --file path/to/fr.po    (the same checks on another copy)

- every message translated, none fuzzy;
- the same numbers, each in the language's notation (2.30 -> 2,30; 54,511 -> 54.511 in Dutch and
  German, 54 511 in French), in any order;
- the same `{value}` placeholders;
- the study's words in double quotation marks kept verbatim, in English;
- the same leading and trailing spaces.
tests/test_i18n.py runs the same checks on every catalog.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po

from i18n import LANGUAGES, LOCALES, SOURCE_LANGUAGE, catalog_path

def _symbol(language: str, name: str) -> str:
    return Locale.parse(LOCALES[language]).number_symbols["latn"][name]


# The decimal sign and the thousands separators a translator may write, from CLDR; a narrow
# no-break space groups French thousands, and a no-break or plain space is read as one too.
DECIMAL = {language: _symbol(language, "decimal") for language in LANGUAGES}
GROUP = {language: _symbol(language, "group") + ("\u00a0 " if _symbol(language, "group").isspace() else "")
         for language in LANGUAGES}
PLACEHOLDER = re.compile(r"\{\w+\}")
QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")


def numbers_of(text: str, language: str) -> list[str]:
    """The numbers of a text in its language's notation, written canonically ('54511', '2.30')."""
    group = "[" + re.escape(GROUP[language]) + "]"
    decimal = re.escape(DECIMAL[language])
    pattern = re.compile(rf"(?<![\w.,])\d{{1,3}}(?:{group}\d{{3}})+(?:{decimal}\d+)?(?!\d)"
                         rf"|(?<![\w.,])\d+(?:{decimal}\d+)?(?!\d)")
    found = []
    for match in pattern.finditer(text):
        number = re.sub(group, "", match.group())
        found.append(number.replace(DECIMAL[language], "."))
    return sorted(found)


def message_problems(source: str, translation: str, language: str) -> list[str]:
    """Why a translation does not keep what it must of its source (empty: it does)."""
    problems = []
    if numbers_of(source, SOURCE_LANGUAGE) != numbers_of(translation, language):
        problems.append(f"numbers {numbers_of(source, SOURCE_LANGUAGE)} became "
                        f"{numbers_of(translation, language)}")
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        problems.append("placeholders differ")
    missing = [quote for quote in QUOTED.findall(source) if quote not in translation]
    if missing:
        problems.append(f"the study's quoted words are not kept in English: {missing}")
    if source[:1].isspace() != translation[:1].isspace() or source[-1:].isspace() != translation[-1:].isspace():
        problems.append("leading or trailing space differs")
    return problems


def catalog_problems(language: str, path: Path | None = None) -> list[str]:
    """Every problem of one language's catalog (or of the copy at `path`), one line each."""
    with (path or catalog_path(language)).open("rb") as fh:
        catalog = read_po(fh, locale=LOCALES[language])
    lines = []
    for message in catalog:
        if not message.id:
            continue
        if not message.string:
            lines.append(f"untranslated: {message.id!r}")
        elif message.fuzzy:
            lines.append(f"fuzzy (check and clear the flag): {message.id!r}")
        else:
            lines += [f"{problem}: {message.id!r} -> {message.string!r}"
                      for problem in message_problems(message.id, message.string, language)]
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Check translations against their English messages.")
    parser.add_argument("languages", nargs="*",
                        default=[language for language in LANGUAGES if language != SOURCE_LANGUAGE])
    parser.add_argument("--file", type=Path, help="check this .po file instead of the catalog")
    args = parser.parse_args()
    found = [f"{language}: {line}" for language in args.languages
             for line in catalog_problems(language, args.file)]
    print("\n".join(found) or "no problems")
    sys.exit(1 if found else 0)
