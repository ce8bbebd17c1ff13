"""Load and worker faults against gunicorn -w 2 on loopback (bounded in count and time)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from tests.loadgen import run_load
from tests.payloads import typical_filter_bodies
from tests.servers import app_process, get

pytestmark = pytest.mark.service  # each test starts app processes (see tests/conftest.py layers)

GUNICORN = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--workers", "2",
            "--bind", "127.0.0.1:{port}", "app:server"]
LOAD_SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))


@pytest.fixture(scope="module")
def callback_bodies(dash_app):
    dash_app.server.test_client().get("/en/")  # Dash registers the pages router on first request
    return typical_filter_bodies(dash_app.callback_map)


def worker_pids(master: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def master_pid(port_base: str) -> int:
    port = port_base.rsplit(":", 1)[1]
    out = subprocess.run(["pgrep", "-f", f"127.0.0.1:{port}"], capture_output=True, text=True).stdout
    pids = [int(pid) for pid in out.split()]
    return min(pids)


def test_mixed_load_has_no_errors(callback_bodies, tmp_path, capsys):
    with app_process({}, tmp_path / "gunicorn.log", GUNICORN) as base:
        result = run_load(base, callback_bodies, seconds=LOAD_SECONDS, threads=8)
    with capsys.disabled():
        print(f"\nload: {len(result.latencies)} requests in {LOAD_SECONDS:g} s "
              f"({len(result.latencies) / LOAD_SECONDS:.0f} req/s), errors {len(result.errors)}, "
              f"p50 {result.percentile(0.5) * 1000:.1f} ms, p99 {result.percentile(0.99) * 1000:.1f} ms")
    assert len(result.latencies) > 100
    assert result.errors == []


def test_a_killed_worker_is_replaced_and_requests_keep_succeeding(callback_bodies, tmp_path):
    log = tmp_path / "gunicorn.log"
    with app_process({}, log, GUNICORN) as base:
        master = master_pid(base)
        victims = worker_pids(master)
        assert len(victims) == 2
        outcome = {}
        thread = threading.Thread(target=lambda: outcome.update(
            result=run_load(base, callback_bodies, seconds=8, threads=4)))
        thread.start()
        time.sleep(2)
        killed_at = time.monotonic()
        os.kill(victims[0], signal.SIGKILL)
        thread.join()
        result = outcome["result"]
        deadline = time.monotonic() + 10
        while len(worker_pids(master)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(worker_pids(master)) == 2 and victims[0] not in worker_pids(master)
        assert get(base + "/healthz")[0] == 200
    # Only requests in flight on the killed worker may fail (connection errors, never an HTTP
    # error from the replacement); everything a second later succeeds.
    assert len(result.errors) <= 4, result.errors
    assert not [e for e in result.errors if e.startswith("HTTP")], result.errors
    late = [t for t in result.finished_at if t > killed_at + 1]
    assert len(late) > 50


def test_fresh_workers_answer_concurrent_first_requests(callback_bodies, tmp_path):
    """Regression: Dash sets up its callback map on the first request; concurrent first
    requests to a new worker used to get 'unknown callback output' (the app now warms up)."""
    errors = []
    for attempt in range(3):
        with app_process({}, tmp_path / f"fresh-{attempt}.log", GUNICORN) as base:
            errors += run_load(base, callback_bodies, seconds=2, threads=8).errors
    assert errors == []
