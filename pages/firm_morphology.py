"""Firm morphology: SMEs vs large firms (Tables 6-9), newly exporting SMEs (Table 10, Figures 28-35)."""
from functools import partial

from charts.claims import Claim
from charts.figures import bar_chart
from charts.spec import ChartSpec, FilterSpec, Finding, PageSpec, declare_page, register

PAGE = declare_page(PageSpec(
    key="firm-morphology", path="/firm-morphology", order=3, module=__name__,
    name="Firm morphology", title="Firm morphology · Belgium in the new global economy",
    sections=('Part I 5',),
    summary=Claim("SMEs make 45% of total export; those in the study's data set (excluding micro "
           "firms) account for 75% of value added growth.", "R176", "P601"),
    facts=('R173', 'R174', 'R175', 'R176', 'R292', 'R293', 'R365', 'R323', 'R324', 'R325', 'R334'),
    heading="Firm morphology: SMEs, large firms and born globals",
    intro=Claim("A limited number of large firms (5% of exporters) accounts for more than half of "
                "trade in goods; the SMEs in the study's data set (which excludes micro firms with "
                "fewer than 10 employees) account for 75% of value added growth, and among newly "
                "exporting SMEs born globals have the highest value added per employee.",
                "R189", "R190", "P601", "P172"),
    findings=(
        Finding(Claim("A limited number of large firms (5% of all exporters) accounts for more than half "
               "of trade in goods; SMEs make 45% of total export.", "R189", "R190", "R176", "R195"),
         "sme-share-of-exports"),
        Finding(Claim("The number of exporting SMEs fell 30% between 2000 and 2010, resulting from the "
               "increased reporting thresholds; total SME export still increased by 30%.",
               "P160", "R192", "R196", "R206"),
         "exporters-change-by-size"),
        Finding(Claim("SMEs in the study's data set (excluding micro firms) account for 75% of value added "
               "growth; the fastest value added growth is for firms that started exporting between "
               "2000 and 2010.", "P601", "R261", "P165"),
         "value-added-by-exporter-status"),
        Finding(Claim("Born globals are 19% of newly exporting SMEs but accounted for 36% of these "
               "SMEs' value added in 2010, at EUR 122,860 per employee.", "R301", "R302", "R304", "R308",
               "R312"),
         "new-exporter-types"),
    ),
))
YEARS = ("2000", "2005", "2010")
YEAR = FilterSpec("year", "period", "Year")
SIZE = FilterSpec("size", "firm_size", "Firm size")
STATUS = FilterSpec("status", "exporter_status", "Exporter status")
EXPORTER_TYPE = FilterSpec("type", "exporter_type", "Type of new exporter")
SIZE_SERIES = partial(bar_chart, category="period", series="firm_size", orientation="v",
                      highlight=None)

