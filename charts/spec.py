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
    default: tuple = ()   # empty: all values


@dataclass(frozen=True)
class ChartSpec:
    """Everything about one chart, declared once."""

    slug: str
    page: str
    title: str
    subtitle: str
    dataset: str
    unit: str
    figure: Callable[[pd.DataFrame], go.Figure]
    rows: Mapping[str, object] = field(default_factory=dict)   # fixed selection of dataset rows
    filters: tuple[FilterSpec, ...] = ()
    note: str = ""

    def base_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The dataset rows this chart draws on, before any user filter."""
        for column, wanted in self.rows.items():
            allowed = wanted if isinstance(wanted, (list, tuple, set, frozenset)) else [wanted]
            frame = frame[frame[column].isin(list(allowed))]
        return frame

    def options(self, frame: pd.DataFrame, spec: FilterSpec) -> list:
        """The values a filter can take, in the data's order."""
        return list(dict.fromkeys(self.base_frame(frame)[spec.column]))

    def parse_query(self, frame: pd.DataFrame, query: Mapping[str, str],
                    strict: bool = True) -> tuple[dict[str, tuple], list[str]]:
        """Read this chart's filters from a query string; unknown values raise (or are noted).

        Values are matched by URL token or by name, case-insensitively. Parameters that are
        not this chart's filters are ignored by the caller's choice (`strict` only governs values).
        """
        selection: dict[str, tuple] = {}
        notices: list[str] = []
        for spec in self.filters:
            raw = query.get(spec.param)
            if raw is None:
                selection[spec.param] = spec.default
                continue
            options = self.options(frame, spec)
            lookup = {}
            for option in options:
                lookup[token(option).lower()] = option
                lookup[str(option).lower()] = option
            chosen, unknown = [], []
            for part in filter(None, (p.strip() for p in str(raw).split(","))):
                match = lookup.get(part.lower())
                (chosen if match is not None else unknown).append(match if match is not None else part)
            if unknown:
                message = (f"Unknown value(s) for '{spec.param}': {', '.join(unknown)[:200]}. "
                           f"Allowed: {', '.join(token(o) for o in options)}")
                if strict:
                    raise FilterError(message)
                notices.append(message)
            if not spec.multi and len(chosen) > 1:
                message = f"'{spec.param}' takes one value; got {len(chosen)}"
                if strict:
                    raise FilterError(message)
                notices.append(message)
                chosen = chosen[:1]
            selection[spec.param] = tuple(dict.fromkeys(chosen)) or spec.default
        return selection, notices

    def filtered(self, frame: pd.DataFrame, selection: Mapping[str, Sequence]) -> pd.DataFrame:
        """The rows shown for a filter selection (an empty selection means all values)."""
        frame = self.base_frame(frame)
        for spec in self.filters:
            chosen = selection.get(spec.param) or spec.default
            if chosen:
                frame = frame[frame[spec.column].isin(list(chosen))]
        return frame


_REGISTRY: dict[str, ChartSpec] = {}


def register(spec: ChartSpec) -> ChartSpec:
    """Add a chart to the registry; slugs are unique and URL-safe."""
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", spec.slug):
        raise ValueError(f"chart slug {spec.slug!r} must be kebab-case")
    if spec.slug in _REGISTRY:
        raise ValueError(f"chart slug {spec.slug!r} is declared twice")
    _REGISTRY[spec.slug] = spec
    return spec


def all_charts() -> list[ChartSpec]:
    """Every declared chart, in declaration order (the report's order within each page)."""
    import charts.declarations  # noqa: F401  (declaring modules register on import)
    return list(_REGISTRY.values())


def charts_for_page(page: str) -> list[ChartSpec]:
    return [spec for spec in all_charts() if spec.page == page]


def get_chart(slug: str) -> ChartSpec | None:
    all_charts()
    return _REGISTRY.get(slug)
