"""A small bounded load generator: mixed traffic from threads with keep-alive connections."""
from __future__ import annotations

import http.client
import json
import random
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlparse

ENDPOINTS = ["/charts.json", "/healthz"]
CSVS = ["/charts/kof-dimensions.csv?countries=BEL,NLD", "/charts/markets-lost-gained.csv?flow=goods",
        "/charts/exports-by-size.csv?year=2010", "/charts/delivery-models.csv"]


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    finished_at: list[float] = field(default_factory=list)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def run_load(base: str, callback_bodies: list[dict], seconds: float, threads: int = 8,
             max_requests: int = 200_000, stop: threading.Event | None = None) -> LoadResult:
    """Send pages, callbacks and CSV downloads for `seconds` (or `max_requests`) from `threads`."""
    host = urlparse(base)
    result = LoadResult()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    count = [0]
    stop = stop or threading.Event()
    from charts.spec import all_pages
    gets = [page.href("en") for page in all_pages() if page.in_navbar] + ENDPOINTS

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
        while time.monotonic() < deadline and not stop.is_set():
            with lock:
                if count[0] >= max_requests:
                    return
                count[0] += 1
            kind = rng.random()
            started = time.perf_counter()
            try:
                if kind < 0.5:
                    body = json.dumps(rng.choice(callback_bodies))
                    conn.request("POST", "/_dash-update-component", body,
                                 {"Content-Type": "application/json"})
                elif kind < 0.8:
                    conn.request("GET", rng.choice(gets))
                else:
                    conn.request("GET", rng.choice(CSVS))
                response = conn.getresponse()
                body = response.read()
                ok = response.status < 400
                problem = f"HTTP {response.status}: {body[:120]!r}"
            except (OSError, http.client.HTTPException) as exc:
                ok, problem = False, type(exc).__name__
                conn.close()
                conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
            elapsed = time.perf_counter() - started
            with lock:
                result.latencies.append(elapsed)
                result.finished_at.append(time.monotonic())
                if not ok:
                    result.errors.append(problem)
        conn.close()

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return result
