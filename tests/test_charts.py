"""Every declared chart: it draws the data it declares, and its URLs behave."""
from __future__ import annotations

import csv
import io

import pytest

from charts.formatting import drawn_value, qualifier
from tests.english import format_value
from charts.spec import FilterError, all_charts, charts_for_page, get_chart

CHARTS = all_charts()


def read_csv(response) -> list[dict]:
    """The data rows of a CSV download (its header block is '#' lines)."""
    lines = [line for line in response.get_data(as_text=True).splitlines() if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def drawn_values(trace) -> list:
    """The numbers a trace draws: heatmap cells, map colours, or bar/point positions (a text
    trace labels cells that another trace draws)."""
    if trace.type == "scatter" and trace.mode == "text":
        return []
    if trace.type == "heatmap":
        return [v for row in trace.z for v in row]
    if trace.type == "choropleth":
        return list(trace.z)
    return list(trace.x if getattr(trace, "orientation", None) == "h" else trace.y)


@pytest.mark.parametrize("spec", CHARTS, ids=lambda s: s.slug)
def test_each_chart_draws_every_row_it_declares(spec, store):
    dataset = store.datasets[spec.dataset]
    selection, notices = spec.parse_query(dataset.frame, {})
    rows = spec.filtered(dataset.frame, selection)
    assert not notices and len(rows) > 0
    fig = spec.figure(rows, language="en")
    assert fig.data, spec.slug
    drawn = sorted(round(float(v), 4) for trace in fig.data for v in drawn_values(trace)
                   if v is not None)
    assert drawn == sorted(round(drawn_value(v, q), 4) for v, q in zip(rows["value"], rows["qualifier"]))
    labels = {text for trace in fig.data for text in trace.text or []}
    # Values worded at length are written under their category (labels_on_axis).
    labels |= {line.replace("<i>", "").replace("</i>", "") for axis in (fig.layout.xaxis, fig.layout.yaxis)
               for tick in axis.ticktext or () for line in tick.split("<br>")}
    hovers = {c[1] for trace in fig.data for c in (
        [c for r in trace.customdata for c in r] if trace.type == "heatmap" else trace.customdata or [])}
    for row in rows.to_dict("records"):
        full = format_value(row["value"], row["unit"], row["qualifier"], row["decimals"])
        assert any(hover.startswith(full) for hover in hovers), (spec.slug, full)
        if labels:  # every mark's label is the value as the report words it
            short = format_value(row["value"], row["unit"], row["qualifier"], row["decimals"],
                                 with_unit=False)
            assert full in labels or short in labels, (spec.slug, full)


def test_each_topic_page_has_its_table_charts():
    from charts.spec import topic_pages
    from data.access import store
    exhibits = {page.key: {e for spec in charts_for_page(page.key)
                           for e in store().datasets[spec.dataset].exhibits}
                for page in topic_pages()}
    assert {"Table 1", "Table 2"} <= exhibits["globalization"]
    assert {"Table 3", "Table 4", "Table 5", "Figure 2", "Figure 3"} <= exhibits["export-geography"]
    assert {f"Table {n}" for n in range(6, 11)} <= exhibits["firm-morphology"]
    assert {"Figure 44", "Figure 45", "Figure 47", "Figure A1"} <= exhibits["international-sourcing"]


def test_filters_read_keys_and_reject_unknown_values_and_names(store):
    spec = get_chart("kof-dimensions")
    frame = store.frame(spec.dataset)
    selection, _ = spec.parse_query(frame, {"countries": "bel,NLD"})
    assert selection["countries"] == ("BEL", "NLD")
    assert set(spec.filtered(frame, selection)["country"]) == {"BEL", "NLD"}
    # A name is not a key: links are the same in every language.
    with pytest.raises(FilterError, match="'countries': Netherlands. Allowed: SGP, LUX"):
        spec.parse_query(frame, {"countries": "Netherlands"})
    with pytest.raises(FilterError, match="Unknown value.*'countries': XXX"):
        spec.parse_query(frame, {"countries": "BEL,XXX"})
    lenient, notices = spec.parse_query(frame, {"countries": "BEL,XXX"}, strict=False)
    assert lenient["countries"] == ("BEL",) and "XXX" in str(notices[0])


def test_single_value_filter_takes_one_value(store):
    spec = get_chart("kof-economic-globalization")
    with pytest.raises(FilterError, match="takes one value"):
        spec.parse_query(store.frame(spec.dataset), {"kof_dimension": "actual-flows,absence-of-restrictions"})


def test_charts_json_lists_every_chart_with_provenance(client):
    response = client.get("/charts.json")
    assert response.status_code == 200
    charts = response.get_json()["charts"]
    assert [c["slug"] for c in charts] == [s.slug for s in CHARTS]
    kof = next(c for c in charts if c["slug"] == "kof-dimensions")
    assert kof["exhibits"] == ["Table 1"]
    assert kof["sources"] == [{"printed": "KONJUNKTURFORSCHUNGSSTELLE. KOF Index of Globalization. 2012.",
                               "exhibits": ["Table 1"]}]
    joint = next(c for c in charts if c["slug"] == "advanced-economies-share")
    assert joint["sources"] == [{"printed": "", "exhibits": ["Text"]}]  # prose, not Figures 2-3
    assert kof["filters"][0]["param"] == "countries" and "BEL" in kof["filters"][0]["options"]
    assert len(kof["record_ids"]) == 30


def test_charts_json_addresses_answer(client):
    """Every data, citation and embed address the catalog lists for a chart is served."""
    kof = next(c for c in client.get("/charts.json").get_json()["charts"]
               if c["slug"] == "kof-dimensions")
    assert {"csv", "xlsx", "bib", "ris"} <= set(kof["downloads"])
    for fmt in ("csv", "xlsx", "bib", "ris"):
        assert client.get(kof["downloads"][fmt]).status_code == 200, fmt
    assert client.get(kof["embed"]).status_code == 200


@pytest.mark.parametrize("spec", CHARTS, ids=lambda s: s.slug)
def test_csv_download_has_the_charts_rows_and_their_quotes(spec, client, store):
    response = client.get(f"/charts/{spec.slug}.csv")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == f'attachment; filename="{spec.slug}.csv"'
    rows = read_csv(response)
    expected = spec.filtered(store.frame(spec.dataset), spec.parse_query(store.frame(spec.dataset), {})[0])
    assert [float(r["drawn_as"]) for r in rows] == [
        drawn_value(v, q) for v, q in zip(expected["value"], expected["qualifier"])]
    for row, value, key in zip(rows, expected["value"], expected["qualifier"]):
        assert row["value"] == ("" if qualifier(key).word_quantity else row["value"])
        assert row["value"] == "" or float(row["value"]) == value
    for row in rows:
        first = row["record_ids"].split(";")[0]
        assert store.quotes[first] in row["quote"]


def test_csv_honours_the_pages_filters(client):
    response = client.get("/charts/kof-dimensions.csv?countries=BEL,NLD")
    rows = read_csv(response)
    assert {r["country"] for r in rows} == {"Belgium", "Netherlands"} and len(rows) == 6
    assert {r["country_key"] for r in rows} == {"BEL", "NLD"}
    assert {r["dimension_key"] for r in rows} == {"degree-of-economic-liberalization",
                                                  "actual-flows", "absence-of-restrictions"}
    belgium = {r["dimension"]: r["value"] for r in rows if r["country"] == "Belgium"}
    assert belgium == {"Degree of economic liberalization": "92.15", "Actual flows": "96.01",
                       "Absence of restrictions": "88.3"}


@pytest.mark.parametrize("url, status, message", [
    ("/charts/no-such-chart.csv", 404, "Unknown chart 'no-such-chart'"),
    ("/charts/kof-dimensions.csv?countries=XXX", 400, "Unknown value(s) for 'countries': XXX"),
    ("/charts/kof-dimensions.csv?colour=red", 400, "Unknown parameter 'colour'"),
    ("/charts/kof-economic-globalization.csv?kof_dimension=actual-flows,trade", 400, "Unknown value"),
    ("/charts/kof-dimensions.csv?countries=%00%ff<script>", 400, "Unknown value"),
])
def test_bad_chart_requests_get_a_clear_4xx(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    body = response.get_data(as_text=True)
    assert message in body and "Traceback" not in body


def test_path_traversal_serves_nothing_but_the_app(client):
    response = client.get("/charts/..%2f..%2fetc%2fpasswd.csv")
    assert response.status_code in (200, 404)  # Dash's 404 page, or our own 404
    assert "root:" not in response.get_data(as_text=True)


def test_healthz_reports_loaded_data(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "datasets": 27, "charts": len(CHARTS)}
