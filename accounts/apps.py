from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Gebruikers en rollen"

    def ready(self):
        # Imported here: the receivers import auth's models, which cannot be loaded while the
        # app registry is still being populated.
        from .receivers import sync_roles_after_migrate

        # Groups and permissions follow the code after every migrate (permissions only exist
        # after their apps' post_migrate, so this cannot be a plain data migration). No sender:
        # the receiver acts on the last app's signal, when all permissions exist.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="accounts.sync_roles")
