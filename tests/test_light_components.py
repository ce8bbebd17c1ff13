"""The app's light components: escaped static markup, native filter controls, chart cards."""
from __future__ import annotations

import pytest
from dash import dcc, html

from charts.selection import Selection
from components.light import Choices, PlotlyChart, StaticHtml, app_link, static
from components.markup import to_html


def test_text_and_attributes_are_escaped():
    markup = to_html(html.P(['<script>alert(1)</script> & "x"', html.Strong("b")],
                            title='"><img src=x onerror=alert(1)>', className="note"))
    assert markup == ('<p class="note" title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">'
                      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "x"<strong>b</strong></p>')


def test_react_names_styles_and_booleans_become_html_attributes():
    markup = to_html(html.Div(html.Label("L", htmlFor="f"), hidden=True, tabIndex=0,
                              style={"fontWeight": "bold"}, **{"aria-label": "a", "data-x": 1}))
    assert markup == ('<div aria-label="a" data-x="1" hidden style="font-weight:bold" tabindex="0">'
                      '<label for="f">L</label></div>')


@pytest.mark.parametrize("node", [dcc.Link("x", href="/"), html.Div(dcc.Store(id="s")), object()])
def test_only_html_components_can_be_static(node):
    with pytest.raises(TypeError):
        to_html(node)


def test_a_static_tree_is_one_component_of_the_same_element():
    header = static(html.Header([app_link("Overview", "/en/", className="nav-link"),
                                 StaticHtml("<form></form>", className="box")], className="site-header"))
    assert header.to_plotly_json() == {"props": {"html": (
        '<a class="nav-link" data-app-link="true" href="/en/">Overview</a><div class="box"><form></form></div>'),
        "className": "site-header", "tag": "header"}, "type": "StaticHtml", "namespace": "components"}
    with pytest.raises(ValueError):  # its role would be lost
        static(html.Div("x", role="status"))


def test_attribute_values_must_be_text_or_numbers():
    with pytest.raises(ValueError):
        to_html(html.Div(id={"type": "card"}))


def test_components_keep_only_the_props_given():
    assert StaticHtml("<p>x</p>").to_plotly_json() == {
        "props": {"html": "<p>x</p>"}, "type": "StaticHtml", "namespace": "components"}
    chart = PlotlyChart(id={"type": "chart-graph", "slug": "s"}, figure={"data": []})
    assert chart.to_plotly_json()["props"] == {"id": {"type": "chart-graph", "slug": "s"},
                                               "figure": {"data": []}}
    with pytest.raises(TypeError):
        Choices(id="c", colour="red")


def test_the_script_of_the_components_is_served_with_the_app(client):
    page = client.get("/en/globalization").get_data(as_text=True)
    src = page.split('src="/_dash-component-suites/components/')[1].split('"')[0]
    script = client.get("/_dash-component-suites/components/" + src)
    assert script.status_code == 200
    body = script.get_data(as_text=True)
    for name in ("StaticHtml", "PlotlyChart", "Choices", "Store", "Location"):
        assert f"{name}: {name}" in body


def test_a_chart_card_keeps_its_provenance_in_the_static_markup(dash_app, store):
    from components.topic_page import card_for
    from charts.spec import get_chart
    spec = get_chart("kof-economic-globalization")
    card = card_for(spec, Selection(), "en")
    markup = "".join(c.html for c in card.children if isinstance(c, StaticHtml))
    assert "<strong>Source: </strong>" in markup and "R007-R036" in markup
    assert f'id="{spec.slug}-title"' in markup  # the card's aria-labelledby target


def test_small_filters_are_native_checkboxes_and_radios(dash_app):
    from components.page_filters import page_filters
    from components.filter_bar import filter_control
    controls = {f.spec.param: filter_control(f, f.default, "en") for f in page_filters("globalization")}
    radio = controls["kof_dimension"]
    assert isinstance(radio, Choices) and radio.multi is False and isinstance(radio.value, str)
    assert [o["label"] for o in radio.options] == [
        "Degree of economic liberalization", "Actual flows", "Absence of restrictions"]
    assert all(not isinstance(c, (dcc.Checklist, dcc.RadioItems)) for c in controls.values())
