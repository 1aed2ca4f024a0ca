"""The production gunicorn configuration loads the archive and sizes itself from the environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.subprocess


def resolved_config(**environment: str) -> dict[str, str]:
    ours = ("DEBUG", "WEB_CONCURRENCY", "GUNICORN_THREADS", "GUNICORN_BIND", "GUNICORN_MAX_REQUESTS")
    env = {key: value for key, value in os.environ.items() if key not in ours}
    env.update(SECRET_KEY="x" * 50, ALLOWED_HOSTS="archive.example.org", **environment)
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "archive" / "gunicorn.conf.py"), "--print-config",
         "archive.wsgi"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return {key.strip(): value.strip() for key, _, value in (line.partition("=") for line in result.stdout.splitlines())}


def test_one_threaded_worker_per_core_by_default():
    config = resolved_config()
    assert config["workers"] == str(os.cpu_count())
    assert config["worker_class"] == "gthread"
    assert config["threads"] == "4"
    assert config["bind"] == "['127.0.0.1:8000']"


def test_the_environment_sizes_and_places_it():
    config = resolved_config(WEB_CONCURRENCY="3", GUNICORN_THREADS="8", GUNICORN_BIND="127.0.0.1:9100")
    assert (config["workers"], config["threads"], config["bind"]) == ("3", "8", "['127.0.0.1:9100']")


def test_workers_are_forked_from_a_loaded_master_and_recycled_only_when_asked():
    config = resolved_config()
    assert config["preload_app"] == "True"
    assert config["max_requests"] == "0"  # a gthread restart resets the connections it holds
    config = resolved_config(GUNICORN_MAX_REQUESTS="50000")
    assert (config["max_requests"], config["max_requests_jitter"]) == ("50000", "5000")
