"""Serving hygiene: unknown paths answer 404, robots.txt and sitemap.xml are real, every page
has a meta description, files under /assets/ are compressed."""
from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest

from i18n import LANGUAGES
from serving.site_files import listed_pages


def registered_paths() -> list[str]:
    """Every page in every language (/nl/globalization)."""
    return [page.href(language) for page in listed_pages() for language in LANGUAGES]


@pytest.mark.parametrize("path", ["/nonexistent", "/favicon.ico", "/en/404", "/globalization/x",
                                  "/%00", "/a" * 300])
def test_unknown_paths_answer_404_with_the_not_found_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)


def test_every_page_answers_200(client):
    assert {"/nl/", "/fr/globalization", "/de/about"} <= set(registered_paths())
    for path in registered_paths():
        assert client.get(path).status_code == 200, path


def test_the_addresses_of_earlier_links_redirect_to_the_english_page(client):
    for page in listed_pages():
        if page.path == "/":
            continue
        response = client.get(f"{page.path}?countries=BEL,NLD")
        assert response.status_code == 301, page.path
        assert response.headers["Location"] == f"{page.href('en')}?countries=BEL,NLD"


@pytest.mark.parametrize("accept, target", [
    ("nl-BE,nl;q=0.9,en;q=0.8", "/nl/"), ("fr-BE", "/fr/"), ("de-DE,de;q=0.9", "/de/"),
    ("fr-CA,en;q=0.5", "/fr/"), ("es-ES,es;q=0.9", "/en/"), (None, "/en/")])
def test_the_bare_address_sends_the_reader_to_their_language(client, accept, target):
    response = client.get("/?from=mail", headers={"Accept-Language": accept} if accept else {})
    assert response.status_code == 302
    assert response.headers["Location"] == f"{target}?from=mail"
    assert response.headers["Vary"] == "Accept-Language"


@pytest.mark.parametrize("path", ["/xx/globalization", "/nl/no-such-page", "/NL/globalization"])
def test_an_unknown_language_or_page_answers_404_naming_the_languages(client, path):
    response = client.get(path)
    html = response.get_data(as_text=True)
    assert response.status_code == 404
    for language in LANGUAGES:
        assert f'href="/{language}/"' in html


def test_robots_txt_allows_the_pages_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert "User-agent: *" in text and "Sitemap: http://localhost/sitemap.xml" in text
    assert "<html" not in text


def test_sitemap_lists_every_registered_page(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    root = ET.fromstring(response.data)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    expected = [f"http://localhost{page.href(language)}" for page in listed_pages() for language in LANGUAGES]
    assert urls and sorted(urls) == sorted(expected)
    # Each page names itself in every language.
    first = root.find("s:url", namespace)
    alternates = {link.get("hreflang"): link.get("href")
                  for link in first.findall("{http://www.w3.org/1999/xhtml}link")}
    assert alternates == {language: f"http://localhost/{language}/" for language in LANGUAGES}


def test_every_page_has_a_meta_description(client):
    for path in [*registered_paths(), "/nonexistent"]:
        html = client.get(path).get_data(as_text=True)
        description = unescape(re.search(r'<meta name="description" content="([^"]*)">', html).group(1))
        assert 40 <= len(description) <= 160 or path == "/nonexistent", (path, description)
        assert description.strip() and "<" not in description, path


def test_assets_are_compressed_and_revalidate(client):
    plain = client.get("/assets/topojson/europe_110m.json")
    packed = client.get("/assets/topojson/europe_110m.json", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed.headers["Vary"]
    assert gzip.decompress(packed.data) == plain.data and len(packed.data) < len(plain.data) / 2
    again = client.get("/assets/topojson/europe_110m.json",
                       headers={"Accept-Encoding": "gzip", "If-None-Match": packed.headers["ETag"]})
    assert again.status_code == 304
    style = client.get("/assets/style.css?m=1", headers={"Accept-Encoding": "br"})
    assert style.headers["Content-Encoding"] == "br" and "immutable" in style.headers["Cache-Control"]
