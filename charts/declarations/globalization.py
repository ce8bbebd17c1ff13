"""Globalization indices: KOF (Table 1) and Ernst & Young (Table 2 / Figure 1)."""
from functools import partial

from charts.figures import bar_chart, heatmap, rank_chart
from charts.spec import ChartSpec, FilterSpec, register

PAGE = "globalization"
KOF_DIMENSIONS = ["Degree of economic liberalization", "Actual flows", "Absence of restrictions"]
EY_DIMENSIONS = ["Trade", "Circulation of capital", "Circulation of labor",
                 "Circulation of technology", "Cultural integration"]
COUNTRIES = FilterSpec("countries", "country", "Countries")

register(ChartSpec(
    slug="kof-economic-globalization", exhibit="Table 1", page=PAGE,
    dataset="kof_economic_globalization",
    title="Belgium is the 5th most economically globalized country (KOF)",
    subtitle="KOF index of economic globalization, top 10 countries, score 0-100",
    unit="index (0-100)",
    figure=partial(bar_chart, category="country", value_title="Score (0-100)"),
    filters=(FilterSpec("kof_dimension", "dimension", "KOF measure", multi=False,
                        default=("Degree of economic liberalization",)), COUNTRIES),
))
register(ChartSpec(
    slug="kof-dimensions", exhibit="Table 1", page=PAGE,
    dataset="kof_economic_globalization",
    title="Belgium: 96.01 on actual flows, 88.3 on absence of restrictions (KOF)",
    subtitle="KOF economic globalization: overall score, actual flows and absence of restrictions",
    unit="index (0-100)",
    figure=partial(heatmap, x="dimension", y="country", value_title="Score", x_order=KOF_DIMENSIONS),
    filters=(COUNTRIES,),
))
register(ChartSpec(
    slug="kof-belgium-ranks", exhibit="Table 1", page=PAGE,
    dataset="kof_belgium_ranks",
    title="Belgium ranks 3rd on political, 5th on social and economic globalization",
    subtitle="Belgium's rank on the three KOF globalization dimensions",
    unit="rank", figure=partial(rank_chart, category="dimension", out_of=10),
))
register(ChartSpec(
    slug="ey-globalization-index", exhibit="Figure 1", page=PAGE,
    dataset="ey_globalization_index",
    title="E&Y ranks Belgium the 4th most globalized economy in 2011",
    subtitle="E&Y Globalization Index 2011 (or one of its dimensions), top 10 of the 60 largest economies",
    unit="score (1-10)",
    figure=partial(bar_chart, category="country", value_title="Score"),
    filters=(FilterSpec("ey_dimension", "dimension", "E&Y measure", multi=False,
                        default=("Index 2011",)), COUNTRIES),
))
register(ChartSpec(
    slug="ey-dimensions", exhibit="Table 2", page=PAGE,
    dataset="ey_globalization_index",
    title="Belgium scores high on trade and capital, low on cultural integration",
    subtitle="E&Y Globalization Index 2011: the five dimensions for the top 10 economies",
    unit="score (1-10)", rows={"dimension": EY_DIMENSIONS},
    figure=partial(heatmap, x="dimension", y="country", value_title="Score", x_order=EY_DIMENSIONS),
    filters=(COUNTRIES,),
))
register(ChartSpec(
    slug="ey-profile", exhibit="Table 2", page=PAGE,
    dataset="ey_globalization_index",
    title="Belgium's globalization profile compared",
    subtitle="E&Y Globalization Index 2011 dimensions; choose the countries to compare",
    unit="score (1-10)", rows={"dimension": EY_DIMENSIONS},
    figure=partial(bar_chart, category="dimension", series="country", orientation="v",
                   value_title="Score", category_order=EY_DIMENSIONS),
    filters=(FilterSpec("compare", "country", "Compare Belgium with",
                        default=("Belgium", "Netherlands", "Ireland")),),
))
