"""One real-browser test per page (headless Chromium): charts render, no console errors."""
from __future__ import annotations

import socket

import pytest

from charts.spec import charts_for_page

PAGES = [
    ("/", "Belgium in the new global economy", None),
    ("/globalization", "Globalization indices", "globalization"),
    ("/export-geography", "Export geography", "export-geography"),
    ("/firm-morphology", "Firm morphology: SMEs, large firms and born globals", "firm-morphology"),
    ("/international-sourcing", "International sourcing of services", "international-sourcing"),
    ("/about", "About the data", None),
    ("/no-such-page", "Page not found", None),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("path, heading, page", PAGES, ids=[p[0] for p in PAGES])
def test_page_renders_its_charts_without_console_errors(browser_required, dash_duo, dash_app,
                                                        path, heading, page):
    dash_duo.start_server(dash_app, port=free_port())
    dash_duo.wait_for_page(url=dash_duo.server_url + path)
    dash_duo.wait_for_text_to_equal("h1", heading, timeout=10)
    if page is not None:
        expected = len(charts_for_page(page))
        dash_duo.wait_for_element(".chart-card:nth-of-type(%d) .main-svg" % expected, timeout=15)
        plots = dash_duo.find_elements(".chart-card .js-plotly-plot")
        assert len(plots) == expected
        # Every chart drew marks (bars, points or heatmap cells), not just an empty axis.
        for card in dash_duo.find_elements(".chart-card"):
            marks = card.find_elements("css selector", ".point, .hm, .scatterlayer .trace")
            assert marks, card.get_attribute("id")
    assert dash_duo.get_logs() == []
