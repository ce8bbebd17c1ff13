"""Site header: the study's title, a link to every declared page that belongs in the navigation,
the search box and the language switch, in the page's language."""
from __future__ import annotations

from dash import html

from charts.spec import all_pages, get_page
from components.light import app_link
from components.search_box import navbar_search
from i18n import LANGUAGES, language_name
from i18n.catalogs import gettext_for


def language_switch(language: str, page_key: str | None, search: str) -> html.Nav:
    """A link to the same view in each language: the page's address in that language with the
    same query (filter keys are the same in every language). They are plain links (a new page
    in the other language); assets/language_switch.js adds the view's current query and
    #anchor when one is followed, as filters change them after the page was served."""
    _ = gettext_for(language)
    page = get_page(page_key) if page_key else None
    links = []
    for other in LANGUAGES:
        href = (page.href(other) + search) if page else get_page("overview").href(other)
        current = {"aria-current": "true"} if other == language else {}
        # The visible code is the link's name (WCAG 2.5.3); the language's own name is its
        # description (title), read after it.
        links.append(html.Li(html.A(
            other.upper(), href=href, lang=other, hrefLang=other, className="language-link",
            title=language_name(other), **current)))
    return html.Nav(html.Ul(links, className="language-list"), className="language-switch",
                    **{"aria-label": _("Language")})


def navbar(language: str, page_key: str | None = None, search: str = "") -> html.Header:
    """The top bar: study title, one link per page in `order` (pages declared with
    `in_navbar=False`, such as the accessibility statement and the 404 page, excluded), the
    search box and the language switch for the page at `page_key` with query `search`."""
    _ = gettext_for(language)
    links = [html.Li(app_link(_(page.name), page.href(language), className="nav-link"))
             for page in all_pages() if page.in_navbar]
    return html.Header(className="site-header", children=[
        # The study's title, in its own language: the dashboard is its interactive edition.
        html.A("Belgium in the new global economy", href=get_page("overview").href(language),
               className="site-title", lang="en"),
        html.Nav(html.Ul(links, className="nav-list"), **{"aria-label": _("Pages")}),
        navbar_search(language),
        language_switch(language, page_key, search),
    ])
