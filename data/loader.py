"""Load and validate the data files under data/ against the schema in catalog.json.

Every cell is checked before anything is served: a broken file stops start-up with one
message naming the file, the line and the column, so the app never runs half-loaded.
"""
from __future__ import annotations

import csv
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

import pandas as pd

from charts.claims import Claim
from charts.formatting import QUALIFIERS

DATA_DIR = Path(__file__).resolve().parent

KNOWN_UNITS = frozenset({
    "%", "index", "score", "rank", "ratio", "x", "count", "firms", "companies", "cases",
    "employees", "FTE", "EUR", "EUR million", "EUR billion", "EUR/FTE", "years",
})
PROVENANCE_COLUMNS = ("value", "unit", "qualifier", "decimals", "note", "exhibit", "record_ids")
MAX_DECIMALS = 4
RECORD_ID = re.compile(r"^R\d{3}$")


class DataFileError(Exception):
    """A data file does not match its schema; the message names file, line and column."""


@dataclass(frozen=True)
class Dataset:
    """One tidy table and its provenance, as described by its catalog entry."""

    id: str
    title: Claim
    exhibits: tuple[str, ...]
    page: str
    source: str
    publisher: str
    notes: Claim
    record_ids: tuple[str, ...]
    dimensions: Mapping[str, Mapping]
    frame: pd.DataFrame = field(repr=False, compare=False)


@dataclass(frozen=True)
class DataStore:
    """Everything the app shows: datasets, the quote behind each record, and the exhibits."""

    study: Mapping[str, str]
    datasets: Mapping[str, Dataset]
    quotes: Mapping[str, str]
    exhibits: Mapping[str, Mapping]
    quadrants: tuple[Mapping[str, str], ...] = ()
    passages: Mapping[str, str] = field(default_factory=dict)

    def evidence(self, evidence_id: str) -> str:
        """The report's words behind an evidence id: a record's quote (R...) or a passage (P...)."""
        return self.quotes.get(evidence_id) or self.passages[evidence_id]

    def frame(self, dataset_id: str) -> pd.DataFrame:
        """The dataset's rows as a new frame object: under pandas' copy-on-write it shares the
        stored data until a caller writes to it, so no caller can change what others read."""
        return self.datasets[dataset_id].frame.copy(deep=False)


def _fail(path: Path, line: int | None, column: str | None, problem: str) -> DataFileError:
    where = f"{path.name}"
    if line is not None:
        where += f", line {line}"
    if column is not None:
        where += f", column '{column}'"
    return DataFileError(f"{where}: {problem}")


def _read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = list(reader.fieldnames or [])
            rows = list(reader)
    except FileNotFoundError as exc:
        raise _fail(path, None, None, "file is missing") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise _fail(path, None, None, f"cannot be read as UTF-8 CSV ({exc})") from exc
    return header, rows


def _parse_number(path: Path, line: int, text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        raise _fail(path, line, "value", f"{text!r} is not a number") from None
    if not math.isfinite(number):
        raise _fail(path, line, "value", f"{text!r} is not a finite number")
    return number


def _validate_dimension(path: Path, line: int, column: str, text: str, schema: Mapping):
    if schema["type"] == "int":
        try:
            value = int(text)
        except ValueError:
            raise _fail(path, line, column, f"{text!r} is not a whole number") from None
    else:
        value = text
    if value not in schema["allowed"]:
        raise _fail(path, line, column,
                    f"{text!r} is not an allowed value (allowed: {', '.join(map(str, schema['allowed']))})")
    return value


def load_dataset(entry: Mapping, data_dir: Path, known_records: Mapping[str, str]) -> Dataset:
    """Read one CSV, check every cell against its catalog entry and return it as a Dataset."""
    path = data_dir / entry["file"]
    dims = entry["dimensions"]
    expected = [*dims, *PROVENANCE_COLUMNS]
    header, rows = _read_rows(path)
    missing = [c for c in expected if c not in header]
    if missing:
        raise _fail(path, 1, missing[0], "column is missing from the header")
    extra = [c for c in header if c not in expected]
    if extra:
        raise _fail(path, 1, extra[0], "column is not in the catalog's schema")
    if not rows:
        raise _fail(path, None, None, "has no data rows")

    records: list[dict] = []
    seen_keys: dict[tuple, int] = {}
    seen_ids: set[str] = set()
    for line, row in enumerate(rows, start=2):  # line 1 is the header
        if None in row or any(v is None for v in row.values()):
            raise _fail(path, line, None, "has a different number of cells than the header")
        parsed = {c: _validate_dimension(path, line, c, row[c], dims[c]) for c in dims}
        key = tuple(parsed.values())
        if key in seen_keys:
            raise _fail(path, line, None, f"duplicates line {seen_keys[key]} (same {', '.join(dims)})")
        seen_keys[key] = line
        parsed["value"] = _parse_number(path, line, row["value"])
        if row["unit"] not in KNOWN_UNITS:
            raise _fail(path, line, "unit", f"unknown unit {row['unit']!r}")
        if row["qualifier"] not in QUALIFIERS:
            raise _fail(path, line, "qualifier", f"unknown qualifier {row['qualifier']!r} "
                        f"(known: {', '.join(repr(k) for k in QUALIFIERS)})")
        if not row["decimals"].isdigit() or int(row["decimals"]) > MAX_DECIMALS:
            raise _fail(path, line, "decimals",
                        f"{row['decimals']!r} is not a count of printed decimals (0-{MAX_DECIMALS})")
        parsed["decimals"] = int(row["decimals"])
        ids = row["record_ids"].split(";")
        for record_id in ids:
            if not RECORD_ID.match(record_id) or record_id not in known_records:
                raise _fail(path, line, "record_ids", f"{record_id!r} is not a known register record")
        if known_records[ids[0]] != row["exhibit"]:
            raise _fail(path, line, "exhibit",
                        f"{row['exhibit']!r} but record {ids[0]} belongs to {known_records[ids[0]]!r}")
        seen_ids.update(ids)
        parsed.update({c: row[c] for c in ("unit", "qualifier", "note", "exhibit", "record_ids")})
        records.append(parsed)

    if seen_ids != set(entry["record_ids"]):
        diff = sorted(seen_ids ^ set(entry["record_ids"]))
        raise _fail(path, None, "record_ids",
                    f"records differ from catalog.json's list for '{entry['id']}': {', '.join(diff)}")
    frame = pd.DataFrame.from_records(records)
    return Dataset(
        id=entry["id"], title=_claim(entry, "title", known_records),
        exhibits=tuple(entry["exhibits"]), page=entry["page"], source=entry["source"],
        publisher=entry["publisher"], notes=_claim(entry, "notes", known_records),
        record_ids=tuple(entry["record_ids"]), dimensions=MappingProxyType(dict(dims)), frame=frame,
    )


def _claim(entry: Mapping, key: str, known_records: Mapping[str, str]) -> Claim:
    """A catalog text ({"text": ..., "records": [...]}) as a Claim; a bad one names the entry."""
    value = entry.get(key, {"text": "", "records": []})
    where = f"catalog.json, data set '{entry.get('id')}', '{key}'"
    try:
        claim = Claim(value["text"], *value["records"])
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"{where}: needs {{\"text\": ..., \"records\": [...]}} ({exc})") from None
    unknown = [r for r in claim.records if r not in known_records]
    if unknown:
        raise DataFileError(f"{where}: {', '.join(unknown)} not known register records")
    return claim


