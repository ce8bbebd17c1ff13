"""The app shell, served with the requested page already inside it.

Dash Pages leaves its page container empty and fills it with a callback once its Location has
reported the browser's URL: one more round trip, and one more render, before any chart is drawn.
The browser's request for the layout (`/_dash-layout`) names the page in its Referer header (sent
for same-origin requests under our Referrer-Policy), so the shell can arrive with that page's
layout in place and Location already holding the URL; Location then has nothing to report and
the router callback does not run on load. Without a usable Referer the empty container is served
and the router fills it as before; navigating inside the app always goes through the router.
"""
from __future__ import annotations

import logging
from urllib.parse import urlsplit

import dash
import flask
from dash import html
from dash._pages import (  # the router's own path rules
    _parse_query_string,
    _path_to_page,
)
from dash.dash import _ID_CONTENT, _ID_DUMMY, _ID_LOCATION, _ID_STORE  # the router's ids

from charts.spec import get_page
from components.first_paint import page_markup
from components.islands import LiveIds, islands_of
from components.light import Location, Store, app_link, static
from components.navbar import navbar
from i18n import LANGUAGES, SOURCE_LANGUAGE
from i18n.catalogs import gettext_for
from i18n.paths import split_language

LOG = logging.getLogger(__name__)
NOT_FOUND_MODULE = "pages.not_found_404"
# The language of the last page served to this browser (serving/index_page.py): the shell's
# language when a layout request does not name its page (no usable Referer).
LANGUAGE_COOKIE = "lang"


def _requested_page_url(request: flask.Request) -> tuple[str, str, str] | None:
    """(href, pathname, search) of the page that asked for the layout, if its Referer is ours."""
    referer = request.headers.get("Referer", "")
    parts = urlsplit(referer)
    if not referer or parts.netloc != request.host or parts.scheme not in ("http", "https"):
        return None
    return referer, parts.path or "/", f"?{parts.query}" if parts.query else ""


def page_for_path(app: dash.Dash, pathname: str) -> tuple[dict, dict | None]:
    """(registry entry, path variables) the Dash Pages router picks for a path; unknown -> the
    "Page not found" page, in the language of the path's prefix (English without one)."""
    page, path_variables = _path_to_page(app.strip_relative_path(pathname))
    if not page:
        language, _ = split_language(pathname)
        page = dash.page_registry[f"{NOT_FOUND_MODULE}.{language or SOURCE_LANGUAGE}"]
    return page, path_variables


def is_not_found(page: dict) -> bool:
    """Whether a registry entry is the "Page not found" page (in any language)."""
    return page["module"].startswith(f"{NOT_FOUND_MODULE}.")


def page_title(page: dict, path_variables: dict | None) -> str:
    """A registry entry's title, called with the path variables where it is a function."""
    title = page["title"]
    return title(**(path_variables or {})) if callable(title) else title


def _page_for(app: dash.Dash, pathname: str, search: str) -> tuple[object, str]:
    """(layout, title) exactly as the Dash Pages router would render them for this URL."""
    page, path_variables = page_for_path(app, pathname)
    layout = page["layout"]
    if callable(layout):
        layout = layout(**{**(path_variables or {}), **_parse_query_string(search)})
    return layout, page_title(page, path_variables)


def _container(location: Location, layout=None, title: str | None = None) -> html.Div:
    """dash.page_container (the ids its router reads and writes) with this app's Location and
    Store, which need no dcc bundle (components/dashboard_components.js)."""
    return html.Div([
        location,
        html.Div(layout, id=_ID_CONTENT, disable_n_clicks=True),
        Store(id=_ID_STORE, data={"title": title} if title else None),
        html.Div(id=_ID_DUMMY, disable_n_clicks=True),
    ])


def page_container(app: dash.Dash, requested: tuple[str, str, str] | None = None,
                   islands: bool = False) -> html.Div:
    """The page container, pre-filled with the page at `requested` (href, pathname, search):
    by default the page named by the layout request's Referer; with `islands`, only the parts
    of it the browser runs (components/islands.py), and ValueError where the index page could
    not write the page's markup to run them in. Without a page it is empty and Location reports
    the browser's address, so the router fills it."""
    if requested is None and flask.has_request_context():
        requested = _requested_page_url(flask.request)
    if requested is None:
        return _container(Location(id=_ID_LOCATION))
    href, pathname, search = requested
    try:
        layout, title = _page_for(app, pathname, search)
    except Exception:  # the router callback will render (and report) this page
        LOG.exception("could not pre-render %s%s; leaving it to the router", pathname, search)
        return _container(Location(id=_ID_LOCATION))
    if islands:
        live = LiveIds(app.callback_map)
        try:
            # Written again as the index page wrote it (serving/index_page.py; ~3 ms): the islands
            # are sent only where that copy exists to run them in.
            page_markup(layout, live)
        except (TypeError, ValueError) as error:
            raise ValueError(f"no first-paint copy of {pathname}{search}") from error
        layout = islands_of(layout, live)
    # Every URL prop set: Location reports none on mount (no store update, no re-render).
    # A #fragment never reaches the server; with hash "" Location leaves the URL as it is.
    return _container(Location(id=_ID_LOCATION, href=href, pathname=pathname, search=search, hash=""),
                      layout, title)


def shell_layout(app: dash.Dash, requested: tuple[str, str, str] | None = None) -> html.Div:
    """Skip link, header, the page container (pre-filled where possible) and footer, in the
    page's language; the page is the one at `requested` (href, pathname, search) if given (the
    index page's first-paint copy, serving/index_page.py), else the layout request's
    Referer's."""
    if requested is None and flask.has_request_context():
        requested = _requested_page_url(flask.request)
    page = page_for_path(app, requested[1])[0] if requested else None
    remembered = flask.request.cookies.get(LANGUAGE_COOKIE) if flask.has_request_context() else None
    language = page["language"] if page else (remembered if remembered in LANGUAGES else SOURCE_LANGUAGE)
    _ = gettext_for(language)
    return html.Div(className="app-shell", children=[
        html.A(_("Skip to content"), href="#content", className="skip-link"),
        # Static parts as one component each: the renderer's work grows with the components.
        static(navbar(language, page["page_key"] if page else None, requested[2] if requested else "")),
        html.Div(page_container(app, requested), id="content"),
        static(html.Footer(className="site-footer", children=[
            html.P(_("Data: FEB/VBO Forum, Belgium in the new global economy. Every value names "
                     "its exhibit and the sentence of the study that states it.")),
            html.P(app_link(_("Accessibility statement"), get_page("accessibility").href(language))),
        ])),
    ])


def app_layout(app: dash.Dash) -> html.Div:
    """The layout endpoint's answer. A request that names its page (Referer) comes from that
    page's index page, painted from markup: it gets the page's islands only, which the browser
    renders into that markup (components/islands.py). Without one, the whole shell, which the
    router fills."""
    requested = _requested_page_url(flask.request) if flask.has_request_context() else None
    if requested is None:
        return shell_layout(app)
    try:
        # The shell's header and footer stay the first-paint copy's: React's root holds the
        # page container alone.
        return html.Div(page_container(app, requested, islands=True))
    except ValueError:  # the index page had no copy to run islands in: the whole page
        LOG.exception("islands of %s", requested[1])
        return shell_layout(app, requested)
