"""The login backend for user names and passwords, with the permissions of a user read in one
plain query, and on PostgreSQL the signed-in user's row as well."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from . import prepared
from .roles import remember_roles, roles_sql


class PlainQueryPermissions:
    """Mixin for Django's ModelBackend and its subclasses: a user's permissions (their own and
    their groups') come from one plain query instead of two ORM querysets: every page checks a
    permission, and building those querysets cost ~1.5 ms CPU a request (1M-message Woo search
    bench, stop 35), more than PostgreSQL spent on them. Same set, same cache (`_perm_cache`),
    same rules for inactive users, superusers and object permissions."""

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if user_obj.is_superuser:  # every permission: Django's own query
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = _permissions_of(user_obj.pk)
        return user_obj._perm_cache

    def get_user(self, user_id):
        """The signed-in user of a session, read on every request: on PostgreSQL one plain query
        and the ORM's own from_db (the ORM's get() cost ~0.3 ms CPU more a request than the
        query, 1M-message Woo search bench, stop 41); the same instance, None for a user that is
        gone or may not sign in, as ModelBackend.get_user. Elsewhere (SQLite: dates need the
        ORM's converters) Django's own."""
        if connection.vendor != "postgresql":
            return super().get_user(user_id)
        user_model = get_user_model()
        fields = user_model._meta.concrete_fields
        quote = connection.ops.quote_name
        pk = f"u.{quote(user_model._meta.pk.column)}"
        # In the same round trip the user's permissions and roles, which nearly every page
        # asks for next (two queries less a request).
        roles, roles_params = roles_sql(pk)
        with connection.cursor() as cursor:
            # Prepared once per connection: parsing and planning it took ~3x its execution.
            prepared.execute(
                cursor,
                "archief_session_user",
                f"SELECT {', '.join(f'u.{quote(field.column)}' for field in fields)}, "
                f"ARRAY({_permissions_sql(pk, labels=True)}), ARRAY({roles}) "
                f"FROM {quote(user_model._meta.db_table)} u WHERE {pk} = %s",
                [*roles_params, user_id],
            )
            row = cursor.fetchone()
        if row is None:
            return None
        *row, permissions, role_names = row
        user = user_model.from_db(connection.alias, [field.attname for field in fields], row)
        if not self.user_can_authenticate(user):
            return None
        if user.is_active and not user.is_superuser:  # get_all_permissions' own cases
            user._perm_cache = set(permissions)
        remember_roles(user, role_names)
        return user


class ArchiefModelBackend(PlainQueryPermissions, ModelBackend):
    """Django's ModelBackend (user name and password) with PlainQueryPermissions."""


def _permissions_of(user_id) -> set[str]:
    """ "app_label.codename" of every permission given to the user or to one of their groups."""
    with connection.cursor() as cursor:
        cursor.execute(_permissions_sql("%s"), [user_id, user_id])
        return {f"{app_label}.{codename}" for app_label, codename in cursor.fetchall()}


def _permissions_sql(user: str, *, labels: bool = False) -> str:
    """The query of _permissions_of: `user` is the SQL of the user's id, twice (a placeholder,
    or a column of an outer query); `labels`: one column "app_label.codename"."""
    quote = connection.ops.quote_name
    user_model = get_user_model()
    own = user_model.user_permissions.through._meta
    member = user_model.groups.through._meta
    granted = Group.permissions.through._meta
    app_label, codename = f"ct.{quote('app_label')}", f"p.{quote('codename')}"
    columns = f"{app_label} || '.' || {codename}" if labels else f"{app_label}, {codename}"
    return (
        f"SELECT {columns} "
        f"FROM {quote(Permission._meta.db_table)} p "
        f"JOIN {quote(ContentType._meta.db_table)} ct ON ct.{quote('id')} = p.{quote('content_type_id')} "
        f"WHERE p.{quote('id')} IN ("
        f"SELECT {_column(own, Permission)} FROM {quote(own.db_table)} "
        f"WHERE {_column(own, user_model)} = {user} "
        f"UNION SELECT g.{_column(granted, Permission)} FROM {quote(granted.db_table)} g "
        f"JOIN {quote(member.db_table)} m ON m.{_column(member, Group)} = g.{_column(granted, Group)} "
        f"WHERE m.{_column(member, user_model)} = {user})"
    )


def _column(through_meta, model) -> str:
    """The quoted column of a many-to-many table that points at `model`."""
    for field in through_meta.fields:
        if field.is_relation and field.related_model is model:
            return connection.ops.quote_name(field.column)
    raise LookupError(f"{through_meta.db_table} has no column for {model.__name__}")
