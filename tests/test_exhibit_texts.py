"""The texts the data files hold say no more than the report, and its own words stay verbatim.

data/exhibits.json (captions, source lines, names, our summaries), data/catalog.json (data set
titles, notes, sources), data/report_passages.csv, data/quadrants.csv, the key facts' labels and
every row's note: each verbatim text occurs in report.txt, and each sentence of ours states only
numbers its evidence states, keeps the report's hedges and quotes the report exactly.
"""
from __future__ import annotations

import json
import re

import pytest

from charts.claims import Claim
from data.loader import DATA_DIR
from tests.claims_audit import _normalized, markup_texts, problems, states_something, verbatim_in

FOOTNOTE_MARK = re.compile(r"\[(\d+)\]")
# The report's hedges: a summary resting on a passage that hedges must hedge too.
HEDGES = ("seem", "seems", "suggest", "suggests", "primarily", "slightly", "mainly", "appear",
          "appears", "tend", "somewhat", "usually", "partially", "partly", "likely", "may",
          "would", "could")
# Summaries that say the text is silent have nothing to cite.
SILENT = ("The text does not mention this figure.", "The text states no finding about this figure.")
QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
CLAIMS = ("qualitative", "title_note", "source_note", "remark")


@pytest.fixture(scope="module")
def evidence_words(store):
    return {**store.quotes, **store.passages}


def as_report_text(text: str) -> str:
    """A caption as the report prints it: a footnote mark '[3]' is the bare digit there."""
    return FOOTNOTE_MARK.sub(r" \1 ", text)


def our_claims(store):
    """(where, Claim) for every sentence of ours the data files hold."""
    for exhibit in store.exhibits.values():
        for key in CLAIMS:
            if exhibit[key]:
                yield f"{exhibit['id']} {key}", exhibit[key]
    for dataset in store.datasets.values():
        for key in ("title", "notes", "source_note"):
            claim = getattr(dataset, key)
            if claim:
                yield f"{dataset.id} {key}", claim
    from components.exhibit_card import QUADRANT_ORDER
    for quadrant, meaning in QUADRANT_ORDER:
        yield f"quadrant {quadrant}", meaning
    for dataset in store.datasets.values():
        for row in dataset.frame.to_dict("records"):
            records = tuple(row["record_ids"].split(";"))
            if row["note"]:
                yield f"{dataset.id} note {row['record_ids']}", Claim(row["note"], *records)
            if dataset.id == "key_facts":
                yield f"key fact {row['record_ids']}", Claim(row["fact"], *records)


def test_the_project_holds_every_exhibit_once_in_report_order(store, register):
    assert list(store.exhibits) == [e["id"] for e in register["exhibits"]]
    assert len(store.exhibits) == 64


def test_captions_sources_and_names_are_verbatim(store, report_text):
    faults = []
    for exhibit in store.exhibits.values():
        if exhibit["title"] is None:
            assert exhibit["title_note"], exhibit["id"]  # says why there is no caption
        elif not verbatim_in(as_report_text(exhibit["title"]), report_text):
            faults.append(f"{exhibit['id']} title {exhibit['title']!r}")
        if exhibit["source"] and not verbatim_in(exhibit["source"], report_text):
            faults.append(f"{exhibit['id']} source {exhibit['source']!r}")
        for key in ("labels", "labels_nearby", "notes_printed"):
            for text in exhibit[key]:
                if not verbatim_in(text, report_text):
                    faults.append(f"{exhibit['id']} {key} {text!r}")
    assert not faults, "\n".join(faults)


def test_a_cut_caption_is_marked_and_explained(store):
    """'[...]' where the text edition cuts a caption, and our remark beside it, never in it."""
    for exhibit in store.exhibits.values():
        title = exhibit["title"] or ""
        if "[...]" in title:
            assert "cut" in exhibit["title_note"].text or "pieced" in exhibit["title_note"].text
        for remark in ("truncated", "cut in", "(title", "edition"):
            assert remark not in title, exhibit["id"]


def test_names_are_names_not_remarks(store):
    """No remark inside a verbatim name ('(rows, from Figure 1 list)'), no decimal-comma lists
    ('1, 1,5, 2'), and prose names are not presented as the exhibit's own (S21)."""
    for exhibit in store.exhibits.values():
        for label in exhibit["labels"] + exhibit["labels_nearby"]:
            assert not label.startswith("("), (exhibit["id"], label)
            assert not re.search(r"\d,\d", label), (exhibit["id"], label)
            assert "footnote" not in label and "axis" not in label, (exhibit["id"], label)
    assert not store.exhibits["Figure 22"]["labels"] and not store.exhibits["Figure 36"]["labels"]
    assert "petroleum" in store.exhibits["Figure 22"]["labels_nearby"]


def test_every_sentence_of_ours_states_only_what_its_evidence_states(store, evidence_words):
    faults = []
    for where, claim in our_claims(store):
        faults += [f"{where}: {claim.text!r}: {p}"
                   for p in problems(claim.text, claim.records, evidence_words)]
    assert not faults, "\n".join(faults)


