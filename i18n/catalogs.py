"""The translations, read once from the gettext catalogs (i18n/locale/<lang>/LC_MESSAGES/
messages.po) when first asked for: the .po files are the only form of them, so there is no
compile step and nothing to keep in step with them.

Code marks what a reader sees with `_` (`_ = gettext_for(language)`, then `_("Key findings")`),
a text that is translated later with `N_` (`N_("Countries")`: marked, left as it is), and a
message with values with `Message`; pybabel extracts all three (i18n/extract.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from babel.messages.pofile import PoFileError, read_po

from i18n import LANGUAGES, LOCALES, SOURCE_LANGUAGE, catalog_path, check_language


class CatalogError(ValueError):
    """A language's catalog is missing or broken; the message names the file and line."""


@lru_cache(maxsize=None)
def translations(language: str) -> dict[str, str]:
    """{English message: its translation}; fuzzy or empty entries are left out (English shows)."""
    check_language(language)
    if language == SOURCE_LANGUAGE:
        return {}
    path = catalog_path(language)
    try:
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=LOCALES[language], abort_invalid=True)
    except (OSError, PoFileError) as exc:
        raise CatalogError(f"{path}: {exc}") from None
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


def load_catalogs() -> None:
    """Read every language's catalog now (the app does so at start): a broken one stops the
    start with its file and line named, instead of failing the first page in its language."""
    for language in LANGUAGES:
        translations(language)


def translate(message: str, language: str) -> str:
    """The message in the language (the English message where the catalog has none)."""
    return translations(language).get(message, message) if message else message


def gettext_for(language: str) -> Callable[[str], str]:
    """`_` for one language: `_ = gettext_for("nl")`; `_("Key findings")` -> 'Belangrijkste
    bevindingen'."""
    table = translations(language)
    return lambda message: table.get(message, message) if message else message


def N_(message: str) -> str:
    """Marks a message for extraction where it is declared; it is translated where shown."""
    return message


@dataclass(frozen=True, init=False)
class Message:
    """A message with values, translated when shown: `Message("'{param}' takes one value",
    param="year")`. str() gives the English."""

    template: str
    values: tuple[tuple[str, str], ...]

    def __init__(self, template: str, **values: object):
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "values", tuple((k, str(v)) for k, v in values.items()))

    def text(self, language: str) -> str:
        return translate(self.template, language).format(**dict(self.values))

    def __str__(self) -> str:
        return self.text(SOURCE_LANGUAGE)
