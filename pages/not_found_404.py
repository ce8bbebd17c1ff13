"""Friendly page for any path the dashboard does not have, in the language of its prefix (an
unknown prefix, such as /xx/globalization, is English): it lists the languages the dashboard
has, with the overview in each."""
from dash import html

from charts.spec import PageSpec, declare_page, get_page
from components.light import app_link, static
from i18n import LANGUAGES, language_name
from i18n.catalogs import gettext_for


def layout(_query, language: str):
    """Says the page does not exist, points back to the overview and names the languages."""
    _ = gettext_for(language)
    overview = get_page("overview")
    return static(html.Main(className="page", children=[
        html.H1(_(PAGE.heading)),
        html.P(_("This page does not exist in the dashboard.")),
        html.P(app_link(_("Go to the overview"), overview.href(language))),
        html.P(_("The dashboard is in these languages (the first part of each address):")),
        html.Ul([html.Li(html.A(f"{language_name(other)} (/{other}/)", href=overview.href(other),
                                lang=other, hrefLang=other))
                 for other in LANGUAGES]),
    ]))


PAGE = declare_page(PageSpec(
    key="not-found", path="/404", order=99, module=__name__, layout=layout, in_navbar=False,
    name="Page not found", title="Page not found · Belgium in the new global economy",
    heading="Page not found",
))