def test_every_summary_cites_its_evidence(store):
    """All 64 summaries rest on records or passages, unless they say the text is silent."""
    for exhibit in store.exhibits.values():
        summary = exhibit["qualitative"]
        if summary.text in SILENT:
            continue
        assert summary.records, exhibit["id"]
        if states_something(summary.text):
            assert summary.records, exhibit["id"]


def test_summaries_keep_the_hedges_of_the_passages_they_rest_on(store):
    faults = []
    for exhibit in store.exhibits.values():
        summary = exhibit["qualitative"]
        words = set(_normalized(summary.text).split())
        for evidence_id in summary.records:
            passage = store.passages.get(evidence_id, "")
            for hedge in HEDGES:
                if hedge in _normalized(passage).split() and hedge not in words:
                    faults.append(f"{exhibit['id']}: {evidence_id} says '{hedge}'")
    assert not faults, "\n".join(faults)


def test_words_in_quotation_marks_are_the_reports(store, report_text):
    """A sentence of ours may quote the report: what it puts in quotation marks is verbatim."""
    faults = []
    for where, claim in our_claims(store):
        for quoted in QUOTED.findall(claim.text):
            if not verbatim_in(quoted, report_text):
                faults.append(f"{where}: {quoted!r}")
    assert not faults, "\n".join(faults)


def test_the_four_flagged_summaries_say_what_the_report_says(store):
    """P23, P24, S17-S19 and section 3 of the review: hedges and scope as the report has them."""
    text = {e: store.exhibits[e]["qualitative"].text for e in store.exhibits}
    assert "slightly greater difficulties to manage cultural differences than American managers" \
        in text["Figure 51"]
    assert "contradict that general trend" in text["Figure 51"]
    assert "Many respondents" not in text["Figure 36"] and "seems to match" in text["Figure 36"]
    assert "seem to be overestimated" in text["Figure 52"] and "better manage" in text["Figure 52"]
    assert "remain important even for experienced" in text["Figure 52"]
    assert "suggest" in text["Figure 53"] and "also limits" in text["Figure 53"]
    assert "some industries" not in text["Figure 30"] and "[...] industries" in text["Figure 30"]
    assert "primarily" in text["Figure 10"]
    assert "mainly" in text["Table 7"] and "primarily" in text["Table 7"]
    assert "many companies" in text["Figure 45"] and "seem" in text["Figure 47"]
    assert "much lower on cultural integration" in text["Table 2"]


def test_exhibits_whose_values_are_not_in_the_text_are_marked(store):
    """S23: Figures 12, 19, 32, 40 and 53 too (the text gives only counts, thresholds or a
    rank about them), and every figure whose text states no number."""
    for figure in ("Figure 12", "Figure 19", "Figure 32", "Figure 40", "Figure 53"):
        assert not store.exhibits[figure]["values_in_text"], figure
    for exhibit in store.exhibits.values():
        if not exhibit["numbers_in_text"]:
            assert not exhibit["values_in_text"], exhibit["id"]


def test_every_passage_is_a_verbatim_sentence_or_clause(store, report_text):
    assert len(store.passages) >= 140
    for passage_id, passage in store.passages.items():
        assert verbatim_in(passage, report_text), passage_id
        assert len(_normalized(passage).split()) >= 3, passage_id


def test_every_source_line_shown_is_an_exhibits_verbatim_one(store, report_text):
    """Chart cards, exports and About show the source lines printed under the exhibits of
    their rows (charts/provenance.py): each is the report's own line, or empty."""
    for exhibit in store.exhibits.values():
        assert not exhibit["source"] or verbatim_in(exhibit["source"], report_text), exhibit["id"]


def test_quadrant_items_keep_their_quotes_with_the_passages_that_state_them(store, report_text):
    for row in store.quadrants:
        assert verbatim_in(row["quote"], report_text), row["item"]
        cited = " ".join(_normalized(store.passages[p]) for p in row["evidence"].split())
        for part in re.split(r"\[\.\.\.\]", row["quote"]):
            assert _normalized(part) in cited, row["item"]


def test_register_corrections_quote_the_report(report_text):
    corrections = json.loads((DATA_DIR / "register_corrections.json").read_text(encoding="utf-8"))
    for correction in corrections["corrections"]:
        assert verbatim_in(correction["report_words"], report_text), correction["record"]


def test_exhibit_cards_render_the_reports_words_as_verbatim_and_ours_with_evidence(
        dash_app, store, report_text, evidence_words):
    """As the page shows it: caption, names and source in data-verbatim (lang="en") elements,
    every other text either plain (no number, no comparison) or with its evidence."""
    from components.exhibit_card import exhibit_card, facts_for_exhibit
    faults = []
    for exhibit in store.exhibits.values():
        markup = exhibit_card(exhibit, facts_for_exhibit(exhibit["id"]), "en").html
        if exhibit["title"]:  # the card's heading, or a note's heading after its exhibit's id
            assert re.search(r'<(h3 class="chart-title"|span) data-verbatim="caption" lang="en">', markup)
        for text, records, verbatim in markup_texts(markup):
            if verbatim:
                if not verbatim_in(text, report_text):
                    faults.append(f"{exhibit['id']}: verbatim {text!r}")
            else:
                faults += [f"{exhibit['id']}: {text!r}: {p}"
                           for p in problems(text, records, evidence_words)]
    assert not faults, "\n".join(faults)
