"""A Redis cache that a Redis outage cannot break: errors become cache misses.

flask-caching's own Redis backend raises on every call while Redis is down (flask-caching
then logs a traceback per request), and a Redis that accepts connections but never answers
blocks each call until the socket times out. This backend logs one warning per outage, skips
Redis for `retry_after` seconds after a failure (so at most one slow call per interval), and
uses Redis again as soon as it answers.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Any

from flask_caching.backends.rediscache import RedisCache
from redis import from_url
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


class ResilientRedisCache(RedisCache):
    """RedisCache whose every operation degrades to 'not cached' while Redis is unreachable."""

    def __init__(self, *args: Any, retry_after: float = 5.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after
        self._down_until = 0.0
        self._outage = False
        self._lock = threading.Lock()

    @property
    def is_down(self) -> bool:
        return self._outage

    def _guard(self, operation: str, fallback: Any, *args: Any, **kwargs: Any) -> Any:
        if time.monotonic() < self._down_until:
            return fallback
        try:
            result = getattr(super(), operation)(*args, **kwargs)
        except (RedisError, OSError) as exc:
            with self._lock:
                self._down_until = time.monotonic() + self.retry_after
                if not self._outage:
                    self._outage = True
                    log.warning("Redis cache unreachable (%s: %s); serving uncached, retrying "
                                "every %.0f s", type(exc).__name__, exc, self.retry_after)
            return fallback
        if self._outage:
            with self._lock:
                if self._outage:
                    self._outage = False
                    log.warning("Redis cache reachable again; caching resumed")
        return result

    def get(self, key: str) -> Any:
        return self._guard("get", None, key)

    def get_many(self, *keys: str) -> list[Any]:
        return self._guard("get_many", [None] * len(keys), *keys)

    def set(self, key: str, value: Any, timeout: int | None = None) -> Any:
        return self._guard("set", False, key, value, timeout)

    def set_many(self, mapping: dict[str, Any], timeout: int | None = None) -> Any:
        return self._guard("set_many", [], mapping, timeout)

    def add(self, key: str, value: Any, timeout: int | None = None) -> Any:
        return self._guard("add", False, key, value, timeout)

    def delete(self, key: str) -> Any:
        return self._guard("delete", False, key)

    def delete_many(self, *keys: str) -> Any:
        return self._guard("delete_many", [], *keys)

    def has(self, key: str) -> Any:
        return self._guard("has", False, key)

    def clear(self) -> Any:
        return self._guard("clear", False)

    def ping(self) -> bool:
        """True when Redis answers now (used by /readyz; ignores the retry interval)."""
        try:
            return bool(self._read_client.ping())
        except (RedisError, OSError):
            return False


def resilient_redis(app, config: dict, args: list, kwargs: dict) -> ResilientRedisCache:
    """flask-caching factory (CACHE_TYPE='cache_backends.resilient_redis')."""
    options = dict(config.get("CACHE_OPTIONS") or {})
    retry_after = float(options.pop("retry_after", 5.0))
    client = from_url(config["CACHE_REDIS_URL"], **options)
    return ResilientRedisCache(host=client, key_prefix=config.get("CACHE_KEY_PREFIX", ""),
                               default_timeout=kwargs.get("default_timeout", 300),
                               retry_after=retry_after)
