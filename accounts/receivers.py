"""Signal receivers of accounts: keep the role groups in step with the code after `migrate`."""

from django.apps import AppConfig, apps

from .roles import sync_roles


def last_app_with_models() -> AppConfig:
    """The app whose post_migrate `migrate` sends last (it sends one per app that has models)."""
    return [config for config in apps.get_app_configs() if config.models_module is not None][-1]


def sync_roles_after_migrate(sender: AppConfig, **kwargs) -> None:
    """Sync the role groups once per migrate, when every app's permissions exist.

    Django creates an app's permissions in that app's own post_migrate, so the roles are synced at
    the last one: by then the permissions of chats, zaken, woo and audit have all been created.
    (accounts has no models, so Django sends no post_migrate for accounts itself.)
    """
    if sender.label == last_app_with_models().label:
        sync_roles()
