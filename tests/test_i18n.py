"""Languages: the catalogs follow the code, numbers follow each language's conventions, and the
mechanical checks of a translation catch what they promise to."""
from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from i18n import LANGUAGES, LOCALES, SOURCE_LANGUAGE, UnknownLanguage
from i18n.catalogs import translate
from i18n.checks import message_problems, numbers_of
from i18n.numbers import decimal, percent, plotly_separators
from i18n.update import TEMPLATE, catalog_path, extracted

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
