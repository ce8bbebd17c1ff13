"""Cite: /charts/<slug>.bib and .ris, and each card's "Cite or embed" disclosure.

The study is cited as the report gives it (data/catalog.json "study": title, authoring teams,
publisher; the report prints no year); the permalink carries the filters the file was asked
with, checked as the CSV export checks them.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from charts.spec import all_charts, get_chart
from components.cite_panel import cite_panel, iframe_code
from components.markup import to_html
from exports.citation import bibtex_text, chart_citation, today

SLUG = "kof-economic-globalization"
QUERY = "?kof_dimension=actual-flows&countries=BEL,NLD"
STUDY = "Belgium in the new global economy"


def bibtex_fields(text: str) -> dict[str, str]:
    """{field: value} of a one-entry BibTeX file whose values are in braces."""
    return {name: value for name, value in re.findall(r"^\s+(\w+) = \{(.*)\},?$", text, re.M)}


def ris_fields(text: str) -> list[tuple[str, str]]:
    return [(line[:2], line[6:]) for line in text.split("\r\n") if line]


def test_bibtex_names_the_study_chart_exhibit_and_the_filtered_permalink(client):
    response = client.get(f"/charts/{SLUG}.bib{QUERY}")
    assert response.status_code == 200
    assert response.mimetype == "application/x-bibtex"
    assert f'filename="{SLUG}.bib"' in response.headers["Content-Disposition"]
    text = response.get_data(as_text=True)
    assert text.startswith(f"@misc{{bnge-{SLUG},") and text.rstrip().endswith("}")
    fields = bibtex_fields(text)
    assert fields["author"] == "{Vlerick Management School} and {Solvay Business School}"
    assert fields["title"] == "{" + get_chart(SLUG).title.text + "}"
    assert fields["howpublished"] == STUDY
    assert fields["publisher"] == "FEB/VBO Forum"
    assert "Exhibit: Table 1." in fields["note"]
    assert "KOF measure: Actual flows; Countries: Belgium, Netherlands" in fields["note"]
    assert fields["url"] == f"http://localhost/en/globalization{QUERY}#{SLUG}"
    assert fields["urldate"] == today().isoformat()
    # The report prints no publication year: none is invented.
    assert "year" not in fields and "date" not in fields


def test_ris_has_ur_and_the_access_date(client):
    response = client.get(f"/charts/{SLUG}.ris{QUERY}")
    assert response.status_code == 200
    assert response.mimetype == "application/x-research-info-systems"
    fields = ris_fields(response.get_data(as_text=True))
    assert fields[0] == ("TY", "ELEC") and fields[-1] == ("ER", "")
    tags = dict(fields)
    assert [v for t, v in fields if t == "AU"] == ["Vlerick Management School", "Solvay Business School"]
    assert tags["TI"] == get_chart(SLUG).title.text and tags["T2"] == STUDY
    assert tags["PB"] == "FEB/VBO Forum"
    assert tags["UR"] == f"http://localhost/en/globalization{QUERY}#{SLUG}"
    assert tags["Y2"] == today().strftime("%Y/%m/%d")
    assert "PY" not in tags and "DA" not in tags


def test_without_filters_the_permalink_is_the_default_view(client):
    for fmt, marker in (("bib", "url = {"), ("ris", "UR  - ")):
        text = client.get(f"/charts/{SLUG}.{fmt}").get_data(as_text=True)
        assert f"{marker}http://localhost/en/globalization#{SLUG}" in text


def test_filters_are_written_as_the_exports_write_them(client):
    """Case-insensitive keys, repeated parameters, the chart's own order: as for the CSV."""
    text = client.get(f"/charts/{SLUG}.bib?countries=nld&countries=bel").get_data(as_text=True)
    assert f"url = {{http://localhost/en/globalization?countries=NLD,BEL#{SLUG}}}" in text
    csv = client.get(f"/charts/{SLUG}.csv?countries=nld&countries=bel").get_data(as_text=True)
    filters = re.search(r"^# Filters: (.*)$", csv, re.M).group(1)
    assert f"Filters: {filters}." in bibtex_fields(text)["note"]


