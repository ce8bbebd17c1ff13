"""Export geography: world market shares, export markets, destinations, specialization."""
from functools import partial

from charts.claims import Claim
from charts.figures import bar_chart, endpoints_chart, europe_map
from charts.spec import ChartSpec, FilterSpec, Finding, PageSpec, declare_page, register

PAGE = declare_page(PageSpec(
    key="export-geography", path="/export-geography", order=2, module=__name__,
    name="Export geography", title="Export geography · Belgium in the new global economy",
    sections=('Part I 2.', 'Part I 3', 'Part I 4'),
    summary=Claim("Belgium lost 21% of its share of world goods exports between 2002 and 2011.", "R118"),
    facts=('R116',),
    heading="Export geography",
    intro=Claim("Belgium is losing market share in global trade (it lost 21% in goods and 9% in "
                "services, 2002-2011) and is not oriented towards growing markets.",
                "P516", "R118", "R121", "P501"),
    findings=(
        Finding(Claim("Belgium lost 21% of its share of world goods exports (from 3.14% in 2002 to 2.62% "
               "in 2011) and 9% in services (from 2.30% to 2.09%).",
               "R118", "R119", "R120", "R121", "R122", "R123"),
         "world-market-share"),
        Finding(Claim("Belgian goods exports grew slower than those of the EU-12 (-1%, 1995-2008); only "
               "half of the 1% difference can be explained by Belgium's market mix and product mix.",
               "R125", "R128", "R129", "R132", "R134", "P229"),
         "export-growth-decomposition"),
        Finding(Claim("Luxembourg, the Netherlands and Germany are among the top 5 Western European "
               "markets in which Belgium lost market share (2004-2010), both in goods and services.",
               "P110", "P230", "R141", "R143", "R145", "R142", "R146", "R150"),
         "markets-lost-gained"),
        Finding(Claim("EU member states account for 73% of Belgian goods exports (2010) and 68% of "
               "services exports; exports to BRIC countries rose from 4.8% (2008) to 6.6% (2012).",
               "R160", "R161", "R163", "R164"),
         "eu-share-of-exports"),
        Finding(Claim("Belgium's export to GDP ratio is 89% in the conventional sense, against 44% "
               "measured in terms of value added export.", "R171", "R172"),
         "export-to-gdp"),
    ),
))
FLOW = FilterSpec("flow", "flow", "Goods or services")
DIRECTION = FilterSpec("direction", "direction", "Change in market share")

