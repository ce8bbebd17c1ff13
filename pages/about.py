"""About: method, sources and the data behind every chart."""
from dash import html

from charts.claims import Claim, evidence
from charts.provenance import exhibit_name, sources_of
from charts.spec import PageSpec, all_charts, declare_page
from components.chart_card import record_range, source_parts, scroll_region
from components.fact_tile import fact_tiles
from components.light import StaticHtml
from components.markup import to_html
from data.access import store
from i18n.catalogs import N_, gettext_for
from i18n.paths import with_language


# What holds of every value and sentence shown, as tests/test_data.py and tests/test_claims.py
# check it.
METHOD = (
    Claim("Every value in this dashboard is a number printed in the study's text edition, "
          "recorded in a register with its exhibit and the verbatim sentence that states it "
          "(record ids R001 to R389). Each number keeps the decimals the report prints and the "
          "words it qualifies it with, such as 'more than half' or 'about 23%'.", "R355", "R185"),
    Claim("Nothing is estimated, interpolated, converted or read off a chart image. Where the text "
          "gives a series' first and last year, those two points are drawn and no line between "
          "them.", "R119", "R120"),
    Claim("A quantity the report states only in words ('half', 'doubled') is shown in its words, "
          "with no number; in a chart of percentages its bar is drawn at the share the words name, "
          "hatched where the report gives a lower bound ('more than half'), and the data files' "
          "drawn_as column says so.", "R359", "R338", "R355"),
    Claim("A fall or shortfall the report states in words ('lost 21%', '1% less sophisticated') is "
          "labelled in those words and drawn below zero, and the chart's axis says so; the data "
          "files keep the number as the report states it.", "R118", "R167"),
    Claim("Every sentence of ours that states a number or a comparison names the register records "
          "(R...) or the passages of the report (P...) it restates: hover over it to see their ids. "
          "Every record and passage, with the report's own words, is in the evidence file "
          "(/evidence.csv); the dashboard's tests check each number of each sentence against them."),
    Claim("Figures whose values appear in the chart images of the original report but not in "
          "its text are described in words and marked 'values not given in the text edition'."),
    Claim("Source lines are those the report prints under each exhibit a chart's numbers come "
          "from; a number stated in the prose is marked as stated in the text."),
)
DATASET_COLUMNS = (N_("Data set"), N_("Exhibit(s)"), N_("Source as printed"),
                   N_("Register records"), N_("Chart data (CSV)"))


def _dataset_rows(language: str):
    _ = gettext_for(language)
    charts_by_dataset = {}
    for spec in all_charts():
        charts_by_dataset.setdefault(spec.dataset, []).append(spec)
    rows = []
    for dataset in store().datasets.values():
        charts = charts_by_dataset.get(dataset.id, [])
        rows.append(html.Tr([
            html.Td(_(dataset.title.text), **evidence(dataset.title)),
            html.Td(", ".join(exhibit_name(e, language) for e in dict.fromkeys(dataset.frame["exhibit"]))),
            html.Td([*source_parts(sources_of(dataset.frame["exhibit"], store().exhibits), language),
                     *([" ", html.Span(_(dataset.source_note.text), className="source-note",
                                       **evidence(dataset.source_note))]
                       if dataset.source_note else [])]),
            html.Td(record_range(dataset.record_ids, language)),
            # A chart's slug names the chart of the data set's records (cited, as its words may
            # read as a comparison: 'markets-lost-gained').
            html.Td([html.A(spec.slug, href=f"/charts/{spec.slug}.csv{with_language('', language)}",
                            className="csv-link")
                     for spec in charts] or _("shown as key figures"),
                    **evidence(tuple(dataset.record_ids))),
        ]))
    return rows


def layout(_query, language: str):
    """Method, the data sets with their sources and register records, and download links, in
    the language (the study's title and citation as the study gives them).

    All static, so one StaticHtml: the page renders without ~330 Dash components."""
    _ = gettext_for(language)
    study = store().study
    return html.Main(className="page", children=StaticHtml(to_html([
        html.H1(_(PAGE.heading)),
        html.H2(_("The study")),
        html.P([html.Span(study["title"], lang="en"), f": {_(study['authors'])}. ",
                _("Cite as:") + " ", html.Span(study["citation"], lang="en")]),
        html.H2(_("Method")),
        *[html.P(_(statement.text), **evidence(statement)) for statement in METHOD],
        html.P([_("Evidence file:") + " ", html.A("evidence.csv", href="/evidence.csv"),
                " " + _("(every record and passage cited, with the report's words).")]),
        html.H2(_("Data sets and sources")),
        scroll_region(html.Table(className="data-table", children=[
            html.Thead(html.Tr([html.Th(_(h), scope="col") for h in DATASET_COLUMNS])),
            html.Tbody(_dataset_rows(language)),
        ]), _("Data sets and sources")),
        html.P([_("The machine-readable list of charts is at") + " ",
                html.A("/charts.json", href="/charts.json"), "."]),
        html.H2(_("Definitions used in the study")),
        html.P(_("Thresholds and definitions stated in the text (SMEs, reporting thresholds, "
                 "types of exporters):")),
        fact_tiles(PAGE.facts, language),
    ])))


PAGE = declare_page(PageSpec(
    key="about", path="/about", order=5, module=__name__, layout=layout,
    name="About the data", title="About the data · Belgium in the new global economy",
    heading="About the data",
    facts=('R177', 'R178', 'R179', 'R229', 'R180', 'R181', 'R182', 'R230', 'R183', 'R184', 'R321',
           'R322', 'R294', 'R295', 'R296', 'R297', 'R326', 'R366', 'R367', 'R368', 'R369', 'R370'),
))
