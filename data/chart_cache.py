"""Chart data and figures for a filter selection (its `Selection.key`), memoized in the app's cache."""
from __future__ import annotations

import pandas as pd

from charts.narrow import with_narrow_layout
from charts.spec import get_chart
from data.access import cache, store


@cache.memoize()
def chart_rows(slug: str, key: tuple) -> pd.DataFrame:
    """The rows a chart shows for a filter selection."""
    spec = get_chart(slug)
    return spec.filtered(store().frame(spec.dataset), dict(key))


@cache.memoize()
def chart_figure(slug: str, key: tuple, language: str) -> dict:
    """The chart's figure in the language as a plain dict (cheap to pickle into any cache
    backend), with the layout it takes on a narrow screen (charts/narrow.py)."""
    figure = get_chart(slug).draw(chart_rows(slug, key), store().labels.namer(language), language)
    return with_narrow_layout(figure, language).to_plotly_json()
