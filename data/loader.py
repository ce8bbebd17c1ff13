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
from charts.formatting import QUALIFIERS, UNITS
from data.labels import LabelFileError, Labels, load_labels

DATA_DIR = Path(__file__).resolve().parent

KNOWN_UNITS = frozenset(UNITS)   # the units charts/formatting.py can write
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
    notes: Claim
    # Our words about the data set's source (translatable), e.g. "No source line printed"; the
    # source lines as printed are the exhibits' (charts/provenance.py).
    source_note: Claim
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
    labels: Labels = field(default_factory=lambda: Labels({}))

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
    if schema["type"] == "int" and text == "" and None in schema["allowed"]:
        value = None  # a year the report does not state
    elif schema["type"] == "int":
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


def load_dataset(entry: Mapping, data_dir: Path, known_records: Mapping[str, str],
                 passages: Mapping[str, str] = MappingProxyType({}),
                 labels: Labels | None = None) -> Dataset:
    """Read one CSV, check every cell against its catalog entry and return it as a Dataset.

    `known_records` maps record ids to their exhibit; the catalog's claims may also cite
    report passages (`passages`, P ids). A key (a 'str' dimension's value) must have a name in
    `labels`; a 'text' dimension holds words shown as they are."""
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
        for column, schema in dims.items():
            if labels is not None and schema["type"] == "str" and parsed[column] not in labels:
                raise _fail(path, line, column, f"key {parsed[column]!r} has no name in labels.csv "
                            "(and is not an ISO 3166 alpha-3 country code)")
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
    for column, schema in dims.items():
        if None in schema["allowed"]:
            # Whole numbers stay whole and an unstated one stays None (not NaN beside floats).
            frame[column] = pd.Series([r[column] for r in records], dtype=object)
    known = {**known_records, **passages}
    source_note = _claim(entry, "source_note", known)
    return Dataset(
        id=entry["id"], title=_claim(entry, "title", known),
        exhibits=tuple(entry["exhibits"]), notes=_claim(entry, "notes", known),
        source_note=source_note,
        record_ids=tuple(entry["record_ids"]), dimensions=MappingProxyType(dict(dims)), frame=frame,
    )


def _claim(entry: Mapping, key: str, known: Mapping[str, str], key_of_ids: str = "records",
           where: str | None = None) -> Claim:
    """A data file's text ({"text": ..., "records": [...]}) as a Claim; a bad one names where it
    is. Its evidence ids must be known register records or report passages."""
    value = entry.get(key) or {"text": "", key_of_ids: []}
    where = where or f"catalog.json, data set '{entry.get('id')}', '{key}'"
    try:
        claim = Claim(value["text"], *value[key_of_ids])
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"{where}: needs {{\"text\": ..., \"{key_of_ids}\": [...]}} ({exc})") from None
    unknown = [r for r in claim.records if r not in known]
    if unknown:
        raise DataFileError(f"{where}: {', '.join(unknown)} not known register records or "
                            "report passages")
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


def _load_quadrants(data_dir: Path, exhibits: Mapping,
                    passages: Mapping[str, str]) -> tuple[Mapping[str, str], ...]:
    """Industries the text places in the quadrants of Figures 21-23 (no values: positions only).
    Each row keeps the report's sentence (`quote`) and the passages that state it (`evidence`)."""
    path = data_dir / "quadrants.csv"
    header, rows = _read_rows(path)
    if header != ["exhibit", "quadrant", "item", "flow", "quote", "evidence"]:
        raise _fail(path, 1, None, "header must be exhibit,quadrant,item,flow,quote,evidence")
    for line, row in enumerate(rows, start=2):
        if row["exhibit"] not in exhibits:
            raise _fail(path, line, "exhibit", f"{row['exhibit']!r} is not an exhibit of the study")
        if row["quadrant"] not in QUADRANTS:
            raise _fail(path, line, "quadrant", f"{row['quadrant']!r} is not one of {', '.join(QUADRANTS)}")
        if not row["item"] or not row["quote"]:
            raise _fail(path, line, "item" if not row["item"] else "quote", "is empty")
        unknown = [p for p in row["evidence"].split() if p not in passages]
        if unknown or not row["evidence"].split():
            raise _fail(path, line, "evidence", f"needs known report passages, not {row['evidence']!r}")
    return tuple(MappingProxyType(row) for row in rows)


# exhibits.json: what the text edition says of each exhibit. Verbatim fields hold the report's
# own words (a caption, a source line, names); claim fields hold our sentences with evidence.
EXHIBIT_TEXTS = ("section",)
EXHIBIT_VERBATIM = ("title", "source")
EXHIBIT_LISTS = ("labels", "labels_nearby", "notes_printed")
EXHIBIT_FLAGS = ("numbers_in_text", "values_in_text")
EXHIBIT_CLAIMS = ("qualitative", "title_note", "source_note", "remark")


def _load_exhibits(path: Path, raw: list, known: Mapping[str, str]) -> dict[str, Mapping]:
    """Every exhibit's entry, checked; its claims ({"text": ..., "evidence": [...]}) as Claims
    (an absent claim is an empty Claim)."""
    exhibits = {}
    for entry in raw:
        where = f"{path.name}, exhibit '{entry.get('id')}'"
        missing = [k for k in ("id", *EXHIBIT_TEXTS, *EXHIBIT_VERBATIM, *EXHIBIT_LISTS,
                               *EXHIBIT_FLAGS, *EXHIBIT_CLAIMS) if k not in entry]
        if missing:
            raise DataFileError(f"{where}: missing {', '.join(missing)}")
        if not isinstance(entry["source"], str) or not (entry["title"] is None
                                                        or isinstance(entry["title"], str)):
            raise DataFileError(f"{where}: title must be text or null, source text (\"\" if none)")
        for key in EXHIBIT_LISTS:
            if not all(isinstance(item, str) and item for item in entry[key]):
                raise DataFileError(f"{where}: '{key}' must be a list of texts")
        for key in EXHIBIT_FLAGS:
            if not isinstance(entry[key], bool):
                raise DataFileError(f"{where}: '{key}' must be true or false")
        claims = {key: _claim(entry, key, known, "evidence", f"{where}, '{key}'")
                  for key in EXHIBIT_CLAIMS}
        if not claims["qualitative"]:
            raise DataFileError(f"{where}: 'qualitative' is empty")
        exhibits[entry["id"]] = MappingProxyType({**entry, **claims})
    return exhibits


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
    raw_exhibits = _load_json(data_dir / "exhibits.json")
    passages = _load_passages(data_dir, {e.get("id"): e for e in raw_exhibits})
    exhibits = _load_exhibits(data_dir / "exhibits.json", raw_exhibits, {**quotes, **passages})
    try:
        labels = load_labels(data_dir / "labels.csv")
    except LabelFileError as exc:
        raise DataFileError(str(exc)) from None
    datasets = {}
    for entry in catalog["datasets"]:
        datasets[entry["id"]] = load_dataset(entry, data_dir, exhibit_of, passages, labels)
    return DataStore(
        quadrants=_load_quadrants(data_dir, exhibits, passages),
        passages=MappingProxyType(passages),
        study=MappingProxyType(catalog["study"]),
        datasets=MappingProxyType(datasets),
        quotes=MappingProxyType({rid: quote for rid, (_, quote) in quotes.items()}),
        exhibits=MappingProxyType(exhibits),
        labels=labels,
    )
