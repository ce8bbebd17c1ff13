"""Languages: the catalogs follow the code, numbers follow each language's conventions, and the
mechanical checks of a translation catch what they promise to."""
from __future__ import annotations

import json

import pytest
from babel.messages.pofile import read_po

from charts.spec import all_pages, get_chart
from components.page_shell import NOT_FOUND_MODULE
from i18n import LANGUAGES, LOCALES, SOURCE_LANGUAGE, UnknownLanguage, catalog_path
from i18n.catalogs import translate
from i18n.checks import catalog_problems, message_problems, numbers_of
from i18n.numbers import decimal, percent, plotly_separators
from i18n.update import TEMPLATE, extracted
from tests.language_audit import english_leftovers, english_numbers, english_sentences

TRANSLATED = [language for language in LANGUAGES if language != SOURCE_LANGUAGE]


def messages(path) -> set[str]:
    with path.open("rb") as fh:
        return {message.id for message in read_po(fh) if message.id}


def test_the_template_holds_every_message_of_the_code_and_data():
    """`python -m i18n.update` has been run since the last change of a displayed text."""
    current = {message.id for message in extracted() if message.id}
    assert messages(TEMPLATE) == current
    assert {"About the data", "Firm size", "about {value}", "Goods"} <= current
    # Our sentences come with the evidence they restate, for the translator.
    claim = next(m for m in extracted() if m.id.startswith("Belgium lost 21% of its share of world exports"))
    assert any(comment.startswith("R118: ") for comment in claim.auto_comments)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_catalog_has_exactly_the_templates_messages(language):
    assert messages(catalog_path(language)) == messages(TEMPLATE)


@pytest.mark.parametrize("language, expected", [
    ("en", ("54,511.25", "2.30%", ".,")),
    ("nl", ("54.511,25", "2,30%", ",.")),
    ("fr", ("54\u202f511,25", "2,30\u00a0%", ",\u202f")),
    ("de", ("54.511,25", "2,30\u00a0%", ",.")),
])
def test_numbers_follow_the_languages_conventions(language, expected):
    assert (decimal(54511.25, 2, language), percent(decimal(2.3, 2, language), language),
            plotly_separators(language)) == expected


def test_dates_are_written_out_in_each_language():
    from datetime import date
    from i18n.numbers import long_date
    assert [long_date(date(2026, 12, 1), language) for language in ("en", "nl", "fr", "de")] == [
        "1 December 2026", "1 december 2026", "1er décembre 2026", "1. Dezember 2026"]


def test_numbers_are_read_in_each_notation():
    assert numbers_of("from 3.14% in 2002 to 54,511 (EU-15, 5th)", "en") == ["15", "2002", "3.14", "5", "54511"]
    assert numbers_of("van 3,14% in 2002 tot 54.511 (EU-15, 5de)", "nl") == ["15", "2002", "3.14", "5", "54511"]
    assert numbers_of("de 3,14\u00a0% en 2002 à 54\u202f511", "fr") == ["2002", "3.14", "54511"]


@pytest.mark.parametrize("source, translation, language, problem", [
    ("from 3.14% in 2002", "van 3.14% in 2002", "nl", "numbers"),        # decimal point kept
    ("lost 21%", "verloor 12%", "nl", "numbers"),
    ("about {value}", "environ", "fr", "placeholders"),
    ('it "also scores fifth"', "il « se classe cinquième »", "fr", "quoted words"),
    (" 2006: threshold", "2006 : seuil", "fr", "space"),
])
def test_a_translation_that_loses_what_it_must_keep_is_caught(source, translation, language, problem):
    assert any(problem in line for line in message_problems(source, translation, language))


def test_a_faithful_translation_passes_the_checks():
    assert message_problems('lost {value} in 2002-2011, "also scores fifth"',
                            'a perdu {value} en 2002-2011, « "also scores fifth" »', "fr") == []


