"""International sourcing of services (Part II): inputs, sample, functions, locations, models."""
from functools import partial

from charts.claims import Claim
from charts.figures import bar_chart
from charts.spec import ChartSpec, FilterSpec, Finding, PageSpec, declare_page, register

PAGE = declare_page(PageSpec(
    key="international-sourcing", path="/international-sourcing", order=4, module=__name__,
    name="International sourcing", title="International sourcing · Belgium in the new global economy",
    sections=('Part 2', 'Appendix'),
    summary=Claim("Imported service inputs were only 8% of Belgian companies' total inputs in 2007; 54% "
           "of the Belgian sourcing cases surveyed used the captive model.", "R337", "R354",
           "R357"),
    facts=('R335', 'R371'),
    heading="International sourcing of services",
    intro=Claim("Imported service inputs are still limited compared with material inputs (8% "
                "against 46% of total inputs in 2007), but their share doubled between 1995 and "
                "2007. The Belgian companies surveyed appear rather conservative, with a great "
                "majority of services sourced from nearshore locations, and seem to prefer keeping "
                "full or partial ownership of their processes (the captive model in 54% of cases, "
                "the partnering model in 20%); half of them did not develop an international "
                "sourcing strategy.",
                "P510", "R336", "R337", "R338", "P200", "P206", "R354", "R357", "R358", "R359"),
    findings=(
        Finding(Claim("Imported service inputs represented only 8% of total inputs in 2007 (material "
               "inputs 46%), but their share doubled between 1995 and 2007.",
               "R336", "R337", "R338"),
         "imported-inputs"),
        Finding(Claim("Administrative (35%) and IT and software services (33%) are by far the most "
               "international functions in the Belgian sample.", "P504", "R347", "R348"),
         "sourcing-functions"),
        Finding(Claim("More than 50% of Belgian international sourcing cases concern neighbouring "
               "countries of Western and Eastern Europe; only 17% India.", "R351", "R352"),
         "sourcing-locations"),
        Finding(Claim("54% of Belgian cases use the captive model, while in more than half of US cases "
               "the services are outsourced.", "R357", "R355"),
         "delivery-models"),
        Finding(Claim("Half of the surveyed Belgian companies did not develop a strategy for guiding "
               "international sourcing.", "R359"),
         "sourcing-strategy"),
    ),
))
ORIGIN = FilterSpec("origin", "origin", "Company origin")
PLAIN_BARS = partial(bar_chart, highlight=None)

register(ChartSpec(
    slug="imported-inputs", exhibit="Figure 38", page=PAGE.key,
    dataset="imported_inputs",
    title=Claim("Imported service inputs were only 8% of total inputs in 2007, against 46% for "
                "material inputs", "R336", "R337"),
    subtitle=Claim("Share of imported inputs in total inputs of Belgian companies, 2007 (%)", "R337"),
    unit="% of total inputs", rows={"measure": "share-of-total-inputs-2007"},
    figure=partial(PLAIN_BARS, category="input_type", value_title="% of total inputs"),
    filters=(FilterSpec("input", "input_type", "Inputs"),),
    note=Claim("Between 1995 and 2007 the share of imported service inputs doubled, while the share "
               "of imported material inputs grew by only 12%.", "R338", "R339"),
))
register(ChartSpec(
    slug="sourcing-sample-by-size", exhibit="Text", after="Figure 40", page=PAGE.key,
    dataset="sourcing_sample_by_size",
    title=Claim("The data set counts 64% of large companies (more than 500 employees)", "R342"),
    subtitle="Companies in the international sourcing data set by size (%)",
    unit="% of companies",
    figure=partial(PLAIN_BARS, category="size_class", value_title="% of companies"),
))
register(ChartSpec(
    slug="survey-sample-by-sector", exhibit="Figure A1", page=PAGE.key,
    dataset="survey_sample_by_sector",
    title=Claim("The initial survey sample: 264 companies selected by sector and size", "R366"),
    subtitle="Companies selected per sector (NACE) and the employee threshold used (Figure A1)",
    unit="companies",
    figure=partial(PLAIN_BARS, category=("sector", "employees"), value_title="Companies selected"),
    filters=(FilterSpec("sector", "sector", "Sector (NACE)"),),
    note=Claim("Labels read 'sector · employees' as Figure A1 prints them: '>750' selects "
               "companies with more than 750 employees.", "R366", "R372"),
))
register(ChartSpec(
    slug="sourcing-functions", exhibit="Figure 44", page=PAGE.key,
    dataset="sourcing_functions",
    title=Claim("Administrative and IT and software services are by far the most international "
                "functions", "P504", "R347", "R348"),
    subtitle="Internationally sourced functions, Belgian sample (% of international sourcing cases)",
    unit="% of cases",
    figure=partial(PLAIN_BARS, category="function", value_title="% of cases"),
    filters=(FilterSpec("function", "function", "Function"),),
))
register(ChartSpec(
    slug="sourcing-locations", exhibit="Figure 45", page=PAGE.key,
    dataset="sourcing_locations",
    title=Claim("More than 50% of Belgian sourcing cases concern neighbouring countries of Western "
                "and Eastern Europe", "R351"),
    subtitle="Share of locations in Belgian international sourcing cases (%), regions the text states",
    unit="% of cases",
    figure=partial(PLAIN_BARS, category="region", value_title="% of cases"),
))
register(ChartSpec(
    slug="delivery-models", exhibit="Figure 47", page=PAGE.key,
    dataset="delivery_models",
    title=Claim("54% of Belgian cases use the captive model; in more than half of US cases "
                "services are outsourced", "R357", "R355"),
    subtitle="Delivery models of international sourcing initiatives (% of cases)",
    unit="% of cases",
    figure=partial(PLAIN_BARS, category="delivery_model", series="origin", orientation="v",
                   value_title="% of cases"),
    filters=(ORIGIN,),
    note=Claim("For US companies the text states only that 'more than half' of cases are "
               "outsourced.", "R355"),
))
register(ChartSpec(
    slug="sourcing-strategy", exhibit="Text", after="Figure 49", page=PAGE.key,
    dataset="sourcing_strategy",
    title=Claim("Half of the surveyed Belgian companies did not develop an international "
                "sourcing strategy", "R359"),
    subtitle="Sourcing strategy and global delivery structure by company origin (% of companies)",
    unit="% of companies",
    figure=partial(PLAIN_BARS, category="measure", series="origin", value_title="% of companies"),
    filters=(FilterSpec("origin", "origin", "Company origin"),),
))
