"""Globalization indices: KOF (Table 1) and Ernst & Young (Table 2 / Figure 1)."""
from functools import partial

from charts.claims import Claim
from charts.figures import bar_chart, heatmap, rank_chart
from charts.spec import ChartSpec, FilterSpec, Finding, PageSpec, declare_page, register

PAGE = declare_page(PageSpec(
    key="globalization", path="/globalization", order=1, module=__name__,
    name="Globalization indices", title="Globalization indices · Belgium in the new global economy",
    sections=('Part I 2.1',),
    summary=Claim("5th on KOF economic globalization, 4th on the E&Y Globalization Index 2011.",
           "R006", "R037"),
    facts=(),
    heading="Globalization indices",
    intro=Claim("According to the KOF index, Belgium is the most globalized country for the "
                "combination of political, economic and social integration. It is 5th on "
                "economic globalization (KOF) and 4th on Ernst & Young's Globalization Index 2011.",
                "P001", "R006", "R037"),
    findings=(
        Finding(Claim("Belgium is 5th on the KOF index of economic globalization (Table 1: degree of "
               "economic liberalization 92.15).", "R006", "R019"),
         "kof-economic-globalization"),
        Finding(Claim("It is 3rd on political and 5th on social globalization.", "R004", "R005"),
         "kof-belgium-ranks"),
        Finding(Claim("Ernst & Young rank Belgium the 4th most globalized economy in 2011; only the 60 "
               "largest economies (by GDP) are included.", "R037", "R038"),
         "ey-globalization-index"),
        Finding(Claim("Belgium scores high on the internationalization of goods, services and capital "
               "(trade 6.4, capital 6.8), but much lower on cultural integration (4).",
               "P103", "R068", "R069", "R072"),
         "ey-dimensions"),
    ),
))
KOF_DIMENSIONS = ["degree-of-economic-liberalization", "actual-flows", "absence-of-restrictions"]
EY_DIMENSIONS = ["trade", "circulation-of-capital", "circulation-of-labor",
                 "circulation-of-technology", "cultural-integration"]
COUNTRIES = FilterSpec("countries", "country", "Countries")

register(ChartSpec(
    slug="kof-economic-globalization", exhibit="Table 1", page=PAGE.key,
    dataset="kof_economic_globalization",
    title=Claim("Belgium is 5th on the KOF index of economic globalization", "R006", "R019"),
    subtitle=Claim("KOF index of economic globalization: the top 10 countries of Table 1",
                   "R007", "R034"),
    unit="index",
    figure=partial(bar_chart, category="country", value_title="KOF index"),
    filters=(FilterSpec("kof_dimension", "dimension", "KOF measure", multi=False,
                        default=("degree-of-economic-liberalization",)), COUNTRIES),
))
register(ChartSpec(
    slug="kof-dimensions", exhibit="Table 1", page=PAGE.key,
    dataset="kof_economic_globalization",
    title=Claim("Belgium: 96.01 on actual flows, 88.3 on absence of restrictions (KOF)",
                "R020", "R021"),
    subtitle="KOF economic globalization (Table 1): degree of economic liberalization, actual "
             "flows and absence of restrictions",
    unit="index",
    figure=partial(heatmap, x="dimension", y="country", value_title="KOF index",
                   x_order=KOF_DIMENSIONS),
    filters=(COUNTRIES,),
))
register(ChartSpec(
    slug="kof-belgium-ranks", exhibit="Text", after="Table 1", page=PAGE.key,
    dataset="kof_belgium_ranks",
    title=Claim("Belgium ranks 3rd on political, 5th on social and economic globalization",
                "R004", "R005", "R006"),
    subtitle="Belgium's rank on the three KOF globalization dimensions",
    unit="rank", figure=partial(rank_chart, category="dimension", out_of=10),
))
register(ChartSpec(
    slug="ey-globalization-index", exhibit="Figure 1", page=PAGE.key,
    dataset="ey_globalization_index",
    title=Claim("E&Y ranks Belgium the 4th most globalized economy in 2011", "R037", "R042"),
    subtitle=Claim("E&Y Globalization Index 2011 (or one of its dimensions): the top 10 of the "
                   "60 largest economies", "R037", "R038", "R039", "R048"),
    unit="score",
    figure=partial(bar_chart, category="country", value_title="Score"),
    filters=(FilterSpec("ey_dimension", "dimension", "E&Y measure", multi=False,
                        default=("index-2011",)), COUNTRIES),
))
register(ChartSpec(
    slug="ey-dimensions", exhibit="Table 2", page=PAGE.key,
    dataset="ey_globalization_index",
    title=Claim("Belgium scores high on goods, services and capital, but much lower on cultural "
                "integration", "P103", "R068", "R069", "R072"),
    subtitle=Claim("E&Y Globalization Index 2011: the five dimensions for the top 10 economies",
                   "R037", "R039", "R048"),
    unit="score", rows={"dimension": EY_DIMENSIONS},
    figure=partial(heatmap, x="dimension", y="country", value_title="Score", x_order=EY_DIMENSIONS),
    filters=(COUNTRIES,),
))
register(ChartSpec(
    slug="ey-profile", exhibit="Table 2", page=PAGE.key,
    dataset="ey_globalization_index",
    title="Belgium's globalization profile compared",
    subtitle=Claim("E&Y Globalization Index 2011 dimensions; choose the countries to compare",
                   "R037"),
    unit="score", rows={"dimension": EY_DIMENSIONS},
    figure=partial(bar_chart, category="dimension", series="country", orientation="v",
                   value_title="Score", category_order=EY_DIMENSIONS),
    filters=(FilterSpec("compare", "country", "Compare Belgium with",
                        default=("BEL", "NLD", "IRL")),),
))