register(ChartSpec(
    slug="sme-export-reporting", exhibit="Figure 28", page=PAGE.key,
    dataset="sme_export_reporting",
    title=Claim("Fewer SMEs report exports, partly because reporting thresholds rose",
                "P514", "R181", "R182", "R185", "R186", "R187", "R188"),
    subtitle="Share of SMEs reporting intra-EU and extra-EU export (%), values stated in the text",
    unit="% of SMEs",
    figure=partial(bar_chart, category="period", series="flow", orientation="v",
                   value_title="% of SMEs", highlight=None,
                   category_order=["2000", "until-2005", "from-2006", "2010"],
                   break_before="from-2006", break_label=" 2006: Intrastat threshold to EUR 1 million"),
    filters=(FilterSpec("flow", "flow", "Intra- or extra-EU"),),
    note=Claim("From 2006 the Intrastat threshold for reporting intra-EU exports rose from "
               "EUR 250,000 to EUR 1 million.", "R181", "R182"),
))
register(ChartSpec(
    slug="exporting-firms-by-size", exhibit="Table 6", page=PAGE.key,
    dataset="exporters_by_size",
    title=Claim("The number of exporting SMEs fell by 30% from 2000 to 2010, resulting from the "
                "increased reporting thresholds", "P160", "R196", "R206"),
    subtitle=Claim("Number of exporting firms by size (SMEs: fewer than 250 FTE)", "R179"),
    unit="firms", rows={"measure": "exporting-firms", "period": YEARS},
    figure=partial(SIZE_SERIES, value_title="Exporting firms"), filters=(YEAR, SIZE),
))
register(ChartSpec(
    slug="exports-by-size", exhibit="Table 6", page=PAGE.key,
    dataset="exporters_by_size",
    title=Claim("Despite fewer exporting SMEs, total SME export increased by 30%, to "
                "EUR 70,800 million in 2010", "R192", "R207"),
    subtitle="Total export of goods by firm size (EUR million)",
    unit="EUR million", rows={"measure": "total-export", "period": YEARS},
    figure=partial(SIZE_SERIES, value_title="EUR million"), filters=(YEAR, SIZE),
))
register(ChartSpec(
    slug="sme-share-of-exports", exhibit="Table 6", page=PAGE.key,
    dataset="exporters_by_size",
    title=Claim("The share of SMEs in total export of goods was 45% in 2010", "R195", "R210"),
    subtitle="Share of SMEs in total export of goods (%)",
    unit="% of total export", rows={"measure": "sme-share-of-total-export", "period": YEARS},
    figure=partial(bar_chart, category="period", orientation="v", value_title="% of total export",
                   highlight=None),
    filters=(YEAR,),
))
register(ChartSpec(
    slug="exporters-change-by-size", exhibit="Table 6", page=PAGE.key,
    dataset="exporters_by_size",
    title=Claim("Fewer exporting SMEs, but more SME export", "R191", "R192"),
    subtitle=Claim("Change 2000-2010 in the number of exporting firms and in their total export (%)",
                   "R196", "R206"),
    unit=Claim("% change 2000-2010", "R196", "R206"), rows={"period": "2000-2010"},
    figure=partial(bar_chart, category="measure", series="firm_size", orientation="v",
                   value_title="% change 2000-2010", highlight=None),
    filters=(SIZE,),
))
register(ChartSpec(
    slug="export-growth-by-margin", exhibit="Table 7", page=PAGE.key,
    dataset="export_growth_by_margin",
    title=Claim("Large firms' export growth came mainly from existing exporters; SMEs' primarily "
                "from firms that started exporting", "P508", "R218", "R219", "R221", "R222"),
    subtitle=Claim("Export growth 2000-2010 by continuing, starting and stopping exporters "
                   "(EUR million)", "P234"),
    unit="EUR million",
    figure=partial(bar_chart, category="margin", series="firm_size", orientation="v",
                   value_title="EUR million", highlight=None),
    filters=(FilterSpec("size", "firm_size", "Firm size", default=("smes", "large-firms")),),
))
register(ChartSpec(
    slug="value-added-by-exporter-status", exhibit="Table 8", page=PAGE.key,
    dataset="value_added_by_exporter_status",
    title=Claim("SMEs in the study's data set (excluding micro firms) account for 75% of value "
                "added growth", "P601", "R261"),
    subtitle=Claim("Change in value added 2000-2010 by exporter status (EUR million)", "P238"),
    unit="EUR million", rows={"measure": "change"},
    figure=partial(bar_chart, category="exporter_status", series="firm_size", orientation="v",
                   value_title="EUR million", highlight=None),
    filters=(FilterSpec("size", "firm_size", "Firm size", default=("smes", "large-firms")), STATUS),
))
register(ChartSpec(
    slug="employment-by-exporter-status", exhibit="Table 9", page=PAGE.key,
    dataset="employment_by_exporter_status",
    title=Claim("SMEs that are not exporting account for the largest increase in employment; a "
                "large number of jobs is lost in SMEs that stopped exporting", "P167", "P169"),
    subtitle=Claim("Change in employment 2000-2010 by exporter status (FTE)", "P239"),
    unit="FTE", rows={"measure": "change"},
    figure=partial(bar_chart, category="exporter_status", series="firm_size", orientation="v",
                   value_title="FTE", highlight=None),
    filters=(FilterSpec("size", "firm_size", "Firm size", default=("smes", "large-firms")), STATUS),
    note="Table 9's values are shown as printed.",
))
register(ChartSpec(
    slug="new-exporter-types", exhibit="Table 10", page=PAGE.key,
    dataset="new_exporter_types",
    title=Claim("Born globals are 19% of newly exporting SMEs but accounted for 36% of these SMEs' "
                "value added", "R301", "R302"),
    subtitle=Claim("Types of newly exporting SMEs (started exporting 1998-2010): share of firms, of "
                   "value added and of employment in 2010 (%)", "R292", "P523"),
    unit="%", rows={"measure": ["share-of-firms", "share-of-value-added", "share-of-employment"]},
    figure=partial(bar_chart, category="exporter_type", series="measure", value_title="%",
                   highlight=None),
    filters=(EXPORTER_TYPE,),
    note=Claim("The employment share (28%) is stated only for born globals, in the prose next to "
               "Table 10.", "R303"),
))
register(ChartSpec(
    slug="value-added-per-employee", exhibit="Table 10", page=PAGE.key,
    dataset="new_exporter_types",
    title=Claim("Among newly exporting SMEs, born globals have the highest value added per employee",
                "P172", "R312", "R313", "R314", "R315"),
    subtitle=Claim("Value added per employee by type of newly exporting SME, 2010 (EUR per FTE)",
                   "P523"),
    unit="EUR per FTE", rows={"measure": "value-added-per-employee"},
    figure=partial(bar_chart, category="exporter_type", value_title="EUR per FTE", highlight=None),
    filters=(EXPORTER_TYPE,),
))
register(ChartSpec(
    slug="two-way-traders", exhibit="Text", after="Figure 31", page=PAGE.key,
    dataset="two_way_traders",
    title=Claim("86% of born globals are two-way traders (they import and export)", "R317"),
    subtitle="Share of two-way traders (importing and exporting) by type of newly exporting SME (%)",
    unit="% of firms",
    figure=partial(bar_chart, category="exporter_type", value_title="% of firms", highlight=None),
    filters=(EXPORTER_TYPE,),
))
register(ChartSpec(
    slug="rd-intensity", exhibit="Figure 34", page=PAGE.key,
    dataset="rd_intensity",
    title=Claim("36% of born globals are very R&D intensive, against 18% of traditional exporters",
                "R327", "R328"),
    subtitle="R&D spending of the exporting SMEs in the study's survey: shares of firms the "
             "text states (Figure 34's caption reads '% of sales')",
    unit="% of firms",
    figure=partial(bar_chart, category="measure", series="exporter_type", value_title="% of firms",
                   highlight=None),
    filters=(EXPORTER_TYPE,),
))
register(ChartSpec(
    slug="export-start-mode", exhibit="Figure 35", page=PAGE.key,
    dataset="export_start_mode",
    title=Claim("Many traditional exporters (40%) start exporting after an unsolicited order; born "
                "globals are more proactive (55%)", "R330", "R331"),
    subtitle="How firms started international operations (% of firms of each type): the shares "
             "the text states",
    unit="% of firms",
    figure=partial(bar_chart, category=("exporter_type", "mode"), value_title="% of firms",
                   highlight=None),
    filters=(EXPORTER_TYPE,),
))
