"""A topic page built from the declarations: findings, filters, then every exhibit in the study's
order, under its report section's heading."""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Sequence

from dash import html

from charts.claims import evidence
from charts.sections import ReportSection, report_section
from components.page_filters import chart_query, chart_selection, page_filters
from charts.selection import Selection
from data.chart_cache import chart_figure
from charts.spec import (
    ChartSpec, Finding, PageSpec, charts_for_page, get_page, page_of_section,
)
from components.chart_card import chart_card
from components.cite_panel import citation_context
from components.exhibit_card import exhibit_card, facts_card, facts_for_exhibit
from components.fact_tile import fact_tiles
from components.filter_bar import filter_bar
from components.filter_summary import filter_summary
from components.light import Deferred, StaticHtml, Store
from components.markup import to_html
from components.report_sections import page_body, section_heading, section_of_chart
from data.access import store
from exports.renderer import renderer
from i18n.catalogs import N_, Message, gettext_for, translate
from i18n.paths import with_language


def notice_box(notices: list[Message], language: str) -> html.Div:
    """A visible note, in the language, about link parameters that were ignored (never an
    error page)."""
    _ = gettext_for(language)
    children = [] if not notices else [
        html.Strong(_("Some link parameters were ignored:") + " "),
        html.Ul([html.Li(n.text(language)) for n in dict.fromkeys(notices)]),
    ]
    return html.Div(children, id="filter-notice", role="status",
                    className="notice" if notices else "notice notice--empty")


PAGE_EXPORTS = (("zip", N_("Download all charts (ZIP: PNG + CSV + sources)")),
                ("pptx", N_("Download as slides (PowerPoint)")))


def page_exports(page: str, language: str) -> html.Div:
    """Whole-page downloads in the language; both embed images, so they are disabled without
    a renderer."""
    _ = gettext_for(language)
    unavailable = renderer.unavailable_reason()
    links = []
    for fmt, label in PAGE_EXPORTS:
        href = f"/pages/{page}.{fmt}{with_language('', language)}"
        links.append(html.Span(_(label), className="action-link disabled", title=_(unavailable))
                     if unavailable else html.A(_(label), href=href, className="action-link"))
    return html.Div(links, className="page-exports")


def findings_list(findings: Sequence[Finding], language: str) -> html.Ol:
    """Key findings, one sentence each in the language, each linked to the chart that shows
    it and naming the records it restates, then to the report section that chart sits in."""
    items = []
    for finding in findings:
        section = section_of_chart(finding.chart)
        items.append(html.Li([
            html.A(translate(finding.claim.text, language), href=f"#{finding.chart}",
                   className="finding-link"), " ",
            section_heading(section, language, html.A, remark=False, href=f"#{section.anchor}",
                            className="finding-section"),
        ], **evidence(finding.claim)))
    return html.Ol(items, className="findings")


def exhibits_for_page(page: PageSpec) -> list[Mapping]:
    """The exhibits of the report sections the page presents, in report order (exhibits.json
    lists them as the report does)."""
    return [e for e in store().exhibits.values() if page_of_section(e["section"]) is page]


def card_for(spec: ChartSpec, selection: Selection, language: str):
    """A chart's card for a selection in the language, from the memoized figure."""
    return chart_card(spec, store().datasets[spec.dataset],
                      chart_figure(spec.slug, selection.key, language), chart_query(spec, selection),
                      language)


def exhibit_blocks(page: PageSpec, selections: Mapping[str, Selection], language: str
                   ) -> list[tuple[ReportSection, list]]:
    """Every exhibit of the page by report section, in report order. In a section, its charts
    (and the cards of exhibits with values but no chart) come in report order, and what is
    stated beside them (numbers the prose states about a charted exhibit, compact notes on the
    exhibits the text gives no values for) fills the room beside a chart: see `arranged`."""
    specs = charts_for_page(page.key)
    covered = {e for spec in specs for e in spec.exhibits_shown(store().datasets[spec.dataset].frame)}
    sections: dict[str, tuple[list, list]] = {}
    for exhibit in exhibits_for_page(page):
        charts, beside = sections.setdefault(exhibit["section"], ([], []))
        facts = facts_for_exhibit(exhibit["id"])
        charts.extend(Deferred(card_for(spec, selections[spec.slug], language))
                      for spec in specs if spec.exhibit == exhibit["id"])
        if exhibit["id"] not in covered:
            (charts if exhibit["values_in_text"] else beside).append(
                Deferred(exhibit_card(exhibit, facts, language)))
        elif facts:
            beside.append(Deferred(facts_card(exhibit, facts, language)))
        # Prose numbers follow the exhibit they are discussed with.
        charts.extend(Deferred(card_for(spec, selections[spec.slug], language))
                      for spec in specs if spec.after == exhibit["id"])
    return [(report_section(name), arranged(charts, beside))
            for name, (charts, beside) in sections.items()]


def arranged(charts: list, beside: list) -> list:
    """A section's cards in the order of its grid, where charts sit two to a row: what is
    stated beside them follows the first chart when their number is odd (the room beside it
    would otherwise stay empty while the next two charts share a row), else the last."""
    if len(charts) % 2:
        return charts[:1] + beside + charts[1:]
    return charts + beside


def topic_page(page: PageSpec, query: Mapping[str, object], language: str) -> html.Main:
    """The whole page for a query string, in the language: unknown parameters and values
    become a notice.

    Layouts are kept per (page, query): building one reads a dozen memoized figures and costs
    tens of milliseconds, and the same few views are opened again and again. The cards' Cite
    panels name the site's address and the access date, so those are part of the key too.
    """
    key = tuple(sorted((str(name), tuple(value) if isinstance(value, list) else str(value))
                       for name, value in query.items()))
    return _page_layout(page.key, key, language, citation_context())


@lru_cache(maxsize=64)  # ~200 kB a layout: bounded well under the worker memory budget
def _page_layout(key: str, query_key: tuple, language: str, _citation_context: tuple) -> html.Main:
    _ = gettext_for(language)
    query = {name: list(value) if isinstance(value, tuple) else value for name, value in query_key}
    page = get_page(key)
    filters = page_filters(key)
    selection, notices = Selection.parse(filters, query)
    known = {f.spec.param for f in filters}
    notices.extend(Message("Unknown parameter '{name}'", name=name[:60])
                   for name in query if name not in known)
    selections = {spec.slug: chart_selection(spec, selection) for spec in charts_for_page(key)}
    return html.Main(className="page page--topic", children=[
        Store(id="page-id", data=key),
        Store(id="page-language", data=language),
        # Written by the filter callback, read by the browser only (the URL and the history
        # entry): the server never parses it back.
        Store(id="page-url"),
        Store(id="url-sync"),
        # Static from here to the filters: one component (components/light.py).
        StaticHtml(to_html([
            html.H1(_(page.heading)),
            html.P(_(page.intro.text), className="page-intro", **evidence(page.intro)),
            html.H2(_("Key findings")),
            findings_list(page.findings, language),
            page_exports(key, language),
            fact_tiles(page.facts, language),
        ]), className="page-head"),
        # Shown in print only (assets/style_print.css); the filter callback keeps it current.
        StaticHtml(filter_summary(key, filters, selection, language), id="filter-summary",
                   className="filter-summary", tag="p"),
        notice_box(notices, language),
        page_body([filter_bar(filters, selection, page.href(language), language)],
                  exhibit_blocks(page, selections, language), language),
    ])
