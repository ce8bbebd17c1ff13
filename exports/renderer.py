"""One long-lived headless Chromium per process renders chart images (kaleido).

Starting a browser per image costs about 2 s, so one is started with the first image and kept,
with two tabs, each reused for many images (`_kaleido_class`). At most `max_waiting` renders
wait beside the one being drawn; the rest are refused at once (503) rather than piling up.
"""
from __future__ import annotations

import asyncio
import atexit
import json
import logging
import shutil
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from i18n.catalogs import N_

log = logging.getLogger(__name__)
# kaleido and its browser driver log every tab at INFO; one line per image is noise here.
for noisy in ("kaleido", "choreographer"):
    logging.getLogger(noisy).setLevel(logging.WARNING)
TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "assets" / "topojson"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
TABS = 2


def _kaleido_class():
    """kaleido.Kaleido, reloading a tab after every RELOAD_EVERY images instead of after each.

    Kaleido reloads a tab after every image, before the image is handed back: ~0.2 s per
    export, and each image then runs plotly.js on a fresh page, not yet compiled (~0.1 s more on
    the slide-sized heatmap). An image leaves nothing behind in its tab (plotly.js draws it in a
    scratch element and purges it), so a tab is reused as it is and reloaded now and then, after
    the image has been handed back, to bound whatever the page accumulates. Uses two private
    members of kaleido 1.5.0 (pinned in requirements.txt; tests/test_exports.py checks them).
    """
    from kaleido import Kaleido

    class ReusingKaleido(Kaleido):
        async def _return_kaleido_tab(self, tab) -> None:
            uses = _USES[tab] = _USES.get(tab, 0) + 1
            # A render cut short (timeout) may have left its page mid-way: that tab reloads.
            if uses % RELOAD_EVERY and not asyncio.current_task().cancelling():
                await self.tabs_ready.put(tab)
                return
            reloading = asyncio.get_running_loop().create_task(super()._return_kaleido_tab(tab))
            _RELOADING.add(reloading)  # a task nobody holds may be collected before it ends
            reloading.add_done_callback(_RELOADING.discard)

    return ReusingKaleido


RELOAD_EVERY = 20
_USES: dict = {}
_RELOADING: set[asyncio.Task] = set()


class RenderUnavailable(RuntimeError):
    """Images cannot be rendered here (no browser, busy, or too slow); the message says why."""

class ImageRenderer:
    """Renders through one kaleido browser (two tabs); bounded queue and a timeout per image."""

    def __init__(self, timeout: float = 30.0, max_waiting: int = 8):
        self.configure(timeout, max_waiting)
        self._start_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido = None

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
        """Start Chromium and its tabs on a thread of their own (an asyncio loop), once."""
        with self._start_lock:
            if self._kaleido is not None:
                return
            ready = threading.Event()
            failure: list[Exception] = []

            async def serve() -> None:
                try:
                    async with _kaleido_class()(n=TABS, timeout=None) as kaleido:
                        stop = asyncio.Event()
                        self._loop, self._kaleido = asyncio.get_running_loop(), kaleido
                        ready.set()
                        # Until the process exits: then the browser closes and removes its files.
                        atexit.register(self._loop.call_soon_threadsafe, stop.set)
                        await stop.wait()
                except Exception as exc:  # no browser, or it would not start: said by render()
                    failure.append(exc)
                    ready.set()

            thread = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True,
                                      name="kaleido")
            thread.start()
            atexit.register(thread.join, 5)  # after the stop above (atexit runs last first)
            if not ready.wait(self.timeout) or failure:
                reason = type(failure[0]).__name__ if failure else "took too long"
                raise RenderUnavailable(f"The image renderer did not start: {reason}.")

    def _render(self, fig: go.Figure, fmt: str, scale: float) -> bytes:
        self._ensure_started()
        figure = json.loads(pio.to_json(fig, validate=False))
        layout = figure.get("layout", {})
        options = dict(format=fmt, width=layout.get("width"), height=layout.get("height"),
                       scale=scale)
        drawing = asyncio.run_coroutine_threadsafe(
            self._kaleido.calc_fig(figure, opts=options, topojson=TOPOJSON_DIR.as_uri() + "/"),
            self._loop)
        try:
            return drawing.result(timeout=self.timeout)
        except FutureTimeout:
            drawing.cancel()
            raise

    def render(self, fig: go.Figure, fmt: str, scale: float = 1.0) -> bytes:
        """The figure as PNG, SVG or PDF bytes at the figure's own width and height."""
        reason = self.unavailable_reason()
        if reason:
            raise RenderUnavailable(reason)
        if not self._slots.acquire(blocking=False):
            raise RenderUnavailable("The image renderer is busy; try again in a few seconds.")
        try:
            try:
                return self._render(fig, fmt, scale)
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
