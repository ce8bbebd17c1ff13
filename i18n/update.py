"""Refresh the message template and every language's catalog from the code and data:

    python -m i18n.update

It extracts as `pybabel extract -F babel.cfg` does (Babel's own extraction, with the
extractors of i18n/extract.py), writes i18n/locale/messages.pot, and merges it into
i18n/locale/<lang>/LC_MESSAGES/messages.po as `pybabel update` does: a new message arrives
untranslated, a changed one keeps its old translation marked fuzzy for the translator to check
(Poedit and Weblate read these files), a removed one is dropped. tests/test_i18n.py fails while
any message is untranslated or fuzzy.
"""
from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

from i18n import LANGUAGES, LOCALE_DIR, LOCALES, SOURCE_LANGUAGE, catalog_path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = LOCALE_DIR / "messages.pot"
PROJECT = "Belgium in the new global economy"


def extracted() -> Catalog:
    """Every message of the code and data, with its places and the evidence it restates."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    template = Catalog(project=PROJECT, charset="utf-8", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords={}, comment_tags=(),
            strip_comment_tags=True):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    for message in template:
        # '% of firms' is no printf format: the flag would make Poedit refuse '% des firmes'.
        message.flags.discard("python-format")
    return template


def write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        # No line numbers: a message's file is enough, and the catalogs stay put when code moves.
        write_po(fh, catalog, width=0, sort_output=True, include_lineno=False, ignore_obsolete=True)


def update() -> dict[str, int]:
    """Write the template and merge it into each language; the untranslated count per language."""
    template = extracted()
    write(template, TEMPLATE)
    untranslated = {}
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        path = catalog_path(language)
        if path.exists():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=LOCALES[language])
        else:
            catalog = Catalog(locale=LOCALES[language], project=PROJECT, charset="utf-8", fuzzy=False)
        catalog.update(template)
        for message in catalog:
            message.flags.discard("python-format")
        write(catalog, path)
        untranslated[language] = sum(1 for m in catalog if m.id and (not m.string or m.fuzzy))
    return untranslated


if __name__ == "__main__":
    for language, count in update().items():
        print(f"{language}: {count} messages to translate or check")
