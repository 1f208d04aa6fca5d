"""The production build: collectstatic with the storage production uses (hashed, compressed)."""

import json

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

PRODUCTION_STATIC = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


def test_collectstatic_with_the_production_storage_succeeds(tmp_path):
    # The test settings serve static files unhashed; production hashes and compresses them, and
    # that step follows every url() and sourceMappingURL in the files it copies.
    storages = {**settings.STORAGES, "staticfiles": PRODUCTION_STATIC}
    with override_settings(STORAGES=storages, STATIC_ROOT=tmp_path):
        call_command("collectstatic", interactive=False, verbosity=0)
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())
    hashed = manifest["paths"]
    assert "vendor/bootstrap/bootstrap.bundle.min.js" in hashed
    assert "vendor/bootstrap/bootstrap.min.css" in hashed
    assert (tmp_path / hashed["css/archief.css"]).exists()
