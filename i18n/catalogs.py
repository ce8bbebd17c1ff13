"""The translations, read once from the gettext catalogs (i18n/locale/<lang>/LC_MESSAGES/
messages.po) when first asked for: the .po files are the only form of them, so there is no
compile step and nothing to keep in step with them."""
from __future__ import annotations

from functools import lru_cache

from babel.messages.pofile import read_po

from i18n import LANGUAGES, LOCALES, SOURCE_LANGUAGE
from i18n.update import catalog_path


class UnknownLanguage(ValueError):
    """A language the dashboard does not offer."""


@lru_cache(maxsize=None)
def translations(language: str) -> dict[str, str]:
    """{English message: its translation}; fuzzy or empty entries are left out (English shows)."""
    if language not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {language!r}; offered: {', '.join(LANGUAGES)}")
    if language == SOURCE_LANGUAGE:
        return {}
    with catalog_path(language).open("rb") as fh:
        catalog = read_po(fh, locale=LOCALES[language])
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


def translate(message: str, language: str) -> str:
    """The message in the language (the English message where the catalog has none)."""
    return translations(language).get(message, message) if message else message
