"""The shared Redis cache: shared between processes, and never a reason to fail a request."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import require_or_skip
from tests.servers import HangingServer, RedisServer, app_process, get

pytestmark = pytest.mark.service  # each test starts app processes (see tests/conftest.py layers)

CHART = "/charts/kof-dimensions.csv?countries=BEL,NLD"


@pytest.fixture()
def redis_server():
    require_or_skip(bool(shutil.which("redis-server")), "redis-server (apt-get install redis-server)")
    server = RedisServer()
    server.start()
    yield server
    server.stop()


def warnings_in(log_path) -> list[str]:
    lines = []
    for line in log_path.read_text().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("level") == "WARNING":
            lines.append(entry["message"])
    return lines


def test_two_app_processes_share_the_cache(redis_server, tmp_path):
    env = {"CACHE_REDIS_URL": redis_server.url}
    with app_process(env, tmp_path / "a.log") as first, app_process(env, tmp_path / "b.log") as second:
        status, body_a, _ = get(first + CHART)
        assert status == 200
        keys_after_first = redis_server.dbsize()
        assert keys_after_first > 0
        status, body_b, _ = get(second + CHART)
        assert status == 200 and body_b.split(b"\n# Downloaded")[0] == body_a.split(b"\n# Downloaded")[0]
        assert redis_server.dbsize() == keys_after_first  # the second process reused the entries


def test_redis_going_away_and_coming_back(redis_server, tmp_path):
    log = tmp_path / "app.log"
    env = {"CACHE_REDIS_URL": redis_server.url, "CACHE_RETRY_AFTER": "0.5",
           "CACHE_SOCKET_TIMEOUT": "0.3"}
    with app_process(env, log) as base:
        assert get(base + CHART)[0] == 200
        redis_server.stop()
        timings = []
        for path in [CHART, "/charts/kof-dimensions.csv?countries=BEL", "/en/globalization", "/readyz"]:
            status, body, seconds = get(base + path)
            assert status == 200, (path, body[:200])
            timings.append(seconds)
        assert max(timings) < 2.0, timings
        assert json.loads(get(base + "/readyz")[1])["status"] == "degraded"
        down = [w for w in warnings_in(log) if w.startswith("Redis cache unreachable")]
        assert len(down) == 1  # one warning per outage, not one traceback per request
        assert "Traceback" not in log.read_text()

        redis_server.start()  # same port, empty
        import time
        time.sleep(0.6)  # past CACHE_RETRY_AFTER
        assert get(base + "/charts/kof-dimensions.csv?countries=NLD")[0] == 200
        assert redis_server.dbsize() > 0  # cached again
        assert any(w.startswith("Redis cache reachable again") for w in warnings_in(log))
        assert json.loads(get(base + "/readyz")[1])["status"] == "ready"


def test_redis_down_at_start_still_serves(tmp_path):
    env = {"CACHE_REDIS_URL": "redis://127.0.0.1:1/0", "CACHE_SOCKET_TIMEOUT": "0.3"}
    with app_process(env, tmp_path / "app.log") as base:
        for path in [CHART, "/en/", "/en/firm-morphology"]:
            assert get(base + path)[0] == 200


def test_a_hanging_redis_costs_at_most_one_timeout_per_retry_interval(tmp_path):
    hanging = HangingServer()
    try:
        env = {"CACHE_REDIS_URL": f"redis://127.0.0.1:{hanging.port}/0",
               "CACHE_SOCKET_TIMEOUT": "0.3", "CACHE_RETRY_AFTER": "30"}
        with app_process(env, tmp_path / "app.log") as base:
            timings = []
            for index in range(6):
                status, _, seconds = get(base + f"/charts/kof-dimensions.csv?countries=BEL{',NLD' * (index % 2)}")
                assert status == 200
                timings.append(seconds)
            assert timings[0] < 2.0
            assert max(timings[1:]) < 0.5, timings  # Redis is skipped after the first timeout
    finally:
        hanging.close()
