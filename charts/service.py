"""Chart data and figures for a filter selection, memoized in the app's cache."""
from __future__ import annotations

import pandas as pd

from charts.narrow import with_narrow_layout
from charts.spec import get_chart
from data.access import cache, store


def selection_key(selection: dict[str, tuple]) -> tuple:
    """A hashable, order-independent form of a filter selection, for memoization."""
    return tuple(sorted((param, tuple(values)) for param, values in selection.items()))


@cache.memoize()
def chart_rows(slug: str, key: tuple) -> pd.DataFrame:
    """The rows a chart shows for a filter selection."""
    spec = get_chart(slug)
    return spec.filtered(store().frame(spec.dataset), dict(key))


@cache.memoize()
def chart_figure(slug: str, key: tuple) -> dict:
    """The chart's figure as a plain dict (cheap to pickle into any cache backend), with the
    layout it takes on a narrow screen (charts/narrow.py)."""
    return with_narrow_layout(get_chart(slug).figure(chart_rows(slug, key))).to_plotly_json()
