"""Find (issue 16): the search index, its query handling and the /search and /search.json routes.

The index is built from the loaded data (search/entries.py); these tests search it as a reader
would: numbers in either notation, country and category names, words of the sentences, exhibit
references, and hostile or empty queries.
"""
from __future__ import annotations

import re
import sqlite3
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from i18n import LANGUAGES
from tests.english import format_number
from components.page_filters import chart_selection, page_filters
from charts.selection import Selection
from charts.spec import all_pages, get_chart, get_page
from components.first_paint import page_markup
from components.markup import to_html
from components.search_results import results_block
from search.entries import Entry, report_words
from search.index import SearchIndex, search_index, segments_html
from search.targets import Target
from search.terms import MAX_QUERY_LENGTH, QueryError, clean, readings, terms

HOSTILE = ['"', '""', 'NEAR(', "NEAR(a b, 2)", "*", "a*", "^x", "col:china", "china:", "a OR",
           "NOT china", "AND", "(", ")", "{a b}", "'; DROP TABLE entry; --", "\\", "+", "-",
           "china\x00", "\u202e", "<script>alert(1)</script>", "%", "..."]


@pytest.fixture(scope="module")
def index(store):
    return search_index()


def first(index: SearchIndex, query: str) -> Entry:
    return index.search(query).hits[0].entry


# --- numbers, in the report's notation and in ours ---------------------------------------

@pytest.mark.parametrize("written, value", [("3,14", "n3d14"), ("3.14", "n3d14"), ("2,30", "n2d3"),
                                            ("10167", "n10167"), ("1.234,5", "n1234d5"),
                                            ("1,234.5", "n1234d5"), ("1,234,567", "n1234567")])
def test_a_number_reads_as_its_value_in_either_notation(written, value):
    assert value in readings(written)


def test_a_comma_before_three_digits_reads_both_ways():
    assert set(readings("10,167")) == {"n10167", "n10d167"}
    assert set(readings("1.234")) == {"n1234", "n1d234"}


@pytest.mark.parametrize("queries, value, record", [
    (("3,14", "3.14", "3,14%"), 3.14, "R119"),        # Figure 2, Belgium's goods share in 2002
    (("10,167", "10167", "10.167"), 10167, "R196"),   # Table 6, exporting SMEs in 2000
])
def test_numbers_are_found_in_both_notations(index, queries, value, record, store):
    found = [index.search(q) for q in queries]
    assert all(r.hits for r in found)
    ids = [[hit.entry.id for hit in r.hits] for r in found]
    assert all(i == ids[0] for i in ids), "each notation finds the same numbers, in the same order"
    best = found[0].hits[0]
    assert best.entry.value == value
    assert record in best.entry.records
    # The number is marked where it is printed, in the report's notation.
    quote = "".join(text for part in best.highlights["quotes"] for text, hit in part if hit)
    assert quote in store.quotes[best.entry.records[0]]
    assert quote.replace(",", "") in ("314", "10167")


def test_the_number_itself_outranks_the_same_number_elsewhere_in_its_sentence(index):
    """'98,74' is Singapore's actual flows (Table 1); its sentence prints two more numbers."""
    hits = index.search("98,74").hits
    assert hits[0].entry.value == 98.74
    assert all(hit.score >= hits[0].score for hit in hits)


def test_every_stated_number_is_found_by_its_printed_value(index):
    missed = []
    for entry in index.entries:
        if entry.value is None:  # stated only in words ('half'): found by its words
            continue
        printed = format_number(entry.value, entry.decimals)
        if entry.id not in {hit.entry.id for hit in index.search(printed).hits}:
            missed.append((entry.id, printed))
    assert missed == []


def test_every_register_record_is_in_an_entry_with_its_verbatim_quote(index, store):
    for entry in index.entries:
        assert set(entry.quotes) == {report_words(store.quotes[r]) for r in entry.records}, entry.id
    assert {r for entry in index.entries for r in entry.records} == set(store.quotes)


