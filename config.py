"""All settings come from the environment, read in one place (documented in README.md and
.env.example)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def parse_bool(text: str | None, default: bool = False) -> bool:
    """'true'/'1'/'yes'/'on' -> True, 'false'/'0'/'no'/'off'/'' -> False; anything else is an error."""
    if text is None:
        return default
    word = text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"not a boolean: {text!r} (use true or false)")


@dataclass(frozen=True)
class Config:
    """The app's settings; `from_env` reads them, tests build one directly."""

    host: str = "127.0.0.1"
    port: int = 8050
    debug: bool = False
    data_dir: Path = Path(__file__).resolve().parent / "data"
    cache_redis_url: str = ""
    cache_dir: str = ""
    cache_timeout: int = 3600
    cache_socket_timeout: float = 0.5
    cache_retry_after: float = 5.0
    log_level: str = "INFO"
    frame_ancestors: str = "'self'"
    embed_frame_ancestors: str = "*"   # /embed/<slug> is made to be framed by any site
    export_timeout: float = 30.0
    export_max_queue: int = 8
    accessibility_contact: str = ""
    extra_cache: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "Config":
        """Settings from environment variables (see .env.example for every name)."""
        d = cls()
        return cls(
            host=env.get("DASH_HOST", d.host),
            port=int(env.get("DASH_PORT", d.port)),
            debug=parse_bool(env.get("DASH_DEBUG"), d.debug),
            data_dir=Path(env.get("DATA_DIR", d.data_dir)),
            cache_redis_url=env.get("CACHE_REDIS_URL", d.cache_redis_url),
            cache_dir=env.get("CACHE_DIR", d.cache_dir),
            cache_timeout=int(env.get("CACHE_DEFAULT_TIMEOUT", d.cache_timeout)),
            cache_socket_timeout=float(env.get("CACHE_SOCKET_TIMEOUT", d.cache_socket_timeout)),
            cache_retry_after=float(env.get("CACHE_RETRY_AFTER", d.cache_retry_after)),
            log_level=env.get("LOG_LEVEL", d.log_level).upper(),
            frame_ancestors=env.get("FRAME_ANCESTORS", d.frame_ancestors),
            embed_frame_ancestors=env.get("EMBED_FRAME_ANCESTORS", d.embed_frame_ancestors),
            export_timeout=float(env.get("EXPORT_TIMEOUT", d.export_timeout)),
            export_max_queue=int(env.get("EXPORT_MAX_QUEUE", d.export_max_queue)),
            accessibility_contact=env.get("ACCESSIBILITY_CONTACT", d.accessibility_contact).strip(),
        )

    def cache_config(self) -> dict:
        """flask-caching settings: Redis when CACHE_REDIS_URL is set (shared by every worker and
        host, degrading to uncached work when Redis is away), else a directory if CACHE_DIR is
        set, else in-process memory."""
        config: dict = {"CACHE_DEFAULT_TIMEOUT": self.cache_timeout}
        if self.cache_redis_url:
            config.update(
                CACHE_TYPE="cache_backends.resilient_redis",
                CACHE_REDIS_URL=self.cache_redis_url,
                CACHE_KEY_PREFIX="bnge:",
                CACHE_OPTIONS={"socket_timeout": self.cache_socket_timeout,
                               "socket_connect_timeout": self.cache_socket_timeout,
                               "retry_after": self.cache_retry_after},
            )
        elif self.cache_dir:
            config.update(CACHE_TYPE="FileSystemCache", CACHE_DIR=self.cache_dir)
        else:
            config.update(CACHE_TYPE="SimpleCache")
        config.update(self.extra_cache)
        return config
