"""The dashboard's pages, one module each: its declaration (a PageSpec), its words and, for a
topic page, its charts. `load()` imports every module here, which fills the registry of
charts/spec.py; nothing else keeps a list of pages."""
import importlib
import pkgutil


def load() -> None:
    """Declare every page and chart (idempotent: Python imports a module once)."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