# --- words: names, sentences, titles, exhibits -----------------------------------------------

@pytest.mark.parametrize("country", ["Singapore", "Netherlands", "Germany", "India", "Luxembourg"])
def test_country_names_find_their_numbers_first(index, country):
    hits = index.search(country).hits
    assert hits
    assert country in dict(hits[0].entry.names).values()
    # Every hit names the country somewhere a reader sees it.
    for hit in hits:
        entry = hit.entry
        seen = " ".join([*dict(entry.names).values(), *entry.quotes, *entry.charts, entry.exhibit_title])
        assert country.lower() in seen.lower(), entry.id


def test_category_names_and_stemming(index):
    hits = index.search("born globals").hits
    assert any("Born global" in dict(hit.entry.names).values() for hit in hits[:5])
    # Porter stemming: 'exporters' finds 'exporting', 'export', 'exports'.
    assert len(index.search("exporters").hits) >= len(index.search("exporter").hits) > 0


def test_an_exhibit_is_found_by_its_reference(index):
    hits = index.search("Figure 10").hits
    assert hits and all(hit.entry.exhibit == "Figure 10" for hit in hits[:2])
    assert {hit.entry.exhibit for hit in index.search("table 6 2005").hits[:4]} == {"Table 6"}
    assert first(index, "fig. 2").exhibit == "Figure 2"


def test_chart_titles_are_searched(index):
    title = get_chart("world-market-share").title.text
    hits = index.search(title).hits
    assert any(title in hit.entry.charts for hit in hits[:3])


def test_a_question_is_searched_by_its_content_words(index):
    question = index.search("What does the study say about Singapore?")
    assert question.terms == ("Singapore",)
    assert [h.entry.id for h in question.hits] == [h.entry.id for h in index.search("Singapore").hits]


def test_words_that_match_nothing_are_named_and_the_rest_searched(index):
    results = index.search("Singapore zzyzx")
    assert results.hits and "zzyzx" in str(results.notices[0])
    assert results.terms == ("Singapore",)


def test_no_result_with_every_word_falls_back_to_any_word(index):
    """'Singapore' (Table 1) and 'Intrastat' (thresholds) share no stated number."""
    results = index.search("Singapore Intrastat")
    assert results.hits and any("some of them" in str(n) for n in results.notices)


def test_a_prefix_finds_the_word(index):
    assert "Germany" in dict(first(index, "germ").names).values()


def test_every_entry_links_to_a_card(index):
    assert all(entry.targets for entry in index.entries)
    kinds = {entry.targets[0].kind for entry in index.entries}
    assert kinds == {"chart", "exhibit", "fact"}


def _ids_on(path: str, query: dict) -> set[str]:
    from app import page_layout
    from charts.spec import all_pages
    page = next(p for p in all_pages() if p.href("en") == path)
    return set(re.findall(r' id="([^"]+)"', page_markup(page_layout(page, "en")(**query))))


def test_every_link_lands_on_a_card_of_its_page_that_shows_the_number(dash_app, index, store):
    """The anchor is on the page, and a chart link's query, read as the page reads it, makes
    the chart draw the row."""
    pages: dict[tuple, set[str]] = {}
    for entry in index.entries:
        dataset, row = entry.dataset, int(entry.id.split("/")[1])
        for target in entry.targets:
            parts = urlsplit(target.href)
            query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
            key = (parts.path, tuple(sorted(query.items())))
            if key not in pages:
                pages[key] = _ids_on(parts.path, query)
            assert parts.fragment == target.anchor and target.anchor in pages[key], target.href
            if target.kind != "chart":
                continue
            chart = get_chart(target.anchor)
            page_selection, notices = Selection.parse(page_filters(chart.page), query)
            assert notices == []
            shown = chart.filtered(store.frame(dataset), chart_selection(chart, page_selection))
            assert row in shown.index, (entry.id, target.href)
            assert get_page(chart.page).href("en") == parts.path


