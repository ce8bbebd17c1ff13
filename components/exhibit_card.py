"""Cards for what the text says about an exhibit when there is no chart of its numbers."""
from __future__ import annotations

from typing import Mapping

from dash import html

from components.fact_tile import fact_tile
from components.light import StaticHtml
from components.markup import to_html
from data.access import store

NO_VALUES = "Values not given in the text edition"
QUADRANT_ORDER = (("Upper left", "Few foreign MNEs · export surplus"),
                  ("Upper right", "Many foreign MNEs · export surplus"),
                  ("Lower left", "Few foreign MNEs · export deficit"),
                  ("Lower right", "Many foreign MNEs · export deficit (highest relocation risk)"))


def quadrant_grid() -> html.Div:
    """Figures 21-23 as a 2x2 grid of the industries the text places in each quadrant."""
    cells = []
    for quadrant, meaning in QUADRANT_ORDER:
        items = [q for q in store().quadrants if q["quadrant"] == quadrant]
        cells.append(html.Div(className="quadrant", children=[
            html.Strong(quadrant), html.Div(meaning, className="quadrant-meaning"),
            html.Ul([html.Li(f"{q['item']} ({q['flow'].lower()}, {q['exhibit']})", title=q["quote"])
                     for q in items]),
        ]))
    return html.Div(cells, className="quadrant-grid", role="group",
                    **{"aria-label": "Quadrants of Figures 21 to 23 as described in the text"})


def facts_for_exhibit(exhibit_id: str) -> list[dict]:
    facts = store().frame("key_facts")
    return facts[facts["exhibit"] == exhibit_id].to_dict("records")


def exhibit_card(exhibit: Mapping, facts: list[dict]) -> StaticHtml:
    """Title, source and the report's own words for an exhibit drawn without a chart here
    (static: the whole card is one StaticHtml)."""
    slug = exhibit["id"].lower().replace(" ", "-")
    marked = [] if exhibit["numbers_in_text"] else [html.Div(NO_VALUES, className="no-values-badge")]
    labels = [label for label in exhibit["labels"] if not label.startswith("(")]
    body = [
        html.Div(exhibit["id"], className="exhibit-badge"),
        html.H3(exhibit["title"] or f"{exhibit['id']} (no caption in the text edition)",
                className="chart-title"),
        *marked,
        html.P([html.Strong("What the report says: "), exhibit["qualitative"]]),
    ]
    if labels:
        body.append(html.P([html.Strong("Named in the exhibit: "), ", ".join(labels)],
                           className="exhibit-labels"))
    if exhibit["id"] == "Figure 21":  # the scheme; Figures 22 and 23 place industries in it
        body.append(quadrant_grid())
    if facts:
        body.append(html.Div([fact_tile(row) for row in facts], className="fact-grid"))
    body.append(html.Footer(html.P([html.Strong("Source: "), exhibit["source"] or "not printed in the text edition"]),
                            className="chart-source"))
    return StaticHtml(to_html(body), id=slug, className="chart-card exhibit-card", tag="section")


def facts_card(exhibit: Mapping, facts: list[dict]) -> StaticHtml:
    """Numbers the prose states about an exhibit that a chart on the page already draws."""
    slug = exhibit["id"].lower().replace(" ", "-") + "-facts"
    return StaticHtml(to_html([
        html.Div(exhibit["id"], className="exhibit-badge"),
        html.H3(f"Also stated about {exhibit['id']}", className="chart-title"),
        html.Div([fact_tile(row) for row in facts], className="fact-grid"),
    ]), id=slug, className="chart-card exhibit-card", tag="section")
