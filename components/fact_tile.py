"""A headline number with its qualifier and the sentence it comes from."""
from __future__ import annotations

from dash import html

from charts.claims import evidence
from charts.formatting import format_value
from charts.links import fact_anchor
from charts.provenance import exhibit_name
from components.light import app_link
from i18n.catalogs import translate
from data.access import store


def fact_tile(row: dict, language: str, href: str | None = None) -> html.Div:
    """Value as the report states it and its label, in the language, and exhibit + record ids
    (the report's sentence on hover, in English); its DOM id names its first record
    (`fact-R109`: search results link to it)."""
    first_id = row["record_ids"].split(";")[0]
    quote = store().quotes.get(first_id, "")
    value = format_value(row["value"], row["unit"], row["qualifier"], row["decimals"],
                         language=language)
    fact = translate(row["fact"], language)
    label = app_link(fact, href) if href else fact
    # The tile shows its record ids; on hover, the report's sentence itself.
    attributes = {**evidence(tuple(row["record_ids"].split(";"))), "title": f"“{quote}”"}
    return html.Div(className="fact-tile", id=fact_anchor(first_id), **attributes, children=[
        html.Div(value, className="fact-value"),
        html.Div(label, className="fact-label"),
        html.Div(f"{exhibit_name(row['exhibit'], language)} · {row['record_ids'].replace(';', ', ')}",
                 className="fact-source"),
    ])


def fact_tiles(records: tuple[str, ...], language: str, href: str | None = None) -> html.Div:
    """The key facts stating these records (a page declares them: PageSpec.facts), as tiles
    in that order, in the language."""
    facts = store().frame("key_facts")
    by_record = {ids.split(";")[0]: row for ids, row in
                 zip(facts["record_ids"], facts.to_dict("records"))}
    return html.Div([fact_tile(by_record[record], language, href) for record in records],
                    className="fact-grid")
