"""Page layouts built directly: the right cards, filters from the URL, notices for bad input."""
from __future__ import annotations

import pytest

from charts.spec import charts_for_page


def find_all(component, predicate):
    found = [component] if predicate(component) else []
    children = getattr(component, "children", None)
    if children is None:
        return found
    for child in children if isinstance(children, (list, tuple)) else [children]:
        found += find_all(child, predicate)
    return found


def graphs(layout):
    return find_all(layout, lambda c: type(c).__name__ == "Graph")


@pytest.mark.parametrize("module, page", [
    ("pages.globalization", "globalization"), ("pages.export_geography", "export-geography"),
    ("pages.firm_morphology", "firm-morphology"),
    ("pages.international_sourcing", "international-sourcing"),
])
def test_topic_page_has_one_card_per_declared_chart(dash_app, module, page):
    layout = __import__(module, fromlist=["layout"]).layout()
    assert [g.id["slug"] for g in graphs(layout)] == [s.slug for s in charts_for_page(page)]
    sources = find_all(layout, lambda c: "chart-source" in (getattr(c, "className", "") or ""))
    assert len(sources) == len(charts_for_page(page))


def test_query_string_filters_the_charts(dash_app):
    from pages.globalization import layout
    page = layout(countries="BEL,NLD")
    heat = next(g for g in graphs(page) if g.id["slug"] == "kof-dimensions")
    assert heat.figure["data"][0]["y"] == ["Netherlands", "<b>Belgium</b>"] or \
        set(heat.figure["data"][0]["y"]) == {"<b>Belgium</b>", "Netherlands"}


def test_bad_query_values_show_a_notice_not_an_error(dash_app):
    from pages.globalization import layout
    page = layout(countries="BEL,ATLANTIS", junk="<script>alert(1)</script>")
    notices = find_all(page, lambda c: getattr(c, "className", None) == "notice")
    assert len(notices) == 1
    text = str(notices[0].children)
    assert "ATLANTIS" in text and "Unknown parameter 'junk" in text


def test_routes_answer(client):
    for path in ["/", "/globalization", "/export-geography", "/firm-morphology",
                 "/international-sourcing", "/about", "/no-such-page"]:
        assert client.get(path).status_code == 200, path