@pytest.mark.parametrize("fmt", ["bib", "ris"])
@pytest.mark.parametrize("query, status, message", [
    ("?countries=XXX", 400, "Unknown value(s) for 'countries': XXX"),
    ("?kof_dimension=actual-flows,absence-of-restrictions", 400, "'kof_dimension' takes one value"),
    ("?colour=red", 400, "Unknown parameter 'colour'"),
    ("?width=800", 400, "Unknown parameter 'width'"),
])
def test_bad_filters_are_400_with_the_exports_message(client, fmt, query, status, message):
    response = client.get(f"/charts/{SLUG}.{fmt}{query}")
    assert response.status_code == status
    assert message in response.get_data(as_text=True)
    assert response.get_data(as_text=True) == client.get(f"/charts/{SLUG}.csv{query}").get_data(as_text=True)


@pytest.mark.parametrize("fmt", ["bib", "ris"])
def test_an_unknown_chart_is_404(client, fmt):
    response = client.get(f"/charts/no-such-chart.{fmt}")
    assert response.status_code == 404
    assert "Unknown chart 'no-such-chart'" in response.get_data(as_text=True)


@pytest.mark.parametrize("spec", all_charts(), ids=lambda s: s.slug)
def test_every_chart_has_both_citation_files(client, spec):
    for fmt in ("bib", "ris"):
        response = client.get(f"/charts/{spec.slug}.{fmt}")
        assert response.status_code == 200, (spec.slug, fmt)
        assert spec.slug in response.get_data(as_text=True)


def test_bibtex_escapes_what_it_would_read_as_markup():
    assert bibtex_text("E&Y 100% {x} #1 a_b") == r"E\&Y 100\% \{x\} \#1 a\_b"


def test_the_citation_text_gives_study_chart_exhibit_permalink_and_access_date(store):
    spec = get_chart(SLUG)
    citation = chart_citation(spec, store, QUERY, "https://example.org/", date(2026, 3, 4), "en")
    assert citation.text() == (
        f"{store.study['citation']} Chart: \u201c{spec.title.text}\u201d (Table 1). "
        f"https://example.org/en/globalization{QUERY}#{SLUG} (accessed 2026-03-04).")


def test_the_cards_cite_panel_follows_its_query(store):
    """The panel the filter callback rebuilds (footer_html) for a query: the permalink, the
    file links and the embed code all carry it."""
    markup = to_html(cite_panel(get_chart(SLUG), QUERY, 260, "en", "https://example.org/", date(2026, 3, 4)))
    escaped = QUERY.replace("&", "&amp;")
    assert f'href="https://example.org/en/globalization{escaped}#{SLUG}"' in markup
    assert f'href="/charts/{SLUG}.bib{escaped}"' in markup
    assert f'href="/charts/{SLUG}.ris{escaped}"' in markup
    assert f"/embed/{SLUG}{escaped.replace('&amp;', '&amp;amp;')}" in markup  # inside the textarea
    assert "(accessed 2026-03-04)" in markup
    assert markup.startswith('<details class="cite-panel"><summary')


def test_the_iframe_code_frames_the_embed_at_its_height():
    code = iframe_code(get_chart(SLUG), "https://example.org/", "?countries=BEL", 260, "en")
    assert code == (f'<iframe src="https://example.org/embed/{SLUG}?countries=BEL" '
                    f'title="{get_chart(SLUG).title.text}" width="100%" height="500" '
                    'style="border:0" loading="lazy"></iframe>')


def test_every_card_on_a_page_has_its_cite_panel_with_the_pages_filters(client):
    page = client.get("/en/globalization?countries=BEL,NLD").get_data(as_text=True)
    assert page.count('class="cite-panel"') == page.count('class="chart-card"') > 0
    assert f'href="/charts/{SLUG}.bib?countries=BEL,NLD"' in page
    assert f"http://localhost/en/globalization?countries=BEL,NLD#{SLUG}" in page


def test_a_page_built_for_one_address_does_not_cite_it_for_another(dash_app):
    """Built layouts are kept (components/topic_page.py): the cache must not hand one host's
    permalinks, or yesterday's access date, to another request."""
    first = dash_app.server.test_client().get("/en/globalization", base_url="http://one.example")
    second = dash_app.server.test_client().get("/en/globalization", base_url="http://two.example")
    assert f"http://one.example/en/globalization#{SLUG}" in first.get_data(as_text=True)
    body = second.get_data(as_text=True)
    assert f"http://two.example/en/globalization#{SLUG}" in body and "one.example" not in body


def test_the_cards_cite_the_day_the_page_is_served(client, monkeypatch):
    import components.cite_panel
    monkeypatch.setattr(components.cite_panel, "today", lambda: date(2031, 1, 2))
    assert "(accessed 2031-01-02)" in client.get("/en/globalization").get_data(as_text=True)
