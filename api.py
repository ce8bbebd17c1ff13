"""Plain HTTP endpoints beside the Dash pages: health, the chart catalog and chart data."""
from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, jsonify, request

from charts.service import chart_rows, selection_key
from charts.spec import FilterError, all_charts, get_chart, token
from data.access import store

api = Blueprint("api", __name__)
PROVENANCE = ("value", "unit", "qualifier", "note", "exhibit", "record_ids")


def _text(message: str, status: int) -> Response:
    return Response(message + "\n", status=status, mimetype="text/plain")


@api.get("/healthz")
def healthz() -> Response:
    """Liveness: 200 once the data is loaded and validated."""
    data = store()
    return jsonify(status="ok", datasets=len(data.datasets), charts=len(all_charts()))


@api.get("/charts.json")
def charts_catalog() -> Response:
    """Every declared chart with its provenance and the filters its URLs accept."""
    entries = []
    for spec in all_charts():
        dataset = store().datasets[spec.dataset]
        entries.append({
            "slug": spec.slug, "title": spec.title, "subtitle": spec.subtitle, "page": spec.page,
            "exhibits": list(dataset.exhibits), "source": dataset.source,
            "publisher": dataset.publisher, "unit": spec.unit, "dataset": spec.dataset,
            "record_ids": list(dataset.record_ids),
            "filters": [{
                "param": f.param, "label": f.label, "multi": f.multi,
                "default": [token(v) for v in f.default],
                "options": [token(v) for v in spec.options(dataset.frame, f)],
            } for f in spec.filters],
            "csv": f"/charts/{spec.slug}.csv",
        })
    return jsonify(charts=entries)


def resolve_request(slug: str):
    """The chart and filter selection a /charts/<slug>.* request asks for, or an error response."""
    spec = get_chart(slug)
    if spec is None:
        return None, None, _text(f"Unknown chart '{slug[:80]}'. The list of charts is at /charts.json.", 404)
    accepted = {f.param for f in spec.filters}
    unknown = [name for name in request.args if name not in accepted]
    if unknown:
        return None, None, _text(
            f"Unknown parameter '{unknown[0][:60]}' for chart '{slug}'. "
            f"Accepted: {', '.join(sorted(accepted)) or 'none'}.", 400)
    try:
        selection, _ = spec.parse_query(store().frame(spec.dataset), request.args.to_dict())
    except FilterError as exc:
        return None, None, _text(str(exc), 400)
    return spec, selection, None


@api.get("/charts/<slug>.csv")
def chart_csv(slug: str) -> Response:
    """The rows behind a chart, with the same filters as the page, provenance included."""
    spec, selection, error = resolve_request(slug)
    if error is not None:
        return error
    rows = chart_rows(spec.slug, selection_key(selection))
    dimensions = [c for c in rows.columns if c not in PROVENANCE]
    quotes = store().quotes
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*dimensions, *PROVENANCE, "quote"])
    for record in rows.to_dict("records"):
        quote = " | ".join(quotes[r] for r in record["record_ids"].split(";"))
        writer.writerow([*(record[c] for c in dimensions), *(record[c] for c in PROVENANCE), quote])
    return Response(buffer.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="{spec.slug}.csv"'})