register(ChartSpec(
    slug="world-market-share", exhibit="Figure 2", page=PAGE.key,
    dataset="world_export_market_share",
    title=Claim("Belgium's share of world exports fell between 2002 and 2011",
                "R119", "R120", "R122", "R123"),
    subtitle="Share in world exports (%): the endpoints the text states",
    unit="% of world exports",
    rows={"entity": "BEL"},
    figure=partial(endpoints_chart, entity=("entity", "flow"), value_title="% of world exports"),
    filters=(FLOW,),
    note=Claim("The text gives only the 2002 and 2011 values.", "R119", "R120"),
))
register(ChartSpec(
    slug="advanced-economies-share", exhibit="Text", after="Figure 2", page=PAGE.key,
    dataset="world_export_market_share",
    title=Claim("The joint share of the US, EU-15 and Japan in world goods exports dropped from "
                "61% in 1995 to 37% in 2011", "R112", "R113"),
    subtitle="Joint share of the US, EU-15 and Japan in world exports of goods (%): endpoints "
             "stated in the text",
    unit="% of world goods exports", rows={"entity": "us-eu-15-and-japan-joint"},
    figure=partial(endpoints_chart, entity="entity", value_title="% of world goods exports"),
))
register(ChartSpec(
    slug="world-share-change", exhibit="Figure 4", page=PAGE.key,
    dataset="world_export_share_change",
    title=Claim("Belgium lost 21% of its share of world exports in goods and 9% in services",
                "R118", "R121"),
    subtitle=Claim("Change in share of world exports, 2002-2011 (%), in the text's words",
                   "P522", "R118"),
    unit="% change of export share",
    figure=partial(bar_chart, category=("entity", "flow"), value_title="% change of export share",
                   labels_on_axis=True),
    filters=(FLOW,),
))
register(ChartSpec(
    slug="export-growth-decomposition", exhibit="Table 3", page=PAGE.key,
    dataset="export_growth_decomposition",
    title=Claim("Belgian goods exports grew slower than those of the EU-12 (-1.00% a year)",
                "R125", "R134"),
    subtitle=Claim("Average annual growth, goods in value, 1995-2008 (%)", "P229"),
    unit="% per year",
    figure=partial(bar_chart, category="component", series="entity", orientation="v",
                   value_title="% per year"),
    note=Claim("Only half of the 1% difference can be explained by Belgium's market mix (0.3%) "
               "and product mix (0.2%).", "R128", "R130", "R131"),
))
register(ChartSpec(
    slug="markets-lost-gained", exhibit="Table 4", page=PAGE.key,
    dataset="market_share_changes",
    title=Claim("Luxembourg, the Netherlands and Germany are among the top 5 markets where "
                "Belgium lost market share", "P110", "R141", "R143", "R145", "R142", "R146", "R150"),
    subtitle=Claim("Top 5 Western European markets where Belgium lost or gained market share, "
                   "2004-2010 (change in Belgian market share, %, as printed)", "P230", "P231",
                   "R150"),
    unit="change in Belgian market share (%)",
    figure=partial(bar_chart, category=("partner", "flow"), series="direction",
                   value_title="Change in Belgian market share (%)"),
    filters=(FLOW, DIRECTION),
))
register(ChartSpec(
    slug="markets-lost-gained-map", exhibit="Table 4", page=PAGE.key,
    dataset="market_share_changes",
    title=Claim("Where in Western Europe Belgium lost and gained market share", "P230", "P231"),
    subtitle=Claim("Change in Belgian market share 2004-2010 (%, as printed) in the top 5 markets "
                   "lost and gained; grey: not in Tables 4-5", "P230", "P231", "R150"),
    unit="change in Belgian market share (%)",
    figure=partial(europe_map, location="partner", facet="flow",
                   value_title="Change (%)"),
    filters=(FLOW, DIRECTION),
))
register(ChartSpec(
    slug="eu-share-of-exports", exhibit="Text", after="Figure 10", page=PAGE.key,
    dataset="export_destination_shares",
    title=Claim("EU member states account for the bulk of Belgium's exports", "R160"),
    subtitle=Claim("Share of EU member states in Belgian exports of goods (2010) and of services (%)",
                   "R160", "R161"),
    unit="% of exports", rows={"partner": "eu-member-states"},
    figure=partial(bar_chart, category="flow", value_title="% of Belgian exports", highlight=None),
))
register(ChartSpec(
    slug="bric-share-of-exports", exhibit="Figure 10", page=PAGE.key,
    dataset="export_destination_shares",
    title=Claim("Export to BRIC countries increased from 4.8% in 2008 to 6.6% in 2012",
                "R163", "R164"),
    subtitle="Export to BRIC countries (%, as the text states it): endpoints stated in the text",
    unit="%", rows={"partner": "bric"},
    figure=partial(endpoints_chart, entity="partner", value_title="% (as stated)"),
    note=Claim("The text attributes the rise primarily to growing demand in BRIC countries; "
               "Belgium has not gained market share there.", "P525", "P515"),
))
register(ChartSpec(
    slug="export-sophistication-gap", exhibit="Figure 15", page=PAGE.key,
    dataset="export_sophistication_gap",
    title=Claim("Belgian exports were less sophisticated than those of France, Germany and Ireland",
                "R167", "R168", "R169"),
    subtitle=Claim("Belgium's export sophistication compared with each country's, 2004: % less "
                   "sophisticated, as the text states it", "P233", "R167"),
    unit=Claim("% less sophisticated", "R167"),
    figure=partial(bar_chart, category="partner", value_title="Belgium compared with (%)",
                   highlight=None, labels_on_axis=True),
))
register(ChartSpec(
    slug="export-to-gdp", exhibit="Figure 27", page=PAGE.key,
    dataset="export_to_gdp",
    title=Claim("Belgium's export to GDP ratio is 89% in the conventional sense, 44% in value "
                "added terms", "R171", "R172"),
    subtitle="Belgium's export to GDP ratio: conventional (total value of export) vs value added "
             "export (%)",
    unit="% of GDP",
    figure=partial(bar_chart, category="measure", value_title="% of GDP", highlight=None),
))
