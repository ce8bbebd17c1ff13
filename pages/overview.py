"""Overview: the study's main messages with headline numbers linking into the topic pages."""
from dash import html

from charts.claims import Claim, evidence
from charts.spec import Finding, PageSpec, declare_page, get_chart, get_page, topic_pages
from components.fact_tile import fact_tiles
from components.light import app_link, static
from i18n.catalogs import gettext_for


def layout(_query, language: str):
    """Headline figures of the study and one entry per topic page, in the language."""
    _ = gettext_for(language)
    return static(html.Main(className="page", children=[
        html.H1(PAGE.heading, lang="en"),   # the study's title, in its own language
        html.P(_(PAGE.intro.text), className="page-intro", **evidence(PAGE.intro)),
        html.H2(_("Main messages")),
        html.Div(className="message-grid", children=[
            app_link([html.Div(_(finding.headline.text), className="fact-value", **evidence(finding.headline)),
                      html.P(_(finding.claim.text), **evidence(finding.claim))],
                     f"{get_page(get_chart(finding.chart).page).href(language)}#{finding.chart}",
                     className="message-tile")
            for finding in PAGE.findings
        ]),
        html.H2(_("Belgium in numbers")),
        fact_tiles(PAGE.facts, language),
        html.H2(_("Explore the study")),
        html.Div(className="topic-grid", children=[
            app_link([html.H3(_(topic.name)), html.P(_(topic.summary.text), **evidence(topic.summary))],
                     topic.href(language), className="topic-card")
            for topic in topic_pages()
        ]),
    ]))


PAGE = declare_page(PageSpec(
    key="overview", path="/", order=0, module=__name__, layout=layout,
    name="Overview", title="Belgium in the new global economy · Dashboard",
    heading="Belgium in the new global economy",
    intro=Claim("An interactive edition of the FEB/VBO study on Belgian firms in world export "
                "markets (Part I, Vlerick Management School) and on the international sourcing "
                "of services (Part II, Solvay Business School). Every value comes from the "
                "study's text, with its exhibit and the sentence that states it."),
    facts=('R109', 'R110', 'R111', 'R002', 'R003', 'R001'),
    findings=(
        Finding(Claim("Belgium is 5th on the KOF index of economic globalization and 4th on the E&Y "
           "Globalization Index 2011.", "R006", "R037"), "kof-economic-globalization",
                headline=Claim("5th", "R006")),
        Finding(Claim("Belgium lost 21% of its share of world goods exports between 2002 and 2011, and 9% "
           "in services.", "R118", "R119", "R121"), "world-market-share",
                headline=Claim("lost 21%", "R118")),
        Finding(Claim("EU member states account for 73% of Belgian goods exports (2010) and 68% of services "
           "exports.", "R160", "R161"), "eu-share-of-exports",
                headline=Claim("73%", "R160")),
        Finding(Claim("SMEs make 45% of goods exports (2010); the SMEs in the study's data set (excluding "
           "micro firms) account for 75% of value added growth 2000-2010.",
           "R195", "R210", "P601", "P165"), "sme-share-of-exports",
                headline=Claim("45%", "R195")),
        Finding(Claim("Only 19% of newly exporting SMEs were born globals, but they accounted for 36% of "
           "value added (2010).", "R301", "R302"), "new-exporter-types",
                headline=Claim("36%", "R301")),
        Finding(Claim("Imported services represented only 8% of Belgian companies' total inputs in 2007, "
           "against 46% for material inputs.", "R336", "R337"), "imported-inputs",
                headline=Claim("only 8%", "R337")),
        Finding(Claim("54% of Belgian international sourcing cases use the captive model; in more than half "
           "of US cases the services are outsourced.", "R357", "R355"), "delivery-models",
                headline=Claim("54%", "R357")),
    ),
))
