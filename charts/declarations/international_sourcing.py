"""International sourcing of services (Part II): inputs, sample, functions, locations, models."""
from functools import partial

from charts.figures import bar_chart
from charts.spec import ChartSpec, FilterSpec, register

PAGE = "international-sourcing"
ORIGIN = FilterSpec("origin", "origin", "Company origin")
PLAIN_BARS = partial(bar_chart, highlight=None)

register(ChartSpec(
    slug="imported-inputs", exhibit="Figure 38", page=PAGE,
    dataset="imported_inputs",
    title="Imported services are 8% of inputs, against 46% for materials",
    subtitle="Share of imported inputs in total inputs of Belgian companies, 2007 (%)",
    unit="% of total inputs", rows={"measure": "Share of total inputs, 2007"},
    figure=partial(PLAIN_BARS, category="input_type", value_title="% of total inputs"),
    filters=(FilterSpec("input", "input_type", "Inputs"),),
    note="Between 1995 and 2007 the imported service share doubled; the material share grew by only 12%.",
))
register(ChartSpec(
    slug="sourcing-sample-by-size", exhibit="Text", after="Figure 40", page=PAGE,
    dataset="sourcing_sample_by_size",
    title="64% of the sourcing data set are large companies",
    subtitle="Companies in the international sourcing data set by size (%)",
    unit="% of companies",
    figure=partial(PLAIN_BARS, category="size_class", value_title="% of companies"),
))
register(ChartSpec(
    slug="survey-sample-by-sector", exhibit="Figure A1", page=PAGE,
    dataset="survey_sample_by_sector",
    title="The initial survey sample: 264 companies selected by sector and size",
    subtitle="Companies selected per sector (NACE) and the employee threshold used (Figure A1)",
    unit="companies",
    figure=partial(PLAIN_BARS, category=("sector", "min_employees"), value_title="Companies selected"),
    filters=(FilterSpec("sector", "sector", "Sector (NACE)"),),
    note="Labels read 'sector · threshold': companies with more than that many employees were selected.",
))
register(ChartSpec(
    slug="sourcing-functions", exhibit="Figure 44", page=PAGE,
    dataset="sourcing_functions",
    title="Belgian firms mostly source administrative and IT services abroad",
    subtitle="Internationally sourced functions, Belgian sample (% of international sourcing cases)",
    unit="% of cases",
    figure=partial(PLAIN_BARS, category="function", value_title="% of cases"),
    filters=(FilterSpec("function", "function", "Function"),),
))
register(ChartSpec(
    slug="sourcing-locations", exhibit="Figure 45", page=PAGE,
    dataset="sourcing_locations",
    title="Belgian firms source mostly nearshore",
    subtitle="Share of locations in Belgian international sourcing cases (%), regions the text states",
    unit="% of cases",
    figure=partial(PLAIN_BARS, category="region", value_title="% of cases"),
))
register(ChartSpec(
    slug="delivery-models", exhibit="Figure 47", page=PAGE,
    dataset="delivery_models",
    title="Belgian firms keep control: 54% captive, against mostly outsourcing in the US",
    subtitle="Delivery models of international sourcing initiatives (% of cases)",
    unit="% of cases",
    figure=partial(PLAIN_BARS, category="delivery_model", series="origin", orientation="v",
                   value_title="% of cases"),
    filters=(ORIGIN,),
    note="For US companies the text states only that 'more than half' of cases are outsourced.",
))
register(ChartSpec(
    slug="sourcing-strategy", exhibit="Text", after="Figure 49", page=PAGE,
    dataset="sourcing_strategy",
    title="Half of Belgian firms have no international sourcing strategy",
    subtitle="Sourcing strategy and global delivery structure by company origin (% of companies)",
    unit="% of companies",
    figure=partial(PLAIN_BARS, category="measure", series="origin", value_title="% of companies"),
    filters=(FilterSpec("origin", "origin", "Company origin"),),
))
