import os

from django.apps import AppConfig
from django.conf import settings


class ChatsConfig(AppConfig):
    name = "chats"
    verbose_name = "WhatsApp-gesprekken"

    def ready(self):
        _ensure_private_dirs()
        # Imported here: models and receivers can only be imported once the app registry is ready.
        from zaken.signals import free_text_redaction

        from .receivers import redact_zaak_free_text

        # Free text typed on a zaak goes into the audit log only as chats' detector leaves it.
        free_text_redaction.connect(redact_zaak_free_text, dispatch_uid="chats.zaak_free_text")


def _ensure_private_dirs() -> None:
    """Create the private temp and upload dirs (owner only) that settings point at."""
    for path in (settings.ARCHIEF_TEMP_ROOT, settings.FILE_UPLOAD_TEMP_DIR):
        if path:
            os.makedirs(path, mode=0o700, exist_ok=True)
