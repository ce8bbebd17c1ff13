"""HTTP hardening: security headers, compression, request ids and logs, safe errors, config."""
from __future__ import annotations

import gzip
import json
import logging

import pytest

from config import Config, parse_bool
from serving.observability import JsonFormatter


def test_every_response_carries_the_security_headers(client):
    for path in ["/", "/charts.json", "/charts/kof-dimensions.csv", "/charts/nope.csv"]:
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'self'" in csp
        assert "script-src 'self' 'sha256-" in csp and "unsafe-eval" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "Server" not in headers or "/" not in headers["Server"]


def test_pages_use_no_cdn(client):
    import re
    html = client.get("/en/").get_data(as_text=True)
    sources = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', html)
    # The icon is inline (a data: URI); everything else comes from this origin (the links to
    # the page in other languages are absolute, on the address it was requested at).
    assert sources and all(src.startswith(("/", "data:", "http://localhost/")) for src in sources), sources


def bundle_path(client) -> str:
    html = client.get("/en/").get_data(as_text=True)
    start = html.index("/_dash-component-suites/dash/dash-renderer/")
    return html[start:html.index('"', start)]


def test_versioned_bundles_are_compressed_once_and_cached_long(client):
    path = bundle_path(client)
    plain = client.get(path).data
    first = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert first.headers["Content-Encoding"] == "gzip"
    assert "immutable" in first.headers["Cache-Control"] and "max-age=31536000" in first.headers["Cache-Control"]
    assert gzip.decompress(first.data) == plain
    second = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert second.data == first.data
    brotli_response = client.get(path, headers={"Accept-Encoding": "br, gzip"})
    assert brotli_response.headers["Content-Encoding"] == "br"
    assert len(brotli_response.data) < len(first.data) < len(plain) / 2


def test_requests_get_an_id_and_one_json_log_line(client, caplog):
    with caplog.at_level(logging.INFO, logger="access"):
        response = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
        hostile = client.get("/healthz", headers={"X-Request-ID": "x" * 500 + "<script>"})
    assert response.headers["X-Request-ID"] == "abc-123"
    assert hostile.headers["X-Request-ID"] != "x" * 500 and len(hostile.headers["X-Request-ID"]) == 32
    record = next(r for r in caplog.records if getattr(r, "request_id", None) == "abc-123")
    entry = json.loads(JsonFormatter().format(record))
    assert entry["path"] == "/healthz" and entry["status"] == 200 and entry["duration_ms"] >= 0


def test_an_unexpected_error_is_a_plain_500_without_traceback(dash_app, client, monkeypatch):
    import api
    monkeypatch.setattr(api, "store", lambda: (_ for _ in ()).throw(RuntimeError("secret detail")))
    response = client.get("/healthz")
    body = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Request id:" in body and "secret detail" not in body and "Traceback" not in body


def test_readyz_reports_data_and_cache(client):
    body = client.get("/readyz").get_json()
    assert body["status"] == "ready" and body["data"] == "loaded"
    assert body["cache"].startswith("in-process")


@pytest.mark.parametrize("text, expected", [
    ("true", True), ("1", True), ("YES", True), ("on", True),
    ("false", False), ("0", False), ("no", False), ("", False), (None, False),
])
def test_booleans_are_parsed_properly(text, expected):
    assert parse_bool(text) is expected


def test_a_misspelt_boolean_is_an_error_not_true():
    with pytest.raises(ValueError, match="not a boolean"):
        Config.from_env({"DASH_DEBUG": "ture"})


def test_config_reads_the_environment():
    config = Config.from_env({"DASH_PORT": "9000", "CACHE_REDIS_URL": "redis://r:6379/0",
                              "CACHE_SOCKET_TIMEOUT": "0.2", "FRAME_ANCESTORS": "'none'"})
    assert config.port == 9000 and config.debug is False and config.frame_ancestors == "'none'"
    cache = config.cache_config()
    assert cache["CACHE_TYPE"] == "cache_backends.resilient_redis"
    assert cache["CACHE_OPTIONS"]["socket_timeout"] == 0.2
    assert Config.from_env({}).cache_config()["CACHE_TYPE"] == "SimpleCache"


def test_env_example_documents_every_setting():
    from pathlib import Path
    import re
    root = Path(__file__).resolve().parent.parent
    documented = set(re.findall(r"^([A-Z_]+)=", (root / ".env.example").read_text(), re.M))
    read = set(re.findall(r'env\.get\("([A-Z_]+)"', (root / "config.py").read_text()))
    read |= set(re.findall(r'os\.environ\.get\("([A-Z_]+)"', (root / "gunicorn.conf.py").read_text()))
    assert read <= documented, read - documented


@pytest.mark.service  # starts app.py in its own process
def test_debug_mode_starts_and_serves_a_page(tmp_path):
    """DASH_DEBUG=true runs Dash's dev server with its dev tools (hot reload off in the test, so
    there is no reloader child process to leave behind)."""
    from tests.servers import app_process, get
    with app_process({"DASH_DEBUG": "true", "DASH_HOT_RELOAD": "false"}, tmp_path / "debug.log") as base:
        status, _, _ = get(base + "/en/globalization")
        assert status == 200
        status, dependencies, _ = get(base + "/_dash-dependencies")
        assert status == 200 and b"chart-graph" in dependencies