SUMMARY = re.compile(r"^\d+ stated numbers? match(es)? “.*”, ordered by relevance\.$")


@pytest.mark.parametrize("query", ["Singapore", "3,14", "half", "Table 8", "Intrastat", "born globals"])
def test_every_text_of_a_results_page_is_the_studys(dash_app, index, store, report_text, query):
    """The audit of tests/test_claims.py on a page of results: each number shown occurs in a
    cited record's quote, each quote is the report's. Names are not claims: the labels of
    keys and the register's section names (checked where they are defined), and the count of
    results is ours."""
    from pages.search import layout
    from tests.claims_audit import layout_texts, problems, verbatim_in
    names = {name for entry in index.entries for _, name in entry.names}
    names |= {entry.section for entry in index.entries}
    quotes = {**store.quotes, **store.passages}
    faults = []
    for text, records, verbatim in layout_texts(layout({"q": query}, "en")):
        if verbatim:
            if not verbatim_in(text, report_text):
                faults.append(f"{text!r} is marked verbatim but is not in the report")
        elif not (SUMMARY.match(text) or all(part.strip() in names for part in text.split("·"))):
            faults += [f"{text!r}: {problem}" for problem in problems(text, records, quotes)]
    assert faults == []


# --- highlighting and hostile input -------------------------------------------------------------

def _synthetic_entry(quote: str) -> Entry:
    target = Target("exhibit", "/en/export-geography#figure-5", "Figure 5", "export-geography", "figure-5")
    shown = {language: ("1.5%", (("country", "Belgium <b>"),)) for language in LANGUAGES}
    return Entry(id="test/0", dataset="test", value=1.5, unit="%", value_text="1.5%", decimals=1,
                 records=("R001",), quotes=(quote,), exhibit="Figure 5", exhibit_title="<i>x</i>",
                 section="", names=(("country", "Belgium <b>"),), charts=(), targets=(target,),
                 shown=shown)


def test_highlights_are_escaped_text_never_markup():
    index = SearchIndex([_synthetic_entry('<img src=x onerror="alert(1)"> Belgium & 1,5 "quoted"')])
    hit = index.search("belgium 1.5").hits[0]
    quote = segments_html(hit.highlights["quotes"][0])
    assert quote == ('&lt;img src=x onerror="alert(1)"&gt; <mark>Belgium</mark> &amp; '
                     '<mark>1,5</mark> "quoted"')
    markup = to_html(results_block(index.search("<b>Belgium</b> onerror"), "en"))
    assert "<img" not in markup and "<b>" not in markup and "<i>" not in markup
    assert "&lt;img" in markup and "<mark>Belgium</mark>" in markup


@pytest.mark.parametrize("query", HOSTILE)
def test_fts_syntax_from_readers_is_text(index, query):
    try:
        index.search(query)
    except QueryError as exc:
        assert str(exc)
        return
    for term in terms(clean(query)):
        assert re.fullmatch(r'\("n\w+"( OR "n\w+")*\)|"[\w ]+"\*?', term.expression), term


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=MAX_QUERY_LENGTH) | st.sampled_from(HOSTILE))
def test_any_query_gets_results_or_a_message_never_an_sqlite_error(index, query):
    try:
        index.search(query)
    except QueryError as exc:
        assert str(exc)
    except sqlite3.Error as exc:  # pragma: no cover - the failure this test looks for
        pytest.fail(f"{query!r}: {exc}")


@pytest.mark.parametrize("query", ["", "   ", None, "*", '"', "!!!", "\u202e"])
def test_an_empty_or_punctuation_query_is_a_message(index, query):
    with pytest.raises(QueryError):
        index.search(query)


def test_a_query_over_the_length_cap_is_a_message_not_cut(index):
    with pytest.raises(QueryError, match=str(MAX_QUERY_LENGTH)):
        index.search("china " * 40)
    assert index.search(("x" * (MAX_QUERY_LENGTH - 8)) + " Germany").hits


