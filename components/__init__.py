"""Layout factories shared by the pages: navbar, chart card, topic page, notices.

The package is also the component library of components/light.py: Dash links the scripts a
package lists in `_js_dist` and fingerprints their URLs with its `__version__`.
"""
__version__ = "1.0.0"
_js_dist = [{"relative_package_path": "dashboard_components.js", "namespace": "components"}]
