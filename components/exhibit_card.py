"""Cards for what the text says about an exhibit when there is no chart of its numbers, and compact
notes for the exhibits it gives no values for."""
from __future__ import annotations

import re
from typing import Mapping

from dash import html

from charts.claims import Claim, evidence
from charts.links import exhibit_anchor
from components.fact_tile import fact_tile
from components.light import StaticHtml
from components.markup import to_html
from data.access import store

NO_VALUES = "Values not given in the text edition"
NO_CAPTION = "(no caption in the text edition)"
# A compact note's button: it opens the note to its full text and closes it again.
SHOW_ALL = "Show all"
COLLAPSE = "Collapse"
# About what the three lines a note shows of its caption, and of its text, hold (275 px wide).
NOTE_CAPTION_CHARS = 85
NOTE_TEXT_CHARS = 120
TAG = re.compile(r"<[^>]+>")
# The scheme of Figure 21 (presence of foreign MNEs x export surplus) in the report's words: each
# meaning cites the passages that place industries in that quadrant (data/report_passages.csv).
QUADRANT_ORDER = (
    ("Upper left", Claim("Limited presence of foreign MNEs · export surplus", "P240", "P145")),
    ("Upper right", Claim("Many foreign MNEs · export surplus", "P150", "P147")),
    ("Lower left", Claim("Limited presence of foreign MNEs · export deficit", "P145")),
    ("Lower right", Claim("Many foreign MNEs · export deficit (highest relocation risk)",
                          "P146", "P147", "P148")),
)
FOOTNOTE_MARK = re.compile(r"\[(\d+)\]")   # "European[3] markets": the report's footnote mark


def verbatim(text: str, kind: str = "report", tag=html.Span, **props):
    """The report's own words (not to be translated), footnote marks as superscripts."""
    parts = FOOTNOTE_MARK.split(text)
    children = [html.Sup(part) if i % 2 else part for i, part in enumerate(parts) if part]
    return tag(children, lang="en", **{"data-verbatim": kind}, **props)


def claim_text(claim: Claim, className: str | None = None, tag=html.Span):
    """A sentence of ours, with the evidence that states it (data-records)."""
    return tag(claim.text, **({"className": className} if className else {}), **evidence(claim))


def verbatim_list(heading: str, items: list[str], className: str = "exhibit-labels"):
    """'Named in the exhibit: a, b, c', each name marked as the report's words."""
    children: list = [html.Strong(heading)]
    for i, item in enumerate(items):
        children += [", " if i else "", verbatim(item, "label")]
    return html.P(children, className=className)


def quadrant_grid() -> html.Div:
    """Figures 21-23 as a 2x2 grid of the industries the text places in each quadrant."""
    cells = []
    for quadrant, meaning in QUADRANT_ORDER:
        items = [q for q in store().quadrants if q["quadrant"] == quadrant]
        cells.append(html.Div(className="quadrant", **evidence(meaning), children=[
            html.Strong(quadrant), claim_text(meaning, "quadrant-meaning", html.Div),
            html.Ul([html.Li(f"{q['item']} ({q['flow'].lower()}, {q['exhibit']})", title=q["quote"],
                             **{"data-records": q["evidence"]})
                     for q in items]),
        ]))
    return html.Div(cells, className="quadrant-grid", role="group",
                    **{"aria-label": "Quadrants of Figures 21 to 23 as described in the text"})


def facts_for_exhibit(exhibit_id: str) -> list[dict]:
    facts = store().frame("key_facts")
    return facts[facts["exhibit"] == exhibit_id].to_dict("records")