# --- routes --------------------------------------------------------------------------------------

RESULT_FIELDS = {"id", "value", "unit", "decimals", "value_text", "records", "quotes", "exhibit",
                 "exhibit_title", "section", "names", "link", "links", "score", "highlights"}
LINK_FIELDS = {"kind", "label", "page", "anchor", "href", "url", "filters"}


def test_search_json_answers_with_documented_fields(client):
    response = client.get("/search.json?q=98,74")
    assert response.status_code == 200 and response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"query", "terms", "notices", "count", "results"}
    assert body["count"] == len(body["results"]) > 0
    best = body["results"][0]
    assert set(best) == RESULT_FIELDS and set(best["link"]) == LINK_FIELDS
    assert best["value"] == 98.74 and best["value_text"] == "98.74" and best["exhibit"] == "Table 1"
    assert best["link"]["href"] == "/en/globalization?kof_dimension=actual-flows#kof-economic-globalization"
    assert best["link"]["filters"] == {"kof_dimension": ["actual-flows"]}
    assert best["link"]["url"] == "http://localhost" + best["link"]["href"]
    assert "<mark>98.74</mark>" in best["highlights"]["value_text"][0]
    assert "<mark>98,74</mark>" in best["highlights"]["quotes"][0]


@pytest.mark.parametrize("query", ["", "q=", "q=%20%20", "q=*", 'q="', "q=" + "x" * 201])
def test_search_json_rejects_empty_garbage_and_long_queries(client, query):
    response = client.get(f"/search.json?{query}")
    assert response.status_code == 400
    assert response.get_json()["error"]


def test_search_json_finds_nothing_for_unknown_words_with_a_notice(client):
    body = client.get("/search.json?q=NEAR(").get_json()
    assert body["count"] == 0 and "NEAR" in body["notices"][0]


def test_search_page_lists_results_in_the_first_paint(client):
    html = client.get("/en/search?q=3,14").get_data(as_text=True)
    assert '<li class="search-result"' in html
    assert '<blockquote class="search-quote" data-verbatim="quote" lang="en">' in html
    assert "<mark>3,14</mark>" in html and 'href="/en/export-geography#world-market-share"' in html
    assert 'value="3,14"' in html  # the page's own box keeps the query


@pytest.mark.parametrize("query, message", [
    ("q=" + "x" * 250, "limited to 200 characters"), ("q=%22", "Type a word or a number"),
    ("q=NEAR(", "No stated number matches")])
def test_search_page_explains_a_bad_query(client, query, message):
    response = client.get(f"/en/search?{query}")
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)


def test_search_page_escapes_the_query(client):
    body = client.get("/en/search?q=%3Cscript%3Ealert(1)%3C/script%3E%22%3E").get_data(as_text=True)
    assert "<script>alert" not in body and '">alert' not in body
    assert "&lt;script&gt;alert(1)" in body


@pytest.mark.parametrize("query", HOSTILE + ["x" * 5000, "q"])
def test_hostile_queries_never_fail_the_routes(client, query):
    for path in ("/en/search", "/search.json"):
        response = client.get(path, query_string={"q": query})
        body = response.get_data()
        assert response.status_code in (200, 400), (path, query)
        assert b"Traceback" not in body
    # The page writes the query as text (JSON carries it as a string, served as JSON).
    assert b"<script>alert" not in client.get("/en/search", query_string={"q": query}).get_data()


@pytest.mark.parametrize("path", [page.href("en") for page in all_pages()] + ["/no-such-page"])
def test_every_page_has_the_search_form_in_its_navbar(client, path):
    html = client.get(path).get_data(as_text=True)
    header = html[html.index('<header class="site-header">'):html.index("</header>")]
    assert re.search(r'<form role="search" action="/en/search" method="get"[^>]*aria-label="Site search"', header)
    assert '<label for="site-search-q" class="search-label">Find a number</label>' in header
    assert '<input type="search" id="site-search-q" name="q"' in header
