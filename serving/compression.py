"""Compressed responses (brotli or gzip) without recompressing plotly.js on every request.

Dash's bundles (/_dash-component-suites/...) never change within a process, so each is
compressed once per process and encoding and kept, and so is each version of a file under
/assets/ (served as a file, which is compressed only here: the map outlines are 33 kB
as they are, 10 kB compressed); other text responses (pages, callback JSON, CSV) are small
and compressed on the fly. Fingerprinted bundle URLs (the package version and file
time are in the name) are cached by browsers for a year, and so are the app's assets when Dash
links them with their file time (`?m=`); the few bundles loaded by plain name (chunks Dash's
components fetch themselves) are revalidated against their ETag instead. The layout
(`/_dash-layout`) depends on the page that asks for it (components/page_shell.py): never stored.
"""
from __future__ import annotations

import gzip
from threading import Lock

from dash.fingerprint import check_fingerprint
from flask import Flask, Response, request

try:
    import brotli
except ImportError:  # gzip only
    brotli = None

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml",
                "image/svg+xml")
MIN_SIZE = 1024
STATIC_PREFIX = "/_dash-component-suites/"
ASSETS_PREFIX = "/assets/"
TOPOJSON_PREFIX = "/assets/topojson/"
ONE_YEAR = 31536000
ONE_DAY = 86400


def _encode(body: bytes, encoding: str, static: bool) -> bytes:
    if encoding == "br":
        return brotli.compress(body, quality=9 if static else 4)
    return gzip.compress(body, compresslevel=9 if static else 5)


def _choose_encoding(accept: str) -> str | None:
    accepted = {part.split(";")[0].strip() for part in accept.lower().split(",")}
    if brotli is not None and "br" in accepted:
        return "br"
    if "gzip" in accepted:
        return "gzip"
    return None


def cache_control(path: str, asset_stamp: str | None, status: int) -> str | None:
    """The Cache-Control header for a response (see the module docstring); None keeps Flask's."""
    if path.endswith("/_dash-layout"):
        return "no-store"
    if status != 200:
        return None
    if path.startswith(STATIC_PREFIX):
        return f"public, max-age={ONE_YEAR}, immutable" if check_fingerprint(path)[1] else "no-cache"
    if path.startswith(ASSETS_PREFIX) and asset_stamp:
        return f"public, max-age={ONE_YEAR}, immutable"
    if path.startswith(TOPOJSON_PREFIX):
        # plotly.js asks for map outlines by plain name on every map draw; they change only
        # with a new file in the repository, so a day without revalidation is safe.
        return f"public, max-age={ONE_DAY}"
    return None


def add_compression(server: Flask) -> None:
    """Compress eligible responses of `server`; fingerprinted bundles get a one-year cache life."""
    compressed_static: dict[tuple[str, str], bytes] = {}
    lock = Lock()

    @server.after_request
    def _compress(response: Response) -> Response:
        static = request.path.startswith((STATIC_PREFIX, ASSETS_PREFIX))
        lifetime = cache_control(request.path, request.args.get("m"), response.status_code)
        if lifetime:
            response.headers["Cache-Control"] = lifetime
        if request.path.endswith("/_dash-layout"):
            response.vary.add("Referer")
        encoding = _choose_encoding(request.headers.get("Accept-Encoding", ""))
        if (encoding is None or response.status_code != 200
                or (response.direct_passthrough and not static)
                or "Content-Encoding" in response.headers
                or not (response.mimetype or "").startswith(COMPRESSIBLE)):
            return response
        response.direct_passthrough = False  # a file from /assets/: read it to compress it
        body = response.get_data()
        if len(body) < MIN_SIZE:
            return response
        if static:
            # The ETag (of a file: its time and size) tells versions of an asset apart.
            key = (request.full_path, response.headers.get("ETag"), encoding)
            with lock:
                packed = compressed_static.get(key)
            if packed is None:
                packed = _encode(body, encoding, static=True)
                with lock:
                    compressed_static[key] = packed
        else:
            packed = _encode(body, encoding, static=False)
        response.set_data(packed)
        response.headers["Content-Encoding"] = encoding
        response.headers["Content-Length"] = str(len(packed))
        response.vary.add("Accept-Encoding")
        return response
