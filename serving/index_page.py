"""The HTML page Dash serves first: declared in English, titled for its page, and lean.

Dash's default page makes the browser work through a chain before the first chart is drawn:
evaluate @babel/polyfill and the DataTable bundle (neither needed here), fetch the layout, then
fetch plotly.js and the dropdown chunk only once the components that need them mount.
`Dashboard` serves the same page without the unneeded bundles and, on pages with charts, starts
plotly.js and the chunk as deferred scripts, so they are fetched and evaluated while the browser
waits for the layout.
"""
from __future__ import annotations

import re
from html import escape

import flask
from dash import Dash, dcc

from charts.spec import charts_for_page
from components.page_shell import page_for_path, page_title

INDEX_STRING = """<!DOCTYPE html>
<html lang="en">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
        {%chart_scripts%}
    </head>
    <body>
        {%app_entry%}
        <div id="dash-scripts">
            {%config%}
            {%scripts%}
            {%renderer%}
        </div>
    </body>
</html>"""

# Script tags Dash adds that this app does not need (see assets/regenerator_runtime.js for the
# polyfill; no page uses DataTable).
UNNEEDED_SCRIPT = re.compile(
    r'<script src="[^"]*/(?:dash/deps/polyfill@|dash/dash_table/bundle)[^"]*"></script>\n?')
# What a page with charts needs before it is complete: the dcc chunk of Dropdown (small, first,
# so it has run before the filters mount) and plotly.js, which the charts take from this script
# (found by its id; components/dashboard_components.js) rather than fetch a copy of their own.
CHART_SCRIPTS = ("dcc/async-dropdown.js", "package_data/plotly.min.js")
PLOTLY_ID = ' id="plotly-js"'


def lean_scripts(scripts: str) -> str:
    """Dash's script tags without the bundles this app does not need."""
    return UNNEEDED_SCRIPT.sub("", scripts)


class Dashboard(Dash):
    """Dash with the index page described above (Dash's documented interpolate_index hook)."""

    def interpolate_index(self, **parts) -> str:
        page, path_variables = page_for_path(self, flask.request.path)
        parts["title"] = escape(page_title(page, path_variables))
        parts["scripts"] = lean_scripts(parts["scripts"])
        index = super().interpolate_index(**parts)
        chart_scripts = ""
        if charts_for_page(page["path"].strip("/")):
            chart_scripts = "\n        ".join(
                f'<script defer src="{url}"{PLOTLY_ID if "plotly" in url else ""}></script>'
                for url in self._chart_script_urls())
        return index.replace("{%chart_scripts%}", chart_scripts)

    def _chart_script_urls(self) -> list[str]:
        """Fingerprinted URLs of CHART_SCRIPTS, in that order, as Dash builds its own."""
        entries = {entry.get("relative_package_path"): entry for entry in dcc._js_dist}
        resources = [{key: value for key, value in entries[path].items() if key != "async"}
                     for path in CHART_SCRIPTS]
        return self._collect_and_register_resources(resources)
