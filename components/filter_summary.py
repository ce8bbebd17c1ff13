"""A page's filters written out in words, for the printed page (only print shows it:
assets/style_print.css), so that a printout says which view of the charts it is. It is markup
for one StaticHtml: as components, a page's summary was ~40 of them."""
from __future__ import annotations

from functools import lru_cache

from dash import html

from charts.claims import evidence
from charts.selection import FilterChoice, Selection
from charts.spec import charts_for_page
from components.markup import to_html
from data.access import store
from i18n.catalogs import N_, gettext_for

FILTERS_APPLIED = N_("Filters applied:")
NONE_CHOSEN = N_("None chosen")


def filter_summary(page: str, filters: list[FilterChoice], selection: Selection,
                   language: str) -> str:
    """'Filters applied: Goods or services: Goods, Services; Change in market share: Lost', in
    the language, as markup; each name cites the records of the page's rows that have it (a
    name can be a year)."""
    if not filters:
        return ""
    _ = gettext_for(language)
    name = store().labels.namer(language)
    parts: list = [html.Strong(_(FILTERS_APPLIED) + " ")]
    for number, page_filter in enumerate(filters):
        records = _records_by_key(page, page_filter.spec.column, id(store()))
        chosen = selection[page_filter.spec.param]
        parts += ["; " if number else "", f"{_(page_filter.spec.label)}: "]
        parts += [_(NONE_CHOSEN)] if not chosen else [
            html.Span([", " if i else "", html.Span(name(key),
                                                    **evidence(records.get(key, ())))])
            for i, key in enumerate(chosen)]
    return to_html(parts)


@lru_cache(maxsize=64)
def _records_by_key(page: str, column: str, _store_id: int) -> dict[str, tuple[str, ...]]:
    """{key: records of the page's chart rows that have it in `column`}."""
    found: dict[str, set[str]] = {}
    for chart in charts_for_page(page):
        frame = chart.base_frame(store().frame(chart.dataset))
        if column in frame.columns:
            for key, record_ids in zip(frame[column], frame["record_ids"]):
                found.setdefault(key, set()).update(record_ids.split(";"))
    return {key: tuple(sorted(ids)) for key, ids in found.items()}
