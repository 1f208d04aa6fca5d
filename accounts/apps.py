from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate, post_save


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Gebruikers en rollen"

    def ready(self):
        # Imported here: the receivers import auth's models, which cannot be loaded while the
        # app registry is still being populated (the signals module is imported with them).
        from axes.signals import user_locked_out
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

        from . import checks  # noqa: F401  (registers the system checks of the sign-on settings)
        from .receivers import (
            lockout_audited,
            login_audited,
            login_failure_audited,
            logout_audited,
            staff_follows_groups,
            staff_follows_groups_on_save,
            sync_roles_after_migrate,
            throttle_names_hashed_after_migrate,
        )

        # Groups and permissions follow the code after every migrate (permissions only exist
        # after their apps' post_migrate, so this cannot be a plain data migration). No sender:
        # the receiver acts on the last app's signal, when all permissions exist.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="accounts.sync_roles")
        # Login names kept as typed by the throttle before it hashed them (accounts/lockout.py).
        post_migrate.connect(
            throttle_names_hashed_after_migrate, dispatch_uid="accounts.throttle_names_hashed"
        )
        # Staff status follows the roles (accounts/staff.py).
        user_model = get_user_model()
        m2m_changed.connect(
            staff_follows_groups,
            sender=user_model.groups.through,
            dispatch_uid="accounts.staff_follows_groups",
        )
        post_save.connect(
            staff_follows_groups_on_save,
            sender=user_model,
            dispatch_uid="accounts.staff_follows_groups_on_save",
        )
        # The login trail: every login, failure, logout and lockout is an audit row.
        user_logged_in.connect(login_audited, dispatch_uid="accounts.login_audited")
        user_login_failed.connect(login_failure_audited, dispatch_uid="accounts.login_failed")
        user_logged_out.connect(logout_audited, dispatch_uid="accounts.logout_audited")
        user_locked_out.connect(lockout_audited, dispatch_uid="accounts.lockout_audited")
