"""A language in the address: every page is at /<lang>/<path> (/nl/firm-morphology, /fr/ for
the overview); the unprefixed English paths of earlier links keep working. Filter keys and
values in the query string are the same in every language, so only the prefix changes."""
from __future__ import annotations

from i18n import LANGUAGES, SOURCE_LANGUAGE

LANGUAGE_PARAM = "lang"   # a file's language in its query string: /charts/<slug>.csv?lang=nl


def localized_path(path: str, language: str) -> str:
    """'/globalization' -> '/nl/globalization'; '/' -> '/nl/'."""
    return f"/{language}{path}" if path != "/" else f"/{language}/"


def split_language(path: str) -> tuple[str | None, str]:
    """('nl', '/globalization') for '/nl/globalization', ('nl', '/') for '/nl' or '/nl/', and
    (None, path) for a path without a language prefix."""
    first, _, rest = path.lstrip("/").partition("/")
    if first in LANGUAGES:
        return first, "/" + rest.rstrip("/") if rest.strip("/") else "/"
    return None, path


def with_language(query: str, language: str) -> str:
    """A file's query string with the language it is made in: '?countries=BEL' ->
    '?countries=BEL&lang=nl'. English, the files' own language, adds nothing, so earlier links
    stay as they were."""
    if language == SOURCE_LANGUAGE:
        return query
    parameter = f"{LANGUAGE_PARAM}={language}"
    return f"{query}&{parameter}" if query else f"?{parameter}"
