"""The rows behind a chart as CSV or XLSX, with a header block naming title, source and study."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timezone
from typing import Mapping

import pandas as pd

from charts.spec import ChartSpec
from charts.formatting import drawn_value, qualifier
from charts.provenance import describe, sources_of
from data.loader import PROVENANCE_COLUMNS, Dataset, DataStore


def filter_summary(spec: ChartSpec, data: DataStore, selection: Mapping[str, tuple]) -> str:
    """The filters as a reader names them: 'Countries: Belgium, Netherlands; Flow: Goods'."""
    return "; ".join(f"{f.label}: {', '.join(map(data.labels.display, selection.get(f.param, ()))) or 'none'}"
                     for f in spec.filters) or "none"


def metadata(spec: ChartSpec, dataset: Dataset, data: DataStore,
             selection: Mapping[str, tuple]) -> list[tuple[str, str]]:
    """What a reader of the file needs to cite it; the filters say which rows it holds."""
    rows = spec.base_frame(dataset.frame)
    filters = filter_summary(spec, data, selection)
    return [
        ("Title", spec.title.text),
        ("Subtitle", spec.subtitle.text),
        ("Unit", spec.unit.text),
        ("Exhibit", ", ".join(dict.fromkeys(rows["exhibit"]))),
        ("Source (as printed in the study)", "; ".join(
            describe(source) for source in sources_of(rows["exhibit"], data.exhibits))),
        ("Source note", dataset.source_note.text),
        ("Notes", " ".join(n.text for n in (spec.note, dataset.notes) if n)),
        ("Columns", "<dimension>_key: the key that links and filters use (the same in every "
                    "language; ISO 3166 alpha-3 for countries); "
                    "value: the number as the report prints it (empty where the report states "
                    "the quantity only in words, e.g. 'half'); qualifier: how the report words "
                    "it; drawn_as: where the chart draws the mark (falls and shortfalls stated in "
                    "words below zero, quantities stated in words at the share the words name)"),
        ("Filters", filters),
        ("Study", data.study["citation"]),
        ("Downloaded", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
    ]


def printed_value(value: float, decimals: int) -> int | float:
    """The value with the precision the report printed: a count is an int (10167, not
    10167.0); 2.3 printed as '2,30' keeps its two decimals where the file format can say so."""
    return int(round(value)) if decimals == 0 else round(value, decimals)


def _records(rows: pd.DataFrame, data: DataStore) -> tuple[list[str], list[list]]:
    """Header and rows of a data file: dimensions (named, then a `<dimension>_key` column for
    each keyed one), the provenance columns, `drawn_as` (where the chart draws the mark) and
    the quotes. A quantity the report states only in words has no value: its words are in
    `qualifier`, its mark's position in `drawn_as`."""
    dimensions = [c for c in rows.columns if c not in PROVENANCE_COLUMNS]
    keyed = [c for c in dimensions if rows[c].map(lambda v: v in data.labels).all()]
    header = [*dimensions, *(f"{c}_key" for c in keyed), *PROVENANCE_COLUMNS, "drawn_as", "quote"]
    body = []
    for record in rows.to_dict("records"):
        quote = " | ".join(data.quotes[r] for r in record["record_ids"].split(";"))
        words_only = qualifier(record["qualifier"]).word_quantity
        drawn = printed_value(drawn_value(record["value"], record["qualifier"]), record["decimals"])
        record = {**record, "value": None if words_only
                  else printed_value(record["value"], record["decimals"])}
        body.append([*(data.labels.display(record[c]) for c in dimensions),
                     *(record[c] for c in keyed), *(record[c] for c in PROVENANCE_COLUMNS),
                     drawn, quote])
    return header, body


def csv_bytes(rows: pd.DataFrame, meta: list[tuple[str, str]], data: DataStore) -> bytes:
    """'# Key: value' lines, then one CSV row per number (read with comment='#')."""
    buffer = io.StringIO()
    for key, value in meta:
        buffer.write(f"# {key}: {value}\n")
    header, body = _records(rows, data)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    value_column = header.index("value")
    decimals_column = header.index("decimals")
    drawn_column = header.index("drawn_as")
    for row in body:
        # Text, so 2.30 keeps the zero the report printed.
        for column in (value_column, drawn_column):
            if row[column] is not None:
                row[column] = f"{row[column]:.{row[decimals_column]}f}"
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(rows: pd.DataFrame, meta: list[tuple[str, str]], data: DataStore) -> bytes:
    """A workbook with a 'Data' sheet (numbers stay numbers) and an 'About' sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    header, body = _records(rows, data)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    value_column = header.index("value") + 1
    decimals_column = header.index("decimals")
    for row in body:
        sheet.append(row)
        decimals = row[decimals_column]
        # The cell stays a number; its format shows the decimals the report printed.
        sheet.cell(row=sheet.max_row, column=value_column).number_format = (
            "0." + "0" * decimals if decimals else "0")
    about = workbook.create_sheet("About")
    for key, value in meta:
        about.append([key, value])
    about.column_dimensions["A"].width = 32
    about.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
