"""robots.txt and sitemap.xml, both built from the page registry (dash.page_registry).

Without them crawlers got the app's page (a 200) for either file. The sitemap lists every
registered page but the "Page not found" page, at the address the request came in on.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

import dash
from flask import Flask, Response, request

from components.page_shell import NOT_FOUND_MODULE


def page_urls(root: str) -> list[str]:
    """Absolute URLs of the registered pages in their navigation order."""
    pages = sorted((p for p in dash.page_registry.values() if p["module"] != NOT_FOUND_MODULE),
                   key=lambda p: p.get("order") or 0)
    return [root.rstrip("/") + page["relative_path"] for page in pages]


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
        """The pages of the dashboard (sitemaps.org protocol)."""
        entries = "".join(f"<url><loc>{escape(url)}</loc></url>" for url in page_urls(request.url_root))
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>\n')
        return Response(body, mimetype="application/xml")
