"""Belgium in the new global economy: the dashboard's entry point.

`python app.py` serves it on http://127.0.0.1:8050; in production `gunicorn app:server`.
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

import dash

import components.page_callbacks  # noqa: F401  (registers the pages' shared callbacks)
import pages
from charts.spec import PageSpec, all_pages
from components.topic_page import topic_page
from api import api
from charts.links import EMBED_PREFIX
from charts.theme import register_template
from components.page_shell import app_layout
from config import Config
from data.access import cache, init_store
from data.loader import DataFileError
from exports.renderer import renderer
from i18n import LANGUAGES
from i18n.catalogs import CatalogError, gettext_for, load_catalogs
from serving.callback_guard import guard_dash_endpoints
from serving.citations import citations
from serving.embed import add_embed
from serving.compression import add_compression
from serving.index_page import INDEX_STRING, Dashboard, cut
from serving.languages import add_language_redirects
from serving.observability import add_request_logging, configure_logging
from serving.search import add_search
from serving.security import add_security_headers
from serving.site_files import add_site_files

ROOT = Path(__file__).resolve().parent


def register_pages() -> None:
    """Route every declared page (pages/) in every language: Dash Pages' registry is filled
    from ours, one entry per page and language (/nl/globalization), each naming its page and
    language. The unprefixed addresses of earlier links redirect (serving/languages.py)."""
    pages.load()
    for page in all_pages():
        for language in LANGUAGES:
            _ = gettext_for(language)
            dash.register_page(f"{page.module}.{language}", path=page.href(language),
                               name=_(page.name), order=page.order,
                               title=_(page.title),
                               description=cut(_(page.description)) if page.description else None,
                               layout=page_layout(page, language), language=language,
                               page_key=page.key)


def page_layout(page: PageSpec, language: str):
    """The function Dash Pages calls with the URL's query: a topic page of its charts, or the
    page's own layout, in the language."""
    if page.is_topic:
        return lambda **query: topic_page(page, query, language)
    return lambda **query: page.layout(query, language)


def create_app(config: Config | None = None) -> Dashboard:
    """Build the app: validate the data (raises DataFileError), wire the cache and the routes."""
    config = config or Config.from_env()
    configure_logging(config.log_level)
    init_store(config.data_dir)
    load_catalogs()
    register_template()
    renderer.configure(config.export_timeout, config.export_max_queue)
    app = Dashboard(
        __name__, use_pages=True, index_string=INDEX_STRING, pages_folder=str(ROOT / "pages"),
        assets_folder=str(ROOT / "assets"), serve_locally=True,
        title="Belgium in the new global economy", update_title=None,
        suppress_callback_exceptions=True,
        # Nothing runs on load: the server renders each page as its callbacks would, and the
        # index page has its title. Without this, Dash Pages' title callback ran on every load,
        # and with it the renderer's callback pipeline: ~15 store updates, each re-running every
        # component's selector (~40 ms of a phone's main thread at 1x on a long page).
        prevent_initial_callbacks=True,
    )
    app.server.config["ACCESSIBILITY_CONTACT"] = config.accessibility_contact  # pages/accessibility.py
    cache.init_app(app.server, config=config.cache_config())
    app.server.register_blueprint(api)
    app.server.register_blueprint(citations)
    add_site_files(app.server)
    add_language_redirects(app.server)
    add_embed(app)
    add_request_logging(app.server)
    add_compression(app.server)
    register_pages()
    add_search(app.server)
    app.layout = partial(app_layout, app)
    # Hash Dash's inline bootstrap scripts (and clientside callbacks) into the CSP.
    # Pages may be framed as FRAME_ANCESTORS says; the single-chart embeds as
    # EMBED_FRAME_ANCESTORS says (any site by default).
    add_security_headers(app.server, app.csp_hashes, config.frame_ancestors,
                         {EMBED_PREFIX: config.embed_frame_ancestors})
    guard_dash_endpoints(app)
    # Dash registers callbacks and the Pages router during its first request; two concurrent
    # first requests race (one sees an empty callback map). Serve one here, before any user.
    # Not in debug mode: `app.run(debug=True)` still has to add Dash's dev-tools routes and
    # error handlers, which Flask refuses once a request has been served.
    if not config.debug:
        app.server.test_client().get("/healthz")
    return app


def _build_or_exit() -> Dashboard:
    try:
        return create_app()
    except DataFileError as exc:
        print(f"Cannot start: broken data file: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    except CatalogError as exc:
        print(f"Cannot start: broken translation catalog: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


app = _build_or_exit()
server = app.server

if __name__ == "__main__":
    settings = Config.from_env()
    # The development server should not announce its version either.
    from werkzeug.serving import WSGIRequestHandler
    WSGIRequestHandler.server_version, WSGIRequestHandler.sys_version = "werkzeug", ""
    # Debug mode's dev tools would ask plotly.com for the latest Dash version: the app makes no
    # outside calls (and the Content-Security-Policy would block it).
    app.run(host=settings.host, port=settings.port, debug=settings.debug,
            dev_tools_disable_version_check=True)
