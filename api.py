"""Plain HTTP endpoints beside the Dash pages: health, the chart catalog and every export."""
from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, jsonify, request

from charts.links import EMBED_PREFIX
from charts.provenance import sources_of
from charts.spec import FilterError, all_charts, get_chart, get_page, topic_pages
from data.access import cache, store
from exports.bundles import page_deck, page_zip
from exports.chart_file import chart_file
from exports.formats import (
    CHART_FORMATS, CITATION_FORMATS, IMAGE_FORMATS, PAGE_FORMATS, SIZE_LIMITS, SLIDE, ImageSize,
)
from exports.renderer import RenderUnavailable, renderer
from i18n import SOURCE_LANGUAGE, UnknownLanguage, check_language
from i18n.paths import LANGUAGE_PARAM

api = Blueprint("api", __name__)


def _text(message: str, status: int) -> Response:
    return Response(message + "\n", status=status, mimetype="text/plain")


def _attachment(body: bytes, mimetype: str, filename: str) -> Response:
    return Response(body, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@api.get("/healthz")
def healthz() -> Response:
    """Liveness: 200 once the data is loaded and validated."""
    data = store()
    return jsonify(status="ok", datasets=len(data.datasets), charts=len(all_charts()))


@api.get("/readyz")
def readyz() -> Response:
    """Readiness: data loaded; cache reachable, or knowingly degraded (still serving)."""
    backend = cache.cache
    if hasattr(backend, "ping"):
        cache_state = "redis: ok" if backend.ping() else "redis: unreachable, serving uncached"
    else:
        cache_state = f"in-process: {type(backend).__name__}"
    degraded = "unreachable" in cache_state
    return jsonify(status="degraded" if degraded else "ready", data="loaded",
                   datasets=len(store().datasets), cache=cache_state)


@api.get("/evidence.csv")
def evidence_file() -> Response:
    """Every register record and report passage the dashboard cites, with the report's words:
    what the ids beside each sentence (R..., P...) stand for."""
    data = store()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "kind", "words of the report"])
    writer.writerows([rid, "register record", quote] for rid, quote in data.quotes.items())
    writer.writerows([pid, "report passage", words] for pid, words in data.passages.items())
    return Response(buffer.getvalue().encode("utf-8"), mimetype="text/csv",
                    headers={"Content-Disposition": 'inline; filename="evidence.csv"'})


@api.get("/charts.json")
def charts_catalog() -> Response:
    """Every declared chart with its provenance, the filters its URLs accept and its exports."""
    entries = []
    for spec in all_charts():
        dataset = store().datasets[spec.dataset]
        entries.append({
            "slug": spec.slug, "title": spec.title.text, "subtitle": spec.subtitle.text,
            "title_records": list(spec.title.records), "page": spec.page,
            "exhibit": spec.exhibit, "exhibits": spec.exhibits_shown(dataset.frame),
            "sources": [{"printed": source.printed, "exhibits": list(source.exhibits)}
                        for source in sources_of(spec.base_frame(dataset.frame)["exhibit"],
                                                 store().exhibits)],
            "source_note": dataset.source_note.text,
            "unit": spec.unit.text, "dataset": spec.dataset,
            "record_ids": list(dataset.record_ids),
            "filters": [{
                "param": f.param, "label": f.label, "multi": f.multi,
                "default": list(spec.default_selection(dataset.frame, f)),
                "options": list(spec.options(dataset.frame, f)),
                "labels": {v: store().labels.display(v) for v in spec.options(dataset.frame, f)},
            } for f in spec.filters],
            "downloads": {fmt: f"/charts/{spec.slug}.{fmt}"
                          for fmt in (*CHART_FORMATS, *CITATION_FORMATS)},
            "embed": f"{EMBED_PREFIX}{spec.slug}",
        })
    return jsonify(charts=entries)


def _image_size() -> tuple[ImageSize | None, Response | None]:
    """The size a request asks for (width, height, scale), the slide's where it names none."""
    size = {}
    for name, (low, high) in SIZE_LIMITS.items():
        raw = request.args.get(name)
        if raw is None:
            size[name] = getattr(SLIDE, name)
            continue
        try:
            value = float(raw) if name == "scale" else int(raw)
        except ValueError:
            return None, _text(f"'{name}' must be a number, got {raw[:40]!r}.", 400)
        if not low <= value <= high:
            return None, _text(f"'{name}' must be between {low} and {high}, got {raw[:40]}.", 400)
        size[name] = value
    return ImageSize(**size), None


