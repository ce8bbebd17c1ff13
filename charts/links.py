"""A chart's public addresses: its card on its page (the permalink a citation gives) and its
single-chart embed. Both carry the chart's own query string (Selection.query), so they show the
view the reader had."""
from __future__ import annotations

from charts.spec import ChartSpec, get_page

EMBED_PREFIX = "/embed/"


def permalink(spec: ChartSpec, base_url: str, query: str) -> str:
    """The card on its page, filters included: '<base>/globalization?countries=BEL#kof-...'."""
    return f"{base_url.rstrip('/')}{get_page(spec.page).path}{query}#{spec.slug}"


def embed_url(spec: ChartSpec, base_url: str, query: str) -> str:
    """The chart alone, for an iframe: '<base>/embed/<slug>?<filters>'."""
    return f"{base_url.rstrip('/')}{EMBED_PREFIX}{spec.slug}{query}"
