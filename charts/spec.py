"""The spine: each chart is declared once, and cards, downloads, the catalog and tests follow.

A ChartSpec names the dataset rows it shows, the filters it accepts (as query-string
parameters) and the pure figure function that draws it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from charts.claims import Claim
from charts.selection import FilterChoice, FilterSpec, Selection
from i18n.numbers import plotly_separators
from i18n.paths import localized_path


class FilterError(ValueError):
    """A query parameter names a filter or value the chart does not have."""


@dataclass(frozen=True)
class ChartSpec:
    """Everything about one chart, declared once. Title, subtitle and note are Claims where
    they state a number or a comparison (the records that state it); plain text otherwise."""

    slug: str
    page: str
    exhibit: str      # the exhibit the chart presents, or "Text" for numbers stated in prose
    title: Claim
    subtitle: Claim
    dataset: str
    unit: Claim
    figure: Callable[..., go.Figure]   # (rows, *, label) -> figure: charts/figures.py
    rows: Mapping[str, object] = field(default_factory=dict)   # fixed selection of dataset rows
    filters: tuple[FilterSpec, ...] = ()
    note: Claim = Claim("")
    after: str = ""   # for prose ("Text") charts: the exhibit they follow on the page

    def __post_init__(self):
        for name in ("title", "subtitle", "note", "unit"):
            if isinstance(getattr(self, name), str):
                object.__setattr__(self, name, Claim(getattr(self, name)))

    @property
    def anchor(self) -> str:
        """The exhibit whose place on the page the chart takes."""
        return self.after or self.exhibit

    def base_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The dataset rows this chart draws on, before any user filter."""
        for column, wanted in self.rows.items():
            allowed = wanted if isinstance(wanted, (list, tuple, set, frozenset)) else [wanted]
            frame = frame[frame[column].isin(list(allowed))]
        return frame

    def draw(self, rows: pd.DataFrame, label: Callable[[object], str], language: str) -> go.Figure:
        """The chart of these rows in the language; `label` names each key where the chart
        shows it (in that language), and the ticks plotly.js writes follow its notation."""
        figure = self.figure(rows, label=label, language=language)
        return figure.update_layout(separators=plotly_separators(language))

    def exhibits_shown(self, frame: pd.DataFrame) -> list[str]:
        """The exhibits the chart shows numbers of: its own, then those of the rows it draws."""
        return list(dict.fromkeys([self.exhibit, *self.base_frame(frame)["exhibit"]]))

    def options(self, frame: pd.DataFrame, spec: FilterSpec) -> list:
        """The keys a filter can take, in the data's order."""
        return list(dict.fromkeys(self.base_frame(frame)[spec.column]))

    def default_selection(self, frame: pd.DataFrame, spec: FilterSpec) -> tuple:
        """What a filter selects when the URL does not mention it: its default, else everything."""
        return tuple(spec.default) or tuple(self.options(frame, spec))

    def choices(self, frame: pd.DataFrame) -> list[FilterChoice]:
        """Each filter with the keys it offers and its default, for this chart's rows."""
        return [FilterChoice(spec, tuple(self.options(frame, spec)),
                             self.default_selection(frame, spec)) for spec in self.filters]

    def parse_query(self, frame: pd.DataFrame, query: Mapping[str, object],
                    strict: bool = True) -> tuple[Selection, list[str]]:
        """Read this chart's filters from a query string; unknown keys raise (or are noted)."""
        selection, notices = Selection.parse(self.choices(frame), query)
        if notices and strict:
            raise FilterError(str(notices[0]))
        return selection, notices

    def filtered(self, frame: pd.DataFrame, selection: Mapping[str, Sequence]) -> pd.DataFrame:
        """The rows shown for a filter selection; filters missing from it take their default."""
        base = self.base_frame(frame)
        rows = base
        for spec in self.filters:
            chosen = selection.get(spec.param)
            if chosen is None:
                chosen = self.default_selection(frame, spec)
            rows = rows[rows[spec.column].isin(list(chosen))]
        return rows


