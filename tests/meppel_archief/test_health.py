"""/healthz and the production settings' refusal to start without a secret."""

import json
import logging
import os
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.django_db
def test_healthz_reports_database_and_broker(client):
    response = client.get("/healthz")
    body = json.loads(response.content)
    assert response.status_code == 200
    assert body["database"] == "ok"
    assert body["broker"] in ("ok", "niet gebruikt (taken direct)")


@pytest.mark.django_db
def test_healthz_reaches_a_real_redis(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/11"
    response = client.get("/healthz")
    assert json.loads(response.content)["broker"] == "ok"


@pytest.mark.django_db
def test_healthz_is_503_when_the_broker_is_down(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["broker"] == "onbereikbaar"


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "meppel_archief.settings.production"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY ontbreekt" in result.stderr


def test_the_embedded_default_uses_sqlite_and_eager_tasks():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER, s.LANGUAGE_CODE, s.TIME_ZONE, s.USE_TZ)"
    )
    env["DJANGO_SETTINGS_MODULE"] = "meppel_archief.settings.dev"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "True",
        "nl",
        "Europe/Amsterdam",
        "True",
    ]


@pytest.fixture
def silent_broker():
    """A "broker" that accepts connections and never answers (a hung Redis, a dropped route)."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    stop.set()
    thread.join(timeout=2)
    for conn in accepted:
        conn.close()
    server.close()


@pytest.mark.django_db
def test_healthz_answers_fast_when_the_broker_hangs(client, settings, silent_broker):
    settings.CELERY_BROKER_URL = silent_broker
    answers = []
    started = time.monotonic()
    # In a thread: a probe that hangs fails this test instead of hanging the suite.
    probe = threading.Thread(target=lambda: answers.append(client.get("/healthz")), daemon=True)
    probe.start()
    probe.join(timeout=5)
    elapsed = time.monotonic() - started
    assert answers, "no answer from /healthz within 5 s"
    response = answers[0]
    assert response.status_code == 503
    assert json.loads(response.content)["broker"] == "onbereikbaar"
    assert elapsed < 1.5


@pytest.mark.django_db
def test_a_dead_broker_is_logged_once_not_per_probe(client, settings, caplog, monkeypatch):
    from meppel_archief import health

    # This process has seen nothing yet.
    monkeypatch.setattr(health, "_last_state", {}, raising=False)
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    caplog.set_level(logging.INFO)
    for _ in range(5):
        assert client.get("/healthz").status_code == 503
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    down = [r for r in caplog.records if "broker unreachable" in r.getMessage()]
    assert len(down) == 1 and down[0].levelno == logging.WARNING
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/3"
    assert client.get("/healthz").status_code == 200
    assert client.get("/healthz").status_code == 200
    back = [r for r in caplog.records if "broker reachable again" in r.getMessage()]
    assert len(back) == 1
