import os

from django.apps import AppConfig
from django.conf import settings


class ChatsConfig(AppConfig):
    name = "chats"
    verbose_name = "WhatsApp-gesprekken"

    def ready(self):
        _ensure_private_dirs()


def _ensure_private_dirs() -> None:
    """Create the private temp and upload dirs (owner only) that settings point at."""
    for path in (settings.ARCHIEF_TEMP_ROOT, settings.FILE_UPLOAD_TEMP_DIR):
        if path:
            os.makedirs(path, mode=0o700, exist_ok=True)
