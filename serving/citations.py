"""/charts/<slug>.bib and /charts/<slug>.ris: a chart's citation for reference managers.

They take the same filter parameters as /charts/<slug>.csv and are checked the same way
(api.resolve_request: an unknown chart is a 404, an unknown filter or value a 400), so the
permalink they cite shows the view that was downloaded.
"""
from __future__ import annotations

from flask import Blueprint, Response, request

from api import resolve_request
from components.page_filters import chart_query
from data.access import store
from exports.citation import chart_citation, today
from exports.formats import CITATION_FORMATS

citations = Blueprint("citations", __name__)

# Two rules with the suffix spelled out: Werkzeug prefers them to api.py's /charts/<slug>.<fmt>.
@citations.get("/charts/<slug>.bib", defaults={"fmt": "bib"})
@citations.get("/charts/<slug>.ris", defaults={"fmt": "ris"})
def chart_citation_file(slug: str, fmt: str) -> Response:
    """The citation of a chart view as BibTeX or RIS, accessed today, in the language `?lang=`
    names."""
    spec, selection, language, error = resolve_request(slug)
    if error is not None:
        return error
    citation = chart_citation(spec, store(), chart_query(spec, selection), request.url_root,
                              today(), language, selection)
    body = citation.bibtex() if fmt == "bib" else citation.ris()
    return Response(body.encode("utf-8"), mimetype=CITATION_FORMATS[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{spec.slug}.{fmt}"'})
