"""One JSON line per request (request id, method, path, status, duration) and safe 500s."""
from __future__ import annotations

import json
import logging
import re
import time
import uuid

from flask import Flask, Response, g, request

access_log = logging.getLogger("access")
VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class JsonFormatter(logging.Formatter):
    """Log records as JSON objects; request fields come from `extra`."""

    FIELDS = ("request_id", "method", "path", "status", "duration_ms", "bytes")

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
                 "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        entry.update({name: getattr(record, name) for name in self.FIELDS if hasattr(record, name)})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def configure_logging(level: str) -> None:
    """JSON to stderr for the whole process (gunicorn workers included)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the access log replaces its lines


def add_request_logging(server: Flask) -> None:
    """Give each request an id (kept from X-Request-ID when sane), log it, echo it back."""

    @server.before_request
    def _start():
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        g.started = time.perf_counter()

    @server.after_request
    def _log(response: Response) -> Response:
        duration = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        request_id = g.get("request_id", "-")
        response.headers["X-Request-ID"] = request_id
        access_log.info("request", extra={
            "request_id": request_id, "method": request.method, "path": request.path[:300],
            "status": response.status_code, "duration_ms": round(duration, 1),
            "bytes": response.calculate_content_length()})
        return response

    @server.errorhandler(500)
    def _internal_error(_error) -> Response:
        # Flask has logged the traceback; the user gets the request id to quote, nothing more.
        return Response(f"Something went wrong on our side. Request id: {g.get('request_id', '-')}\n",
                        status=500, mimetype="text/plain")

    @server.errorhandler(400)
    @server.errorhandler(405)
    @server.errorhandler(413)
    def _client_error(error) -> Response:
        return Response(f"{error.code} {error.name}: {error.description}\n", status=error.code,
                        mimetype="text/plain")
