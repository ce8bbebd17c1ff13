"""The Dockerfile's install and start steps, replayed in a fresh virtualenv (no Docker engine
runs on our build machines), so the image and this check cannot drift apart."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import ROOT, app_process, get

pytestmark = pytest.mark.service  # each test starts app processes (see tests/conftest.py layers)

DOCKERFILE = (ROOT / "Dockerfile").read_text()


def instruction(name: str) -> list[str]:
    """All instructions of one kind, continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    return [line[len(name) + 1:].strip() for line in joined.splitlines() if line.startswith(name + " ")]


def test_dockerfile_follows_the_rules():
    assert instruction("FROM")[0].startswith("python:3.11-slim")
    assert any("apt-get install" in run and " chromium" in run for run in instruction("RUN"))
    user = instruction("USER")
    assert user and user[-1] not in ("root", "0")
    assert "/healthz" in instruction("HEALTHCHECK")[0]
    assert instruction("CMD")[0] == '["gunicorn", "-c", "gunicorn.conf.py", "app:server"]'


@pytest.fixture(scope="module")
def docker_venv(tmp_path_factory) -> Path:
    """A fresh virtualenv with exactly the Dockerfile's pip install step run in it."""
    venv = tmp_path_factory.mktemp("docker") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    synced = DOCKERFILE.split("# docker-sync", 1)[1].split("\nRUN ", 1)[1].split("\n", 1)[0]
    command = shlex.split(synced)
    assert command[:2] == ["pip", "install"], synced
    subprocess.run([str(venv / "bin" / "pip"), *command[1:]], cwd=ROOT, check=True,
                   capture_output=True, timeout=900)
    return venv


def test_image_install_steps_serve_the_app_with_gunicorn(docker_venv, tmp_path):
    gunicorn = str(docker_venv / "bin" / "gunicorn")
    cmd = json.loads(instruction("CMD")[0])
    assert cmd[0] == "gunicorn"
    command = [gunicorn, *cmd[1:]]
    with app_process({"WEB_WORKERS": "2"}, tmp_path / "gunicorn.log", command) as base:
        for path in ["/healthz", "/readyz", "/en/", "/en/globalization", "/charts/kof-dimensions.csv"]:
            status, body, _ = get(base + path)
            assert status == 200, (path, body[:200])
    assert "Booting worker" in (tmp_path / "gunicorn.log").read_text()


def test_plain_gunicorn_app_server_still_works(docker_venv, tmp_path):
    command = [str(docker_venv / "bin" / "gunicorn"), "--no-control-socket", "-b",
               "127.0.0.1:{port}", "app:server"]
    with app_process({}, tmp_path / "plain.log", command) as base:
        assert get(base + "/healthz")[0] == 200