def exhibit_card(exhibit: Mapping, facts: list[dict]) -> StaticHtml:
    """Caption, source and what the report says of an exhibit drawn without a chart here
    (static: the whole card is one StaticHtml). The caption, names and source line are the
    report's words (data-verbatim); the summary and remarks are ours, with their evidence.
    An exhibit the text gives no values for is a compact note (exhibit_note)."""
    title_note = ([claim_text(exhibit["title_note"], "chart-note exhibit-title-note", html.P)]
                  if exhibit["title_note"] else [])
    body = [html.P([html.Strong("What the report says: "), claim_text(exhibit["qualitative"])])]
    if exhibit["remark"]:
        body.append(claim_text(exhibit["remark"], "chart-note exhibit-remark", html.P))
    if exhibit["labels"]:
        body.append(verbatim_list("Named in the exhibit: ", exhibit["labels"]))
    if exhibit["labels_nearby"]:
        body.append(verbatim_list("Named in the text nearby: ", exhibit["labels_nearby"]))
    if exhibit["notes_printed"]:
        body.append(html.Div([html.Strong("Printed with the exhibit: "),
                              *[verbatim(note, "note", html.P) for note in exhibit["notes_printed"]]],
                             className="exhibit-printed-notes"))
    if exhibit["id"] == "Figure 21":  # the scheme; Figures 22 and 23 place industries in it
        body.append(quadrant_grid())
    if facts:
        body.append(html.Div([fact_tile(row) for row in facts], className="fact-grid"))
    source, source_note = source_lines(exhibit)
    if not exhibit["values_in_text"]:
        # Our notes on the caption and the source line go with the rest of the note's text.
        return exhibit_note(exhibit, [*body, *title_note, *source_note], source)
    return StaticHtml(to_html([html.Div(exhibit["id"], className="exhibit-badge"),
                               caption(exhibit, html.H3, className="chart-title"), *title_note, *body,
                               html.Footer([source, *source_note], className="chart-source")]),
                      id=exhibit_anchor(exhibit["id"]), className="chart-card exhibit-card",
                      tag="section")


def caption(exhibit: Mapping, tag=html.Span, **props):
    """The exhibit's caption as printed (the report's words), or that the text edition has none."""
    if exhibit["title"]:
        return verbatim(exhibit["title"], "caption", tag, **props)
    return tag(NO_CAPTION, **props)


def exhibit_note(exhibit: Mapping, body: list, source) -> StaticHtml:
    """An exhibit the text gives no values for, as a compact note (a quarter of a chart card
    at most: assets/style.css): marked as not drawn, its caption, what the report says and its
    source line. A caption or text longer than the few lines a note shows is cut there until
    "Show all" is pressed (assets/exhibit_notes.js); every word is in the page all the same."""
    slug = exhibit_anchor(exhibit["id"])
    title = html.H3([html.Span(exhibit["id"], className="exhibit-badge"), " ", caption(exhibit)],
                    className="chart-title note-title")
    cut = (len(exhibit["title"] or NO_CAPTION) > NOTE_CAPTION_CHARS
           or len(TAG.sub("", to_html(body))) > NOTE_TEXT_CHARS)
    if cut:
        body = [*body, html.Button([html.Span(SHOW_ALL, className="when-closed"),
                                    html.Span(COLLAPSE, className="when-open")],
                                   type="button", className="note-toggle",
                                   **{"aria-expanded": "false", "aria-controls": slug})]
    return StaticHtml(to_html([
        html.Div(NO_VALUES, className="no-values-badge"), title,
        html.Div(body, className="note-text"),
        html.Footer(source, className="chart-source"),
    ]), id=slug, className="exhibit-card exhibit-note" + (" exhibit-note--cut" if cut else ""),
        tag="section")


def source_lines(exhibit: Mapping) -> tuple[html.P, list]:
    """The source line as printed, and our note on it; where none is printed, our note (or
    that there is none) is the source line."""
    note = exhibit["source_note"]
    if exhibit["source"]:
        return (html.P([html.Strong("Source: "), verbatim(exhibit["source"], "source")]),
                [claim_text(note, "chart-note source-note", html.P)] if note else [])
    return html.P([html.Strong("Source: "),
                   claim_text(note, "source-note") if note else "not printed in the text edition"]), []


def facts_card(exhibit: Mapping, facts: list[dict]) -> StaticHtml:
    """Numbers the prose states about an exhibit that a chart on the page already draws."""
    slug = exhibit_anchor(exhibit["id"], facts=True)
    return StaticHtml(to_html([
        html.Div(exhibit["id"], className="exhibit-badge"),
        html.H3(f"Also stated about {exhibit['id']}", className="chart-title"),
        html.Div([fact_tile(row) for row in facts], className="fact-grid"),
    ]), id=slug, className="chart-card exhibit-card facts-card", tag="section")
