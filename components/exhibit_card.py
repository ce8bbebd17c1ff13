"""Cards for what the text says about an exhibit when there is no chart of its numbers, and compact
notes for the exhibits it gives no values for."""
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
from components.quotes import in_language
from data.access import store
from i18n.catalogs import N_, gettext_for, translate

NO_VALUES = N_("Values not given in the text edition")
NO_CAPTION = N_("(no caption in the text edition)")
# A compact note's button: it opens the note to its full text and closes it again.
SHOW_ALL = N_("Show all")
COLLAPSE = N_("Collapse")
# About what the three lines a note shows of its caption, and of its text, hold (275 px wide).
NOTE_CAPTION_CHARS = 85
NOTE_TEXT_CHARS = 120
TAG = re.compile(r"<[^>]+>")
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
    """A sentence of ours in the language (the study's words it quotes marked English), with
    the evidence that states it (data-records)."""
    return tag(in_language(claim.text, language), **({"className": className} if className else {}),
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
    ours, with their evidence. An exhibit the text gives no values for is a compact note
    (exhibit_note)."""
    _ = gettext_for(language)
    title_note = ([claim_text(exhibit["title_note"], language, "chart-note exhibit-title-note", html.P)]
                  if exhibit["title_note"] else [])
    body = [html.P([html.Strong(_("What the report says:") + " "),
                    claim_text(exhibit["qualitative"], language)])]
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
    source, source_note = source_lines(exhibit, language)
    if not exhibit["values_in_text"]:
        # Our notes on the caption and the source line go with the rest of the note's text.
        return exhibit_note(exhibit, [*body, *title_note, *source_note], source, language)
    return StaticHtml(to_html([html.Div(exhibit_name(exhibit["id"], language), className="exhibit-badge"),
                               caption(exhibit, language, html.H3, className="chart-title"),
                               *title_note, *body,
                               html.Footer([source, *source_note], className="chart-source")]),
                      id=exhibit_anchor(exhibit["id"]), className="chart-card exhibit-card",
                      tag="section")


def caption(exhibit: Mapping, language: str, tag=html.Span, **props):
    """The exhibit's caption as printed (the report's words), or that the text edition has none
    (in the language)."""
    if exhibit["title"]:
        return verbatim(exhibit["title"], "caption", tag, **props)
    return tag(translate(NO_CAPTION, language), **props)


def exhibit_note(exhibit: Mapping, body: list, source, language: str) -> StaticHtml:
    """An exhibit the text gives no values for, as a compact note (a quarter of a chart card
    at most: assets/style.css): marked as not drawn, its caption, what the report says and its
    source line. A caption or text longer than the few lines a note shows is cut there until
    "Show all" is pressed (assets/exhibit_notes.js); every word is in the page all the same."""
    _ = gettext_for(language)
    slug = exhibit_anchor(exhibit["id"])
    title = html.H3([html.Span(exhibit_name(exhibit["id"], language), className="exhibit-badge"), " ",
                     caption(exhibit, language)], className="chart-title note-title")
    cut = (len(exhibit["title"] or NO_CAPTION) > NOTE_CAPTION_CHARS
           or len(TAG.sub("", to_html(body))) > NOTE_TEXT_CHARS)
    if cut:
        body = [*body, html.Button([html.Span(_(SHOW_ALL), className="when-closed"),
                                    html.Span(_(COLLAPSE), className="when-open")],
                                   type="button", className="note-toggle",
                                   **{"aria-expanded": "false", "aria-controls": slug})]
    return StaticHtml(to_html([
        html.Div(_(NO_VALUES), className="no-values-badge"), title,
        html.Div(body, className="note-text"),
        html.Footer(source, className="chart-source"),
    ]), id=slug, className="exhibit-card exhibit-note" + (" exhibit-note--cut" if cut else ""),
        tag="section")


def source_lines(exhibit: Mapping, language: str) -> tuple[html.P, list]:
    """The source line as printed (the report's words), and our note on it in the language;
    where none is printed, our note (or that there is none) is the source line."""
    _ = gettext_for(language)
    note = exhibit["source_note"]
    label = html.Strong(_("Source:") + " ")
    if exhibit["source"]:
        return (html.P([label, verbatim(exhibit["source"], "source")]),
                [claim_text(note, language, "chart-note source-note", html.P)] if note else [])
    return html.P([label, claim_text(note, language, "source-note") if note
                   else _("not printed in the text edition")]), []


def facts_card(exhibit: Mapping, facts: list[dict], language: str) -> StaticHtml:
    """Numbers the prose states about an exhibit that a chart on the page already draws."""
    _ = gettext_for(language)
    name = exhibit_name(exhibit["id"], language)
    slug = exhibit_anchor(exhibit["id"], facts=True)
    return StaticHtml(to_html([
        html.Div(name, className="exhibit-badge"),
        html.H3(_("Also stated about {exhibit}").format(exhibit=name), className="chart-title"),
        html.Div([fact_tile(row, language) for row in facts], className="fact-grid"),
    ]), id=slug, className="chart-card exhibit-card facts-card", tag="section")