def requested_language() -> tuple[str | None, Response | None]:
    """The language a file is asked for in (`?lang=nl`; English without it), or a 400 that
    lists the languages."""
    try:
        return check_language(request.args.get(LANGUAGE_PARAM, SOURCE_LANGUAGE)), None
    except UnknownLanguage as exc:
        return None, _text(f"{str(exc)[:1].upper()}{str(exc)[1:]}.", 400)


def resolve_request(slug: str, extra_params: tuple[str, ...] = ()):
    """(chart, filter selection, language) a /charts/<slug>.* request asks for, and None; or
    (None, None, None, the error response)."""
    spec = get_chart(slug)
    if spec is None:
        return None, None, None, _text(
            f"Unknown chart '{slug[:80]}'. The list of charts is at /charts.json.", 404)
    extra_params = (*extra_params, LANGUAGE_PARAM)
    accepted = {f.param for f in spec.filters} | set(extra_params)
    unknown = [name for name in request.args if name not in accepted]
    if unknown:
        return None, None, None, _text(
            f"Unknown parameter '{unknown[0][:60]}' for chart '{slug}'. "
            f"Accepted: {', '.join(sorted(accepted))}.", 400)
    language, error = requested_language()
    if error is not None:
        return None, None, None, error
    query = {name: request.args.getlist(name) for name in request.args if name not in extra_params}
    try:
        selection, _ = spec.parse_query(store().frame(spec.dataset), query)
    except FilterError as exc:
        return None, None, None, _text(str(exc), 400)
    return spec, selection, language, None


@api.get("/charts/<slug>.<fmt>")
def chart_export(slug: str, fmt: str) -> Response:
    """A chart's data (csv, xlsx) or image (png, svg, pdf) with the page's filters applied."""
    if fmt not in CHART_FORMATS:
        return _text(f"Unknown format '{fmt[:20]}'. Use one of: "
                     f"{', '.join([*CHART_FORMATS, *CITATION_FORMATS])}.", 404)
    is_image = fmt in IMAGE_FORMATS
    spec, selection, language, error = resolve_request(slug, tuple(SIZE_LIMITS) if is_image else ())
    if error is not None:
        return error
    size, error = _image_size() if is_image else (SLIDE, None)
    if error is not None:
        return error
    try:
        body = chart_file(spec, selection, fmt, size, language=language, renderer=renderer)
    except RenderUnavailable as exc:
        return _text(str(exc), 503)
    return _attachment(body, CHART_FORMATS[fmt], f"{spec.slug}.{fmt}")


@api.get("/pages/<page>.<fmt>")
def page_export(page: str, fmt: str) -> Response:
    """All of a page's charts: a ZIP (PNG + CSV + README) or a PowerPoint deck, in the
    language `?lang=` names (English without it)."""
    spec = get_page(page)
    if spec is None or not spec.is_topic or fmt not in PAGE_FORMATS:
        return _text(f"Unknown page export '{page[:60]}.{fmt[:10]}'. Pages: "
                     f"{', '.join(p.key for p in topic_pages())}; formats: {', '.join(PAGE_FORMATS)}.", 404)
    unknown = [name for name in request.args if name != LANGUAGE_PARAM]
    if unknown:
        return _text(f"Unknown parameter '{unknown[0][:60]}'. Accepted: {LANGUAGE_PARAM}.", 400)
    language, error = requested_language()
    if error is not None:
        return error
    build = page_zip if fmt == "zip" else page_deck
    try:
        body = build(spec, renderer, language)
    except RenderUnavailable as exc:
        return _text(str(exc), 503)
    return _attachment(body, PAGE_FORMATS[fmt], f"{page}.{fmt}")


@api.get("/charts/<path:rest>")
@api.get("/pages/<path:rest>")
def unknown_export(rest: str) -> Response:
    """Any other address under the export paths: a one-line 404, not the app's page."""
    return _text(f"No export at '{request.path[:80]}': use /charts/<slug>.<format> or "
                 "/pages/<page>.<format> (see /charts.json).", 404)