def test_english_is_the_source_and_unknown_languages_are_refused():
    assert translate("About the data", SOURCE_LANGUAGE) == "About the data"
    with pytest.raises(UnknownLanguage, match="offered: en, nl, fr, de"):
        translate("About the data", "xx")
    assert set(LOCALES) == {"en", "nl", "fr", "de"}


# --- the catalogs as shipped -----------------------------------------------------------------

@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_and_keeps_its_numbers(language):
    """No empty or fuzzy entry; every translation keeps the numbers of its English (in the
    language's notation), its placeholders and the study's quoted words."""
    assert catalog_problems(language) == []


def test_the_catalog_check_fails_on_an_untranslated_message(tmp_path):
    broken = tmp_path / "nl.po"
    broken.write_text(catalog_path("nl").read_text(encoding="utf-8").replace(
        'msgstr "Belangrijkste bevindingen"', 'msgstr ""'), encoding="utf-8")
    assert any("untranslated: 'Key findings'" in line for line in catalog_problems("nl", broken))


# --- pages in each language --------------------------------------------------------------------

def page_addresses():
    return [(page, language) for page in all_pages() for language in LANGUAGES]


@pytest.mark.parametrize("page, language", page_addresses(),
                         ids=lambda value: value if isinstance(value, str) else value.key)
def test_every_page_is_in_its_language(client, page, language):
    """Everything a reader sees is in the page's language but the study's own words (marked
    lang="en"); the document says which language it is in and where the others are."""
    query = "?q=Belgium" if page.key == "search" else ""
    response = client.get(page.href(language) + query)
    html = response.get_data(as_text=True)
    assert response.status_code == (404 if page.module == NOT_FOUND_MODULE else 200)
    assert f'<html lang="{language}">' in html
    assert english_leftovers(html, language) == []
    if language != SOURCE_LANGUAGE:
        assert english_sentences(html) == [] and english_numbers(html, language) == []
    if page.module != NOT_FOUND_MODULE:
        for other in LANGUAGES:
            assert f'<link rel="alternate" hreflang="{other}" href="http://localhost{page.href(other)}{query}">' in html
        default = "/" if page.path == "/" else page.href("en")
        assert f'<link rel="alternate" hreflang="x-default" href="http://localhost{default}{query}">' in html
        assert f'<link rel="canonical" href="http://localhost{page.href(language)}{query}">' in html


def test_the_audit_finds_english_outside_the_studys_words():
    assert english_sentences('<p>The text does not say which</p><p lang="en">The report is the</p>'
                             '<p>Zoals de tekst het zegt: “This is the one”.</p>') == [
        "The text does not say which"]
    assert english_numbers('<p>92.15 en 73%</p><p>axe-core 4.14.1</p>', "fr") == ["92.15 en 73%"]
    assert english_numbers('<p>92,15 et 73\u00a0%</p>', "fr") == []
    assert english_leftovers('<p>Key findings</p><p lang="en">Key findings</p>', "nl") == ["Key findings"]
    assert english_leftovers('<p lang="en"><span>Key findings</span></p>', "nl") == []
    assert english_leftovers('<a title="Copy citation">x</a>', "fr") == ["Copy citation"]


def test_the_language_switch_links_the_same_view_in_every_language(client):
    html = client.get("/nl/globalization?countries=BEL,NLD").get_data(as_text=True)
    switch = html[html.index('class="language-switch"'):]
    switch = switch[:switch.index("</nav>")]
    for language in LANGUAGES:
        assert f'href="/{language}/globalization?countries=BEL,NLD"' in switch
    assert switch.count('aria-current="true"') == 1 and 'aria-current="true" class="language-link" href="/nl/' in switch