@dataclass(frozen=True)
class Finding:
    """A key finding: the sentence (a Claim) and the chart that shows it; on the overview, also
    its headline number as the report states it."""

    claim: Claim
    chart: str
    headline: Claim | None = None


@dataclass(frozen=True)
class PageSpec:
    """Everything about one page, declared once: its address, its place in the navigation, its
    words and the report sections whose exhibits it presents. A topic page (`layout` None) shows
    its charts and exhibits; other pages name the function that lays them out."""

    key: str
    path: str
    order: int
    name: str                       # in the navigation bar
    title: str                      # the document's <title>
    heading: str
    module: str                     # the declaring module (Dash Pages' registry key)
    intro: Claim = Claim("")
    findings: tuple[Finding, ...] = ()
    sections: tuple[str, ...] = ()  # report sections (prefixes of exhibits' "section")
    summary: Claim = Claim("")      # the page's line on the overview
    facts: tuple[str, ...] = ()     # records of prose key facts shown on the page
    description: str = ""           # the meta description; the intro's words when empty
    layout: Callable | None = None  # (query, language) -> layout; None: a topic page
    in_navbar: bool = True

    @property
    def is_topic(self) -> bool:
        return self.layout is None

    def href(self, language: str) -> str:
        """The page's address in a language: /nl/globalization."""
        return localized_path(self.path, language)



_CHARTS: dict[str, ChartSpec] = {}
_PAGES: dict[str, PageSpec] = {}
KEBAB = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def register(spec: ChartSpec) -> ChartSpec:
    """Add a chart to the registry; slugs are unique and URL-safe."""
    if not KEBAB.fullmatch(spec.slug):
        raise ValueError(f"chart slug {spec.slug!r} must be kebab-case")
    if spec.slug in _CHARTS:
        raise ValueError(f"chart slug {spec.slug!r} is declared twice")
    _CHARTS[spec.slug] = spec
    return spec


def declare_page(spec: PageSpec) -> PageSpec:
    """Add a page to the registry; keys and paths are unique."""
    if not KEBAB.fullmatch(spec.key):
        raise ValueError(f"page key {spec.key!r} must be kebab-case")
    if spec.key in _PAGES or any(p.path == spec.path for p in _PAGES.values()):
        raise ValueError(f"page {spec.key!r} ({spec.path}) is declared twice")
    _PAGES[spec.key] = spec
    return spec


def all_charts() -> list[ChartSpec]:
    """Every declared chart: page by page in navigation order, each page's in declaration order
    (the report's order)."""
    order = {page.key: page.order for page in _PAGES.values()}
    return sorted(_CHARTS.values(), key=lambda chart: order.get(chart.page, len(order)))


def all_pages() -> list[PageSpec]:
    """Every declared page, in navigation order."""
    return sorted(_PAGES.values(), key=lambda p: p.order)


def topic_pages() -> list[PageSpec]:
    return [p for p in all_pages() if p.is_topic]


def page_of_section(section: str) -> PageSpec | None:
    """The page that presents a report section: the one declaring its longest prefix
    ('Part I 2.1' on one page, the rest of 'Part I 2.' on another)."""
    matches = [(len(prefix), page) for page in _PAGES.values() for prefix in page.sections
               if section.startswith(prefix)]
    return max(matches, key=lambda match: match[0])[1] if matches else None


def get_page(key: str) -> PageSpec | None:
    return _PAGES.get(key)


def charts_for_page(page: str) -> list[ChartSpec]:
    return [spec for spec in _CHARTS.values() if spec.page == page]


def get_chart(slug: str) -> ChartSpec | None:
    return _CHARTS.get(slug)


def forget(page: str) -> None:
    """Remove a page and its charts (tests that declare a throwaway page clean up with it)."""
    _PAGES.pop(page, None)
    for slug in [s for s, c in _CHARTS.items() if c.page == page]:
        del _CHARTS[slug]
