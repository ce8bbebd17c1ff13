"""Bootstrap the tidy data files under data/ from the study's register.

Run once by hand (``python tools/extract_register.py``, reading data/study/register.json) when the
register changes. The committed files in data/ are the source of truth for the app; the test
suite checks them against the register independently, so a bad edit to either shows up.

Each dataset below maps register records onto the app's own dimension columns. Values are the
register's: a decline the report states in words ("lost 21%") stays positive, and the row's
qualifier (``lost``) says how the report words it (charts/formatting.py; charts draw it below
zero and say so). A word quantity ("more than half", stored 0.5) is kept as its words; only where
a chart's unit is % is it scaled to 50, so that its bar can stand beside percentages. Each row
also records the decimals the report printed ("2,30%": 2), so 2.30 is never shown as 2.3.

Where the register and the report disagree, the report wins: data/register_corrections.json lists
each correction (record, field, the register's value, the report's), and this tool applies them
before it writes anything (tests/test_data.py accepts exactly those differences).

A row's `note` is our own sentence (it will be translated): it says no more than the quotes of
the row's own records, and puts any of the report's words in quotation marks.

This tool writes the tidy CSVs, their record lists in catalog.json and register_quotes.csv. It
does not write data/exhibits.json: that file (each exhibit's caption, source line and names as
printed, and our summary with its evidence) is the project's own, checked by hand against
report.txt and by tests/test_exhibit_texts.py; the register's `exhibits` were only its start.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# dataset id -> (dimension columns, rows). A row is (record ids, dims, options).
# options: qualifier (a key of charts/formatting.py's QUALIFIERS), note, scale (ratio -> %), unit.
DATASETS: dict[str, tuple[list[str], list[tuple[str, dict, dict]]]] = {}


def dataset(name: str, columns: list[str]):
    rows: list[tuple[str, dict, dict]] = []
    DATASETS[name] = (columns, rows)

    def add(ids: str, options: dict | None = None, **dims):
        rows.append((ids, dims, options or {}))

    return add


# ---- Globalization -------------------------------------------------------------------------
add = dataset("kof_economic_globalization", ["rank", "country", "dimension"])
KOF_ROWS = ["SGP", "LUX", "IRL", "MLT", "BEL", "NLD", "HUN",
            "SWE", "BHR", "ARE"]
KOF_DIMS = ["degree-of-economic-liberalization", "actual-flows", "absence-of-restrictions"]
for i, country in enumerate(KOF_ROWS):
    for j, dim in enumerate(KOF_DIMS):
        add(f"R{7 + 3 * i + j:03d}", rank=i + 1, country=country, dimension=dim)

add = dataset("kof_belgium_ranks", ["country", "dimension"])
add("R004", country="BEL", dimension="political-globalization")
add("R005", country="BEL", dimension="social-globalization")
add("R006", country="BEL", dimension="economic-globalization")

add = dataset("ey_globalization_index", ["rank", "country", "dimension"])
EY_ROWS = ["HKG", "IRL", "SGP", "BEL", "SWE", "DNK", "NLD",
           "CHE", "FIN", "HUN"]
EY_DIMS = ["index-2011", "trade", "circulation-of-capital", "circulation-of-labor",
           "circulation-of-technology", "cultural-integration"]
for i, country in enumerate(EY_ROWS):
    for j, dim in enumerate(EY_DIMS):
        ids = f"R{49 + 6 * i + j:03d}"
        if j == 0:  # Figure 1's position list names the row; Table 2 prints no country names.
            ids += f";R{39 + i:03d}"
            if country == "BEL":
                ids += ";R037"
        add(ids, rank=i + 1, country=country, dimension=dim)

# ---- Export geography ----------------------------------------------------------------------
add = dataset("world_export_market_share", ["entity", "flow", "year"])
add("R119", entity="BEL", flow="goods", year=2002)
add("R120", entity="BEL", flow="goods", year=2011)
add("R122", entity="BEL", flow="services", year=2002)
add("R123", entity="BEL", flow="services", year=2011)
add("R112", entity="us-eu-15-and-japan-joint", flow="goods", year=1995)
add("R113", entity="us-eu-15-and-japan-joint", flow="goods", year=2011)

add = dataset("world_export_share_change", ["entity", "flow", "period"])
add("R118", {"qualifier": "lost", "note": "From 3.14% in 2002 to 2.62% in 2011."},
    entity="BEL", flow="goods", period="2002-2011")
add("R121", {"qualifier": "lost", "note": "From 2.30% in 2002 to 2.09% in 2011."},
    entity="BEL", flow="services", period="2002-2011")
add("R124", {"qualifier": "lost",
             "note": "In services the text notes \"only a marginal decline\"."},
    entity="DEU", flow="goods", period="2002-2011")
add("R114", {"qualifier": "dropped-by"}, entity="JPN", flow="goods", period="2002-2011")
add("R115", {"qualifier": "lost-about"},
    entity="us-and-eu", flow="goods", period="2002-2011")
add("R117", {"qualifier": "increased-by"},
    entity="new-eu-members", flow="goods", period="2002-2011")

add = dataset("export_growth_decomposition", ["component", "entity"])
for k, comp in enumerate(["exports", "export-markets-by-country", "export-markets-by-product"]):
    add(f"R{132 + 3 * k:03d}" + (";R125" if k == 0 else ""), component=comp, entity="BEL")
    add(f"R{133 + 3 * k:03d}", component=comp, entity="eu-12")
    extra = {0: ";R129", 1: ";R130", 2: ";R131"}[k]
    add(f"R{134 + 3 * k:03d}" + extra, component=comp, entity="difference-belgium-eu-12")

add = dataset("market_share_changes", ["direction", "flow", "rank", "partner"])
for rid, flow, rank, partner in [
    ("R141", "goods", 1, "LUX"), ("R143", "goods", 2, "NLD"),
    ("R145", "goods", 3, "DEU"), ("R147", "goods", 4, "ITA"), ("R149", "goods", 5, "ESP"),
    ("R142", "services", 1, "LUX"), ("R144", "services", 2, "NOR"),
    ("R146", "services", 3, "NLD"), ("R148", "services", 4, "IRL"),
    ("R150", "services", 5, "DEU"),
]:
    add(rid, direction="lost", flow=flow, rank=rank, partner=partner)
for rid, flow, rank, partner in [
    ("R151", "goods", 1, "FIN"), ("R152", "goods", 2, "ISL"), ("R153", "goods", 3, "IRL"),
    ("R154", "goods", 4, "NOR"),
    ("R155", "services", 1, "CHE"), ("R156", "services", 2, "FRA"),
    ("R157", "services", 3, "PRT"), ("R158", "services", 4, "ITA"),
    ("R159", "services", 5, "ISL"),
]:
    add(rid, direction="gained", flow=flow, rank=rank, partner=partner)

add = dataset("export_destination_shares", ["partner", "flow", "year"])
add("R160", partner="eu-member-states", flow="goods", year=2010)
# The report gives the year (2010) with the goods share only, so the services share has none.
add("R161", partner="eu-member-states", flow="services", year=None)
BRIC_NOTE = {"note": "Endpoints only: the text states no values between 2008 and 2012."}
add("R163", BRIC_NOTE, partner="bric", flow="goods", year=2008)
add("R164", BRIC_NOTE, partner="bric", flow="goods", year=2012)

add = dataset("export_sophistication_gap", ["partner"])
add("R167", {"qualifier": "less-sophisticated"}, partner="FRA")
add("R168", {"qualifier": "less-sophisticated"}, partner="DEU")
add("R169", {"qualifier": "less-sophisticated"}, partner="IRL")

add = dataset("export_to_gdp", ["measure"])
add("R171", measure="total-value-of-export-conventional")
add("R172", measure="value-added-exports")

# ---- Firm morphology -----------------------------------------------------------------------
add = dataset("exporters_by_size", ["period", "firm_size", "measure"])
for year, base in [(2000, 196), (2005, 201), (2010, 206)]:
    add(f"R{base:03d}", period=str(year), firm_size="smes", measure="exporting-firms")
    add(f"R{base + 1:03d}", period=str(year), firm_size="smes", measure="total-export")
    add(f"R{base + 2:03d}", period=str(year), firm_size="large-firms", measure="exporting-firms")
    add(f"R{base + 3:03d}", period=str(year), firm_size="large-firms", measure="total-export")
    add(f"R{base + 4:03d}" + (";R195" if year == 2010 else ""),
        period=str(year), firm_size="smes", measure="sme-share-of-total-export")
add("R211;R191", period="2000-2010", firm_size="smes", measure="exporting-firms")
add("R212;R192", period="2000-2010", firm_size="smes", measure="total-export")
add("R213", period="2000-2010", firm_size="large-firms", measure="exporting-firms")
add("R214", period="2000-2010", firm_size="large-firms", measure="total-export")

add = dataset("export_growth_by_margin", ["margin", "firm_size"])
for k, margin in enumerate(["continue-export", "start-export", "stop-export", "total"]):
    for j, size in enumerate(["all-firms", "smes", "large-firms"]):
        add(f"R{217 + 3 * k + j:03d}", margin=margin, firm_size=size)

# "(75%)", "(77%)": printed in parentheses; the report does not say why (REGISTER.md's reading,
# a share of a negative total, is the register's, not the report's).
PARENS = {"qualifier": "parenthesised",
          "note": "Printed in parentheses in the report, which does not say what they mean."}


def status_table(name: str, first_id: int, pct_measure: str, share_ids: dict[str, int],
                 share_options: dict[str, dict]):
    add = dataset(name, ["exporter_status", "firm_size", "measure"])
    rid = first_id
    for status in ["continue-export", "start-export", "stop-export", "no-export", "total"]:
        add(f"R{rid:03d}", exporter_status=status, firm_size="all-firms", measure="change")
        add(f"R{rid + 1:03d}", exporter_status=status, firm_size="smes", measure="change")
        add(f"R{rid + 2:03d}", exporter_status=status, firm_size="smes", measure=pct_measure)
        add(f"R{rid + 3:03d}", exporter_status=status, firm_size="large-firms", measure="change")
        add(f"R{rid + 4:03d}", exporter_status=status, firm_size="large-firms", measure=pct_measure)
        rid += 5
        if status in share_ids:
            add(f"R{share_ids[status]:03d}", share_options.get(status, {}),
                exporter_status=status, firm_size="smes", measure="sme-share-of-total-change")
            rid += 1


status_table("value_added_by_exporter_status", 232, "change-percent",
             {"continue-export": 237, "start-export": 243, "stop-export": 249, "no-export": 255,
              "total": 261}, {"stop-export": PARENS})
# Table 8's total SME share is restated in prose (R231): attach it to the same cell.
DATASETS["value_added_by_exporter_status"][1][-1] = (
    "R261;R231", DATASETS["value_added_by_exporter_status"][1][-1][1],
    DATASETS["value_added_by_exporter_status"][1][-1][2])

add = dataset("employment_by_exporter_status", ["exporter_status", "firm_size", "measure"])
rid = 263
for status in ["continue-export", "start-export", "stop-export", "no-export", "total"]:
    add(f"R{rid:03d}", exporter_status=status, firm_size="all-firms", measure="change")
    add(f"R{rid + 1:03d}", exporter_status=status, firm_size="smes", measure="change")
    add(f"R{rid + 2:03d}", exporter_status=status, firm_size="smes", measure="change-percent")
    add(f"R{rid + 3:03d}", exporter_status=status, firm_size="large-firms", measure="change")
    large_pct = f"R{rid + 4:03d}" + (";R262" if status == "total" else "")
    add(large_pct, exporter_status=status, firm_size="large-firms", measure="change-percent")
    rid += 5
    if status != "continue-export":  # Table 9 prints no SME share for continuing exporters.
        add(f"R{rid:03d}", PARENS if status == "stop-export" else {},
            exporter_status=status, firm_size="smes", measure="sme-share-of-total-change")
        rid += 1

add = dataset("new_exporter_types", ["exporter_type", "measure"])
TYPES = ["born-global", "born-international", "traditional-exporter", "born-again-global"]
for k, etype in enumerate(TYPES):
    firms_ids = {0: "R304;R301;R298", 1: "R305;R299", 2: "R306;R300", 3: "R307"}[k]
    add(firms_ids, exporter_type=etype, measure="share-of-firms")
    add(f"R{308 + k:03d}" + (";R302" if k == 0 else ""), exporter_type=etype,
        measure="share-of-value-added")
    add(f"R{312 + k:03d}", exporter_type=etype, measure="value-added-per-employee")
add("R303", {"note": "Stated in the prose next to Table 10, not in the table."},
    exporter_type="born-global", measure="share-of-employment")

add = dataset("sme_export_reporting", ["flow", "period"])
add("R185", {"qualifier": "about"}, flow="extra-eu", period="2000")
add("R186", flow="extra-eu", period="2010")
add("R187", {"note": "Stable at this share until 2005."}, flow="intra-eu", period="until-2005")
# R182 (the threshold of 2006) travels with the 2006 share: the row's note states it.
add("R188;R182", {"qualifier": "about",
                  "note": "As of 2006 the Intrastat reporting threshold is EUR 1 million."},
    flow="intra-eu", period="from-2006")

add = dataset("two_way_traders", ["exporter_type"])
for k, etype in enumerate(["born-global", "born-again-global", "born-international",
                           "traditional-exporter"]):
    add(f"R{317 + k:03d}", exporter_type=etype)

add = dataset("rd_intensity", ["exporter_type", "measure"])
add("R327", exporter_type="born-global", measure="very-r-d-intensive-r-d-4-of-turnover")
add("R328", exporter_type="traditional-exporter",
    measure="very-r-d-intensive-r-d-4-of-turnover")
add("R329", exporter_type="born-global", measure="no-r-d-spending")

add = dataset("export_start_mode", ["exporter_type", "mode"])
add("R330", exporter_type="traditional-exporter", mode="reactive-unsolicited-order")
add("R331", exporter_type="born-global", mode="proactive-search-for-foreign-opportunities")
add("R332", exporter_type="born-global", mode="following-local-partners-with-foreign-operations")
add("R333", exporter_type="born-global", mode="collaborating-with-foreign-partners")

# ---- International sourcing ----------------------------------------------------------------
add = dataset("imported_inputs", ["input_type", "measure"])
add("R336", input_type="material-inputs", measure="share-of-total-inputs-2007")
add("R337", input_type="service-inputs", measure="share-of-total-inputs-2007")
add("R339", {"qualifier": "only"},
    input_type="material-inputs", measure="growth-of-the-share-1995-2007")
add("R338", {"qualifier": "doubled"},
    input_type="service-inputs", measure="growth-of-the-share-1995-2007")

add = dataset("sourcing_functions", ["origin", "function"])
add("R347", origin="BEL", function="administrative-bpo")
add("R348", origin="BEL", function="it-and-software")
add("R349", origin="BEL", function="technology")
add("R350", origin="BEL", function="call-centers-cc")

add = dataset("sourcing_locations", ["origin", "region"])
add("R351", {"qualifier": "more-than"}, origin="BEL",
    region="western-and-eastern-europe-incl-russia")
add("R352", origin="BEL", region="india")
add("R353", origin="BEL", region="africa")

add = dataset("delivery_models", ["origin", "delivery_model"])
add("R357;R354", {"note": "Also stated as \"more than half\" of the cases surveyed in Belgium."},
    origin="BEL", delivery_model="captive")
add("R356", origin="BEL", delivery_model="outsourcing")
add("R358", origin="BEL", delivery_model="partnering")
add("R355", {"qualifier": "more-than-half", "scale": 100, "unit": "%",
             "note": "The text gives no number, only \"more than half\"."},
    origin="USA", delivery_model="outsourcing")

add = dataset("sourcing_strategy", ["origin", "measure"])
add("R359", {"qualifier": "half", "scale": 100, "unit": "%"},
    origin="BEL", measure="did-not-develop-an-international-sourcing-strategy")
STRATEGY_CONCERN = "having-a-sourcing-strategy-in-place-seems-to-be-a-primary-concern"
add("R360", {"qualifier": "more-than"}, origin="other-europe", measure=STRATEGY_CONCERN)
add("R361", {"note": "As printed: \"for more than 70% of other European and 60% of US "
                     "companies\" (\"more than\" may apply to both)."},
    origin="USA", measure=STRATEGY_CONCERN)
add("R363", origin="BEL",
    measure="claim-to-follow-a-clear-process-for-a-global-delivery-structure")
add("R362", origin="other-firms-non-belgian",
    measure="follow-a-clear-process-for-a-global-delivery-structure")

add = dataset("sourcing_sample_by_size", ["size_class"])
add("R341;R342", size_class="large-500-employees")
add("R343", size_class="medium")
add("R344;R345", size_class="small-51-employees")

add = dataset("survey_sample_by_sector", ["sector", "employees"])
for k, sector in enumerate(["nace-11-to-19", "nace-20-to-29", "nace-30-to-37",
                            "nace-40-nace-45", "nace-50-to-52", "nace-60-to-62", "nace-63",
                            "nace-64-to-67", "nace-72-to-74"]):
    threshold_id, count_id = 372 + 2 * k, 373 + 2 * k
    add(f"R{count_id:03d};R{threshold_id:03d}", sector=sector, employees=None)

# ---- Key facts: prose numbers tied to no chartable series ----------------------------------
add = dataset("key_facts", ["fact"])
# Each label says no more than its record's quote (the tile shows the quote on hover). The page
# that shows a prose fact names it (PageSpec.facts); a fact of an exhibit is shown with it.
FACTS = [
    ("R109", "Foreign trade to GDP ratio", {}),
    ("R110", "Belgian exports of goods, 2011", {}),
    ("R111", "Services share of total export", {"qualifier": "only"}),
    ("R002", "Productivity rank, 2010", {}),
    ("R003", "Productivity rank, 2011", {}),
    ("R001", "Expected rise in worldwide demand for oil, iron, coal and other raw materials, 2010-2020",
     {"qualifier": "a-third"}),
    ("R038", "Largest economies (by GDP) included in the E&Y index", {}),
    ("R116", "China's market share in world export of goods, over the past decade",
     {"qualifier": "doubled"}),
    ("R162", "BRIC share of services exports, Netherlands vs Belgium, 2004",
     {"qualifier": "seven-times-higher"}),
    ("R126", "Share of the difference with EU-12 accounted for by the geography of Belgium's exports",
     {"qualifier": "only-less-than-one-third"}),
    ("R127", "Share of the difference with EU-12 due to the product mix",
     {"qualifier": "only-one-fifth"}),
    ("R128", "Share of the 1% difference with the EU-12 explained by market and product mix",
     {"qualifier": "only-half"}),
    ("R165", "Broad industries (out of 16) in which Belgium gained export market share", {}),
    ("R166", "Broad industries considered", {}),
    ("R170", "Belgium's rank in terms of its share of high tech exports (sentence cut after \"11\")",
     {"note": "The sentence is cut in the text edition: \"Belgium is still ranked 11[...]\"."}),
    ("R173", "Share of exporters that make 84% of goods exports", {}),
    ("R174", "Share of goods exports made by the top 10% of exporters", {}),
    ("R189", "Large firms' share of all exporters", {}),
    ("R190", "Large firms' share of trade in goods",
     {"qualifier": "more-than-half"}),
    ("R193", "Increase in the average export per SME", {}),
    ("R194", "Increase in the average export of large exporters", {}),
    ("R175", "SMEs' share of GDP and private employment", {}),
    ("R176", "SMEs' share of total export", {}),
    ("R215", "Share of the total increase in trade in goods from SMEs, and from large firms",
     {"qualifier": "about-half-each"}),
    ("R216", "Newly exporting SMEs' share of the export created by newly exporting firms", {}),
    ("R292", "SMEs that started exporting, 1998-2010", {}),
    ("R293", "Newly internationalizing SMEs that no longer report exports in 2010",
     {}),
    ("R365", "Newly exporting firms that internationalized very early",
     {"qualifier": "half"}),
    ("R316", "Born globals' value added per employee vs the average newly exporting SME",
     {"qualifier": "higher"}),
    ("R323", "EU average share of SMEs reporting income from foreign subsidiaries",
     {"qualifier": "only",
      "note": "The Belgian share is cut in the text edition; only the EU average survives."}),
    ("R324", "EU SMEs reporting income from foreign joint ventures", {}),
    ("R325", "Belgian SMEs reporting income from foreign joint ventures", {}),
    ("R334", "Internationalized SMEs using available support mechanisms",
     {"qualifier": "only"}),
    ("R177", "Minimum employees (in at least one year) for a firm to be in the data set",
     {}),
    ("R178", "Micro enterprises excluded: employing less than", {}),
    ("R179", "SMEs: employing less than", {}),
    ("R229", "More than this many employees: no longer an SME in 2010 (footnote to "
     "Table 7)", {}),
    ("R180", "Minimum value of the export transactions of goods outside the EU", {}),
    ("R181", "Intrastat reporting threshold, 1998-2005", {}),
    ("R182", "Intrastat reporting threshold from 2006", {}),
    ("R230", "Intrastat threshold in the definition of Table 7's 'stop export' firms", {}),
    ("R183", "Threshold for Poland and Czech Republic, before the EU enlargement", {}),
    ("R184", "Threshold for Poland and Czech Republic, after the EU enlargement", {}),
    ("R321", "Services transactions above this value were to be reported (footnote to "
     "Figure 32)", {}),
    ("R322", "Threshold for goods in the Intrastat inquiry (footnote to Figure 32)", {}),
    ("R294", "Early exporter: exports within this many years of inception", {}),
    ("R295", "Late exporter: exports after more than this many years", {}),
    ("R296", "Global scope: exports to at least this many countries (incl. outside EU)", {}),
    ("R297", "Narrow scope: exports to fewer than this many countries", {}),
    ("R326", "Very R&D intensive: R&D above this share of turnover", {}),
    ("R335", "Companies operating in Belgium surveyed (March-May 2012)", {}),
    ("R340", "International sourcing initiatives the Belgian ones are compared with (sentence cut)", {}),
    ("R371", "Cases of imported services in the data set used for this "
     "study", {}),
    ("R346", "Share of the US sample in the IT, software, banks and insurances sectors",
     {"qualifier": "half"}),
    ("R364", "Managers of Belgian firms that do not source services "
     "internationally, asked what could make them consider it", {}),
    ("R366", "Companies in the initial survey sample", {}),
    ("R367", "Employee threshold option (smallest)", {}),
    ("R368", "Employee threshold option (middle)", {}),
    ("R369", "Employee threshold option (largest)", {}),
    ("R370", "Reminder phone calls, at most", {"qualifier": "up-to"}),
]
for rid, fact, options in FACTS:
    add(rid, options, fact=fact)


# Dimension values are keys (ISO 3166 alpha-3 codes, slugs), named in data/labels.csv (the
# project's own file, not written here); a key fact's label is words shown as they are.
TEXT_COLUMNS = {("key_facts", "fact"), ("survey_sample_by_sector", "employees")}


def fill_catalog(rows_by_dataset: dict) -> None:
    """Write each dataset's file, record ids and dimension schema into data/catalog.json.

    The allowed values are frozen from the data as extracted, so a later typo in a CSV
    (``Belgum``) fails validation instead of quietly becoming a new country.
    """
    catalog_path = DATA_DIR / "catalog.json"
    catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
    for entry in catalog["datasets"]:
        columns, rows = DATASETS[entry["id"]]
        entry["file"] = f"{entry['id']}.csv"
        entry["record_ids"] = sorted({i for ids, _, _ in rows for i in ids.split(";")})
        frame_path = DATA_DIR / entry["file"]
        with frame_path.open(encoding="utf-8") as fh:
            data = list(csv.DictReader(fh))
        schema = {}
        for column in columns:
            values = [row[column] for row in data]
            stated = [v for v in values if v]
            is_int = all(v.lstrip("-").isdigit() for v in stated)
            kind = "int" if is_int else ("text" if (entry["id"], column) in TEXT_COLUMNS else "str")
            # An empty year is one the report does not state (null in the allowed list).
            schema[column] = {"type": kind,
                              "allowed": (sorted({int(v) for v in stated})
                                          + ([None] if len(stated) < len(values) else []))
                              if is_int else list(dict.fromkeys(values))}
        entry["dimensions"] = schema
        entry["units"] = sorted({row["unit"] for row in data})
    catalog_path.write_text(json.dumps(catalog, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")


def write_provenance(register: dict, used: set[str]) -> None:
    """Keep each used record's verbatim quote (and its exhibit, as corrected) in data/.

    The dashboard ships without the register, so the sentence behind every number must travel
    with the data. data/exhibits.json is not written here: it is the project's own file.
    """
    with (DATA_DIR / "register_quotes.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["record_id", "exhibit", "quote"])
        for record in register["records"]:
            if record["id"] in used:
                writer.writerow([record["id"], record["exhibit"], record["quote"]])


def apply_corrections(register: dict) -> list[dict]:
    """Correct the register where the report says otherwise (data/register_corrections.json).

    A correction applies only while the register still holds the value it corrects, so a new
    register cannot be overridden by a stale correction unnoticed."""
    path = DATA_DIR / "register_corrections.json"
    corrections = json.loads(path.read_text(encoding="utf-8"))["corrections"]
    records = {r["id"]: r for r in register["records"]}
    for correction in corrections:
        record = records[correction["record"]]
        field = correction["field"]
        held = ({k: record[field].get(k) for k in correction["register"]}
                if field == "dims" else record[field])
        if held != correction["register"]:
            raise SystemExit(f"{path.name}: {record['id']} {field} is {held!r} in the register, "
                             f"not {correction['register']!r}: review the correction")
        if field == "dims":
            record["dims"] = {k: v for k, v in record["dims"].items()
                              if k not in correction["register"]} | correction["report"]
        else:
            record[field] = correction["report"]
    return corrections


NUMBER_TOKEN = re.compile(r"\d[\d.,]*\d|\d")


def printed_decimals(record: dict) -> int:
    """How many decimals the quote prints the record's value with ('2,30%' -> 2, '10,167' -> 0).

    The report writes decimal commas and, in tables, thousands commas; the value tells which.
    Numbers in words ("half", "third") have none.
    """
    for token in NUMBER_TOKEN.findall(record["quote"]):
        if re.fullmatch(r"\d{1,3}(,\d{3})+", token) and float(token.replace(",", "")) == record["value"]:
            return 0
        whole, _, fraction = token.replace(".", ",").partition(",")
        if "," not in fraction and float(f"{whole}.{fraction or 0}") == abs(record["value"]):
            return len(fraction)
    return 0


def main(register_path: str) -> None:
    register = json.loads(Path(register_path).read_text(encoding="utf-8"))
    apply_corrections(register)
    records = {r["id"]: r for r in register["records"]}
    used: set[str] = set()
    for name, (columns, rows) in DATASETS.items():
        out = DATA_DIR / f"{name}.csv"
        with out.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow([*columns, "value", "unit", "qualifier", "decimals", "note", "exhibit",
                             "record_ids"])
            for ids, dims, options in rows:
                id_list = ids.split(";")
                main_record = records[id_list[0]]
                value = main_record["value"] * options.get("scale", 1)
                if name == "survey_sample_by_sector":
                    # The threshold as printed (">750"): "750" would drop its "more than".
                    dims = {**dims, "employees": f">{records[id_list[1]]['value']}"}
                unit = options.get("unit", main_record["unit"])
                exhibit = main_record["exhibit"]
                value_text = f"{value:g}" if isinstance(value, float) else str(value)
                writer.writerow([*("" if dims[c] is None else dims[c] for c in columns), value_text, unit,
                                 options.get("qualifier", ""), printed_decimals(main_record),
                                 options.get("note", ""), exhibit,
                                 ";".join(id_list)])
                used.update(id_list)
    fill_catalog({name: rows for name, (_, rows) in DATASETS.items()})
    write_provenance(register, used)
    left = sorted(set(records) - used)
    print(f"{len(DATASETS)} datasets, {len(used)} records used; left out: {', '.join(left)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(DATA_DIR / "study" / "register.json"))
