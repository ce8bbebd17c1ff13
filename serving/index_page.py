"""The HTML page Dash serves first: in its page's language (`<html lang>`, with a link to the same
page in every other language), titled and described for its page, painted before any script
runs, and lean.

Dash's default page is empty until its scripts have run, fetched the layout and rendered it;
on a phone that is seconds of a blank screen. `Dashboard` serves the page with its markup
inside (`#first-paint`, written by components/first_paint.py from the same layout the layout
endpoint sends), so text, headings and chart boxes are painted as soon as the HTML and the
stylesheet arrive; React then renders only the parts the browser runs into it
(components/islands.py: the markup marks them).
It also loads Dash's scripts only after that first paint, leaves out the bundles the app
does not need (@babel/polyfill, DataTable, dcc), and names the app's
plotly.js bundle (components/plotly_bundle.min.js) in a meta tag, from which the charts load it
when the reader scrolls or the first of them comes near the viewport (a prefetch at load
competed with Dash's bundles on a slow network: LCP 2.8 -> 5 s). A path that is no page
answers 404 with the "Page not found" page.
"""
from __future__ import annotations

import logging
import re
from html import escape, unescape

import flask
from dash import Dash

from components import PLOTLY_BUNDLE
from components import _js_dist as COMPONENT_BUNDLES
from components.first_paint import page_markup
from components.islands import LiveIds
from charts.spec import get_page
from components.page_shell import LANGUAGE_COOKIE, is_not_found, page_for_path, page_title, shell_layout
from i18n import LANGUAGES, SOURCE_LANGUAGE

LOG = logging.getLogger(__name__)
INDEX_STRING = """<!DOCTYPE html>
<html lang="{%language%}">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
        {%head_scripts%}
    </head>
    <body>
        <div id="first-paint">{%page_markup%}</div>
        {%app_entry%}
        <div id="dash-scripts">
            {%config%}
            {%scripts%}
            {%renderer%}
        </div>
    </body>
</html>"""

# Script tags Dash adds that this app does not need (see assets/regenerator_runtime.js for the
# polyfill; no page uses DataTable or dcc: components/light.py has the Store, Location and
# links the pages use).
UNNEEDED_SCRIPT = re.compile(
    r'<script src="[^"]*/(?:dash/deps/polyfill@|dash/dash_table/bundle|dash/dcc/)[^"]*"></script>\n?')
# Dash Pages writes an empty description when a page declares none.
EMPTY_DESCRIPTION = re.compile(r'((?:name|property)="(?:description|twitter:description|'
                               r'og:description)" content=)""')
INTRO = re.compile(r'<p class="page-intro">(.*?)</p>|<main[^>]*>.*?<p[^>]*>(.*?)</p>', re.S)
TAG = re.compile(r"<[^>]+>")
DESCRIPTION_MAX = 160
# A bar-chart icon inline: no request for it, and no /favicon.ico request either.
FAVICON = ('<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22'
           ' viewBox=%220 0 16 16%22%3E%3Cpath fill=%22%230072B2%22 d=%22M1 9h4v6H1zM6 4h4v11H6z'
           '%22/%3E%3Cpath fill=%22%23D55E00%22 d=%22M11 1h4v14h-4z%22/%3E%3C/svg%3E">')


# Dash's scripts are fetched only after the first-paint copy has been painted: on a slow
# network 250 kB of script otherwise share the line with the stylesheet the first paint waits
# for. Their tags keep their place and order but a type the browser does not run
# (DEFERRED_TYPE); the renderer's inline script (START_RENDERER, hashed into the CSP like Dash's
# own) loads them in that order once the first frame is on screen and then starts Dash.
DEFERRED_TYPE = "text/x-after-first-paint"
START_RENDERER = """(function () {
    var tags = Array.prototype.slice.call(document.querySelectorAll('script[type="%s"]'));
    /* One script per task: starting a script's fetch costs ~1-4 ms of main thread, too much
       for seventeen in one task on a phone. */
    function next() {
        var tag = tags.shift();
        var script = document.createElement("script");
        script.src = tag.src;
        script.async = false;  /* run in order, as the tags are */
        if (!tags.length) {
            script.addEventListener("load", function () { window.renderer = new DashRenderer(); });
        }
        tag.parentNode.insertBefore(script, tag);
        if (tags.length) {
            setTimeout(next, 0);
        }
    }
    /* After the first paint is on screen (its paint timing entry), not only drawn: a slow
       compositor can take a second to show a frame the main thread drew at once. */
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes || [];
    if (types.indexOf("paint") >= 0) {
        new PerformanceObserver(function (entries, observer) {
            observer.disconnect();
            setTimeout(next, 0);
        }).observe({type: "paint", buffered: true});
    } else {
        requestAnimationFrame(function () { setTimeout(next, 0); });
    }
}());""" % DEFERRED_TYPE


