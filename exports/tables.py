"""The rows behind a chart as CSV or XLSX, with a header block naming title, source and study."""
from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timezone
from typing import Mapping

import pandas as pd

from charts.spec import ChartSpec
from charts.formatting import dimension_title, drawn_value, qualifier
from charts.provenance import describe, exhibit_name, sources_of
from data.loader import PROVENANCE_COLUMNS, Dataset, DataStore
from i18n import SOURCE_LANGUAGE
from i18n.catalogs import N_, gettext_for

COLUMNS_NOTE = N_(
    "<dimension>_key: the key that links and filters use (the same in every language; ISO 3166 "
    "alpha-3 for countries); value: the number as the report prints it (empty where the report "
    "states the quantity only in words, e.g. 'half'); qualifier: how the report words it; "
    "drawn_as: where the chart draws the mark (falls and shortfalls stated in words below zero, "
    "quantities stated in words at the share the words name); quote: the report's sentence, in "
    "English as printed")


def filter_summary(spec: ChartSpec, data: DataStore, selection: Mapping[str, tuple],
                   language: str) -> str:
    """The filters as a reader names them: 'Countries: Belgium, Netherlands; Flow: Goods'."""
    _ = gettext_for(language)
    name = data.labels.namer(language)
    return "; ".join(f"{_(f.label)}: {', '.join(map(name, selection.get(f.param, ()))) or _('none')}"
                     for f in spec.filters) or _("none")


def metadata(spec: ChartSpec, dataset: Dataset, data: DataStore,
             selection: Mapping[str, tuple], language: str) -> list[tuple[str, str]]:
    """What a reader of the file needs to cite it, in the language; the filters say which rows
    it holds. The report's source lines and the study's citation stay as printed."""
    _ = gettext_for(language)
    rows = spec.base_frame(dataset.frame)
    return [
        (_("Title"), _(spec.title.text)),
        (_("Subtitle"), _(spec.subtitle.text)),
        (_("Unit"), _(spec.unit.text)),
        (_("Exhibit"), ", ".join(exhibit_name(e, language) for e in dict.fromkeys(rows["exhibit"]))),
        (_("Source (as printed in the study)"), "; ".join(
            describe(source, language) for source in sources_of(rows["exhibit"], data.exhibits))),
        (_("Source note"), _(dataset.source_note.text)),
        (_("Notes"), " ".join(_(n.text) for n in (spec.note, dataset.notes) if n)),
        (_("Columns"), _(COLUMNS_NOTE)),
        (_("Filters"), filter_summary(spec, data, selection, language)),
        (_("Study"), data.study["citation"]),
        (_("Downloaded"), datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
    ]


def printed_value(value: float, decimals: int) -> int | float:
    """The value with the precision the report printed: a count is an int (10167, not
    10167.0); 2.3 printed as '2,30' keeps its two decimals where the file format can say so."""
    return int(round(value)) if decimals == 0 else round(value, decimals)


def _records(rows: pd.DataFrame, data: DataStore, language: str) -> tuple[list[str], list[list]]:
    """Header and rows of a data file: dimensions (named in the language under their name in
    it, then a `<dimension>_key` column for each keyed one), the provenance columns, `drawn_as`
    (where the chart draws the mark) and the quotes (the report's, in English). A quantity the
    report states only in words has no value: its words are in `qualifier`, its mark's
    position in `drawn_as`. The provenance columns keep their names and their keys (unit
    'EUR/FTE', exhibit 'Table 1', qualifier 'more-than': COLUMNS_NOTE explains them) so that a
    script reads every language's file alike; only the note is written in the language."""
    _ = gettext_for(language)
    name = data.labels.namer(language)
    dimensions = [c for c in rows.columns if c not in PROVENANCE_COLUMNS]
    keyed = [c for c in dimensions if rows[c].map(lambda v: v in data.labels).all()]
    # English files keep the columns' own names, so scripts written against them still read them.
    names = dimensions if language == SOURCE_LANGUAGE else [_(dimension_title(c)) for c in dimensions]
    header = [*names, *(f"{c}_key" for c in keyed),
              *PROVENANCE_COLUMNS, "drawn_as", "quote"]
    body = []
    for record in rows.to_dict("records"):
        quote = " | ".join(data.quotes[r] for r in record["record_ids"].split(";"))
        words_only = qualifier(record["qualifier"]).word_quantity
        drawn = printed_value(drawn_value(record["value"], record["qualifier"]), record["decimals"])
        record = {**record, "value": None if words_only
                  else printed_value(record["value"], record["decimals"]),
                  "note": _(record["note"])}
        body.append([*(name(record[c]) for c in dimensions),
                     *(record[c] for c in keyed), *(record[c] for c in PROVENANCE_COLUMNS),
                     drawn, quote])
    return header, body


def csv_bytes(rows: pd.DataFrame, meta: list[tuple[str, str]], data: DataStore,
              language: str) -> bytes:
    """'# Key: value' lines, then one CSV row per number (read with comment='#')."""
    buffer = io.StringIO()
    for key, value in meta:
        buffer.write(f"# {key}: {value}\n")
    header, body = _records(rows, data, language)
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


def sheet_title(name: str) -> str:
    """A worksheet's name as Excel takes it: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", name)[:31].strip() or "Sheet"


def xlsx_bytes(rows: pd.DataFrame, meta: list[tuple[str, str]], data: DataStore,
               language: str) -> bytes:
    """A workbook with a 'Data' sheet (numbers stay numbers) and an 'About' sheet, named in
    the language."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    _ = gettext_for(language)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(_("Data"))
    header, body = _records(rows, data, language)
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
    about = workbook.create_sheet(sheet_title(_("About")))
    for key, value in meta:
        about.append([key, value])
    about.column_dimensions["A"].width = 32
    about.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
