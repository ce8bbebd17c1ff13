"""The search form: a plain GET form to /search, so it works before (and without) any script.

Dash has no html.Input, and the navbar is painted before Dash starts, so the form is markup
(components.light.StaticHtml): the same element in the first paint and in React's copy.
"""
from __future__ import annotations

from html import escape

from components.light import StaticHtml
from search.terms import MAX_QUERY_LENGTH

SEARCH_PATH = "/search"


def _attr(text: str) -> str:
    return escape(text, quote=True)


def search_form_html(dom_id: str, label: str, landmark: str, value: str = "",
                     class_name: str = "search-form") -> str:
    """A `<form role="search">` named `landmark` (each search landmark of a page needs its own
    name), its visible `label` tied to the input, the input (prefilled with `value`) and a
    submit button. Every text is escaped here: `value` is whatever the reader typed."""
    return (
        f'<form role="search" action="{SEARCH_PATH}" method="get" class="{_attr(class_name)}" '
        f'aria-label="{_attr(landmark)}">'
        f'<label for="{_attr(dom_id)}" class="search-label">{escape(label, quote=False)}</label>'
        f'<span class="search-row"><input type="search" id="{_attr(dom_id)}" name="q" '
        f'value="{_attr(value)}" maxlength="{MAX_QUERY_LENGTH}" autocomplete="off" '
        f'spellcheck="false" class="search-input">'
        '<button type="submit" class="search-button">Search</button></span></form>'
    )


def navbar_search() -> StaticHtml:
    """The navbar's search box, on every page."""
    return StaticHtml(search_form_html("site-search-q", "Find a number", "Site search",
                                       class_name="search-form site-search"),
                      className="site-search-box")
