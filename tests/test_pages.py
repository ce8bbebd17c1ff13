"""Page layouts built directly: the right cards, filters from the URL, notices for bad input."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest

from charts.spec import all_pages, charts_for_page, topic_pages
from components.topic_page import exhibits_for_page
from tests.conftest import page_view


def find_all(component, predicate):
    found = [component] if predicate(component) else []
    children = getattr(component, "children", None)
    if children is None:
        return found
    for child in children if isinstance(children, (list, tuple)) else [children]:
        found += find_all(child, predicate)
    return found


def graphs(layout):
    return find_all(layout, lambda c: type(c).__name__ == "PlotlyChart")


def static_html(component) -> str:
    """All server-built markup (StaticHtml) inside a component."""
    return "".join(c.html for c in find_all(component, lambda c: type(c).__name__ == "StaticHtml"))


def badge_exhibits(card) -> set[str]:
    """The exhibits named on a card's badge."""
    return {exhibit for badge in re.findall(r'<(?:div|span) class="exhibit-badge">(.*?)</(?:div|span)>',
                                            static_html(card))
            for exhibit in unescape(badge).split(" · ")}


@pytest.mark.parametrize("page", topic_pages(), ids=lambda p: p.key)
def test_topic_page_shows_every_exhibit_in_report_order(dash_app, store, page):
    from app import page_layout
    layout = page_layout(page, "en")()
    slugs = [g.id["slug"] for g in graphs(layout)]
    assert sorted(slugs) == sorted(s.slug for s in charts_for_page(page.key))
    cards = find_all(layout, lambda c: "exhibit-card" in (getattr(c, "className", "") or "")
                     or "chart-card" in (getattr(c, "className", "") or ""))
    badges = set().union(*(badge_exhibits(card) for card in cards))
    order = [e["id"] for e in exhibits_for_page(page)]
    assert set(order) <= badges, set(order) - badges
    # In each report section (tests/test_sections.py), the charts in report order.
    for section in find_all(layout, lambda c: getattr(c, "className", None) == "report-section"):
        positions = [order.index(getattr(card, "data-exhibit"))
                     for card in find_all(section, lambda c: hasattr(c, "data-exhibit"))]
        assert positions == sorted(positions), section.id
    for finding in page.findings:
        assert finding.chart in slugs, finding.claim.text


def test_exhibits_without_numbers_are_marked_and_never_charted(dash_app, store):
    cards = find_all(page_view("export-geography"), lambda c: "exhibit-card" in (getattr(c, "className", "") or ""))
    figure5 = next(c for c in cards if c.id == "figure-5")
    assert "Values not given in the text edition" in static_html(figure5)
    assert not graphs(figure5)
    figure21 = next(c for c in cards if c.id == "figure-21")
    grid = static_html(figure21).split('class="quadrant-grid"')[1]
    for industry in ("Chemicals", "Motor vehicles", "Clothing", "Food"):
        assert industry in grid


def test_query_string_filters_the_charts(dash_app):
    page = page_view("globalization", countries="BEL,NLD")
    heat = next(g for g in graphs(page) if g.id["slug"] == "kof-dimensions")
    assert set(heat.figure["data"][0]["y"]) == {"BEL", "NLD"}
    assert set(heat.figure["layout"]["yaxis"]["ticktext"]) == {"<b>Belgium</b>", "Netherlands"}


def test_bad_query_values_show_a_notice_not_an_error(dash_app):
    page = page_view("globalization", countries="BEL,ATLANTIS", junk="<script>alert(1)</script>")
    notices = find_all(page, lambda c: getattr(c, "className", None) == "notice")
    assert len(notices) == 1
    text = str(notices[0].children)
    assert "ATLANTIS" in text and "Unknown parameter 'junk" in text


def test_routes_answer(client):
    for page in all_pages():
        assert client.get(page.href("en")).status_code == (404 if page.key == "not-found" else 200), page.path
    assert client.get("/no-such-page").status_code == 404


def test_overview_messages_link_to_charts_that_exist(dash_app):
    from charts.spec import get_chart, get_page
    overview = get_page("overview")
    assert overview.findings
    for finding in overview.findings:
        assert get_chart(finding.chart) is not None, finding.chart
        assert finding.headline.text.split()[-1] in finding.claim.text



def post_callback(dash_app, body: dict) -> dict:
    client = dash_app.server.test_client()
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.get_json()["response"]


def test_tables_are_filled_when_opened_for_the_current_selection(dash_app):
    from tests.payloads import filter_values, show_table_body
    dash_app.server.test_client().get("/en/")
    body = show_table_body(dash_app.callback_map, "kof-economic-globalization", "table",
                           "globalization", filter_values("globalization", {"countries": ["BEL", "NLD"]}))
    table = json.dumps(post_callback(dash_app, body))
    assert "92.15" in table and "91.91" in table and "Singapore" not in table
    assert "R0" in table  # register records travel with every row
    closed = show_table_body(dash_app.callback_map, "kof-economic-globalization", "chart",
                             "globalization", filter_values("globalization", {}))
    response = dash_app.server.test_client().post("/_dash-update-component", json=closed)
    assert response.status_code == 204 or response.get_json()["response"] == {}  # nothing to do


@pytest.mark.parametrize("open_tables, filled", [((), False), (("kof-economic-globalization",), True)])
def test_a_filter_change_refreshes_open_tables_and_empties_closed_ones(dash_app, open_tables, filled):
    from tests.payloads import filter_callback_body
    dash_app.server.test_client().get("/en/")
    body = filter_callback_body(dash_app.callback_map, "globalization", {"countries": ["BEL", "NLD"]},
                                ["countries"], open_tables)
    response = post_callback(dash_app, body)
    tables = {json.loads(key)["slug"]: value["html"]
              for key, value in response.items() if '"type":"chart-table"' in key}
    assert "kof-economic-globalization" in tables and len(tables) > 1
    assert ("92.15" in json.dumps(tables.pop("kof-economic-globalization"))) is filled
    assert all(markup == "" for markup in tables.values())  # closed: emptied, not rebuilt


def text_of(markup: str) -> str:
    """The text a piece of markup shows."""
    return unescape(re.sub(r"<[^>]+>", "", markup))


def test_the_filters_are_written_out_in_words_for_the_printed_page(dash_app):
    from tests.payloads import filter_callback_body
    summary = find_all(page_view("export-geography", flow="goods"),
                       lambda c: getattr(c, "id", None) == "filter-summary")[0].html
    assert text_of(summary) == ("Filters applied: Goods or services: Goods; "
                                "Change in market share: Lost, Gained")
    dash_app.server.test_client().get("/")
    body = filter_callback_body(dash_app.callback_map, "firm-morphology", {"year": ["2010"], "size": []},
                                ["year", "size"])
    changed = post_callback(dash_app, body)["filter-summary"]["html"]
    assert "Year: 2010; Firm size: None chosen; Exporter status: Continue export, " in text_of(changed)
