"""Run the Redis fault sequence against a real app process and print what each request got.

    python -m bench.redis_faults

Redis up -> stopped -> restarted, then a Redis that accepts connections and never answers.
Needs redis-server; everything runs on loopback.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.servers import HangingServer, RedisServer, app_process, get  # noqa: E402

PATHS = ["/charts/kof-dimensions.csv?countries=BEL,NLD", "/globalization", "/readyz"]


def probe(base: str, label: str, redis: RedisServer | None) -> None:
    for path in PATHS:
        status, body, seconds = get(base + path)
        extra = json.loads(body)["status"] if path == "/readyz" else ""
        keys = redis.dbsize() if redis and redis.process else "-"
        print(f"| {label} | {path} | {status} {extra} | {seconds * 1000:.0f} ms | {keys} |")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    print("| phase | request | status | time | Redis keys |\n| --- | --- | --- | --- | --- |")
    redis = RedisServer()
    redis.start()
    env = {"CACHE_REDIS_URL": redis.url, "CACHE_RETRY_AFTER": "2", "CACHE_SOCKET_TIMEOUT": "0.5"}
    with app_process(env, folder / "app.log") as base:
        probe(base, "Redis up (cold)", redis)
        probe(base, "Redis up (warm)", redis)
        redis.stop()
        probe(base, "Redis stopped", None)
        probe(base, "Redis still down", None)
        redis.start()
        time.sleep(2.1)
        probe(base, "Redis restarted (empty)", redis)
        probe(base, "Redis back (warm)", redis)
    redis.stop()
    warnings = [json.loads(line)["message"] for line in (folder / "app.log").read_text().splitlines()
                if line.startswith("{") and json.loads(line)["level"] == "WARNING"]
    hanging = HangingServer()
    env = {"CACHE_REDIS_URL": f"redis://127.0.0.1:{hanging.port}/0", "CACHE_SOCKET_TIMEOUT": "0.5",
           "CACHE_RETRY_AFTER": "30"}
    with app_process(env, folder / "hang.log") as base:
        probe(base, "Redis hanging", None)
        probe(base, "Redis hanging (again)", None)
    hanging.close()
    print("\nWarnings logged during the up/down/up sequence:")
    for warning in warnings:
        print(f"- {warning}")


if __name__ == "__main__":
    main()