def test_a_dutch_chart_writes_numbers_the_dutch_way(dash_app, store):
    from data.chart_cache import chart_figure
    spec = get_chart("kof-economic-globalization")
    selection = spec.parse_query(store.frame(spec.dataset), {})[0]
    english, dutch = (chart_figure(spec.slug, selection.key, language) for language in ("en", "nl"))
    assert "92.15" in english["data"][0]["text"] and "92,15" in dutch["data"][0]["text"]
    assert dutch["layout"]["separators"] == ",." and english["layout"]["separators"] == ".,"
    assert "België" in json.dumps(dutch["layout"]["yaxis"]["ticktext"], ensure_ascii=False)


def test_filter_callbacks_answer_in_the_pages_language(dash_app, callback_map):
    from tests.payloads import filter_callback_body
    body = filter_callback_body(callback_map, "globalization", {"countries": ["BEL", "NLD"]},
                                ["countries"], language="fr")
    response = dash_app.server.test_client().post("/_dash-update-component", json=body)
    outputs = response.get_json()["response"]
    footer = next(value for key, value in outputs.items() if key.startswith('{"slug":"kof-dimensions"')
                  and "chart-footer" in key)["html"]
    assert "Télécharger" in footer and "lang=fr" in footer


@pytest.mark.parametrize("language", [None, "xx", ["nl"], 3])
def test_a_callback_for_a_language_we_do_not_have_changes_nothing(dash_app, callback_map, language):
    from tests.payloads import filter_callback_body
    body = filter_callback_body(callback_map, "globalization", {"countries": ["BEL"]},
                                ["countries"], language=language)
    response = dash_app.server.test_client().post("/_dash-update-component", json=body)
    assert response.status_code in (200, 204, 400)
    assert b"Traceback" not in response.data


# --- files in each language ----------------------------------------------------------------------

def test_a_csvs_header_block_and_columns_are_in_the_language(client):
    text = client.get("/charts/kof-dimensions.csv?countries=BEL&lang=nl").get_data(as_text=True)
    header = [line for line in text.splitlines() if line.startswith("# ")]
    assert header[0].startswith("# Titel: België: 96,01") and any(line.startswith("# Bron") for line in header)
    columns = next(line for line in text.splitlines() if not line.startswith("#"))
    assert columns.startswith("Rang,Land,Dimensie,country_key,dimension_key,value,unit")
    assert ",België," in text or text.count("België") >= 2


@pytest.mark.parametrize("path", ["/charts/kof-dimensions.csv?lang=xx", "/charts/kof-dimensions.bib?lang=EN",
                                  "/pages/globalization.zip?lang=klingon", "/embed/kof-dimensions?lang="])
def test_an_unknown_language_for_a_file_answers_400_listing_the_languages(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "offered: en, nl, fr, de" in response.get_data(as_text=True)


def test_citations_and_embeds_are_in_the_language(client):
    bib = client.get("/charts/kof-dimensions.bib?lang=de").get_data(as_text=True)
    assert "url = {http://localhost/de/globalization#kof-dimensions}" in bib
    assert "Darstellung" in bib or "Tabelle 1" in bib
    embed = client.get("/embed/kof-dimensions?lang=fr").get_data(as_text=True)
    assert '<html lang="fr">' in embed and english_leftovers(embed, "fr") == []


def test_a_broken_catalog_is_named_with_its_line(tmp_path, monkeypatch):
    """The app reads every catalog at start (load_catalogs): a broken one stops it with the file
    and line named, rather than failing the first page in its language."""
    import i18n.catalogs as catalogs
    broken = tmp_path / "messages.po"
    broken.write_text('msgid "Key findings"\nmsgstr "Belangrijkste\nmsgid "Chart"\n', encoding="utf-8")
    monkeypatch.setattr(catalogs, "catalog_path", lambda language: broken)
    catalogs.translations.cache_clear()
    try:
        with pytest.raises(catalogs.CatalogError, match=r"messages.po: .* on 2"):
            catalogs.load_catalogs()
    finally:
        monkeypatch.undo()
        catalogs.translations.cache_clear()
