"""Shared fixtures: the study's register, the loaded data, an HTTP client, browser checks."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import pages
from config import parse_bool
from data.access import init_store
from data.loader import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent
STUDY_DIR = DATA_DIR / "study"   # the project's copy of the study, its register and conventions
IN_CI = parse_bool(os.environ.get("CI"))
pages.load()  # declare every page and chart before tests are collected over them


# The suite's layers, from what each test uses (so a test cannot sit in the wrong one):
# `browser` drives headless Chromium (pages, axe, image exports), `service` starts or needs
# another process (redis-server, gunicorn, a fresh virtualenv, the load test), and `fast` is the
# rest: data, figures, texts, callbacks and endpoints in-process, in seconds.
# Tests that start a process say so with @pytest.mark.service (or a module's `pytestmark`).
LAYER_FIXTURES = {
    "browser": {"dash_duo", "browser_required", "images_required", "axe_source"},
    "service": {"redis_server", "docker_venv"},
}


def pytest_collection_modifyitems(items):
    """Mark every test with its layer (pytest.ini declares them; `-m fast` runs the fast one)."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        layers = [layer for layer, fixtures in LAYER_FIXTURES.items()
                  if used & fixtures or item.get_closest_marker(layer)]
        for layer in layers or ["fast"]:
            item.add_marker(getattr(pytest.mark, layer))


def require_or_skip(available: bool, what: str) -> None:
    """Skip locally when a resource is missing; in CI (CI=true) that is a failure, not a skip."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{what} is required in CI but missing")
    pytest.skip(f"{what} not available on this machine")


@pytest.fixture(scope="session")
def register() -> dict:
    """The study's register of every number (data/study/register.json)."""
    return json.loads((STUDY_DIR / "register.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def report_text() -> str:
    """The study's text edition (data/study/report.txt), the authority on every sentence."""
    return (STUDY_DIR / "report.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def records(register) -> dict:
    return {record["id"]: record for record in register["records"]}


@pytest.fixture(scope="session")
def store():
    return init_store(DATA_DIR)


@pytest.fixture(scope="session")
def dash_app():
    """The app as `python app.py` builds it (module import runs the factory once)."""
    import app as app_module
    return app_module.app


@pytest.fixture()
def client(dash_app):
    return dash_app.server.test_client()


@pytest.fixture()
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ for corrupting one file at a time."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def browser_ready() -> bool:
    return bool((shutil.which("chromium") or shutil.which("google-chrome"))
                and shutil.which("chromedriver"))


@pytest.fixture()
def browser_required():
    require_or_skip(browser_ready(), "Chromium and chromedriver (apt-get install chromium chromium-driver)")


A11Y_TOOLS = ROOT / "tools" / "a11y"
AXE_VERSION = "4.14.1"


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's browser script, at the version tools/a11y/package-lock.json pins.

    Installed with `npm ci` on first use (install scripts off: puppeteer, which pa11y brings,
    would try to download a browser of its own; the tests drive Debian's Chromium)."""
    package = A11Y_TOOLS / "node_modules" / "axe-core"
    if not (package / "axe.min.js").exists():
        require_or_skip(shutil.which("npm") is not None, "npm (to install axe-core)")
        subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=A11Y_TOOLS,
                       check=True, capture_output=True, timeout=600,
                       env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"})
    installed = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    assert installed == AXE_VERSION, f"axe-core {installed} installed, {AXE_VERSION} pinned"
    return (package / "axe.min.js").read_text(encoding="utf-8")


def page_view(key: str, **query):
    """The layout a declared page answers a query string with, as the router renders it."""
    from app import page_layout
    from charts.spec import get_page
    return page_layout(get_page(key), "en")(**query)


@pytest.fixture(scope="module")
def callback_map(dash_app):
    """The app's callbacks by output, as the browser names them in its requests."""
    dash_app.server.test_client().get("/en/")  # Dash registers the pages router on first request
    return dash_app.callback_map