def lean_scripts(scripts: str) -> str:
    """Dash's script tags, held back for START_RENDERER, without the bundles this app does not
    need."""
    tags = UNNEEDED_SCRIPT.sub("", scripts).rstrip("\n").split("\n")
    return "\n".join(tags).replace("<script src=", f'<script type="{DEFERRED_TYPE}" src=')


def description_of(markup: str) -> str:
    """A page's meta description: its intro paragraph (or first paragraph), as plain text."""
    found = INTRO.search(markup)
    return " ".join(unescape(TAG.sub("", next(filter(None, found.groups())))).split()) if found else ""


def cut(text: str) -> str:
    """A description cut at a word to at most DESCRIPTION_MAX characters (a translation may be
    longer than its English)."""
    if len(text) > DESCRIPTION_MAX:
        text = text[:DESCRIPTION_MAX - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


def alternate_links(page: dict, root: str, search: str) -> list[str]:
    """`<link rel="alternate" hreflang>` to the page in each language, `x-default` to the page
    for a reader whose language is none of these (the overview's bare `/`, which chooses by
    the browser's languages; the English page otherwise), and the canonical address: the
    page's own in its language. None for a page that is not found."""
    if is_not_found(page):
        return []
    spec, base = get_page(page["page_key"]), root.rstrip("/")
    links = [f'<link rel="alternate" hreflang="{language}" href="{escape(base + spec.href(language) + search)}">'
             for language in LANGUAGES]
    default = "/" if spec.path == "/" else spec.href(SOURCE_LANGUAGE)
    links.append(f'<link rel="alternate" hreflang="x-default" href="{escape(base + default + search)}">')
    links.append(f'<link rel="canonical" href="{escape(base + spec.href(page["language"]) + search)}">')
    return links


class Dashboard(Dash):
    """Dash with the index page described above (Dash's documented interpolate_index hook)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.renderer = START_RENDERER  # hashed into the CSP like Dash's own (csp_hashes)

    def index(self, *args, **kwargs):
        """The index page; 404 for a path that is no page (the "Page not found" page). It
        remembers the page's language (LANGUAGE_COOKIE) for a layout request that comes
        without the page's address (components/page_shell.py)."""
        page, _ = page_for_path(self, flask.request.path)
        response = flask.make_response(super().index(*args, **kwargs), 404 if is_not_found(page) else 200)
        response.set_cookie(LANGUAGE_COOKIE, page["language"], samesite="Lax", httponly=True)
        return response

    def interpolate_index(self, **parts) -> str:
        request = flask.request
        page, path_variables = page_for_path(self, request.path)
        search = f"?{request.query_string.decode('latin-1')}" if request.query_string else ""
        layout = shell_layout(self, (request.url, request.path, search))
        try:
            markup = page_markup(layout, LiveIds(self.callback_map))
        except (TypeError, ValueError):  # a layout it cannot write out: Dash renders it as usual
            LOG.exception("no first-paint copy for %s%s", request.path, search)
            markup = ""
        description = cut(page.get("description") or description_of(markup))
        parts["title"] = escape(page_title(page, path_variables))
        parts["metas"] = EMPTY_DESCRIPTION.sub(
            lambda m: f'{m.group(1)}"{escape(description)}"', parts["metas"])
        parts["favicon"] = FAVICON
        parts["scripts"] = lean_scripts(parts["scripts"])
        head = [f'<meta name="plotly-js" content="{self._bundle_url(PLOTLY_BUNDLE)}">',
                *alternate_links(page, request.url_root, search)]
        index = super().interpolate_index(**parts)
        return (index.replace("{%head_scripts%}", "\n        ".join(head))
                .replace("{%page_markup%}", markup).replace("{%language%}", page["language"]))

    def _bundle_url(self, path: str) -> str:
        """The fingerprinted URL of a bundle of this app's components, as Dash builds its
        own."""
        entries = {entry.get("relative_package_path"): entry for entry in COMPONENT_BUNDLES}
        resource = {key: value for key, value in entries[path].items()
                    if key not in ("async", "dynamic")}
        return self._collect_and_register_resources([resource])[0]
