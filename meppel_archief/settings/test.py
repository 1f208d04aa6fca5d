"""Test settings: base with fast hashing and a private media root per run."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")
# `make test` runs the suite in two processes (pytest-xdist); each worker inherits the
# controller's environment, so a worker makes storage of its own instead of sharing it. What a
# worker starts (manage.py, a Celery worker) inherits that worker's storage and keeps it.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
_OWN = os.environ.get("MEPPEL_TEST_STORAGE_OF", "") == _WORKER
for _name, _prefix in (
    ("MEDIA_ROOT", "meppel-test-media-"),
    ("ARCHIEF_TEMP_ROOT", "meppel-test-tmp-"),
):
    if _name not in os.environ or not _OWN:
        os.environ[_name] = tempfile.mkdtemp(prefix=f"{_prefix}{_WORKER}")
os.environ["MEPPEL_TEST_STORAGE_OF"] = _WORKER

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="meppel-test-static-"))  # noqa: F405
WHITENOISE_USE_FINDERS = True
# Tests run tasks in-process unless a test starts a real worker and says otherwise.
CELERY_TASK_ALWAYS_EAGER = True
