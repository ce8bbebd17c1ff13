"""The house's rules, checked: a page is declared once, keys stay apart from labels, the pure
spine imports no state, and the project's modules import each other in no cycle."""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from charts.spec import all_charts, all_pages

ROOT = Path(__file__).resolve().parent.parent
APP_PACKAGES = ("charts", "components", "data", "exports", "pages", "search", "serving")
APP_TOP_LEVEL = ("app.py", "api.py", "config.py", "cache_backends.py", "gunicorn.conf.py")
# Pure: specs, figures, formatting, theme, selection. They may not reach the loaded data, a
# cache, a web framework or a layer above them.
PURE_SPINE = "charts"
STATEFUL = ("data.access", "data.chart_cache", "flask", "flask_caching", "dash", "components",
            "pages", "serving", "exports", "search", "api", "app")


def tracked(*patterns: str) -> list[Path]:
    out = subprocess.run(["git", "ls-files", *patterns], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.split()
    return [ROOT / name for name in out]


def project_modules() -> dict[str, Path]:
    """Every application module by its dotted name (tests, bench and tools excluded)."""
    modules = {}
    for path in tracked("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] not in APP_PACKAGES and str(relative) not in APP_TOP_LEVEL:
            continue
        name = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    return modules


def imports_of(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules a file imports (`from x import y` counts y when it is a module)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def all_imported_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in graph[node]:
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while not component or component[-1] != node:
                component.append(stack.pop())
                on_stack.discard(component[-1])
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_projects_modules_import_each_other_in_no_cycle():
    modules = project_modules()
    graph = {name: imports_of(path, modules) - {name} for name, path in modules.items()}
    assert "charts.spec" in graph["data.chart_cache"]  # the graph sees real imports
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("module", sorted(n for n in project_modules() if n.startswith(PURE_SPINE + ".")))
def test_the_pure_spine_imports_no_state(module):
    imported = all_imported_names(project_modules()[module])
    reached = {name for name in imported for banned in STATEFUL
               if name == banned or name.startswith(banned + ".")}
    assert not reached, f"{module} imports {sorted(reached)}"


def application_files() -> list[Path]:
    """Files the application runs on: code, styles and data (not the study's own files)."""
    return [path for path in tracked(*(f"{package}/*" for package in APP_PACKAGES), *APP_TOP_LEVEL,
                                     "assets/*")
            if path.suffix in {".py", ".js", ".css", ".json", ".csv"}
            and "plotly_bundle" not in path.name and "study" not in path.parts]


def naming_files(page, files: list[Path]) -> list[str]:
    """Files that name a page: by its path as a string ("/about", "/about?...") or by its key
    where a page is meant (key="about", page="about", get_page("about"))."""
    quoted_path = re.compile(r"""["']%s(["'?#]|\.json)""" % re.escape(page.path)) if page.path != "/" else None
    key_reference = re.compile(r"""(\bkey|\bpage|get_page\()\s*=?\s*["']%s["']""" % re.escape(page.key))
    return sorted(str(path.relative_to(ROOT)) for path in files
                  if key_reference.search(text := path.read_text(encoding="utf-8"))
                  or (quoted_path and quoted_path.search(text)))


@pytest.mark.parametrize("page", all_pages(), ids=lambda page: page.key)
def test_a_page_is_named_in_at_most_three_application_files(page):
    named = naming_files(page, application_files())
    assert f"pages/{page.module.rpartition('.')[2]}.py" in named
    assert len(named) <= 3, named


def page_collections(path: Path) -> list[tuple[int, set[str]]]:
    """Literal lists, tuples, sets and dicts in a file that hold the paths or keys of pages."""
    names = {page.path: page.key for page in all_pages()} | {page.key: page.key for page in all_pages()}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.Dict)):
            elements = node.keys if isinstance(node, ast.Dict) else node.elts
            pages_named = {names[element.value.split("?")[0].split("#")[0]] for element in elements
                           if isinstance(element, ast.Constant) and isinstance(element.value, str)
                           and element.value.split("?")[0].split("#")[0] in names}
            if len(pages_named) > 2:
                found.append((node.lineno, pages_named))
    return found


def test_no_test_bench_or_tool_keeps_its_own_list_of_pages():
    own_lists = {str(path.relative_to(ROOT)): collections
                 for path in tracked("tests/*.py", "bench/*.py", "tools/*.py")
                 if (collections := page_collections(path))}
    assert own_lists == {}


def test_the_list_finder_finds_a_list_of_pages(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('PAGES = ["/globalization", "/export-geography?flow=goods", "firm-morphology"]\n')
    assert page_collections(sample) == [(1, set("globalization export-geography firm-morphology".split()))]


THROWAWAY = '''
import json
import pages
from charts.claims import Claim
from charts.figures import bar_chart
from charts.spec import ChartSpec, PageSpec, declare_page, register
from functools import partial

pages.load()
PAGE = declare_page(PageSpec(
    key="throwaway", path="/throwaway", order=7, module="pages.throwaway", name="Throwaway",
    title="Throwaway page", heading="A throwaway page", intro=Claim("Declared by a test.")))
register(ChartSpec(
    slug="throwaway-share", exhibit="Figure 4", page=PAGE.key, dataset="world_export_share_change",
    title="Throwaway chart", subtitle="Its subtitle", unit="%",
    figure=partial(bar_chart, category=("entity", "flow"), value_title="%")))

import app
client = app.server.test_client()
page = client.get("/nl/throwaway")
overview = client.get("/en/").get_data(as_text=True)
charts = client.get("/charts.json").get_json()
print(json.dumps({
    "status": page.status_code,
    "page": page.get_data(as_text=True),
    "navbar_link": 'href="/en/throwaway"' in overview,
    "sitemap": "/throwaway" in client.get("/sitemap.xml").get_data(as_text=True),
    "catalog": [c for c in charts["charts"] if c["slug"] == "throwaway-share"],
}))
'''


@pytest.mark.service  # declares the page in an app of its own process
def test_a_page_declared_alone_is_in_the_navbar_the_router_and_the_catalog():
    result = subprocess.run([sys.executable, "-c", THROWAWAY], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["status"] == 200 and "A throwaway page" in seen["page"]
    assert "<title>Throwaway page</title>" in seen["page"]
    assert seen["navbar_link"] and seen["sitemap"]
    assert [entry["page"] for entry in seen["catalog"]] == ["throwaway"]


def marks(figure: dict) -> list:
    """What a figure draws apart from its words: trace kinds, numbers, colours, patterns."""
    drawn = []
    for trace in figure["data"]:
        numbers = {axis: trace.get(axis) for axis in ("x", "y", "z")
                   if all(isinstance(v, (int, float, type(None))) for v in _flat(trace.get(axis)))}
        drawn.append((trace.get("type"), json.dumps(numbers, sort_keys=True),
                      json.dumps(trace.get("marker"), sort_keys=True, default=str)))
    return drawn


def _flat(values):
    for value in values if isinstance(values, (list, tuple)) else ():
        yield from (_flat(value) if isinstance(value, (list, tuple)) else [value])


@pytest.mark.parametrize("spec", all_charts(), ids=lambda spec: spec.slug)
def test_no_logic_reads_a_displayed_label(spec, store):
    """Renaming every key for display (as another language will) changes no mark: Belgium's
    colour, lower-bound hatching, order and values come from keys and fields, not from words."""
    frame = store.datasets[spec.dataset].frame
    rows = spec.filtered(frame, spec.parse_query(frame, {})[0])
    as_usual = json.loads(spec.draw(rows, store.labels.display, "en").to_json())
    renamed = json.loads(spec.draw(rows, lambda key: f"«{store.labels.display(key)}»", "en").to_json())
    assert marks(renamed) == marks(as_usual)
