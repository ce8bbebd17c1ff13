"""The data files hold exactly the study's numbers, with provenance, and reject broken input."""
from __future__ import annotations

import csv
import json
import re

import pytest

from charts.formatting import QUALIFIERS
from tests.english import format_number, format_value
from data.loader import DATA_DIR, DataFileError, load_store
from tests.report_notation import number_occurs

TABLE_EXHIBITS = {f"Table {n}" for n in range(1, 11)} | {"Figure A1"}
CORRECTIONS = json.loads((DATA_DIR / "register_corrections.json").read_text(encoding="utf-8"))


def corrected_exhibit(record: dict) -> str:
    """The record's exhibit as the report supports it: the register's, unless
    data/register_corrections.json documents that the report says otherwise."""
    for correction in CORRECTIONS["corrections"]:
        if correction["record"] == record["id"] and correction["field"] == "exhibit":
            return correction["report"]
    return record["exhibit"]


def all_rows(store):
    for dataset in store.datasets.values():
        for row in dataset.frame.to_dict("records"):
            yield dataset, row


def test_every_register_record_is_held_by_some_dataset(store, records):
    held = {rid for _, row in all_rows(store) for rid in row["record_ids"].split(";")}
    assert held == set(records), sorted(set(records) ^ held)


def test_every_table_cell_has_exactly_the_registers_value(store, records):
    """Each record of Tables 1-10 and Figure A1 is the first (value-giving) id of a row, or a
    restatement whose value equals that row's."""
    value_of = {}
    for _, row in all_rows(store):
        for rid in row["record_ids"].split(";"):
            value_of.setdefault(rid, []).append(row)
    table_records = [r for r in records.values() if corrected_exhibit(r) in TABLE_EXHIBITS]
    assert len(table_records) == 266  # the register's 268 less R004, R005 (prose, not Table 1)
    for record in table_records:
        rows = value_of[record["id"]]
        main_rows = [row for row in rows if row["record_ids"].split(";")[0] == record["id"]]
        for row in main_rows:
            assert row["value"] == pytest.approx(record["value"]), record["id"]


def test_row_values_follow_their_first_record(store, records):
    """A row's value is its first record's, untransformed: a decline stated in words stays
    positive under a declining qualifier; word ratios become percent only where the unit says
    %, and then keep their words."""
    for dataset, row in all_rows(store):
        record = records[row["record_ids"].split(";")[0]]
        expected = record["value"]
        if record["unit"] == "ratio" and row["unit"] == "%":
            expected *= 100
            assert QUALIFIERS[row["qualifier"]].word_quantity, (dataset.id, record["id"])
        assert row["value"] == pytest.approx(expected), (dataset.id, record["id"])
        assert row["exhibit"] == corrected_exhibit(record), (dataset.id, record["id"])
        stated_as_decline = record["measure"].startswith("decline") or "shortfall" in record["measure"]
        assert QUALIFIERS[row["qualifier"]].decline == stated_as_decline, (dataset.id, record["id"])


def test_every_value_keeps_the_decimals_the_report_printed(store, records):
    """The number as shown occurs in its record's quote, in the report's notation (a decimal
    comma, sometimes a point): '2,30%' is shown with two decimals, '10,167' as a whole number."""
    for dataset, row in all_rows(store):
        if QUALIFIERS[row["qualifier"]].word_quantity or row["unit"] == "rank":
            continue
        record = records[row["record_ids"].split(";")[0]]
        shown = format_number(row["value"], row["decimals"])
        assert number_occurs(shown, record["quote"]), (dataset.id, record["id"], shown)


def test_qualifiers_of_hedged_numbers_are_kept(store):
    facts = store.frame("world_export_share_change")
    us_eu = facts[facts["entity"] == "us-and-eu"].iloc[0]
    assert (us_eu["value"], us_eu["qualifier"]) == (23, "lost-about")
    assert format_value(23, "%", "lost-about") == "lost about 23%"
    models = store.frame("delivery_models")
    us = models[models["origin"] == "USA"].iloc[0]
    assert (us["value"], us["qualifier"]) == (50, "more-than-half")
    assert format_value(us["value"], "%", us["qualifier"]) == "more than half"
    share = store.frame("world_export_market_share")
    services_2002 = share[(share["flow"] == "services") & (share["year"] == 2002)].iloc[0]
    assert format_value(services_2002["value"], "%", "", services_2002["decimals"]) == "2.30%"
    table8 = store.frame("value_added_by_exporter_status")
    stop = table8[(table8["exporter_status"] == "stop-export")
                  & (table8["measure"] == "sme-share-of-total-change")].iloc[0]
    assert (stop["value"], stop["qualifier"]) == (75, "parenthesised")


def test_table_gaps_stay_gaps(store):
    """Table 5 has no fifth goods market, Table 9 no SME share for continuing exporters."""
    gained = store.frame("market_share_changes")
    goods_gained = gained[(gained["direction"] == "gained") & (gained["flow"] == "goods")]
    assert sorted(goods_gained["rank"]) == [1, 2, 3, 4]
    table9 = store.frame("employment_by_exporter_status")
    shares = table9[table9["measure"] == "sme-share-of-total-change"]
    assert "continue-export" not in set(shares["exporter_status"])
    total = table9[(table9["exporter_status"] == "total") & (table9["firm_size"] == "all-firms")]
    assert total["value"].item() == 271671  # one more than its parts, as printed


def test_catalog_describes_every_dataset(store):
    for dataset in store.datasets.values():
        assert dataset.title and dataset.exhibits
    assert len(store.quotes) == 389


