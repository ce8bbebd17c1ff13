"""Addresses without a language. The bare `/` sends the reader to the overview in the language
their browser asks for (Accept-Language: nl-BE -> /nl/), English when it asks for none of ours:
a temporary redirect (302) that varies with Accept-Language, so no cache keeps one reader's
language for another. A page's unprefixed address, which every link made before the dashboard
had languages uses (/globalization?countries=BEL), redirects for good (301) to the English page
with the same query (/en/globalization?countries=BEL): one address per page and language, so
the filters' history, canonical links and caches see one."""
from __future__ import annotations

from flask import Flask, redirect, request

from charts.spec import all_pages
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


def add_language_redirects(server: Flask) -> None:
    """Answer `/` with a redirect to `/<lang>/`, and a page's unprefixed path with one to
    `/en/<path>`, each keeping the query string."""
    @server.before_request
    def to_a_language():
        # The registry is read per request: pages are declared after this hook is added.
        unprefixed = {page.path for page in all_pages() if page.path != "/"}
        if request.path != "/" and request.path.rstrip("/") not in unprefixed:
            return None
        query = request.query_string.decode("latin-1")
        query = f"?{query}" if query else ""
        if request.path == "/":
            response = redirect(localized_path("/", preferred_language()) + query, code=302)
            response.headers["Vary"] = "Accept-Language"
            return response
        return redirect(localized_path(request.path.rstrip("/"), SOURCE_LANGUAGE) + query, code=301)
