"""Test settings: base with fast hashing and a private media root per run."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="meppel-test-media-"))
os.environ.setdefault("ARCHIEF_TEMP_ROOT", tempfile.mkdtemp(prefix="meppel-test-tmp-"))

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
