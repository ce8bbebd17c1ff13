"""Every displayed sentence the study's own: each number it states is in a cited record's quote.

Three sources of displayed text are audited: the rendered layout of every page (as a reader
sees it, records taken from `data-records`), every declared chart's figure (titles, axes,
legends, labels, hovers, notes: evidence is the rows the chart draws) and every export's text
(header blocks and slide text: evidence is the chart's declared claims and rows).
"""
from __future__ import annotations

import re

import pytest

from charts.claims import Claim
from charts.sections import report_section
from charts.spec import all_charts, all_pages
from tests.claims_audit import layout_texts, problems, states_something, verbatim_in

PAGES = [page for page in all_pages() if page.key != "accessibility"]  # about us, not the study


@pytest.fixture(scope="module")
def quotes(store):
    """The report's words behind every evidence id: record quotes and report passages."""
    return {**store.quotes, **store.passages}


def test_every_report_passage_and_record_quote_is_verbatim_in_the_report(quotes, report_text):
    """Evidence is the report's own words (the register marks two table cells
    '[parenthesised]': its note, not the report's)."""
    for evidence_id, words in quotes.items():
        words = re.sub(r"\s*\[parenthesised\]$", "", words)
        assert verbatim_in(words, report_text), evidence_id


@pytest.fixture(scope="module")
def label_records(store):
    """Each data label (a dimension value's name, as shown) cites the records of the rows that
    have it."""
    found: dict[str, set[str]] = {}
    for dataset in store.datasets.values():
        for row in dataset.frame.to_dict("records"):
            for column, schema in dataset.dimensions.items():
                shown = store.labels.display(row[column]) if schema["type"] == "str" else str(row[column])
                found.setdefault(shown, set()).update(row["record_ids"].split(";"))
    return {label: tuple(sorted(ids)) for label, ids in found.items()}


def report(where: str, texts, quotes, report_text: str = "") -> list[str]:
    """One line per faulty text: where, the text, what is wrong."""
    lines = []
    for text, records, *verbatim in texts:
        if verbatim and verbatim[0]:
            if not verbatim_in(text, report_text):
                lines.append(f"{where}: {text!r}: marked verbatim but not in the report")
            continue
        for problem in problems(text, records, quotes):
            lines.append(f"{where}: {text!r}: {problem}")
    return lines


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.key)
def test_every_sentence_of_a_page_is_in_its_records(dash_app, page, quotes, label_records,
                                                    report_text, store):
    from app import page_layout
    layout = page_layout(page, "en")()
    # A section the report prints no heading for is headed by the project's name for it, a
    # name as an exhibit's is (checked against data/exhibits.json: tests/test_sections.py).
    sections = {report_section(exhibit["section"]) for exhibit in store.exhibits.values()}
    names = {section.title for section in sections if not section.printed}
    texts = [text for text in layout_texts(layout, label_records=label_records) if text[0] not in names]
    assert texts, page.key
    faults = report(page.key, texts, quotes, report_text)
    assert not faults, "\n".join(faults)


def figure_texts(figure: dict) -> list[str]:
    """Every text a Plotly figure draws: titles, axis and colour-bar titles, ticks, legend
    names, annotations, value labels and hover parts."""
    layout = figure.get("layout", {})
    texts = []
    for key, value in layout.items():
        if key.startswith(("xaxis", "yaxis")):
            texts.append((value.get("title") or {}).get("text", ""))
            texts += [str(t) for t in value.get("ticktext") or []]
    texts += [a.get("text", "") for a in layout.get("annotations", [])]
    for trace in figure.get("data", []):
        texts.append(trace.get("name") or "")
        texts.append(((trace.get("colorbar") or {}).get("title") or {}).get("text", ""))
        labels = trace.get("text") or []
        texts += [t for row in labels for t in (row if isinstance(row, list) else [row])]
        hover = trace.get("customdata") or []
        cells = [c for row in hover for c in (row if trace.get("type") == "heatmap" else [row])]
        texts += [part for cell in cells for part in cell[:3]]
    return [t for t in texts if isinstance(t, str) and t.strip()]


@pytest.mark.parametrize("spec", all_charts(), ids=lambda s: s.slug)
def test_every_text_a_chart_draws_is_in_the_records_it_draws(spec, dash_app, store, quotes):
    from data.chart_cache import chart_figure, chart_rows
    selection, _ = spec.parse_query(store.frame(spec.dataset), {})
    key = selection.key
    with dash_app.server.app_context():
        rows = chart_rows(spec.slug, key)
        figure = chart_figure(spec.slug, key, "en")
    # A chart's texts may restate the rows it draws and what its own title, subtitle and note
    # cite (an axis title naming the period, a threshold marked on the chart).
    cited = {r for ids in rows["record_ids"] for r in ids.split(";")}
    cited |= {r for claim in (spec.title, spec.subtitle, spec.note) for r in claim.records}
    texts = [(text, tuple(sorted(cited))) for text in figure_texts(figure)]
    faults = report(spec.slug, texts, quotes)
    assert not faults, "\n".join(faults)


def declared_claims():
    """Every declared sentence: pages (intro, summary, findings and headlines), charts."""
    for page in PAGES:
        yield f"{page.key} heading", page.heading
        yield f"{page.key} intro", page.intro
        yield f"{page.key} summary", page.summary
        for finding in page.findings:
            yield f"{page.key} finding", finding.claim
            if finding.headline:
                yield f"{page.key} headline", finding.headline
    for spec in all_charts():
        for field in ("title", "subtitle", "note", "unit"):
            yield f"{spec.slug} {field}", getattr(spec, field)


def test_every_declared_sentence_cites_the_records_that_state_it(quotes):
    faults = []
    count = records = 0
    for where, value in declared_claims():
        text = value.text if isinstance(value, Claim) else value
        cited = value.records if isinstance(value, Claim) else ()
        if states_something(text):
            count += 1
            records += len(cited)
        faults += report(where, [(text, cited)], quotes)
    assert not faults, "\n".join(faults)
    assert count > 90  # the declarations hold about a hundred claims: the walk found them


def test_the_evidence_file_gives_the_words_behind_every_cited_id(client, quotes):
    import csv
    import io
    response = client.get("/evidence.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(response.get_data(as_text=True)))}
    assert {rid: row["words of the report"] for rid, row in rows.items()} == quotes
    cited = {r for _, claim in declared_claims() if isinstance(claim, Claim) for r in claim.records}
    assert cited <= set(rows)
