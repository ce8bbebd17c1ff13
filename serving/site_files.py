"""robots.txt and sitemap.xml, both built from the page registry (charts/spec.py).

Without them crawlers got the app's page (a 200) for either file. The sitemap lists every
page but the "Page not found" page in every language (/nl/globalization, ...), each with its
other languages as alternates (hreflang), at the address the request came in on; the
unprefixed English addresses of earlier links are not listed: they show the /en/ pages.
"""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from flask import Flask, Response, request

from charts.spec import PageSpec, all_pages
from components.page_shell import NOT_FOUND_MODULE
from i18n import LANGUAGES

SITEMAP_NAMESPACES = ('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                      'xmlns:xhtml="http://www.w3.org/1999/xhtml"')


def listed_pages() -> list[PageSpec]:
    """The pages a crawler should know, in navigation order."""
    return [page for page in all_pages() if page.module != NOT_FOUND_MODULE]


def page_urls(root: str) -> list[str]:
    """Absolute URLs of the listed pages in every language, page by page."""
    return [root.rstrip("/") + page.href(language) for page in listed_pages() for language in LANGUAGES]


def _entry(root: str, page: PageSpec, language: str) -> str:
    alternates = "".join(
        f'<xhtml:link rel="alternate" hreflang="{other}" href={quoteattr(root + page.href(other))}/>'
        for other in LANGUAGES)
    return f"<url><loc>{escape(root + page.href(language))}</loc>{alternates}</url>"


def add_site_files(server: Flask) -> None:
    """Serve /robots.txt and /sitemap.xml from `server`."""

    @server.get("/robots.txt")
    def robots() -> Response:
        """Every page may be crawled; the exports are generated files, not pages."""
        body = ("User-agent: *\nDisallow: /charts/\nDisallow: /pages/\nDisallow: /_dash-\n"
                f"Sitemap: {request.url_root}sitemap.xml\n")
        return Response(body, mimetype="text/plain")

    @server.get("/sitemap.xml")
    def sitemap() -> Response:
        """The pages of the dashboard in every language (sitemaps.org protocol, with hreflang
        alternates)."""
        root = request.url_root.rstrip("/")
        entries = "".join(_entry(root, page, language)
                          for page in listed_pages() for language in LANGUAGES)
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {SITEMAP_NAMESPACES}>{entries}</urlset>\n'
        return Response(body, mimetype="application/xml")
