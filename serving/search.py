"""/search.json?q=...: the search page's results for scripts (fields in README.md, "Find").

The index is built when the app starts (`add_search`), from the data the app has loaded.
"""
from __future__ import annotations

from flask import Blueprint, Flask, Response, jsonify, request

from search.index import Hit, Results, search_index, segments_html
from search.targets import Target
from search.terms import QueryError

search_api = Blueprint("search", __name__)


def target_json(target: Target, root: str) -> dict:
    return {"kind": target.kind, "label": target.label, "page": target.page,
            "anchor": target.anchor, "href": target.href, "url": root.rstrip("/") + target.href,
            "filters": {param: list(keys) for param, keys in target.filters.items()}}


def hit_json(hit: Hit, root: str) -> dict:
    """One result: the stated number, its words, where it is shown, and its highlights."""
    entry = hit.entry
    return {
        "id": entry.id, "value": entry.value, "unit": entry.unit, "decimals": entry.decimals,
        "value_text": entry.value_text, "records": list(entry.records), "quotes": list(entry.quotes),
        "exhibit": entry.exhibit, "exhibit_title": entry.exhibit_title or None,
        "section": entry.section or None, "names": dict(entry.names),
        "link": target_json(entry.targets[0], root),
        "links": [target_json(t, root) for t in entry.targets],
        "score": round(hit.score, 4),
        "highlights": {column: [segments_html(part) for part in parts]
                       for column, parts in hit.highlights.items()},
    }


def results_json(results: Results, root: str) -> dict:
    return {"query": results.query, "terms": list(results.terms),
            "notices": [str(notice) for notice in results.notices],
            "count": len(results.hits), "results": [hit_json(h, root) for h in results.hits]}


@search_api.get("/search.json")
def search_json() -> Response:
    """Every stated number matching `q`, best first; 400 with {"error": ...} when `q` is
    missing, empty, too long or has nothing to search for."""
    query = request.args.get("q")
    if query is None or not query.strip():
        return jsonify(error="Add a query: /search.json?q=words or numbers."), 400
    try:
        results = search_index().search(query)
    except QueryError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(results_json(results, request.url_root))


def add_search(server: Flask) -> None:
    """Serve /search.json from `server` and build the index now, not on the first search
    (after the pages are declared: links name their charts)."""
    server.register_blueprint(search_api)
    search_index()
