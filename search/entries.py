"""What Find searches: one entry per stated number (a row of a data file), with its words.

Everything comes from the loaded data and the declarations: the value as the dashboard prints
it (charts/formatting.py: the report's decimals and wording), the register's verbatim sentences
of its records, its exhibit (id and caption as printed) and report section, the names of its
countries and categories, the titles of the charts that draw it, and where it is shown
(search/targets.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from charts.formatting import dimension_title, format_value, qualifier
from charts.spec import get_chart
from data.access import store
from data.loader import PROVENANCE_COLUMNS, DataStore
from i18n import LANGUAGES, SOURCE_LANGUAGE
from i18n.catalogs import translate
from search.targets import TEXT, Target, all_targets

# The register's own mark on two table cells (data/study/REGISTER.md), not the report's words:
# the value keeps the parentheses ("(75%)", qualifier 'parenthesised').
REGISTER_NOTE = re.compile(r"\s*\[parenthesised\]$")


def report_words(quote: str) -> str:
    """A register quote as the report prints it."""
    return REGISTER_NOTE.sub("", quote)


@dataclass(frozen=True)
class Entry:
    """One stated number and everything a reader can find it by."""

    id: str                         # "<data set>/<row>": stable while the data files are
    dataset: str
    value: float | None             # None for a quantity the report states only in words
    unit: str
    value_text: str                 # as the dashboard prints it: "3.14%", "more than half"
    decimals: int
    records: tuple[str, ...]
    quotes: tuple[str, ...]         # the verbatim sentences of its records (each once)
    exhibit: str                    # "Figure 2", or "Text" for a number stated in the prose
    exhibit_title: str              # the caption as printed ("" for prose or no caption)
    section: str                    # the report section ("" when the data names none)
    names: tuple[tuple[str, str], ...]   # (dimension, name shown) of the row's keys
    charts: tuple[str, ...]         # titles of the charts that draw it
    targets: tuple[Target, ...]     # where it is shown, the best first
    # The value and the names as each language's pages show them: {language: (value_text,
    # names)}; the fields above are the English, which the index searches.
    shown: Mapping[str, tuple[str, tuple[tuple[str, str], ...]]] = field(default_factory=dict)


def _section(data: DataStore, exhibit: str, targets: tuple[Target, ...]) -> str:
    """The exhibit's report section; for a prose number, the section of the exhibit its chart
    follows on the page (ChartSpec.after), if any."""
    if exhibit != TEXT:
        return (data.exhibits.get(exhibit) or {}).get("section", "")
    for target in targets:
        chart = get_chart(target.anchor) if target.kind == "chart" else None
        if chart is not None and chart.after in data.exhibits:
            return data.exhibits[chart.after]["section"]
    return ""


def _name(data: DataStore, column: str, schema, value, language: str = SOURCE_LANGUAGE) -> str:
    """A dimension value as shown in the language: a key's name, words ('text' columns) as
    they are, a year as the number, any other number with its dimension ('Rank 3': a bare '3'
    says nothing)."""
    if schema["type"] == "text":   # words as printed (">750"), or a key fact's name (ours)
        return translate(str(value), language)
    if schema["type"] == "int" and column != "year":
        return f"{translate(dimension_title(column), language)} {value}"
    return data.labels.display(value, language)


def build_entries(data: DataStore | None = None) -> list[Entry]:
    """Every stated number of every data set, in the data files' order."""
    data = data or store()
    where = all_targets()
    entries = []
    for dataset_id, dataset in data.datasets.items():
        dimensions = [c for c in dataset.dimensions if c not in PROVENANCE_COLUMNS]
        for index, row in zip(dataset.frame.index, dataset.frame.to_dict("records")):
            records = tuple(row["record_ids"].split(";"))
            targets = tuple(where[(dataset_id, index)])
            in_words = qualifier(row["qualifier"]).word_quantity
            exhibit = data.exhibits.get(row["exhibit"]) or {}
            shown = {language: (
                format_value(row["value"], row["unit"], row["qualifier"], row["decimals"],
                             language=language),
                tuple((column, _name(data, column, dataset.dimensions[column], row[column], language))
                      for column in dimensions)) for language in LANGUAGES}
            entries.append(Entry(
                id=f"{dataset_id}/{index}", dataset=dataset_id,
                value=None if in_words else row["value"], unit=row["unit"],
                value_text=shown[SOURCE_LANGUAGE][0],
                decimals=row["decimals"], records=records,
                quotes=tuple(dict.fromkeys(report_words(data.quotes[r]) for r in records)),
                exhibit=row["exhibit"], exhibit_title=exhibit.get("title") or "",
                section=_section(data, row["exhibit"], targets),
                names=shown[SOURCE_LANGUAGE][1],
                charts=tuple(dict.fromkeys(t.label for t in targets if t.kind == "chart")),
                targets=targets, shown=shown,
            ))
    return entries
