"""About: method, sources and the data behind every chart."""
import dash
from dash import html

from charts.spec import all_charts
from components.chart_card import record_range, scroll_region
from components.fact_tile import fact_tiles
from components.light import StaticHtml
from components.markup import to_html
from data.access import store

dash.register_page(__name__, path="/about", name="About the data", order=5,
                   title="About the data · Belgium in the new global economy")


def _dataset_rows():
    charts_by_dataset = {}
    for spec in all_charts():
        charts_by_dataset.setdefault(spec.dataset, []).append(spec)
    rows = []
    for dataset in store().datasets.values():
        charts = charts_by_dataset.get(dataset.id, [])
        rows.append(html.Tr([
            html.Td(dataset.title),
            html.Td(", ".join(dataset.exhibits)),
            html.Td(dataset.source),
            html.Td(record_range(dataset.record_ids)),
            html.Td([html.A(spec.slug, href=f"/charts/{spec.slug}.csv", className="csv-link")
                     for spec in charts] or "shown as key figures"),
        ]))
    return rows


def layout(**_query):
    """Method, the data sets with their sources and register records, and download links.

    All static, so one StaticHtml: the page renders without ~330 Dash components."""
    study = store().study
    return html.Main(className="page", children=StaticHtml(to_html([
        html.H1("About the data"),
        html.H2("The study"),
        html.P(f"{study['title']}: {study['authors']}. Cite as: {study['citation']}"),
        html.H2("Method"),
        html.P("Every value in this dashboard is a number printed in the study's text edition, "
               "recorded in a register with its exhibit and the verbatim sentence that states it. "
               "Nothing is estimated, interpolated or read off a chart image: where the text gives "
               "only the endpoints of a series, only the endpoints are shown; where it qualifies a "
               "number ('more than half', 'about 23%'), the qualifier is shown with it."),
        html.P("Figures whose values appear only in the chart images of the original report are "
               "described in words, marked 'values not given in the text edition'."),
        html.H2("Data sets and sources"),
        scroll_region(html.Table(className="data-table", children=[
            html.Thead(html.Tr([html.Th(h, scope="col") for h in
                                ("Data set", "Exhibit(s)", "Source as printed", "Register records",
                                 "Chart data (CSV)")])),
            html.Tbody(_dataset_rows()),
        ]), "Data sets and sources"),
        html.P(["The machine-readable list of charts is at ",
                html.A("/charts.json", href="/charts.json"), "."]),
        html.H2("Definitions used in the study"),
        html.P("Thresholds and definitions stated in the text (SMEs, reporting thresholds, "
               "types of exporters):"),
        fact_tiles("about"),
    ])))
