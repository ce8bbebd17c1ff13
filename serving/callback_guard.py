"""Requests a browser would never send get a 4xx with a reason, never a 500.

Dash's dispatcher assumes a well-formed body: a missing key, a list where it expects an
object, or a value one of its own callbacks cannot take ends in a 500 with a traceback in the
log. The guard checks the body's shape against the registered callback first, and turns any
failure while dispatching a checked body into a logged 400.
"""
from __future__ import annotations

import functools
import logging

from dash import Dash
from dash.exceptions import DependencyException
from flask import Response, request

log = logging.getLogger(__name__)
DISPATCH_PATH = "/_dash-update-component"
MAX_BODY_BYTES = 1_000_000


def _dependency_problem(item, declared: dict, where: str) -> str | None:
    declared_id, prop = declared["id"], declared["property"]
    if declared_id.startswith("{"):  # pattern-matching (ALL / MATCH): a list of concrete ids
        entries = item if isinstance(item, list) else [item]
        for entry in entries:
            if not (isinstance(entry, dict) and isinstance(entry.get("id"), dict)
                    and entry.get("property") == prop):
                return f"{where}: expected pattern-matched ids with property '{prop}'"
        return None
    if not (isinstance(item, dict) and item.get("id") == declared_id and item.get("property") == prop):
        return f"{where}: expected {declared_id}.{prop}"
    return None


def payload_problem(body, callback_map: dict) -> str | None:
    """Why a callback request body cannot be dispatched, or None when its shape is right."""
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    output = body.get("output")
    if not isinstance(output, str) or output not in callback_map:
        return "unknown callback output"
    callback = callback_map[output]
    for key, declared in (("inputs", callback.get("inputs", [])), ("state", callback.get("state", []))):
        items = body.get(key, [])
        if not isinstance(items, list) or len(items) != len(declared):
            return f"'{key}' must list {len(declared)} item(s)"
        for index, (item, dependency) in enumerate(zip(items, declared)):
            problem = _dependency_problem(item, dependency, f"{key}[{index}]")
            if problem:
                return problem
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        return "'changedPropIds' must be a list of strings"
    if not isinstance(body.get("outputs"), (dict, list)):
        return "'outputs' must be an object or a list"
    return None


def guard_dash_endpoints(app: Dash) -> None:
    """Wrap Dash's callback dispatcher with the shape check and the 400 fallback; an unknown
    bundle path (Dash raises DependencyException) is a 404, not a 500."""
    server = app.server
    server.register_error_handler(
        DependencyException, lambda _error: Response("Not found.\n", status=404, mimetype="text/plain"))
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    endpoint = next(rule.endpoint for rule in server.url_map.iter_rules() if rule.rule == DISPATCH_PATH)
    dispatch = server.view_functions[endpoint]

    @functools.wraps(dispatch)
    def guarded(*args, **kwargs):
        try:
            body = request.get_json(silent=True)
        except (ValueError, RecursionError):
            body = None
        problem = payload_problem(body, app.callback_map)
        if problem:
            return Response(f"Malformed callback request: {problem}.\n", status=400, mimetype="text/plain")
        try:
            return dispatch(*args, **kwargs)
        except Exception:  # a checked shape with values no browser sends; logged for review
            log.exception("callback request could not be processed")
            return Response("This callback request could not be processed.\n", status=400,
                            mimetype="text/plain")

    server.view_functions[endpoint] = guarded
