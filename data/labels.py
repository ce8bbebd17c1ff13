"""Display names of the keys that data files, URLs, filters, caches and colours use.

A dimension value is a stable key: an ISO 3166 alpha-3 code for a country (BEL, NLD), a slug
for anything else (goods, born-global). Its name is looked up only to show it: countries from
pycountry (ISO 3166's short names, in the reader's language from pycountry's own
translations), everything else from data/labels.csv (translated through the gettext catalogs),
so a name can change or be translated without changing a link, a cache entry or a test.
"""
from __future__ import annotations

import csv
import gettext
import re
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Iterator, Mapping

import pycountry

from i18n import SOURCE_LANGUAGE
from i18n.catalogs import translate

ALPHA_3 = re.compile(r"^[A-Z]{3}$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class LabelFileError(ValueError):
    """labels.csv is malformed; the message names the line and column."""


def country_name(key: str, language: str = SOURCE_LANGUAGE) -> str | None:
    """ISO 3166's short name of an alpha-3 code in the language, or None if it is not one."""
    if not ALPHA_3.match(key):
        return None
    country = pycountry.countries.get(alpha_3=key)
    return _iso3166(language).gettext(country.name) if country else None


@lru_cache(maxsize=None)
def _iso3166(language: str) -> gettext.NullTranslations:
    """pycountry's translations of ISO 3166 names (English: the names themselves)."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language],
                               fallback=True)


class Labels(Mapping[str, str]):
    """key -> display name, for every country code and every key listed in labels.csv."""

    def __init__(self, names: Mapping[str, str]):
        self._names = dict(names)

    def __getitem__(self, key: str) -> str:
        name = self._names.get(key) or country_name(key)
        if name is None:
            raise KeyError(key)
        return name

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (key in self._names or country_name(key) is not None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def display(self, value: object, language: str = SOURCE_LANGUAGE) -> str:
        """How a dimension value reads in the language: a key's name; a year or a rank as the
        number; nothing for a value the report does not state (None). Words of a 'text'
        dimension (">750") are no key and read as they are: the loader has already refused a
        'str' value without a name."""
        if value is None:
            return ""
        if isinstance(value, str):
            if value in self._names:
                return translate(self._names[value], language)
            return country_name(value, language) or value
        return str(value)

    def namer(self, language: str) -> Callable[[object], str]:
        """`display` in one language: what figures, tables and filters name keys with."""
        return partial(self.display, language=language)


def load_labels(path: Path) -> Labels:
    """labels.csv (key,label): slugs only (countries take their name from ISO 3166), each once."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header, rows = reader.fieldnames, list(reader)
    except FileNotFoundError as exc:
        raise LabelFileError(f"{path.name}: file is missing") from exc
    if header != ["key", "label"]:
        raise LabelFileError(f"{path.name}, line 1: header must be key,label")
    names: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        key, label = row["key"] or "", (row["label"] or "").strip()
        if not SLUG.match(key):
            raise LabelFileError(f"{path.name}, line {line}, column 'key': {key!r} is not a "
                                 "lowercase slug (countries are ISO 3166 alpha-3 codes, named by ISO 3166)")
        if key in names:
            raise LabelFileError(f"{path.name}, line {line}, column 'key': {key!r} is listed twice")
        if not label:
            raise LabelFileError(f"{path.name}, line {line}, column 'label': is empty")
        names[key] = label
    return Labels(names)
