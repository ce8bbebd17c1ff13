"""Exports: images with title and source inside, data files that round-trip, page bundles."""
from __future__ import annotations

import io
import re
import struct
import xml.etree.ElementTree as ET
import zipfile

import pytest

from charts.spec import all_charts, charts_for_page
from exports import renderer as renderer_module
from exports.renderer import ImageRenderer, RenderUnavailable

CHARTS = all_charts()


def png_size(body: bytes) -> tuple[int, int]:
    assert body[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", body[16:24])


def svg_text(body: bytes) -> str:
    root = ET.fromstring(body)
    return " ".join(t for t in root.itertext())


SVG = "{http://www.w3.org/2000/svg}"


def lowest_axis_title_line(root: ET.Element) -> float:
    """The baseline of the last line of the lowest bottom-axis title (0 without one)."""
    lowest = 0.0
    for title in root.iter(f"{SVG}text"):
        if "xtitle" in (title.get("class") or "").split() and "".join(title.itertext()).strip():
            font = float(re.search(r"font-size: ([\d.]+)px", title.get("style", "")).group(1))
            lines = max(1, len(title.findall(f"{SVG}tspan")))
            lowest = max(lowest, float(title.get("y")) + (lines - 1) * 1.3 * font)
    return lowest


def footer_top(root: ET.Element) -> float:
    """Where the source text under the chart starts (its annotation's top edge)."""
    for group in root.iter(f"{SVG}g"):
        if "cursor-pointer" in (group.get("class") or "") and "Source:" in "".join(group.itertext()):
            return float(re.search(r"translate\([\d.]+,([\d.]+)\)", group.get("transform")).group(1))
    raise AssertionError("no source text in the image")


@pytest.fixture()
def images_required(browser_required):
    """Image tests need Chromium: skipped locally without it, a failure in CI."""


@pytest.mark.parametrize("spec", CHARTS, ids=lambda s: s.slug)
def test_every_chart_exports_png_svg_and_pdf(images_required, client, store, spec):
    png = client.get(f"/charts/{spec.slug}.png?width=800&height=450&scale=1")
    assert png.status_code == 200 and png.mimetype == "image/png"
    assert png_size(png.data) == (800, 450)
    svg = client.get(f"/charts/{spec.slug}.svg")
    text = svg_text(svg.data)
    assert spec.title.text.split()[0] in text and "Source:" in text
    root = ET.fromstring(svg.data)
    assert footer_top(root) > lowest_axis_title_line(root) + 4  # the source never overprints it
    # A note the chart sets under its plot ('Endpoints only: ...') is a line of the footer, not
    # drawn over it.
    for group in root.iter(f"{SVG}g"):
        words = "".join(group.itertext())
        if "cursor-pointer" in (group.get("class") or "") and "Source:" not in words:
            top = float(re.search(r"translate\([\d.]+,([\d.]+)\)", group.get("transform")).group(1))
            assert top < footer_top(root), words
    from charts.provenance import describe, sources_of
    rows = spec.base_frame(store.datasets[spec.dataset].frame)
    first_words = describe(sources_of(rows["exhibit"], store.exhibits)[0], "en").split()[0]
    assert first_words in text
    pdf = client.get(f"/charts/{spec.slug}.pdf")
    assert pdf.data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf.data)) == 1  # one page


def test_default_png_is_slide_sized(images_required, client):
    response = client.get("/charts/kof-dimensions.png")
    assert png_size(response.data) == (3200, 1800)  # 1600x900 at scale 2
    assert response.headers["Content-Disposition"] == 'attachment; filename="kof-dimensions.png"'


def test_image_honours_the_filters(images_required, client):
    only = svg_text(client.get("/charts/kof-dimensions.svg?countries=BEL,NLD").data)
    assert "Netherlands" in only and "Singapore" not in only


def test_a_decks_chart_image_keeps_the_note_under_its_plot(images_required, client, store):
    """A deck's images have no footer (title and source are slide text): a note the chart sets
    under its plot goes under its x axis, inside the image, as on a narrow screen."""
    from charts.figures import ENDPOINTS_NOTE
    from charts.spec import get_chart
    from exports.chart_file import chart_file
    spec = get_chart("world-market-share")
    selection, _ = spec.parse_query(store.frame(spec.dataset), {})
    root = ET.fromstring(chart_file(spec, selection, "svg", language="en", with_text=False))
    height = float(root.get("height"))
    titles = [title for title in root.iter(f"{SVG}text") if "xtitle" in (title.get("class") or "")]
    words = " ".join(" ".join(title.itertext()) for title in titles)
    assert ENDPOINTS_NOTE.split(":")[0] in words
    assert all(float(title.get("y")) < height for title in titles)


def test_a_reused_renderer_tab_draws_an_image_as_a_fresh_one_would(images_required, client):
    """exports/renderer.py reuses a kaleido tab for many images (kaleido reloads it after each):
    the same view gives the same pixels after other charts, a map among them, and the reuse is
    in effect (the kaleido members it overrides are still there)."""
    view = "/charts/kof-dimensions.png?countries=BEL,NLD&width=800&height=450&scale=1"
    uses_before = sum(renderer_module._USES.values())
    first = client.get(view)
    assert client.get("/charts/markets-lost-gained-map.png?scale=1").status_code == 200
    assert client.get("/charts/world-market-share.png?lang=de&scale=1").status_code == 200
    again = client.get(view)
    assert first.status_code == again.status_code == 200
    assert first.data == again.data
    assert sum(renderer_module._USES.values()) == uses_before + 4


