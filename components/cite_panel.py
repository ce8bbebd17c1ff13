"""A card's "Cite or embed" disclosure: the ready citation of the view on screen, its BibTeX and
RIS files, and the <iframe> code of its embed.

It is part of the card's footer (components/chart_card.py footer_html), which the filter
callback rebuilds with the chart's new query string, so the permalink, the files' links and
the embed code follow the filters the way the download links do.
"""
from __future__ import annotations

from datetime import date
from html import escape

import flask
from dash import html

from charts.claims import evidence
from charts.links import embed_url
from charts.spec import ChartSpec
from data.access import store
from exports.citation import chart_citation, today
from i18n.catalogs import gettext_for, translate
from i18n.paths import with_language

# Room an embed needs around its chart: heading, subtitle, source note and link (serving/embed.py).
EMBED_CHROME_HEIGHT = 240


def citation_context() -> tuple[str, date]:
    """What a citation built now depends on besides the view: the address the page was
    requested at (its permalinks and embeds are absolute) and the access date. Whatever keeps
    built cards (the topic page's layout cache) keys them by it too."""
    base_url = flask.request.url_root if flask.has_request_context() else "/"
    return base_url, today()


def iframe_code(spec: ChartSpec, base_url: str, query: str, chart_height: int,
                language: str) -> str:
    """The <iframe> element that embeds this chart view, in the language, on another site."""
    return (f'<iframe src="{escape(embed_url(spec, base_url, query, language))}" '
            f'title="{escape(translate(spec.title.text, language))}" width="100%" '
            f'height="{chart_height + EMBED_CHROME_HEIGHT}" style="border:0" loading="lazy">'
            "</iframe>")


def copy_button(label: str, source_id: str, language: str) -> html.Button:
    """A button that copies the text of element `source_id` and says so (assets/copy_link.js)."""
    _ = gettext_for(language)
    return html.Button(label, type="button", className="action-link copy-text",
                       **{"data-copy": source_id, "aria-live": "polite",
                          "data-done": _("Copied"), "data-failed": _("Copy failed:")})


def cite_panel(spec: ChartSpec, query: str, chart_height: int, language: str, base_url: str,
               accessed: date) -> html.Details:
    """The disclosure for the chart as filtered by `query`, cited as accessed on `accessed`,
    in the language (the files it links to are too)."""
    _ = gettext_for(language)
    citation = chart_citation(spec, store(), query, base_url, accessed, language)
    slug = spec.slug
    study, chart, url, accessed = citation.parts()
    files_query = with_language(query, language)
    return html.Details(className="cite-panel", children=[
        html.Summary(_("Cite or embed"), className="cite-summary"),
        html.Div(className="cite-body", children=[
            # The citation names the chart's title, so it cites the title's records.
            html.P(id=f"{slug}-citation", className="cite-text", **evidence(spec.title), children=[
                html.Span(study, lang="en"), chart, html.A(url, href=url), accessed]),
            html.P(className="cite-actions", children=[
                copy_button(_("Copy citation"), f"{slug}-citation", language),
                html.A("BibTeX", href=f"/charts/{slug}.bib{files_query}", className="action-link",
                       title=_("The citation as a BibTeX file (with url and urldate)")),
                html.A("RIS", href=f"/charts/{slug}.ris{files_query}", className="action-link",
                       title=_("The citation as an RIS file, for reference managers")),
            ]),
            html.Label(_("Embed this chart on a web page (HTML):"), htmlFor=f"{slug}-embed-code",
                       className="cite-label"),
            html.Textarea(iframe_code(spec, base_url, query, chart_height, language),
                          id=f"{slug}-embed-code", className="embed-code", readOnly=True, rows=3),
            copy_button(_("Copy embed code"), f"{slug}-embed-code", language),
        ]),
    ])