def _rewrite(path, edit):
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    edit(rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def _set(rows, line, column, value):
    rows[line - 1][rows[0].index(column)] = value


@pytest.mark.parametrize("edit, message", [
    (lambda rows: _set(rows, 4, "value", "9x.3"),
     "kof_economic_globalization.csv, line 4, column 'value': '9x.3' is not a number"),
    (lambda rows: _set(rows, 6, "country", "Belgum"),
     "kof_economic_globalization.csv, line 6, column 'country': 'Belgum' is not an allowed value"),
    (lambda rows: [row.pop(rows[0].index("unit")) for row in rows[::-1]],
     "kof_economic_globalization.csv, line 1, column 'unit': column is missing from the header"),
    (lambda rows: rows.append(list(rows[1])),
     "kof_economic_globalization.csv, line 32: duplicates line 2 (same rank, country, dimension)"),
    (lambda rows: _set(rows, 3, "unit", "furlongs"),
     "kof_economic_globalization.csv, line 3, column 'unit': unknown unit 'furlongs'"),
    (lambda rows: _set(rows, 2, "record_ids", "R999"),
     "kof_economic_globalization.csv, line 2, column 'record_ids': 'R999' is not a known register record"),
    (lambda rows: _set(rows, 2, "value", "nan"),
     "kof_economic_globalization.csv, line 2, column 'value': 'nan' is not a finite number"),
    (lambda rows: _set(rows, 5, "qualifier", "roughly"),
     "kof_economic_globalization.csv, line 5, column 'qualifier': unknown qualifier 'roughly'"),
    (lambda rows: _set(rows, 7, "decimals", "-1"),
     "kof_economic_globalization.csv, line 7, column 'decimals': '-1' is not a count of printed decimals"),
])
def test_a_broken_file_is_named_with_line_and_column(data_copy, edit, message):
    _rewrite(data_copy / "kof_economic_globalization.csv", edit)
    with pytest.raises(DataFileError) as caught:
        load_store(data_copy)
    assert str(caught.value).startswith(message)


def test_a_missing_file_or_bad_catalog_stops_loading(data_copy):
    (data_copy / "export_to_gdp.csv").unlink()
    with pytest.raises(DataFileError, match=r"export_to_gdp.csv: file is missing"):
        load_store(data_copy)
    (data_copy / "catalog.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"catalog.json, line 1: is not valid JSON"):
        load_store(data_copy)


def test_catalog_record_list_must_match_the_file(data_copy):
    catalog = json.loads((data_copy / "catalog.json").read_text(encoding="utf-8"))
    catalog["datasets"][0]["record_ids"].append("R001")
    (data_copy / "catalog.json").write_text(json.dumps(catalog), encoding="utf-8")
    with pytest.raises(DataFileError, match=re.escape("records differ from catalog.json's list")):
        load_store(data_copy)


def test_frames_handed_out_cannot_change_the_store(store):
    frame = store.frame("kof_economic_globalization")
    frame.loc[0, "value"] = -1
    assert store.frame("kof_economic_globalization").loc[0, "value"] == 97.39


def test_exactly_the_documented_corrections_differ_from_the_register(store, register, records):
    """Every correction still corrects something the register holds, differs from it, and is
    applied: register_quotes.csv carries the corrected exhibit; nothing else differs."""
    by_record = {}
    for correction in CORRECTIONS["corrections"]:
        record = records[correction["record"]]
        field = correction["field"]
        assert correction["why"] and correction["report_words"], correction["record"]
        held = ({k: record["dims"].get(k) for k in correction["register"]} if field == "dims"
                else record[field])
        assert held == correction["register"] != correction["report"], correction["record"]
        by_record.setdefault(record["id"], {})[field] = correction["report"]
    quotes = {}
    with (DATA_DIR / "register_quotes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            quotes[row["record_id"]] = row
    for record_id, row in quotes.items():
        expected = by_record.get(record_id, {}).get("exhibit", records[record_id]["exhibit"])
        assert row["exhibit"] == expected, record_id
        assert row["quote"] == records[record_id]["quote"], record_id


def test_political_and_social_kof_ranks_are_prose(store):
    ranks = store.frame("kof_belgium_ranks").set_index("dimension")["exhibit"]
    assert ranks["political-globalization"] == ranks["social-globalization"] == "Text"
    assert ranks["economic-globalization"] == "Table 1"


def test_every_key_has_a_name_and_countries_are_iso_3166(store):
    for dataset in store.datasets.values():
        for column, schema in dataset.dimensions.items():
            if schema["type"] == "str":
                for key in dataset.frame[column]:
                    assert store.labels[key], (dataset.id, column, key)
    assert store.labels["BEL"] == "Belgium" and store.labels["ARE"] == "United Arab Emirates"
    assert store.labels["born-global"] == "Born global"


def test_a_key_without_a_name_or_a_bad_label_file_stops_loading(data_copy):
    labels = data_copy / "labels.csv"
    original = labels.read_text(encoding="utf-8")
    labels.write_text(original.replace("actual-flows,Actual flows\n", ""), encoding="utf-8")
    with pytest.raises(DataFileError, match=re.escape(
            "kof_economic_globalization.csv, line 3, column 'dimension': key 'actual-flows' has no name")):
        load_store(data_copy)
    labels.write_text(original + "Goods,Goods\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"labels.csv, line \d+, column 'key': 'Goods' is not a lowercase slug"):
        load_store(data_copy)
    labels.write_text(original + "goods,Goods again\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"labels.csv, line \d+, column 'key': 'goods' is listed twice"):
        load_store(data_copy)