@pytest.mark.parametrize("query, message", [
    ("width=99999", "'width' must be between 320 and 3840"),
    ("height=10", "'height' must be between 240 and 2160"),
    ("scale=9", "'scale' must be between 1 and 4"),
    ("width=wide", "'width' must be a number"),
    ("countries=XXX", "Unknown value(s) for 'countries'"),
])
def test_absurd_sizes_and_bad_filters_get_400(client, query, message):
    response = client.get(f"/charts/kof-dimensions.png?{query}")
    assert response.status_code == 400 and message in response.get_data(as_text=True)


def test_unknown_format_and_page_get_404(client):
    assert client.get("/charts/kof-dimensions.gif").status_code == 404
    assert client.get("/pages/nowhere.zip").status_code == 404
    assert client.get("/pages/globalization.exe").status_code == 404


def test_without_chromium_images_answer_503_and_data_still_works(client, monkeypatch):
    monkeypatch.setattr(renderer_module.shutil, "which", lambda name: None)
    response = client.get("/charts/kof-dimensions.png")
    assert response.status_code == 503
    assert "needs Chromium" in response.get_data(as_text=True)
    assert client.get("/pages/globalization.pptx").status_code == 503
    assert client.get("/charts/kof-dimensions.csv").status_code == 200
    from components.chart_card import download_links
    disabled = [link for link in download_links("kof-dimensions", "", "en")
                if "disabled" in (getattr(link, "className", "") or "")]
    assert [link.children for link in disabled] == ["PNG", "SVG", "PDF"]
    assert "needs Chromium" in disabled[0].title


def test_a_full_queue_is_refused_at_once():
    busy = ImageRenderer(max_waiting=0)
    busy._slots.acquire()  # the one render slot is taken
    busy.unavailable_reason = lambda: None
    with pytest.raises(RenderUnavailable, match="busy"):
        busy.render(None, "png")


@pytest.mark.parametrize("spec", CHARTS, ids=lambda s: s.slug)
def test_csv_and_xlsx_round_trip_to_the_figures_values(client, store, spec):
    from openpyxl import load_workbook
    csv_body = client.get(f"/charts/{spec.slug}.csv").get_data(as_text=True)
    header = [line for line in csv_body.splitlines() if line.startswith("# ")]
    assert header[0] == f"# Title: {spec.title.text}"
    assert any(line.startswith("# Source (as printed in the study): ") for line in header)
    assert any(line.startswith("# Study: FEB/VBO Forum") for line in header)
    assert any(line.startswith("# Downloaded: ") for line in header)
    from charts.formatting import drawn_value, qualifier
    frame = store.frame(spec.dataset)
    rows = spec.filtered(frame, spec.parse_query(frame, {})[0])
    # A quantity stated only in words ('half') has no value; every row says where it is drawn.
    expected = [None if qualifier(q).word_quantity else v for v, q in zip(rows["value"], rows["qualifier"])]
    drawn = [drawn_value(v, q) for v, q in zip(rows["value"], rows["qualifier"])]
    workbook = load_workbook(io.BytesIO(client.get(f"/charts/{spec.slug}.xlsx").data))
    data = list(workbook["Data"].values)
    value_column, drawn_column = data[0].index("value"), data[0].index("drawn_as")
    assert [row[value_column] for row in data[1:]] == expected
    assert [row[drawn_column] for row in data[1:]] == drawn
    about = dict(workbook["About"].values)
    assert about["Title"] == spec.title.text and about["Exhibit"]


def test_page_zip_has_images_data_and_sources(images_required, client):
    response = client.get("/pages/globalization.zip")
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    names = set(archive.namelist())
    for spec in charts_for_page("globalization"):
        assert {f"{spec.slug}.png", f"{spec.slug}.csv"} <= names
    readme = archive.read("README.md").decode()
    assert "KONJUNKTURFORSCHUNGSSTELLE" in readme and "ERNST & YOUNG" in readme


def test_page_deck_has_a_title_slide_and_one_slide_per_chart(images_required, client):
    from pptx import Presentation
    response = client.get("/pages/firm-morphology.pptx")
    deck = Presentation(io.BytesIO(response.data))
    slides = list(deck.slides)
    assert len(slides) == 1 + len(charts_for_page("firm-morphology"))
    title_text = " ".join(shape.text_frame.text for shape in slides[0].shapes if shape.has_text_frame)
    assert "Born globals are 19%" in title_text
    second = slides[1]
    assert any(shape.shape_type == 13 for shape in second.shapes)  # a picture
    texts = " ".join(shape.text_frame.text for shape in second.shapes if shape.has_text_frame)
    assert "Source:" in texts


def test_an_image_is_in_the_language_it_is_asked_in(images_required, client):
    """The slide's title, numbers and source line in German; the source as printed in English."""
    text = svg_text(client.get("/charts/kof-dimensions.svg?lang=de&countries=BEL").data)
    assert "Belgien: 96,01" in text and "Belgium: 96.01" not in text
    assert "Quelle" in text and "KONJUNKTURFORSCHUNGSSTELLE" in text
