"""Layout factories shared by the pages: navbar, chart card, topic page, notices.

The package is also the component library of components/light.py: Dash links the scripts a
package lists in `_js_dist`, in that order, and fingerprints their URLs with its
`__version__` (dashboard_components.js, then deferred_mount.js and island.js, which add the
Deferred and Island components to it). The plotly.js bundle (built by frontend/build_plotly.mjs) is served the same
way but not linked (`dynamic`): the charts load it when they are about to draw. So is the
script of the single-chart embeds (embed_chart.js, linked by serving/embed.py only).
"""
__version__ = "1.0.0"
PLOTLY_BUNDLE = "plotly_bundle.min.js"
EMBED_SCRIPT = "embed_chart.js"
_js_dist = [
    {"relative_package_path": "dashboard_components.js", "namespace": "components"},
    {"relative_package_path": "deferred_mount.js", "namespace": "components"},
    {"relative_package_path": "island.js", "namespace": "components"},
    {"relative_package_path": PLOTLY_BUNDLE, "namespace": "components", "dynamic": True},
    {"relative_package_path": EMBED_SCRIPT, "namespace": "components", "dynamic": True},
]
