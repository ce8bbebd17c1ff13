"""All settings come from the environment, read in one place (documented in README.md)."""
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
    cache_type: str = "SimpleCache"
    cache_dir: str = ""
    cache_timeout: int = 3600
    log_level: str = "INFO"
    extra_cache: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "Config":
        """Settings from environment variables (DASH_HOST, DASH_PORT, DASH_DEBUG, ...)."""
        defaults = cls()
        return cls(
            host=env.get("DASH_HOST", defaults.host),
            port=int(env.get("DASH_PORT", defaults.port)),
            debug=parse_bool(env.get("DASH_DEBUG"), defaults.debug),
            data_dir=Path(env.get("DATA_DIR", defaults.data_dir)),
            cache_type=env.get("CACHE_TYPE", defaults.cache_type),
            cache_dir=env.get("CACHE_DIR", defaults.cache_dir),
            cache_timeout=int(env.get("CACHE_DEFAULT_TIMEOUT", defaults.cache_timeout)),
            log_level=env.get("LOG_LEVEL", defaults.log_level).upper(),
        )

    def cache_config(self) -> dict:
        """flask-caching settings: in-process by default, a shared directory if CACHE_DIR is set."""
        config = {"CACHE_TYPE": self.cache_type, "CACHE_DEFAULT_TIMEOUT": self.cache_timeout}
        if self.cache_dir:
            config.update(CACHE_TYPE="FileSystemCache", CACHE_DIR=self.cache_dir)
        config.update(self.extra_cache)
        return config