def _load_quotes(data_dir: Path) -> dict[str, tuple[str, str]]:
    path = data_dir / "register_quotes.csv"
    header, rows = _read_rows(path)
    if header != ["record_id", "exhibit", "quote"]:
        raise _fail(path, 1, None, "header must be record_id,exhibit,quote")
    quotes = {}
    for line, row in enumerate(rows, start=2):
        if not RECORD_ID.match(row["record_id"] or ""):
            raise _fail(path, line, "record_id", f"{row['record_id']!r} is not a record id")
        quotes[row["record_id"]] = (row["exhibit"], row["quote"])
    return quotes


PASSAGE_ID = re.compile(r"^P\d{3}$")


def _load_passages(data_dir: Path, exhibits: Mapping) -> dict[str, str]:
    """Sentences of the report that state no number but back a sentence of ours (what an
    exhibit without values shows, a comparison in words); tests check each is verbatim."""
    path = data_dir / "report_passages.csv"
    header, rows = _read_rows(path)
    if header != ["passage_id", "exhibit", "passage"]:
        raise _fail(path, 1, None, "header must be passage_id,exhibit,passage")
    passages = {}
    for line, row in enumerate(rows, start=2):
        if not PASSAGE_ID.match(row["passage_id"] or ""):
            raise _fail(path, line, "passage_id", f"{row['passage_id']!r} is not a passage id (P001)")
        if row["exhibit"] != "Text" and row["exhibit"] not in exhibits:
            raise _fail(path, line, "exhibit", f"{row['exhibit']!r} is not an exhibit of the study")
        if not row["passage"].strip():
            raise _fail(path, line, "passage", "is empty")
        passages[row["passage_id"]] = row["passage"]
    return passages


QUADRANTS = ("Upper left", "Upper right", "Lower left", "Lower right")


def _load_quadrants(data_dir: Path, exhibits: Mapping) -> tuple[Mapping[str, str], ...]:
    """Industries the text places in the quadrants of Figures 21-23 (no values: positions only)."""
    path = data_dir / "quadrants.csv"
    header, rows = _read_rows(path)
    if header != ["exhibit", "quadrant", "item", "flow", "quote"]:
        raise _fail(path, 1, None, "header must be exhibit,quadrant,item,flow,quote")
    for line, row in enumerate(rows, start=2):
        if row["exhibit"] not in exhibits:
            raise _fail(path, line, "exhibit", f"{row['exhibit']!r} is not an exhibit of the study")
        if row["quadrant"] not in QUADRANTS:
            raise _fail(path, line, "quadrant", f"{row['quadrant']!r} is not one of {', '.join(QUADRANTS)}")
        if not row["item"] or not row["quote"]:
            raise _fail(path, line, "item" if not row["item"] else "quote", "is empty")
    return tuple(MappingProxyType(row) for row in rows)


def _load_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _fail(path, None, None, "file is missing") from exc
    except json.JSONDecodeError as exc:
        raise _fail(path, exc.lineno, None, f"is not valid JSON ({exc.msg})") from exc


def load_store(data_dir: Path = DATA_DIR) -> DataStore:
    """Load every dataset in the catalog; raise DataFileError on the first problem found."""
    catalog = _load_json(data_dir / "catalog.json")
    quotes = _load_quotes(data_dir)
    exhibit_of = {rid: exhibit for rid, (exhibit, _) in quotes.items()}
    datasets = {}
    for entry in catalog["datasets"]:
        datasets[entry["id"]] = load_dataset(entry, data_dir, exhibit_of)
    exhibits = {e["id"]: MappingProxyType(e) for e in _load_json(data_dir / "exhibits.json")}
    return DataStore(
        quadrants=_load_quadrants(data_dir, exhibits),
        passages=MappingProxyType(_load_passages(data_dir, exhibits)),
        study=MappingProxyType(catalog["study"]),
        datasets=MappingProxyType(datasets),
        quotes=MappingProxyType({rid: quote for rid, (_, quote) in quotes.items()}),
        exhibits=MappingProxyType(exhibits),
    )
