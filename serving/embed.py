"""/embed/<slug>?<filters>: one chart alone, for an <iframe> on another site.

The page has the chart's title and subtitle, the chart, its source note (as on its card) and a
link to the full view (the card's permalink, filters included); no navbar, no controls, and
full width, so the frame decides its size. It loads only what one chart needs: the stylesheet,
the app's plotly.js bundle and components/embed_chart.js, no Dash renderer or React; the
figure comes inside the page. Filters are read and checked as for /charts/<slug>.csv
(api.resolve_request): an unknown chart is a 404, a bad filter a 400.

Other sites may frame it: its Content-Security-Policy has its own frame-ancestors
(EMBED_FRAME_ANCESTORS, any site by default), which app.py gives serving/security.py for
EMBED_PREFIX; the pages keep theirs (FRAME_ANCESTORS).
"""
from __future__ import annotations

import json
import os
from html import escape

from dash import html
from flask import Response, request
from plotly.utils import PlotlyJSONEncoder

from api import resolve_request
from charts.links import EMBED_PREFIX, permalink
from components.page_filters import chart_query
from data.chart_cache import chart_figure
from charts.spec import ChartSpec
from components import EMBED_SCRIPT, PLOTLY_BUNDLE
from components.chart_card import GRAPH_CONFIG, graph_style, source_note
from components.markup import to_html
from data.access import store
from i18n.catalogs import gettext_for, translate
from serving.index_page import FAVICON, Dashboard

STYLESHEET = "style.css"


def figure_json(figure: dict) -> str:
    """The figure and its config as JSON that cannot end its <script> element early."""
    text = json.dumps({"figure": figure, "config": GRAPH_CONFIG}, cls=PlotlyJSONEncoder)
    return text.replace("<", "\\u003c")


def embed_body(spec: ChartSpec, figure: dict, full_view: str, language: str) -> str:
    """The markup of the embed in the language: heading, chart box, source note, link to the
    full view."""
    _ = gettext_for(language)
    dataset = store().datasets[spec.dataset]
    title = _(spec.title.text)
    return to_html(html.Main(className="embed-page", children=[
        html.H1(title, className="chart-title"),
        html.P(_(spec.subtitle.text), className="chart-subtitle"),
        # The box has the chart's height before it is drawn (and its narrow height in a narrow
        # frame, assets/style.css), so nothing moves when it is.
        html.Div(className="embed-chart", children=html.Div(
            className="chart-graph", style=graph_style(figure), role="img",
            **{"aria-label": _("Chart: {title}. The full view lists its numbers in a table.")
               .format(title=title)},
            children=html.Div(id="embed-graph", style={"height": "100%", "width": "100%"}))),
        source_note(spec, dataset, language),
        html.P(className="embed-link", children=html.A(
            _("Full view, data and filters: {study}").format(study=store().study["title"]),
            href=full_view, target="_blank", rel="noopener")),
    ]))


def embed_document(spec: ChartSpec, figure: dict, full_view: str, language: str,
                   stylesheet: str, scripts: list[str]) -> str:
    """The whole page in the language: head, body, the figure as data, the scripts that draw
    it."""
    script_tags = "".join(f'<script src="{escape(src)}" defer></script>' for src in scripts)
    title = translate(spec.title.text, language)
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)} · {escape(store().study['title'])}</title>\n{FAVICON}\n"
        f'<link rel="stylesheet" href="{escape(stylesheet)}">\n</head>\n'
        f'<body class="embed">\n{embed_body(spec, figure, full_view, language)}\n'
        f'<script type="application/json" id="embed-figure">{figure_json(figure)}</script>\n'
        f"{script_tags}\n</body>\n</html>\n")


def add_embed(app: Dashboard) -> None:
    """Serve /embed/<slug> from the app's server, with the URLs of the bundles Dash serves."""
    asset = os.path.join(app.config.assets_folder, STYLESHEET)
    # Stamped as Dash stamps assets (?m=<mtime>): browsers then keep it a year (compression.py).
    stylesheet = f"{app.get_asset_url(STYLESHEET)}?m={int(os.stat(asset).st_mtime)}"
    scripts = [app._bundle_url(PLOTLY_BUNDLE), app._bundle_url(EMBED_SCRIPT)]

    @app.server.get(f"{EMBED_PREFIX}<slug>")
    def embed(slug: str) -> Response:
        """One chart alone, with the filters of the query string, in the language `?lang=`
        names."""
        spec, selection, language, error = resolve_request(slug)
        if error is not None:
            return error
        figure = chart_figure(spec.slug, selection.key, language)
        full_view = permalink(spec, request.url_root, chart_query(spec, selection), language)
        return Response(embed_document(spec, figure, full_view, language, stylesheet, scripts),
                        mimetype="text/html")

    @app.server.get(EMBED_PREFIX, defaults={"rest": ""})
    @app.server.get(f"{EMBED_PREFIX}<path:rest>")
    def no_embed(rest: str) -> Response:
        """Any other address under /embed/: a one-line 404, not the app's page."""
        return Response(f"No chart at '{request.path[:80]}': use /embed/<slug> "
                        "(the slugs are listed at /charts.json).\n", status=404,
                        mimetype="text/plain")
