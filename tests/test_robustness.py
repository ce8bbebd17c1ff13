"""Hostile input through the real HTTP endpoints: no 5xx, no traceback, a message where useful."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charts.spec import all_pages
from tests.payloads import filter_callback_body, filter_values, show_table_body
from tests.servers import ROOT

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=8) | st.dictionaries(st.text(max_size=10), children, max_size=8),
    max_leaves=40,
)
HOSTILE_TEXT = st.sampled_from([
    "", "BEL", "bel,nld", "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --",
    "%00", "\u202e", "x" * 5000, ",,,,", "BEL," * 300, "null", "[]", "{}",
]) | st.text(max_size=200)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_clean(response) -> None:
    body = response.get_data()
    assert response.status_code < 500, body[:300]
    assert b"Traceback" not in body and b'File "' not in body


@FUZZ
@given(page=st.sampled_from([*(p.key for p in all_pages()), "nowhere", None, 5]),
       value=JSON_VALUES, text=HOSTILE_TEXT)
def test_filter_callback_survives_any_values(client, callback_map, page, value, text):
    body = filter_callback_body(callback_map, "globalization", {"countries": value, "kof_dimension": text},
                                ["countries", "kof_dimension"])
    body["state"][0]["value"] = page
    response = client.post("/_dash-update-component", json=body)
    assert_clean(response)
    if response.status_code == 200 and isinstance(page, str) and page == "globalization":
        payload = response.get_json()["response"]
        assert "filter-notice" in payload


@FUZZ
@given(slug=st.sampled_from(["kof-economic-globalization", "delivery-models", "nope", ""]) | st.text(max_size=30),
       view=JSON_VALUES, page=JSON_VALUES, value=JSON_VALUES | HOSTILE_TEXT)
def test_table_callback_survives_any_payload(client, callback_map, slug, view, page, value):
    controls = filter_values("globalization", {"countries": value, "kof_dimension": value})
    response = client.post("/_dash-update-component",
                           json=show_table_body(callback_map, slug, view, page, controls))
    assert_clean(response)


@FUZZ
@given(body=JSON_VALUES)
def test_any_json_body_gets_a_4xx_not_a_5xx(client, body):
    assert_clean(client.post("/_dash-update-component", json=body))


@FUZZ
@given(pathname=JSON_VALUES, search=JSON_VALUES)
def test_page_router_survives_hostile_locations(client, callback_map, pathname, search):
    output = next(key for key in callback_map if "_pages_content.children" in key)
    body = {"output": output, "outputs": [{"id": "_pages_content", "property": "children"},
                                          {"id": "_pages_store", "property": "data"}],
            "inputs": [{"id": "_pages_location", "property": "pathname", "value": pathname},
                       {"id": "_pages_location", "property": "search", "value": search}],
            "changedPropIds": ["_pages_location.pathname"]}
    assert_clean(client.post("/_dash-update-component", json=body))


def test_deeply_nested_and_huge_bodies_are_refused(client):
    deep = "[" * 50000 + "]" * 50000
    assert_clean(client.post("/_dash-update-component", data=deep, content_type="application/json"))
    huge = json.dumps({"output": "x", "inputs": ["y" * 2_000_000]})
    response = client.post("/_dash-update-component", data=huge, content_type="application/json")
    assert response.status_code == 413


def test_a_real_filter_change_answers_with_the_new_chart(client, callback_map):
    body = filter_callback_body(callback_map, "globalization", {"kof_dimension": "actual-flows"},
                                ["kof_dimension"])
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200
    figure = response.get_json()["response"]
    assert "98.74" in json.dumps(figure)


@FUZZ
@given(slug=st.sampled_from(["kof-dimensions", "world-market-share", "delivery-models", "nope", "..", "%2e%2e"]),
       fmt=st.sampled_from(["csv", "xlsx", "json", "exe", ""]),
       params=st.dictionaries(st.sampled_from(["countries", "flow", "origin", "width", "x", "../a"]),
                              HOSTILE_TEXT, max_size=3))
def test_chart_urls_with_garbage_get_clear_4xx(client, slug, fmt, params):
    response = client.get(f"/charts/{slug}.{fmt}", query_string=params)
    assert_clean(response)
    if response.status_code >= 400:
        assert response.mimetype == "text/plain" and response.get_data(as_text=True).strip()


@FUZZ
@given(path=st.sampled_from([page.href("en") for page in all_pages()] + ["/nope"]),
       params=st.dictionaries(st.text(max_size=20), HOSTILE_TEXT, max_size=4))
def test_pages_with_garbage_query_strings(client, path, params):
    assert_clean(client.get(path, query_string=params))


@pytest.mark.parametrize("path", ["/charts/../../etc/passwd", "/charts/%2e%2e/%2e%2e/app.py",
                                  "/assets/../app.py", "/_dash-component-suites/../../app.py",
                                  "/pages/..%2f..%2fapp.zip"])
def test_path_traversal_reveals_nothing(client, path):
    response = client.get(path)
    assert_clean(response)
    assert b"def create_app" not in response.data and b"root:" not in response.data


@pytest.mark.service  # starts app.py in its own process
def test_a_corrupted_data_file_stops_start_up_with_a_clear_message(data_copy):
    path = data_copy / "exporters_by_size.csv"
    path.write_text(path.read_text().replace("10167", "ten thousand", 1))
    result = subprocess.run([sys.executable, "app.py"], cwd=ROOT, capture_output=True, text=True,
                            env={"DATA_DIR": str(data_copy), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert result.returncode == 2
    assert ("Cannot start: broken data file: exporters_by_size.csv, line 2, column 'value': "
            "'ten thousand' is not a number") in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.service  # starts app.py in its own process
def test_a_missing_data_file_stops_start_up(data_copy):
    (data_copy / "delivery_models.csv").unlink()
    result = subprocess.run([sys.executable, "app.py"], cwd=ROOT, capture_output=True, text=True,
                            env={"DATA_DIR": str(data_copy), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert result.returncode == 2 and "delivery_models.csv: file is missing" in result.stderr
