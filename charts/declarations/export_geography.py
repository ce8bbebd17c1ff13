"""Export geography: world market shares, export markets, destinations, specialization."""
from functools import partial

from charts.figures import bar_chart, endpoints_chart, europe_map
from charts.spec import ISO3, ChartSpec, FilterSpec, register

PAGE = "export-geography"
FLOW = FilterSpec("flow", "flow", "Goods or services")

register(ChartSpec(
    slug="world-market-share", exhibit="Figure 2", page=PAGE,
    dataset="world_export_market_share",
    title="Belgium's share of world exports fell between 2002 and 2011",
    subtitle="Share in world exports (%): the endpoints the text states",
    unit="% of world exports",
    rows={"entity": "Belgium"},
    figure=partial(endpoints_chart, entity=("entity", "flow"), value_title="% of world exports"),
    filters=(FLOW,),
    note="Figures 2 and 3 show yearly values in the chart image only; the text gives the endpoints.",
))
register(ChartSpec(
    slug="advanced-economies-share", exhibit="Text", after="Figure 2", page=PAGE,
    dataset="world_export_market_share",
    title="The US, EU-15 and Japan together fell from 61% to 37% of world goods exports",
    subtitle="Joint share of the US, EU-15 and Japan in world exports of goods (%): endpoints stated in the text",
    unit="% of world goods exports", rows={"entity": "US, EU-15 and Japan (joint)"},
    figure=partial(endpoints_chart, entity="entity", value_title="% of world goods exports"),
))
register(ChartSpec(
    slug="world-share-change", exhibit="Figure 4", page=PAGE,
    dataset="world_export_share_change",
    title="Belgium lost 21% of its world share in goods and 9% in services",
    subtitle="Relative change in share of world exports, 2002-2011 (%), as stated in the text",
    unit="% change of export share",
    figure=partial(bar_chart, category=("entity", "flow"), value_title="% change of export share"),
    filters=(FLOW,),
))
register(ChartSpec(
    slug="export-growth-decomposition", exhibit="Table 3", page=PAGE,
    dataset="export_growth_decomposition",
    title="Belgian goods exports grew 1 point a year slower than the EU-12's",
    subtitle="Average annual growth, goods in value, 1995-2008 (%)",
    unit="% per year",
    figure=partial(bar_chart, category="component", series="entity", orientation="v",
                   value_title="% per year"),
    note="Market mix explains 0.3 points and product mix 0.2 points of the 1-point gap.",
))
register(ChartSpec(
    slug="markets-lost-gained", exhibit="Table 4", page=PAGE,
    dataset="market_share_changes",
    title="Belgium lost most market share in its neighbours",
    subtitle="Top 5 Western European markets where Belgium lost or gained market share, 2004-2010 (change in Belgian market share, %, as printed)",
    unit="change in Belgian market share (%)",
    figure=partial(bar_chart, category=("partner", "flow"), series="direction",
                   value_title="Change in Belgian market share (%)"),
    filters=(FLOW, FilterSpec("direction", "direction", "Lost or gained")),
))
register(ChartSpec(
    slug="markets-lost-gained-map", exhibit="Table 4", page=PAGE,
    dataset="market_share_changes",
    title="Where in Western Europe Belgium lost and gained market share",
    subtitle="Change in Belgian market share 2004-2010 (%, as printed) in the top 5 markets lost and gained; grey: not in Tables 4-5",
    unit="change in Belgian market share (%)",
    figure=partial(europe_map, location="partner", facet="flow", iso3=ISO3,
                   value_title="Change (%)"),
    filters=(FLOW, FilterSpec("direction", "direction", "Lost or gained")),
))
register(ChartSpec(
    slug="eu-share-of-exports", exhibit="Text", after="Figure 10", page=PAGE,
    dataset="export_destination_shares",
    title="The EU takes the bulk of Belgian exports",
    subtitle="Share of EU member states in Belgian exports, 2010 (%)",
    unit="% of exports", rows={"partner": "EU member states"},
    figure=partial(bar_chart, category="flow", value_title="% of Belgian exports", highlight=None),
))
register(ChartSpec(
    slug="bric-share-of-exports", exhibit="Figure 10", page=PAGE,
    dataset="export_destination_shares",
    title="BRIC countries took a rising share of Belgian goods exports",
    subtitle="Share of BRIC countries in Belgian goods exports (%): endpoints stated in the text",
    unit="% of exports", rows={"partner": "BRIC"},
    figure=partial(endpoints_chart, entity="partner", value_title="% of Belgian goods exports"),
    note="The text attributes the rise to demand growth in BRIC countries, not to market share gains.",
))
register(ChartSpec(
    slug="export-sophistication-gap", exhibit="Figure 15", page=PAGE,
    dataset="export_sophistication_gap",
    title="Belgian exports were less sophisticated than those of France, Germany and Ireland",
    subtitle="How much less sophisticated Belgium's exports were than each country's, 2004 (%)",
    unit="% difference in export sophistication",
    figure=partial(bar_chart, category="partner", value_title="Belgium vs country (%)", highlight=None),
))
register(ChartSpec(
    slug="export-to-gdp", exhibit="Figure 27", page=PAGE,
    dataset="export_to_gdp",
    title="Exports are 89% of GDP gross, but 44% in value added terms",
    subtitle="Belgium's export to GDP ratio: conventional (gross) vs value added exports (%)",
    unit="% of GDP",
    figure=partial(bar_chart, category="measure", value_title="% of GDP", highlight=None),
))
