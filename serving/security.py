"""Security headers on every response; a Content-Security-Policy that allows only this origin."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from flask import Flask, request


def content_security_policy(script_hashes: list[str], frame_ancestors: str) -> str:
    """CSP for a Dash app served locally: scripts from self plus Dash's inline bootstrap
    scripts by hash; inline styles are needed because Plotly and Dash set style attributes."""
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(script_hashes),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        f"frame-ancestors {frame_ancestors}",
    ])


def frame_ancestors_for(path: str, default: str, by_prefix: Mapping[str, str]) -> str:
    """Who may frame the response to `path`: the setting of the longest route prefix it starts
    with, else the pages' `default`."""
    prefixes = [prefix for prefix in by_prefix if path.startswith(prefix)]
    return by_prefix[max(prefixes, key=len)] if prefixes else default


def add_security_headers(server: Flask, script_hashes: Callable[[], list[str]],
                         frame_ancestors: str,
                         route_frame_ancestors: Mapping[str, str] | None = None) -> None:
    """Attach the headers to every response of `server`.

    `frame_ancestors` says who may frame the pages (FRAME_ANCESTORS, 'self' by default);
    `route_frame_ancestors` gives routes made to be framed elsewhere their own setting, by path
    prefix ({"/embed/": EMBED_FRAME_ANCESTORS}, any site by default: serving/embed.py).

    The script hashes are read per response: Dash adds inline scripts (Pages' title updater)
    when it serves its first request, after the app is built.

    The Referrer-Policy keeps the full URL on same-origin requests: the layout request's Referer
    names the page to pre-render (components/page_shell.py). No Cross-Origin-Opener-Policy: it
    makes Chromium swap renderer processes when a reader arrives (30-50 ms measured on every
    first page load, see BENCHMARKS.md) and protects nothing here: the dashboard is public,
    has no sessions or personal data, and needs no cross-origin isolation.
    """
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }

    @server.after_request
    def _secure(response):
        ancestors = frame_ancestors_for(request.path, frame_ancestors, route_frame_ancestors or {})
        response.headers.setdefault("Content-Security-Policy",
                                    content_security_policy(script_hashes(), ancestors))
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response
