"""Accessibility statement, after the model of the EU Web Accessibility Directive
(Directive (EU) 2016/2102; model statement of Commission Implementing Decision (EU) 2018/1523):
conformance status, what is not accessible and the alternatives, how the statement was
prepared, how to report a problem, and the enforcement procedure. Linked from every page's
footer (components/page_shell.py), not from the navigation bar."""
from datetime import date

import flask
from dash import html

from charts.spec import PageSpec, declare_page
from components.light import StaticHtml
from components.markup import to_html
from i18n.numbers import long_date
from i18n.catalogs import N_, gettext_for


PREPARED = date(2026, 12, 1)
# Names of standards, versions and criteria: the same in every language, and no numbers to
# write in a language's notation (i18n/checks.py), so the messages take them as values.
NAMES = {"en_standard": "EN 301 549", "en_version": "EN 301 549 V3.2.1", "wcag20": "WCAG 2.0",
         "wcag21": "WCAG 2.1", "criterion": "WCAG 1.1.1", "axe": "axe-core 4.14.1"}
STANDARD = N_("{en_version}, which includes the Web Content Accessibility Guidelines ({wcag21}) "
              "at level AA")
# Where a complaint goes: the Federal Ombudsman's site, its French name for French readers.
OMBUDSMAN = {"nl": "https://www.federaalombudsman.be", "fr": "https://www.mediateurfederal.be"}
LIMITATIONS = (
    N_("Image and slide downloads (PNG, SVG, PDF, the ZIP bundle and PowerPoint decks) are pictures of "
    "the charts: the PDF files are not tagged and the pictures have no text alternative inside "
    "them ({en_standard} clause 10; {criterion}). The same numbers, with their sources, are in the "
    "CSV and XLSX downloads and in each chart's Table tab."),
    N_("The details that appear when the pointer rests on a chart (the exhibit and register records "
    "of each value) open with a mouse only. Each chart's Table tab lists the same details and can "
    "be used with a keyboard and a screen reader."),
    N_("The maps of market shares lost and gained show the size of each change by colour. The bar "
    "chart beside them and their Table tab give every value as a number."),
)
CHECKS = (
    N_("{axe} (rules for {wcag20} and {wcag21}, levels A and AA, and best practices) on every "
    "page as first shown, with every table opened and on a 320 pixel wide screen: no violations;"),
    N_("pa11y (HTML_CodeSniffer, WCAG 2 AA) and the Lighthouse accessibility audit on every page, "
    "run when this statement was prepared: no errors, and a score of 100 on every page;"),
    N_("a keyboard test (every control reached and used with the keyboard alone, focus always "
    "visible, every pop-up left with Tab) and a reflow test (nothing scrolls sideways at 320 "
    "pixels); the contrast of every text label drawn on a chart is computed (at least 4.5:1), and "
    "the colours of the charts are checked under simulated protanopia, deuteranopia and tritanopia."),
)


def _contact(language: str) -> list:
    """The contact the operator configured (ACCESSIBILITY_CONTACT), as a mail link."""
    _ = gettext_for(language)
    address = flask.current_app.config.get("ACCESSIBILITY_CONTACT", "") if flask.has_app_context() else ""
    if not address:
        return [html.P(_("No contact address has been configured for this installation of the "
                         "dashboard yet (setting ACCESSIBILITY_CONTACT). Until then, please tell "
                         "the organisation that gave you the link."))]
    return [html.P([_("E-mail:") + " ", html.A(address, href=f"mailto:{address}")])]


def layout(_query, language: str):
    """The statement in the language; all static, so one StaticHtml (the contact comes from
    the settings)."""
    _ = gettext_for(language)
    prepared = long_date(PREPARED, language)
    ombudsman = OMBUDSMAN.get(language, OMBUDSMAN["nl"])
    return html.Main(className="page statement", children=StaticHtml(to_html([
        html.H1(_(PAGE.heading)),
        html.P(_("The publishers of this dashboard are committed to making it accessible, in "
                 "accordance with Directive (EU) 2016/2102 of the European Parliament and of the "
                 "Council and, in Belgium, the Law of 19 July 2018 on the accessibility of the "
                 "websites and mobile applications of public sector bodies.")),
        html.P(_("This accessibility statement applies to the interactive dashboard "
                 "\u201cBelgium in the new global economy\u201d: all of its pages, charts, tables "
                 "and downloads.")),
        html.H2(_("Compliance status")),
        html.P(_("This dashboard is partially compliant with {standard}, due to the "
                 "non-compliances listed below.").format(standard=_(STANDARD).format(**NAMES))),
        html.H2(_("Non-accessible content")),
        html.P(_("The content listed below is not accessible, or only through the alternative "
                 "named, for the following reasons:")),
        html.H3(_("Non-compliance with the accessibility requirements")),
        html.Ul([html.Li(_(text).format(**NAMES)) for text in LIMITATIONS]),
        html.H3(_("Disproportionate burden")),
        html.P(_("Not applicable: no exemption for disproportionate burden is claimed.")),
        html.H3(_("Content not within the scope of the applicable legislation")),
        html.P(_("The original report of the study (a PDF document) is not part of this dashboard.")),
        html.H2(_("Preparation of this accessibility statement")),
        html.P(_("This statement was prepared on {date}. It was last reviewed on {date}.")
               .format(date=prepared)),
        html.P(_("The method used was a self-assessment by the team that builds the dashboard, "
                 "with automated tests that run on every change and checks run for this statement:")),
        html.Ul([html.Li(_(text).format(**NAMES)) for text in CHECKS]),
        html.H2(_("Feedback and contact information")),
        html.P(_("If you meet a barrier on this dashboard, or need a chart or table in another "
                 "format, tell us: name the page (its address) and the chart, and describe what "
                 "went wrong and which browser and assistive technology you use. We will reply and "
                 "tell you how and when the problem will be solved.")),
        *_contact(language),
        html.H2(_("Enforcement procedure")),
        html.P([_("If you are not satisfied with our reply to your notification or request, you "
                  "can turn to the Federal Ombudsman (Federale Ombudsman / M\u00e9diateur "
                  "f\u00e9d\u00e9ral), which handles complaints about the accessibility of the "
                  "websites of federal public sector bodies:") + " ",
                html.A(ombudsman.removeprefix("https://"), href=ombudsman),
                ". " + _("Regional public bodies have their own ombudsman services.")]),
    ])))


PAGE = declare_page(PageSpec(
    key="accessibility", path="/accessibility", order=6, module=__name__, layout=layout,
    in_navbar=False, name="Accessibility statement",
    title="Accessibility statement · Belgium in the new global economy",
    heading="Accessibility statement",
))
