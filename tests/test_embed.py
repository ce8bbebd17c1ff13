"""Embed: /embed/<slug>?<filters> serves one chart for an iframe, framable by other sites
while the pages keep their own frame-ancestors."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest

from charts.spec import all_charts, get_chart
from config import Config
from serving.security import frame_ancestors_for

SLUG = "kof-economic-globalization"


def frame_ancestors(response) -> str:
    return re.search(r"frame-ancestors ([^;]+)", response.headers["Content-Security-Policy"]).group(1)


def embedded_figure(body: str) -> dict:
    data = re.search(r'<script type="application/json" id="embed-figure">(.*?)</script>', body, re.S)
    return json.loads(data.group(1))


def test_the_embed_may_be_framed_anywhere_and_the_pages_only_by_themselves(client):
    embed = client.get(f"/embed/{SLUG}")
    page = client.get("/en/globalization")
    assert embed.status_code == page.status_code == 200
    assert frame_ancestors(embed) == "*"
    assert frame_ancestors(page) == "'self'"
    # Everything else of the policy is the same: only the framing differs.
    strip = lambda r: re.sub(r"frame-ancestors [^;]+", "", r.headers["Content-Security-Policy"])
    assert strip(embed).split("; script-src")[0] == strip(page).split("; script-src")[0]
    assert embed.headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Frame-Options" not in embed.headers


def test_both_frame_ancestors_settings_come_from_the_environment():
    config = Config.from_env({"FRAME_ANCESTORS": "'none'",
                              "EMBED_FRAME_ANCESTORS": "https://news.example"})
    assert (config.frame_ancestors, config.embed_frame_ancestors) == ("'none'", "https://news.example")
    assert Config.from_env({}).embed_frame_ancestors == "*"


def test_frame_ancestors_are_chosen_by_route_prefix():
    routes = {"/embed/": "*"}
    assert frame_ancestors_for("/embed/x", "'self'", routes) == "*"
    assert frame_ancestors_for("/embedded", "'self'", routes) == "'self'"
    assert frame_ancestors_for("/globalization", "'self'", routes) == "'self'"
    assert frame_ancestors_for("/globalization", "'self'", {}) == "'self'"


def test_the_embed_has_title_chart_source_and_a_link_to_the_filtered_full_view(client):
    response = client.get(f"/embed/{SLUG}?countries=BEL,NLD")
    assert response.status_code == 200 and response.mimetype == "text/html"
    body = response.get_data(as_text=True)
    spec = get_chart(SLUG)
    assert f'<h1 class="chart-title">{spec.title.text}</h1>' in body
    assert f"<title>{spec.title.text} · Belgium in the new global economy</title>" in body
    assert 'data-verbatim="source" lang="en">KONJUNKTURFORSCHUNGSSTELLE. KOF Index of Globalization. 2012.' in body
    link = re.search(r'<p class="embed-link"><a href="([^"]+)"[^>]*>', body).group(1)
    assert unescape(link) == f"http://localhost/en/globalization?countries=BEL,NLD#{SLUG}"
    # The figure drawn is the one of the filtered view: Belgium and the Netherlands only.
    figure = embedded_figure(body)["figure"]
    assert sorted(figure["data"][0]["y"]) == ["BEL", "NLD"]
    assert embedded_figure(body)["config"]["displayModeBar"] is False


def test_the_embed_loads_only_what_one_chart_needs(client):
    body = client.get(f"/embed/{SLUG}").get_data(as_text=True)
    scripts = re.findall(r'<script src="([^"]+)"', body)
    assert len(scripts) == 2
    assert "/components/plotly_bundle" in scripts[0] and "/components/embed_chart" in scripts[1]
    assert not re.search(r"dash_renderer|react|_dash-config|site-header|nav-list", body)
    for src in scripts:
        assert client.get(src).status_code == 200
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', body).group(1)
    assert stylesheet.startswith("/assets/style.css?m=")
    # Nothing inline to run: the page's scripts pass the same CSP as the pages' files.
    assert "<script>" not in body


def test_the_figure_data_cannot_close_its_script_element(client):
    body = client.get(f"/embed/{SLUG}").get_data(as_text=True)
    data = re.search(r'id="embed-figure">(.*?)</script>', body, re.S).group(1)
    assert "<" not in data


@pytest.mark.parametrize("spec", all_charts(), ids=lambda s: s.slug)
def test_every_chart_has_an_embed(client, spec):
    response = client.get(f"/embed/{spec.slug}")
    assert response.status_code == 200
    assert embedded_figure(response.get_data(as_text=True))["figure"]["data"]


@pytest.mark.parametrize("path, status, message", [
    ("/embed/no-such-chart", 404, "Unknown chart 'no-such-chart'"),
    ("/embed/", 404, "No chart at '/embed/'"),
    (f"/embed/{SLUG}/more", 404, "No chart at"),
    (f"/embed/{SLUG}?countries=XXX", 400, "Unknown value(s) for 'countries': XXX"),
    (f"/embed/{SLUG}?kof_dimension=actual-flows,absence-of-restrictions", 400, "takes one value"),
    (f"/embed/{SLUG}?colour=red", 400, "Unknown parameter 'colour'"),
])
def test_bad_embed_addresses_get_a_clear_message(client, path, status, message):
    response = client.get(path)
    assert response.status_code == status
    assert response.mimetype == "text/plain"
    assert message in response.get_data(as_text=True)
