"""Where the dashboard shows a stated number: the chart cards that draw it (with the filters
under which they do), else its exhibit's card or note, else the page tile that states it.

A link is a permalink as a reader would share it: the page's address (in English; `href_in`
gives it in another language), the page's query string (charts/selection.py writes it) and the
card's `#anchor`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping

from charts.links import exhibit_anchor, fact_anchor
from components.page_filters import chart_choices, page_filters
from charts.selection import Selection
from charts.spec import (
    ChartSpec, all_charts, all_pages, charts_for_page, get_chart, get_page, page_of_section,
)
from data.access import store
from data.loader import DataStore
from i18n import SOURCE_LANGUAGE

TEXT = "Text"


@dataclass(frozen=True)
class Target:
    """A card that shows a stated number. `kind`: "chart" (draws it), "exhibit" (the card of
    its exhibit, which does not draw it), "fact" (a tile stating it)."""

    kind: str
    href: str
    label: str          # the card's title, or the exhibit's id
    page: str           # the page's key
    anchor: str         # the card's DOM id
    filters: Mapping[str, tuple] = field(default_factory=dict)   # what the href selects (charts)

    def href_in(self, language: str) -> str:
        """The link on the page in the language: '/nl/globalization?countries=BEL#kof-...'
        (`href` is the English page's)."""
        page = get_page(self.page)
        return page.href(language) + self.href[len(page.href(SOURCE_LANGUAGE)):]


def showing_selection(chart: ChartSpec, row: Mapping) -> Selection:
    """The page selection under which `chart` draws `row`: the page's default, with each of the
    chart's filters that would hide the row widened to it (a multiple choice gains the row's
    key; a single choice takes it)."""
    filters = page_filters(chart.page)
    selection, _ = Selection.parse(filters, {})
    values = dict(selection)
    choices = chart_choices(chart)
    shown = selection.within(choices)
    for choice in choices:
        param, key = choice.spec.param, row[choice.spec.column]
        if key not in shown[param]:
            values[param] = (*values[param], key) if choice.spec.multi else (key,)
    return Selection(values)


def chart_target(chart: ChartSpec, row: Mapping) -> Target:
    """The permalink of `chart`'s card with the filters under which it draws `row`."""
    page = get_page(chart.page)
    filters = page_filters(chart.page)
    selection = showing_selection(chart, row)
    # The parameters the query string writes: those whose keys differ from the page's default.
    written = {c.spec.param: selection[c.spec.param] for c in filters
               if selection[c.spec.param] != tuple(c.default)}
    return Target("chart", f"{page.href(SOURCE_LANGUAGE)}{selection.query(filters)}#{chart.slug}",
                  chart.title.text, page.key, chart.slug, written)


def charts_drawing(data: DataStore, dataset: str, index,
                   drawn: Mapping[str, frozenset] | None = None) -> list[ChartSpec]:
    """The charts whose rows include the row at `index` of `dataset`; the one presenting the
    row's own exhibit first. `drawn` (slug -> row indexes, from `drawn_rows`) saves working
    each chart's rows out again."""
    drawn = drawn if drawn is not None else drawn_rows(data)
    frame = data.datasets[dataset].frame
    charts = [c for c in all_charts() if c.dataset == dataset and index in drawn[c.slug]]
    exhibit = frame.loc[index, "exhibit"]
    return sorted(charts, key=lambda c: c.exhibit != exhibit)


def drawn_rows(data: DataStore) -> dict[str, frozenset]:
    """slug -> the indexes of the data set rows each chart draws on."""
    return {c.slug: frozenset(c.base_frame(data.datasets[c.dataset].frame).index)
            for c in all_charts()}


@lru_cache(maxsize=256)
def _exhibits_shown(slug: str, _store_id: int) -> frozenset[str]:
    """The exhibits a chart shows numbers of, worked out once per chart (every row of an
    exhibit without a chart asks)."""
    chart = get_chart(slug)
    return frozenset(chart.exhibits_shown(store().datasets[chart.dataset].frame))


def exhibit_target(data: DataStore, exhibit_id: str, is_fact: bool) -> Target | None:
    """The card of an exhibit on its page: a chart presenting it, the facts card beside that
    chart (for a key fact), or the exhibit's own card when no chart draws it."""
    exhibit = data.exhibits.get(exhibit_id)
    page = page_of_section(exhibit["section"]) if exhibit else None
    if page is None or not page.is_topic:
        return None
    charts = charts_for_page(page.key)
    covering = [c for c in charts if exhibit_id in _exhibits_shown(c.slug, id(data))]
    if not covering:
        anchor = exhibit_anchor(exhibit_id)
    elif is_fact:
        anchor = exhibit_anchor(exhibit_id, facts=True)
    else:
        presenting = [c for c in covering if c.exhibit == exhibit_id] or covering
        anchor = presenting[0].slug
    return Target("exhibit", f"{page.href(SOURCE_LANGUAGE)}#{anchor}", exhibit_id, page.key, anchor)


def fact_targets(record_id: str) -> list[Target]:
    """The tiles of the pages that declare this key fact (PageSpec.facts), topic pages first."""
    pages = sorted((p for p in all_pages() if record_id in p.facts), key=lambda p: not p.is_topic)
    return [Target("fact", f"{p.href(SOURCE_LANGUAGE)}#{fact_anchor(record_id)}", p.name, p.key,
                   fact_anchor(record_id)) for p in pages]


def targets(data: DataStore, dataset: str, index,
            drawn: Mapping[str, frozenset] | None = None) -> list[Target]:
    """Every card that shows the row at `index` of `dataset`, the best first."""
    row = data.datasets[dataset].frame.loc[index].to_dict()
    found = [chart_target(chart, row) for chart in charts_drawing(data, dataset, index, drawn)]
    if found:
        return found
    first_record = row["record_ids"].split(";")[0]
    facts = fact_targets(first_record) if dataset == "key_facts" else []
    exhibit = None if row["exhibit"] == TEXT else exhibit_target(data, row["exhibit"],
                                                                  dataset == "key_facts")
    return [t for t in (exhibit, *facts) if t is not None]


def all_targets() -> dict[tuple[str, object], list[Target]]:
    """(dataset, index) -> targets, for every row of every data set."""
    data = store()
    drawn = drawn_rows(data)
    return {(dataset_id, index): targets(data, dataset_id, index, drawn)
            for dataset_id, dataset in data.datasets.items() for index in dataset.frame.index}
