"""One long-lived headless Chromium per process renders chart images (kaleido).

Starting a browser per image costs about 2 s; kaleido's sync server keeps one running, so
later images take about 0.15 s. Renders run one at a time on a single worker thread; at most
`max_waiting` more may queue, the rest are refused at once (503) rather than piling up.
"""
from __future__ import annotations

import logging
import shutil
import threading
import warnings
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout

import plotly.graph_objects as go
import plotly.io as pio

from i18n.catalogs import N_

log = logging.getLogger(__name__)
# kaleido and its browser driver log every tab at INFO; one line per image is noise here.
for noisy in ("kaleido", "choreographer"):
    logging.getLogger(noisy).setLevel(logging.WARNING)
TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "assets" / "topojson"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


class RenderUnavailable(RuntimeError):
    """Images cannot be rendered here (no browser, busy, or too slow); the message says why."""


class ImageRenderer:
    """Serialises renders through one kaleido server; bounded queue and a timeout per image."""

    def __init__(self, timeout: float = 30.0, max_waiting: int = 8):
        self.configure(timeout, max_waiting)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kaleido")
        self._start_lock = threading.Lock()
        self._started = False

    def configure(self, timeout: float, max_waiting: int) -> None:
        """Set the per-image timeout and how many renders may wait (from the app's config)."""
        self.timeout = timeout
        self._slots = threading.BoundedSemaphore(max_waiting + 1)

    @staticmethod
    def browser() -> str | None:
        """Path of the Chromium kaleido will use, or None."""
        return next(filter(None, (shutil.which(name) for name in BROWSERS)), None)

    def unavailable_reason(self) -> str | None:
        """Why images cannot be made here, or None when they can."""
        if self.browser() is None:
            return N_("Image export needs Chromium on the server (apt-get install chromium); "
                      "the data downloads (CSV, XLSX) still work.")
        return None

    def _ensure_started(self) -> None:
        with self._start_lock:
            if not self._started:
                import kaleido
                # Map outlines come from the app's own files: the renderer has no network.
                pio.defaults.topojson = TOPOJSON_DIR.as_uri() + "/"
                kaleido.start_sync_server(silence_warnings=True)
                self._started = True

    def _render(self, fig: go.Figure, fmt: str, scale: float) -> bytes:
        self._ensure_started()
        with warnings.catch_warnings():
            # plotly passes browser options that a running server cannot take; harmless.
            warnings.filterwarnings("ignore", message="The kopts argument is ignored")
            return pio.to_image(fig, format=fmt, scale=scale)

    def render(self, fig: go.Figure, fmt: str, scale: float = 1.0) -> bytes:
        """The figure as PNG, SVG or PDF bytes at the figure's own width and height."""
        reason = self.unavailable_reason()
        if reason:
            raise RenderUnavailable(reason)
        if not self._slots.acquire(blocking=False):
            raise RenderUnavailable("The image renderer is busy; try again in a few seconds.")
        try:
            future = self._executor.submit(self._render, fig, fmt, scale)
            try:
                return future.result(timeout=self.timeout)
            except FutureTimeout:
                raise RenderUnavailable(f"Rendering took longer than {self.timeout:g} s.") from None
            except RenderUnavailable:
                raise
            except Exception as exc:  # kaleido/choreographer report browser failures many ways
                log.warning("image render failed: %s", exc)
                raise RenderUnavailable(f"The image renderer failed: {type(exc).__name__}.") from None
        finally:
            self._slots.release()


renderer = ImageRenderer()
