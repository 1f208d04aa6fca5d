"""Settings for the processes the harness starts (worker, beat, ingest, gunicorn): base, not test.

The test settings force tasks to run eagerly; these keep the real broker from the environment
(CELERY_BROKER_URL) and make the sweep quick enough to watch.
"""

import os
from datetime import timedelta

os.environ.setdefault("SECRET_KEY", "chaos-tests-only-not-secret")

from meppel_archief.settings.base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ARCHIEF_SWEEP_AFTER = timedelta(seconds=float(os.environ.get("CHAOS_SWEEP_AFTER_SECONDS", "2")))
# Served by gunicorn in the benchmark without collectstatic.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
