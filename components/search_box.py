"""The search form: a plain GET form to /search, so it works before (and without) any script.

Dash has no html.Input, and the navbar is painted before Dash starts, so the form is markup
(components.light.StaticHtml): the same element in the first paint and in React's copy.
"""
from __future__ import annotations

from html import escape

from charts.spec import get_page
from components.light import StaticHtml
from i18n.catalogs import gettext_for
from search.terms import MAX_QUERY_LENGTH


def _attr(text: str) -> str:
    return escape(text, quote=True)


def search_form_html(language: str, dom_id: str, label: str, landmark: str, value: str = "",
                     class_name: str = "search-form") -> str:
    """A `<form role="search">` to the search page in the language, named `landmark` (each
    search landmark of a page needs its own name), its visible `label` tied to the input, the
    input (prefilled with `value`) and a submit button. Every text is escaped here: `value` is
    whatever the reader typed."""
    _ = gettext_for(language)
    action = get_page("search").href(language)
    return (
        f'<form role="search" action="{action}" method="get" class="{_attr(class_name)}" '
        f'aria-label="{_attr(landmark)}">'
        f'<label for="{_attr(dom_id)}" class="search-label">{escape(label, quote=False)}</label>'
        f'<span class="search-row"><input type="search" id="{_attr(dom_id)}" name="q" '
        f'value="{_attr(value)}" maxlength="{MAX_QUERY_LENGTH}" autocomplete="off" '
        f'spellcheck="false" class="search-input">'
        f'<button type="submit" class="search-button">{escape(_("Search"), quote=False)}</button>'
        '</span></form>'
    )


def navbar_search(language: str) -> StaticHtml:
    """The navbar's search box, on every page."""
    _ = gettext_for(language)
    return StaticHtml(search_form_html(language, "site-search-q", _("Find a number"),
                                       _("Site search"), class_name="search-form site-search"),
                      className="site-search-box")
