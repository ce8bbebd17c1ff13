"""The spine: each chart is declared once, and cards, downloads, the catalog and tests follow.

A ChartSpec names the dataset rows it shows, the filters it accepts (as query-string
parameters) and the pure figure function that draws it.
"""
from __future__ import annotations

import re
from urllib.parse import urlencode
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from charts.claims import Claim

# ISO 3166 alpha-3 codes make short, stable URLs (?countries=BEL,NLD); other values use a slug.
ISO3 = {
    "Belgium": "BEL", "Netherlands": "NLD", "Germany": "DEU", "France": "FRA", "Luxembourg": "LUX",
    "Ireland": "IRL", "Singapore": "SGP", "Malta": "MLT", "Hungary": "HUN", "Sweden": "SWE",
    "Bahrein": "BHR", "U.A.E.": "ARE", "Hong Kong": "HKG", "Denmark": "DNK", "Switzerland": "CHE",
    "Finland": "FIN", "Italy": "ITA", "Spain": "ESP", "Norway": "NOR", "Iceland": "ISL",
    "Portugal": "PRT", "Japan": "JPN", "US": "USA",
}


def token(value) -> str:
    """The URL form of a dimension value: ISO3 for countries, else a lowercase slug."""
    text = str(value)
    return ISO3.get(text) or re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class FilterError(ValueError):
    """A query parameter names a filter or value the chart does not have."""


@dataclass(frozen=True)
class FilterSpec:
    """A filter a chart accepts: query parameter `param` selects values of `column`."""

    param: str
    column: str
    label: str
    multi: bool = True
    default: tuple = ()   # values selected when the URL is silent; empty: all values


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
    figure: Callable[[pd.DataFrame], go.Figure]
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

    def exhibits_shown(self, frame: pd.DataFrame) -> list[str]:
        """The exhibits the chart shows numbers of: its own, then those of the rows it draws."""
        return list(dict.fromkeys([self.exhibit, *self.base_frame(frame)["exhibit"]]))

    def options(self, frame: pd.DataFrame, spec: FilterSpec) -> list:
        """The values a filter can take, in the data's order."""
        return list(dict.fromkeys(self.base_frame(frame)[spec.column]))

    def default_selection(self, frame: pd.DataFrame, spec: FilterSpec) -> tuple:
        """What a filter selects when the URL does not mention it: its default, else everything."""
        return tuple(spec.default) or tuple(self.options(frame, spec))

    def parse_query(self, frame: pd.DataFrame, query: Mapping[str, object],
                    strict: bool = True) -> tuple[dict[str, tuple], list[str]]:
        """Read this chart's filters from a query string; unknown values raise (or are noted).

        A parameter that is absent takes its default; a parameter that is present but empty
        selects nothing (the chart then says there is no data for the selection).
        """
        selection: dict[str, tuple] = {}
        notices: list[str] = []
        for spec in self.filters:
            options = self.options(frame, spec)
            if spec.param not in query:
                selection[spec.param] = self.default_selection(frame, spec)
                continue
            chosen, problems = match_values(options, query[spec.param], spec)
            if problems and strict:
                raise FilterError(problems[0])
            notices.extend(problems)
            selection[spec.param] = chosen
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


def split_values(raw: object) -> list[str]:
    """Query values as a list: 'a,b', ['a', 'b'] (repeated parameter) or a single value."""
    parts = raw if isinstance(raw, (list, tuple)) else [raw]
    return [p.strip() for part in parts if part is not None
            for p in str(part).split(",") if p.strip()]


def match_values(options: Sequence, raw: object, spec: FilterSpec) -> tuple[tuple, list[str]]:
    """The option values named by URL tokens or names (case-insensitive), and any problems."""
    lookup = {}
    for option in options:
        lookup[token(option).lower()] = option
        lookup[str(option).lower()] = option
    chosen, unknown = [], []
    for part in split_values(raw):
        match = lookup.get(part.lower())
        if match is None:
            unknown.append(part)
        elif match not in chosen:
            chosen.append(match)
    problems = []
    if unknown:
        problems.append(f"Unknown value(s) for '{spec.param}': {', '.join(unknown)[:200]}. "
                        f"Allowed: {', '.join(token(o) for o in options)}")
    if not spec.multi and len(chosen) > 1:
        problems.append(f"'{spec.param}' takes one value; got {len(chosen)}")
        chosen = chosen[:1]
    return tuple(chosen), problems


def query_string(filters: Sequence[FilterSpec], selection: Mapping[str, tuple],
                 defaults: Mapping[str, tuple]) -> str:
    """The query string (with '?') that reproduces a selection; '' when all are defaults."""
    params = {}
    for filter_spec in filters:
        chosen = tuple(selection.get(filter_spec.param, ()))
        if chosen != tuple(defaults.get(filter_spec.param, ())):
            params[filter_spec.param] = ",".join(token(v) for v in chosen)
    return f"?{urlencode(params, safe=',')}" if params else ""


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
    layout: Callable | None = None  # (spec, **query) -> layout; None: a topic page
    in_navbar: bool = True

    @property
    def is_topic(self) -> bool:
        return self.layout is None



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
