"""A chart's public addresses: its card on its page (the permalink a citation gives) and its
single-chart embed. Both carry the chart's own query string (Selection.query), so they show the
view the reader had."""
from __future__ import annotations

from charts.spec import ChartSpec, get_page
from i18n.paths import with_language

EMBED_PREFIX = "/embed/"


def permalink(spec: ChartSpec, base_url: str, query: str, language: str) -> str:
    """The card on its page in the language, filters included:
    '<base>/nl/globalization?countries=BEL#kof-...'."""
    return f"{base_url.rstrip('/')}{get_page(spec.page).href(language)}{query}#{spec.slug}"


def exhibit_anchor(exhibit_id: str, facts: bool = False) -> str:
    """The DOM id of an exhibit's card, or of the facts card beside its chart
    (components/exhibit_card.py): 'Figure 5' -> 'figure-5', 'figure-5-facts'."""
    return exhibit_id.lower().replace(" ", "-") + ("-facts" if facts else "")


def fact_anchor(record_id: str) -> str:
    """The DOM id of a fact tile (components/fact_tile.py), named by its first record."""
    return f"fact-{record_id}"


def embed_url(spec: ChartSpec, base_url: str, query: str, language: str) -> str:
    """The chart alone in the language, for an iframe: '<base>/embed/<slug>?<filters>&lang=nl'."""
    return f"{base_url.rstrip('/')}{EMBED_PREFIX}{spec.slug}{with_language(query, language)}"
