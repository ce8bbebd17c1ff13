"""The one loaded DataStore of this process, and the cache that chart data is memoized in.

The store is loaded and validated once at start-up (never per request); data.chart_cache memoizes
filtered frames and figures in `cache` (flask-caching), so with a shared backend every worker
reuses what one of them built.
"""
from __future__ import annotations

from pathlib import Path

from flask_caching import Cache

from data.loader import DATA_DIR, DataStore, load_store

cache = Cache()
_store: DataStore | None = None


def init_store(data_dir: Path = DATA_DIR) -> DataStore:
    """Load and validate the data (raises DataFileError) and make it this process's store."""
    global _store
    _store = load_store(data_dir)
    return _store


def store() -> DataStore:
    """The loaded store; loads the embedded data on first use outside the app factory."""
    return _store if _store is not None else init_store()
