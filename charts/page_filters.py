"""A page's filter controls: the union of its charts' filters, one control per query parameter."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping
from urllib.parse import parse_qs

from charts.spec import ChartSpec, FilterSpec, charts_for_page, match_values, query_string
from data.access import store


@dataclass(frozen=True)
class PageFilter:
    """One control on a page: the first declaring chart's spec, all options, the defaults."""

    spec: FilterSpec
    options: tuple
    default: tuple


def page_filters(page: str) -> list[PageFilter]:
    """The page's filters in the order its charts declare them.

    Derived from the declarations and the loaded data only, so worked out once per page and
    data store, not on every callback.
    """
    return list(_page_filters(page, id(store())))


@lru_cache(maxsize=16)
def _page_filters(page: str, _store_id: int) -> tuple[PageFilter, ...]:
    specs: dict[str, FilterSpec] = {}
    options: dict[str, list] = {}
    defaults: dict[str, list] = {}
    for chart in charts_for_page(page):
        frame = store().frame(chart.dataset)
        for spec in chart.filters:
            specs.setdefault(spec.param, spec)
            for value in chart.options(frame, spec):
                if value not in options.setdefault(spec.param, []):
                    options[spec.param].append(value)
            for value in chart.default_selection(frame, spec):
                if value not in defaults.setdefault(spec.param, []):
                    defaults[spec.param].append(value)
    return tuple(PageFilter(spec, tuple(options[p]), tuple(defaults[p])) for p, spec in specs.items())


def parse_page_query(filters: list[PageFilter], query: Mapping[str, object]
                     ) -> tuple[dict[str, tuple], list[str]]:
    """The page's selection from a query string or control values; bad values become notices."""
    selection, notices = {}, []
    for page_filter in filters:
        param = page_filter.spec.param
        if param not in query:
            selection[param] = page_filter.default
            continue
        selection[param], problems = match_values(page_filter.options, query[param], page_filter.spec)
        notices.extend(problems)
    return selection, notices


def parse_page_query_string(filters: list[PageFilter], search: str) -> dict[str, tuple]:
    """The selection a page's query string stands for ('?countries=BEL,NLD', as the URL and
    the page-query store hold it); values it does not know are dropped, as on the page."""
    query = {name: values[0] if len(values) == 1 else values
             for name, values in parse_qs(search.lstrip("?"), keep_blank_values=True).items()}
    return parse_page_query(filters, query)[0]


def chart_selection(chart: ChartSpec, page_selection: Mapping[str, tuple]) -> dict[str, tuple]:
    """The part of a page's selection that applies to one chart (values it has)."""
    frame = store().frame(chart.dataset)
    selection = {}
    for spec in chart.filters:
        available = set(chart.options(frame, spec))
        chosen = page_selection.get(spec.param)
        selection[spec.param] = (chart.default_selection(frame, spec) if chosen is None
                                 else tuple(v for v in chosen if v in available))
    return selection


def chart_query(chart: ChartSpec, selection: Mapping[str, tuple]) -> str:
    """The query string of a chart's own URLs (/charts/<slug>.csv) for its selection."""
    frame = store().frame(chart.dataset)
    defaults = {spec.param: chart.default_selection(frame, spec) for spec in chart.filters}
    return query_string(chart.filters, selection, defaults)
