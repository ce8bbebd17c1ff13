"""Find: /search?q=... lists every stated number that matches (search/, components/search_results.py).

Rendered on the server like every page (the results are in the first paint), so a search works
without JavaScript; /search.json answers the same query for scripts (serving/search.py).
"""
from dash import html

from charts.spec import PageSpec, declare_page
from components.light import StaticHtml
from components.markup import to_html
from components.search_box import search_form_html
from components.search_results import results_block
from search.index import search_index
from i18n.catalogs import N_, gettext_for
from search.terms import QueryError

HELP = N_("Search every number the study states by the words of its sentence, its exhibit "
          "(\u201cFigure 10\u201d) or chart, a country or category, or the number itself, with a "
          "decimal comma or point.")


def layout(query_string, language: str):
    """The search form, prefilled with the query, and what it finds (or why it cannot search),
    in the language."""
    _ = gettext_for(language)
    q = query_string.get("q")
    query = q if isinstance(q, str) else (q[0] if isinstance(q, list) and q else "")
    try:
        body = results_block(search_index().search(query), language) if query.strip() else []
    except QueryError as exc:
        body = [html.P(exc.message.text(language), className="notice search-error", role="alert")]
    return html.Main(className="page search-page", children=[
        html.H1(_(PAGE.heading)),
        html.P(_(HELP), className="page-intro"),
        StaticHtml(search_form_html(language, "search-page-q", _("Search the numbers of the study"),
                                    _("Search the study's numbers"), query[:400],
                                    "search-form search-form--page")),
        StaticHtml(to_html(body), className="search-body"),
    ])


PAGE = declare_page(PageSpec(
    key="search", path="/search", order=90, module=__name__, layout=layout, in_navbar=False,
    name="Search", title="Search · Belgium in the new global economy",
    heading="Search the study's numbers",
    description="Find any number the study Belgium in the new global economy states, with its "
                "sentence, exhibit and the chart that shows it.",
))
