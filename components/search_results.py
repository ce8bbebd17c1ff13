"""The results of a search as a page shows them: for each stated number, the value as printed,
the sentence of the report that states it (verbatim, in English), its exhibit and section, and
a link to the card that shows it with the filters that show it. Matches are <mark>ed; every
text goes through components.markup, which escapes it.
"""
from __future__ import annotations

from dash import html

from charts.claims import evidence
from charts.provenance import exhibit_name
from charts.spec import get_chart
from search.entries import Entry
from search.index import Hit, Results, Segments
from search.targets import Target
from i18n import SOURCE_LANGUAGE
from i18n.catalogs import N_, gettext_for, translate

LINK_TEXT = {"chart": N_("Chart:"), "exhibit": N_("Exhibit card:"),
             "fact": N_("Key fact on the page:")}


def marked(parts: Segments) -> list:
    """Highlight segments as text and <mark> elements."""
    return [html.Mark(text) if is_match else text for text, is_match in parts]


def _joined(parts: list[Segments], separator: str = " · ") -> list:
    """Several highlighted texts in one line."""
    children: list = []
    for i, part in enumerate(parts):
        children += ([separator] if i else []) + marked(part)
    return children


def _plain(texts) -> list[Segments]:
    """Texts with nothing marked: the index matches the English words, so a page in another
    language shows its own words unmarked."""
    return [[(text, False)] for text in texts]


def where_line(entry: Entry, hit: Hit, language: str) -> html.P:
    """'Figure 2 · World export market share', then 'Part I 2.2 ...': the exhibit's id and
    caption (as printed, in English) and the report section."""
    _ = gettext_for(language)
    exhibit = hit.highlights["exhibit"]
    label = html.Strong(_("Exhibit:") + " ")
    shown = marked(exhibit[0]) if language == SOURCE_LANGUAGE else [exhibit_name(entry.exhibit, language)]
    children: list = [label, *shown]
    if entry.exhibit == "Text":
        children = [label, _("none, stated in the text of the study")]
    elif len(exhibit) > 1:
        children += [" · ", html.Span(marked(exhibit[1]), lang="en", **{"data-verbatim": "caption"})]
    if entry.section:
        # The register's name for the section (not always the report's heading: it notes
        # where the text prints none), so not marked as the report's words; in English.
        children += [html.Br(), html.Strong(_("Report section:") + " "),
                     html.Span(marked(hit.highlights["section"][0]), lang="en")]
    return html.P(children, className="search-where")


def _title_evidence(target: Target) -> dict:
    """A chart's title cites its own records (charts/spec.py), not the number's."""
    chart = get_chart(target.anchor) if target.kind == "chart" else None
    return evidence(chart.title) if chart else {}


def target_label(target: Target, language: str) -> str:
    """A card's name in the language: a chart's title, an exhibit ('Figuur 29'), a page."""
    if target.kind == "exhibit":
        return exhibit_name(target.label, language)
    return translate(target.label, language)


def link_line(entry: Entry, hit: Hit, language: str) -> html.P:
    """The card that shows the number (the best first), in the language; other charts
    drawing it after it."""
    _ = gettext_for(language)
    best, *others = entry.targets
    titles = {title: parts for title, parts in zip(entry.charts, hit.highlights["charts"])}
    if language != SOURCE_LANGUAGE or best.kind != "chart" or best.label not in titles:
        label = [target_label(best, language)]
    else:
        label = marked(titles[best.label])
    children: list = [html.A([_(LINK_TEXT[best.kind]) + " ", *label], href=best.href_in(language),
                             className="search-link", **_title_evidence(best))]
    also = [t for t in others if t.kind == "chart"]
    if also:
        children += [html.Br(), _("Also drawn in:") + " "]
        for i, target in enumerate(also):
            children += [", " if i else "", html.A(target_label(target, language), href=target.href_in(language),
                                                   **_title_evidence(target))]
    return html.P(children, className="search-links")


def result_item(hit: Hit, language: str) -> html.Li:
    """One stated number, in the language but for the report's sentences (English, marked
    verbatim); it names the register records it comes from (data-records)."""
    _ = gettext_for(language)
    entry = hit.entry
    if language == SOURCE_LANGUAGE:
        value, names = marked(hit.highlights["value_text"][0]), hit.highlights["names"]
    else:
        value_text, shown_names = entry.shown[language]
        value, names = value_text, _plain(name for _column, name in shown_names)
    quotes = [html.Blockquote(marked(parts), lang="en", className="search-quote",
                              **{"data-verbatim": "quote"}) for parts in hit.highlights["quotes"]]
    return html.Li(className="search-result", **evidence(entry.records), children=[
        html.P(className="search-value", children=[
            html.Span(value, className="search-number"),
            html.Span(_joined(names), className="search-names") if entry.names else None,
        ]),
        *quotes,
        where_line(entry, hit, language),
        link_line(entry, hit, language),
        html.P(_("Register records: {records}").format(records=", ".join(entry.records)),
               className="search-records"),
    ])


def results_block(results: Results, language: str) -> list:
    """The count, any notices about the query, and the list of results, in the language."""
    _ = gettext_for(language)
    count = len(results.hits)
    if count == 1:
        summary = _("1 stated number matches \u201c{query}\u201d.").format(query=results.query)
    elif count:
        summary = _("{count} stated numbers match \u201c{query}\u201d, ordered by relevance.").format(
            count=count, query=results.query)
    else:
        summary = _("No stated number matches \u201c{query}\u201d.").format(query=results.query)
    block: list = [html.P(summary, className="search-summary", role="status")]
    if results.notices:
        block.append(html.Div(html.Ul([html.Li(n.text(language)) for n in results.notices]),
                              className="notice"))
    if count:
        block.append(html.Ol([result_item(hit, language) for hit in results.hits],
                             className="search-results"))
    return block
