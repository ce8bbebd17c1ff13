"""Cards for what the text says about an exhibit when there is no chart of its numbers."""
from __future__ import annotations

import re
from typing import Mapping

from dash import html

from charts.claims import Claim, evidence
from charts.links import exhibit_anchor
from charts.provenance import exhibit_name
from components.fact_tile import fact_tile
from components.light import StaticHtml
from components.markup import to_html
from data.access import store
from i18n.catalogs import N_, gettext_for, translate

NO_VALUES = N_("Values not given in the text edition")
NO_CAPTION = N_("(no caption in the text edition)")
# The scheme of Figure 21 (presence of foreign MNEs x export surplus) in the report's words: each
# meaning cites the passages that place industries in that quadrant (data/report_passages.csv).
QUADRANT_ORDER = (
    (N_("Upper left"), Claim("Limited presence of foreign MNEs · export surplus", "P240", "P145")),
    (N_("Upper right"), Claim("Many foreign MNEs · export surplus", "P150", "P147")),
    (N_("Lower left"), Claim("Limited presence of foreign MNEs · export deficit", "P145")),
    (N_("Lower right"), Claim("Many foreign MNEs · export deficit (highest relocation risk)",
                          "P146", "P147", "P148")),
)
FOOTNOTE_MARK = re.compile(r"\[(\d+)\]")   # "European[3] markets": the report's footnote mark


def verbatim(text: str, kind: str = "report", tag=html.Span, **props):
    """The report's own words (not to be translated), footnote marks as superscripts."""
    parts = FOOTNOTE_MARK.split(text)
    children = [html.Sup(part) if i % 2 else part for i, part in enumerate(parts) if part]
    return tag(children, lang="en", **{"data-verbatim": kind}, **props)


def claim_text(claim: Claim, language: str, className: str | None = None, tag=html.Span):
    """A sentence of ours in the language, with the evidence that states it (data-records)."""
    return tag(translate(claim.text, language), **({"className": className} if className else {}),
               **evidence(claim))


def verbatim_list(heading: str, items: list[str], className: str = "exhibit-labels"):
    """'Named in the exhibit: a, b, c', each name marked as the report's words."""
    children: list = [html.Strong(heading)]
    for i, item in enumerate(items):
        children += [", " if i else "", verbatim(item, "label")]
    return html.P(children, className=className)


def quadrant_grid(language: str) -> html.Div:
    """Figures 21-23 as a 2x2 grid of the industries the text places in each quadrant (their
    names as printed, in English), in the language."""
    _ = gettext_for(language)
    cells = []
    for quadrant, meaning in QUADRANT_ORDER:
        items = [q for q in store().quadrants if q["quadrant"] == quadrant]
        cells.append(html.Div(className="quadrant", **evidence(meaning), children=[
            html.Strong(_(quadrant)), claim_text(meaning, language, "quadrant-meaning", html.Div),
            # The item's name and, on hover, the sentence that places it: the report's words.
            html.Ul([html.Li([verbatim(q["item"], "label", title=q["quote"]),
                              f" ({_(q['flow'])}, {exhibit_name(q['exhibit'], language)})"],
                             **{"data-records": q["evidence"]})
                     for q in items]),
        ]))
    return html.Div(cells, className="quadrant-grid", role="group",
                    **{"aria-label": _("Quadrants of Figures 21 to 23 as described in the text")})


def facts_for_exhibit(exhibit_id: str) -> list[dict]:
    facts = store().frame("key_facts")
    return facts[facts["exhibit"] == exhibit_id].to_dict("records")


def exhibit_card(exhibit: Mapping, facts: list[dict], language: str) -> StaticHtml:
    """Caption, source and what the report says of an exhibit drawn without a chart here, in
    the language (static: the whole card is one StaticHtml). The caption, names and source
    line are the report's words (data-verbatim, in English); the summary and remarks are
    ours, with their evidence."""
    _ = gettext_for(language)
    slug = exhibit_anchor(exhibit["id"])
    title = (verbatim(exhibit["title"], "caption", html.H3, className="chart-title")
             if exhibit["title"] else html.H3(_(NO_CAPTION), className="chart-title"))
    body = [html.Div(exhibit_name(exhibit["id"], language), className="exhibit-badge"), title]
    if exhibit["title_note"]:
        body.append(claim_text(exhibit["title_note"], language, "chart-note exhibit-title-note", html.P))
    if not exhibit["values_in_text"]:
        body.append(html.Div(_(NO_VALUES), className="no-values-badge"))
    body.append(html.P([html.Strong(_("What the report says:") + " "),
                        claim_text(exhibit["qualitative"], language)]))
    if exhibit["remark"]:
        body.append(claim_text(exhibit["remark"], language, "chart-note exhibit-remark", html.P))
    if exhibit["labels"]:
        body.append(verbatim_list(_("Named in the exhibit:") + " ", exhibit["labels"]))
    if exhibit["labels_nearby"]:
        body.append(verbatim_list(_("Named in the text nearby:") + " ", exhibit["labels_nearby"]))
    if exhibit["notes_printed"]:
        body.append(html.Div([html.Strong(_("Printed with the exhibit:") + " "),
                              *[verbatim(note, "note", html.P) for note in exhibit["notes_printed"]]],
                             className="exhibit-printed-notes"))
    if exhibit["id"] == "Figure 21":  # the scheme; Figures 22 and 23 place industries in it
        body.append(quadrant_grid(language))
    if facts:
        body.append(html.Div([fact_tile(row, language) for row in facts], className="fact-grid"))
    # The source line as printed; our note on it (or, where none is printed, instead of it).
    note = exhibit["source_note"]
    source = html.Strong(_("Source:") + " ")
    if exhibit["source"]:
        footer = [html.P([source, verbatim(exhibit["source"], "source")])]
        if note:
            footer.append(claim_text(note, language, "chart-note source-note", html.P))
    else:
        footer = [html.P([source, claim_text(note, language, "source-note") if note
                          else _("not printed in the text edition")])]
    body.append(html.Footer(footer, className="chart-source"))
    return StaticHtml(to_html(body), id=slug, className="chart-card exhibit-card", tag="section")


def facts_card(exhibit: Mapping, facts: list[dict], language: str) -> StaticHtml:
    """Numbers the prose states about an exhibit that a chart on the page already draws."""
    _ = gettext_for(language)
    slug = exhibit_anchor(exhibit["id"], facts=True)
    return StaticHtml(to_html([
        html.Div(exhibit_name(exhibit["id"], language), className="exhibit-badge"),
        html.H3(_("Also stated about {exhibit}").format(exhibit=exhibit_name(exhibit["id"], language)),
                className="chart-title"),
        html.Div([fact_tile(row, language) for row in facts], className="fact-grid"),
    ]), id=slug, className="chart-card exhibit-card", tag="section")
