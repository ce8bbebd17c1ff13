"""The bare address `/` sends the reader to the overview in the language their browser asks for
(Accept-Language: nl-BE -> /nl/), English when it asks for none of ours. The redirect is
temporary (302) and varies with Accept-Language, so no cache keeps one reader's language for
another."""
from __future__ import annotations

from flask import Flask, redirect, request

from i18n import LANGUAGES, SOURCE_LANGUAGE
from i18n.paths import localized_path


def preferred_language() -> str:
    """The first of our languages in the request's Accept-Language, by quality, each tag read
    by its language alone ('fr-CA,en;q=0.5' -> 'fr', 'es' -> English)."""
    for tag, _quality in request.accept_languages:   # werkzeug sorts them by quality
        language = tag.split("-")[0].split("_")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def add_language_redirect(server: Flask) -> None:
    """Answer `/` with a redirect to `/<lang>/`, keeping the query string."""

    @server.before_request
    def to_the_readers_language():
        if request.path != "/":
            return None
        query = request.query_string.decode("latin-1")
        target = localized_path("/", preferred_language()) + (f"?{query}" if query else "")
        response = redirect(target, code=302)
        response.headers["Vary"] = "Accept-Language"
        return response
