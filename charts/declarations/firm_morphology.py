"""Firm morphology: SMEs vs large firms (Tables 6-9), newly exporting SMEs (Table 10, Figures 28-35)."""
from functools import partial

from charts.figures import bar_chart
from charts.spec import ChartSpec, FilterSpec, register

PAGE = "firm-morphology"
YEARS = ("2000", "2005", "2010")
YEAR = FilterSpec("year", "period", "Year")
SIZE = FilterSpec("size", "firm_size", "Firm size")
STATUS = FilterSpec("status", "exporter_status", "Exporter status")
EXPORTER_TYPE = FilterSpec("type", "exporter_type", "Type of new exporter")
SIZE_SERIES = partial(bar_chart, category="period", series="firm_size", orientation="v",
                      highlight=None)

register(ChartSpec(
    slug="sme-export-reporting", exhibit="Figure 28", page=PAGE,
    dataset="sme_export_reporting",
    title="Fewer SMEs report exports, partly because reporting thresholds rose",
    subtitle="Share of SMEs reporting intra-EU and extra-EU export (%), values stated in the text",
    unit="% of SMEs",
    figure=partial(bar_chart, category="period", series="flow", orientation="v",
                   value_title="% of SMEs", highlight=None,
                   category_order=["2000", "Until 2005", "From 2006", "2010"],
                   break_before="From 2006", break_label=" 2006: Intrastat threshold to EUR 1 million"),
    filters=(FilterSpec("flow", "flow", "Intra- or extra-EU"),),
    note="From 2006 the Intrastat threshold for reporting intra-EU exports rose from EUR 250,000 to EUR 1 million.",
))
register(ChartSpec(
    slug="exporting-firms-by-size", exhibit="Table 6", page=PAGE,
    dataset="exporters_by_size",
    title="The number of exporting SMEs fell 30% from 2000 to 2010",
    subtitle="Number of exporting firms by size (SMEs < 250 FTE)",
    unit="firms", rows={"measure": "Exporting firms", "period": YEARS},
    figure=partial(SIZE_SERIES, value_title="Exporting firms"), filters=(YEAR, SIZE),
))
register(ChartSpec(
    slug="exports-by-size", exhibit="Table 6", page=PAGE,
    dataset="exporters_by_size",
    title="SME exports still rose 30%, to EUR 70,800 million in 2010",
    subtitle="Total export of goods by firm size (EUR million)",
    unit="EUR million", rows={"measure": "Total export", "period": YEARS},
    figure=partial(SIZE_SERIES, value_title="EUR million", stacked=True), filters=(YEAR, SIZE),
))
register(ChartSpec(
    slug="sme-share-of-exports", exhibit="Table 6", page=PAGE,
    dataset="exporters_by_size",
    title="SMEs make 45% of Belgian goods exports",
    subtitle="Share of SMEs in total export of goods (%)",
    unit="% of total export", rows={"measure": "SME share of total export", "period": YEARS},
    figure=partial(bar_chart, category="period", orientation="v", value_title="% of total export",
                   highlight=None),
    filters=(YEAR,),
))
register(ChartSpec(
    slug="exporters-change-by-size", exhibit="Table 6", page=PAGE,
    dataset="exporters_by_size",
    title="Fewer exporting SMEs, but more SME export",
    subtitle="Change 2000-2010 in the number of exporting firms and in their total export (%)",
    unit="% change 2000-2010", rows={"period": "2000-2010"},
    figure=partial(bar_chart, category="measure", series="firm_size", orientation="v",
                   value_title="% change 2000-2010", highlight=None),
    filters=(SIZE,),
))
register(ChartSpec(
    slug="export-growth-by-margin", exhibit="Table 7", page=PAGE,
    dataset="export_growth_by_margin",
    title="Large firms grew by exporting more; SMEs by starting to export",
    subtitle="Export growth 2000-2010 by continuing, starting and stopping exporters (EUR million)",
    unit="EUR million",
    figure=partial(bar_chart, category="margin", series="firm_size", orientation="v",
                   value_title="EUR million", highlight=None),
    filters=(FilterSpec("size", "firm_size", "Firm size", default=("SMEs", "Large firms")),),
))
register(ChartSpec(
    slug="value-added-by-exporter-status", exhibit="Table 8", page=PAGE,
    dataset="value_added_by_exporter_status",
    title="SMEs account for 75% of value added growth",
    subtitle="Change in value added 2000-2010 by exporter status (EUR million)",
    unit="EUR million", rows={"measure": "Change"},
    figure=partial(bar_chart, category="exporter_status", series="firm_size", orientation="v",
                   value_title="EUR million", highlight=None),
    filters=(FilterSpec("size", "firm_size", "Firm size", default=("SMEs", "Large firms")), STATUS),
))
register(ChartSpec(
    slug="employment-by-exporter-status", exhibit="Table 9", page=PAGE,
    dataset="employment_by_exporter_status",
    title="Non-exporting SMEs added the most jobs; SMEs that stopped exporting lost many",
    subtitle="Change in employment 2000-2010 by exporter status (FTE)",
    unit="FTE", rows={"measure": "Change"},
    figure=partial(bar_chart, category="exporter_status", series="firm_size", orientation="v",
                   value_title="FTE", highlight=None),
    filters=(FilterSpec("size", "firm_size", "Firm size", default=("SMEs", "Large firms")), STATUS),
    note="Table 9's total (271,671) is one more than its parts, as printed.",
))
register(ChartSpec(
    slug="new-exporter-types", exhibit="Table 10", page=PAGE,
    dataset="new_exporter_types",
    title="Born globals are 19% of new exporting SMEs but 36% of their value added",
    subtitle="Types of newly exporting SMEs (1998-2010): share of firms, of value added and of employment in 2010 (%)",
    unit="%", rows={"measure": ["Share of firms", "Share of value added", "Share of employment"]},
    figure=partial(bar_chart, category="exporter_type", series="measure", value_title="%",
                   highlight=None),
    filters=(EXPORTER_TYPE,),
    note="The employment share (28%) is stated only for born globals, in the prose next to Table 10.",
))
register(ChartSpec(
    slug="value-added-per-employee", exhibit="Table 10", page=PAGE,
    dataset="new_exporter_types",
    title="Born globals create the most value added per employee",
    subtitle="Value added per employee by type of newly exporting SME, 2010 (EUR per FTE)",
    unit="EUR per FTE", rows={"measure": "Value added per employee"},
    figure=partial(bar_chart, category="exporter_type", value_title="EUR per FTE", highlight=None),
    filters=(EXPORTER_TYPE,),
))
register(ChartSpec(
    slug="two-way-traders", exhibit="Text", after="Figure 31", page=PAGE,
    dataset="two_way_traders",
    title="86% of born globals both import and export",
    subtitle="Share of two-way traders (importing and exporting) by type of newly exporting SME (%)",
    unit="% of firms",
    figure=partial(bar_chart, category="exporter_type", value_title="% of firms", highlight=None),
    filters=(EXPORTER_TYPE,),
))
register(ChartSpec(
    slug="rd-intensity", exhibit="Figure 34", page=PAGE,
    dataset="rd_intensity",
    title="36% of born globals are very R&D intensive, against 18% of traditional exporters",
    subtitle="R&D spending of exporting SMEs (% of firms)",
    unit="% of firms",
    figure=partial(bar_chart, category="measure", series="exporter_type", value_title="% of firms",
                   highlight=None),
    filters=(EXPORTER_TYPE,),
))
register(ChartSpec(
    slug="export-start-mode", exhibit="Figure 35", page=PAGE,
    dataset="export_start_mode",
    title="Born globals start exporting proactively; traditional exporters react to orders",
    subtitle="How firms started international operations (% of firms of each type); only the shares the text states",
    unit="% of firms",
    figure=partial(bar_chart, category=("exporter_type", "mode"), value_title="% of firms",
                   highlight=None),
    filters=(EXPORTER_TYPE,),
))
