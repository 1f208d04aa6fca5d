"""/healthz and the production settings' refusal to start without a secret."""

import json
import os
import subprocess
import sys

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
