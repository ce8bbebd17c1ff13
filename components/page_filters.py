"""A page's filters: the union of its charts' filters, one control per query parameter."""
from __future__ import annotations

from functools import lru_cache

from charts.selection import FilterChoice, FilterSpec, Selection
from charts.spec import ChartSpec, charts_for_page, get_chart
from data.access import store


def page_filters(page: str) -> list[FilterChoice]:
    """The page's filters in the order its charts declare them, each offering every key any of
    its charts has.

    Derived from the declarations and the loaded data only, so worked out once per page and
    data store, not on every callback.
    """
    return list(_page_filters(page, id(store())))


@lru_cache(maxsize=16)
def _page_filters(page: str, _store_id: int) -> tuple[FilterChoice, ...]:
    specs: dict[str, FilterSpec] = {}
    options: dict[str, list] = {}
    defaults: dict[str, list] = {}
    for chart in charts_for_page(page):
        for choice in chart_choices(chart):
            param = choice.spec.param
            specs.setdefault(param, choice.spec)
            for key in choice.options:
                if key not in options.setdefault(param, []):
                    options[param].append(key)
            for key in choice.default:
                if key not in defaults.setdefault(param, []):
                    defaults[param].append(key)
    return tuple(FilterChoice(spec, tuple(options[p]), tuple(defaults[p])) for p, spec in specs.items())


def chart_choices(chart: ChartSpec) -> list[FilterChoice]:
    """A chart's filters with the keys its rows have: worked out once per chart and data store
    (each filter callback asks twice per chart; reading the rows each time was most of its
    time)."""
    return list(_chart_choices(chart.slug, id(store())))


@lru_cache(maxsize=256)
def _chart_choices(slug: str, _store_id: int) -> tuple[FilterChoice, ...]:
    chart = get_chart(slug)
    return tuple(chart.choices(store().frame(chart.dataset)))


def chart_selection(chart: ChartSpec, page_selection: Selection) -> Selection:
    """The part of a page's selection that applies to one chart (keys it has)."""
    return page_selection.within(chart_choices(chart))


def chart_query(chart: ChartSpec, selection: Selection) -> str:
    """The query string of a chart's own URLs (/charts/<slug>.csv) for its selection."""
    return selection.query(chart_choices(chart))
