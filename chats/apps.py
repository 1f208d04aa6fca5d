from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_roles(sender, **kwargs):
    from .roles import sync_roles

    sync_roles()


class ChatsConfig(AppConfig):
    name = "chats"
    verbose_name = "WhatsApp-gesprekken"

    def ready(self):
        # Groups and permissions follow the code after every migrate (permissions only exist
        # after their apps' post_migrate, so this cannot be a plain data migration).
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="chats.sync_roles")
        _ensure_private_dirs()


def _ensure_private_dirs() -> None:
    """Create the private temp and upload dirs (owner only) that settings point at."""
    import os

    from django.conf import settings

    for path in (settings.ARCHIEF_TEMP_ROOT, settings.FILE_UPLOAD_TEMP_DIR):
        if path:
            os.makedirs(path, mode=0o700, exist_ok=True)
