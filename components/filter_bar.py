"""The page's filter controls; their values are keys (as in the URL), their options named."""
from __future__ import annotations

import json

from dash import html

from charts.selection import FilterChoice, Selection
from components.light import Choices
from data.access import store
from i18n.catalogs import gettext_for

CHECKLIST_MAX = 6   # more options than this: checkboxes behind a disclosure button
RADIO_MAX = 4       # more than this: a <select>


def label_id(param: str) -> str:
    """DOM id of a filter's visible label (its legend), which names the control too."""
    return f"filter-label-{param}"


def disclosure_words(language: str) -> dict[str, str]:
    """What a disclosure of checkboxes says, in the language (Choices' `words`)."""
    _ = gettext_for(language)
    return {"all": _("All"), "none": _("None"), "allCount": _("All {count}"),
            "noneChosen": _("None chosen"), "someOf": _("{count} of {total}")}


def filter_control(page_filter: FilterChoice, chosen: tuple, language: str) -> Choices:
    """Native controls under the filter's label, by how many options and values it takes:
    checkboxes or radio buttons in a row, checkboxes in a disclosure, or a select; options
    named in the language."""
    spec = page_filter.spec
    control_id = {"type": "filter", "param": spec.param}
    name = store().labels.namer(language)
    options = [{"label": name(v), "value": v} for v in page_filter.options]
    values = list(chosen)
    _ = gettext_for(language)
    named = dict(id=control_id, label=_(spec.label), options=options, labelId=label_id(spec.param))
    if spec.multi and len(options) <= CHECKLIST_MAX:
        return Choices(**named, value=values, multi=True, className="filter-checklist")
    if spec.multi:
        return Choices(**named, value=values, multi=True, variant="disclosure",
                       className="filter-disclosure", words=disclosure_words(language))
    if len(options) <= RADIO_MAX:
        return Choices(**named, value=values[0] if values else None, className="filter-radio")
    return Choices(**named, value=values[0] if values else None, variant="select",
                   className="filter-select")


def filter_bar(filters: list[FilterChoice], selection: Selection, path: str,
               language: str) -> html.Div | None:
    """All of a page's controls, labelled in the language; the page's path and the selection
    it was rendered with ride along for the back button (assets/url_state.js)."""
    if not filters:
        return None
    _ = gettext_for(language)
    single = [f.spec.param for f in filters if not f.spec.multi]
    return html.Div(
        id="filter-bar", className="filter-bar", role="search",
        **{"aria-label": _("Filters for the charts on this page"),
           "data-selection": json.dumps(selection.as_json()), "data-single": json.dumps(single),
           "data-path": path},
        children=[filter_control(f, selection[f.spec.param], language) for f in filters],
    )
