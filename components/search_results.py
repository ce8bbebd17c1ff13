"""The results of a search as a page shows them: for each stated number, the value as printed,
the sentence of the report that states it (verbatim, in English), its exhibit and section, and
a link to the card that shows it with the filters that show it. Matches are <mark>ed; every
text goes through components.markup, which escapes it.
"""
from __future__ import annotations

from dash import html

from charts.claims import evidence
from charts.spec import get_chart
from search.entries import Entry
from search.index import Hit, Results, Segments
from search.targets import Target

LINK_TEXT = {"chart": "Chart: ", "exhibit": "Exhibit card: ", "fact": "Key fact on the page: "}


def marked(parts: Segments) -> list:
    """Highlight segments as text and <mark> elements."""
    return [html.Mark(text) if is_match else text for text, is_match in parts]


def _joined(parts: list[Segments], separator: str = " · ") -> list:
    """Several highlighted texts in one line."""
    children: list = []
    for i, part in enumerate(parts):
        children += ([separator] if i else []) + marked(part)
    return children


def where_line(entry: Entry, hit: Hit) -> html.P:
    """'Figure 2 · World export market share', then 'Part I 2.2 ...': the exhibit's id and
    caption (as printed) and the report section."""
    exhibit = hit.highlights["exhibit"]
    children: list = [html.Strong("Exhibit: "), *marked(exhibit[0])]
    if entry.exhibit == "Text":
        children = [html.Strong("Exhibit: "), "none, stated in the text of the study"]
    elif len(exhibit) > 1:
        children += [" · ", html.Span(marked(exhibit[1]), lang="en", **{"data-verbatim": "caption"})]
    if entry.section:
        # The register's name for the section (not always the report's heading: it notes
        # where the text prints none), so not marked as the report's words.
        children += [html.Br(), html.Strong("Report section: "),
                     html.Span(marked(hit.highlights["section"][0]))]
    return html.P(children, className="search-where")


def _title_evidence(target: Target) -> dict:
    """A chart's title cites its own records (charts/spec.py), not the number's."""
    chart = get_chart(target.anchor) if target.kind == "chart" else None
    return evidence(chart.title) if chart else {}


def link_line(entry: Entry, hit: Hit) -> html.P:
    """The card that shows the number (the best first); other charts drawing it after it."""
    best, *others = entry.targets
    titles = {title: parts for title, parts in zip(entry.charts, hit.highlights["charts"])}
    label = marked(titles[best.label]) if best.kind == "chart" and best.label in titles else best.label
    children: list = [html.A([LINK_TEXT[best.kind], *label], href=best.href, className="search-link",
                             **_title_evidence(best))]
    also = [t for t in others if t.kind == "chart"]
    if also:
        children += [html.Br(), "Also drawn in: "]
        for i, target in enumerate(also):
            children += [", " if i else "", html.A(target.label, href=target.href,
                                                   **_title_evidence(target))]
    return html.P(children, className="search-links")


def result_item(hit: Hit) -> html.Li:
    """One stated number; it names the register records it comes from (data-records)."""
    entry = hit.entry
    names = hit.highlights["names"]
    quotes = [html.Blockquote(marked(parts), lang="en", className="search-quote",
                              **{"data-verbatim": "quote"}) for parts in hit.highlights["quotes"]]
    return html.Li(className="search-result", **evidence(entry.records), children=[
        html.P(className="search-value", children=[
            html.Span(marked(hit.highlights["value_text"][0]), className="search-number"),
            html.Span(_joined(names), className="search-names") if entry.names else None,
        ]),
        *quotes,
        where_line(entry, hit),
        link_line(entry, hit),
        html.P(f"Register records: {', '.join(entry.records)}", className="search-records"),
    ])


def results_block(results: Results) -> list:
    """The count, any notices about the query, and the list of results."""
    count = len(results.hits)
    summary = (f"{count} stated number{'' if count == 1 else 's'} match"
               f"{'es' if count == 1 else ''} “{results.query}”, ordered by relevance."
               if count else f"No stated number matches “{results.query}”.")
    block: list = [html.P(summary, className="search-summary", role="status")]
    if results.notices:
        block.append(html.Div(html.Ul([html.Li(n) for n in results.notices]), className="notice"))
    if count:
        block.append(html.Ol([result_item(hit) for hit in results.hits], className="search-results"))
    return block
