"""Security headers on every response; a Content-Security-Policy that allows only this origin."""
from __future__ import annotations

from collections.abc import Callable

from flask import Flask


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


def add_security_headers(server: Flask, script_hashes: Callable[[], list[str]],
                         frame_ancestors: str) -> None:
    """Attach the headers to every response of `server`.

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
        response.headers.setdefault("Content-Security-Policy",
                                    content_security_policy(script_hashes(), frame_ancestors))
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response
