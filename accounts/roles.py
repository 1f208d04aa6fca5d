"""The four roles as Django groups, and the permissions each one gets."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection

from .permissions import (
    ADD_SUBMISSION,
    ADD_SYNONIEMGROEP,
    ADD_WOOVERZOEK,
    CHANGE_SYNONIEMGROEP,
    CHANGE_WOOVERZOEK,
    DELETE_SYNONIEMGROEP,
    REVIEW_SUBMISSION,
    SEARCH_ARCHIVE,
    VIEW_SYNONIEMGROEP,
    VIEW_WOOVERZOEK,
)

MEDEWERKER = "Medewerker"
INFORMATIEBEHEER = "Informatiebeheer"
WOO_BEHANDELAAR = "Woo-behandelaar"
BEHEERDER = "Beheerder"
ROLES = (MEDEWERKER, INFORMATIEBEHEER, WOO_BEHANDELAAR, BEHEERDER)

# Roles that work in the Django admin get is_staff when a user is given the role by load_demo.
STAFF_ROLES = (INFORMATIEBEHEER, BEHEERDER)

# Permissions ("app_label.codename") per role. Beheerder gets every permission of the project's
# apps plus user and group management.
ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    MEDEWERKER: (ADD_SUBMISSION,),
    INFORMATIEBEHEER: (
        "chats.view_submission",
        "chats.change_submission",
        REVIEW_SUBMISSION,
        "chats.view_message",
        "chats.view_redactionspan",
        "chats.change_redactionspan",
        "chats.add_redactionspan",
        "zaken.view_zaak",
        "zaken.add_zaak",
        "zaken.change_zaak",
        "zaken.view_selectielijstresultaat",
        "zaken.view_procestype",
        "zaken.view_zaaktype",
        # The legal hold of Woo requests: which records may not be destroyed or purged.
        "woo.view_bewaarplicht",
        # Personal data a Woo officer saw in an archived record ("Meldingen van Woo").
        "woo.view_woomelding",
        "woo.change_woomelding",
        # The municipality's own contact data, kept readable in every chat: Informatiebeheer
        # looks it up while reviewing (is "0522 85 00 00" kept on purpose?); Beheer edits it.
        "chats.view_organisationcontact",
    ),
    WOO_BEHANDELAAR: (
        SEARCH_ARCHIVE,
        VIEW_WOOVERZOEK,
        ADD_WOOVERZOEK,
        CHANGE_WOOVERZOEK,
        # The search's synonym list, on a page of the Woo app (not the admin).
        VIEW_SYNONIEMGROEP,
        ADD_SYNONIEMGROEP,
        CHANGE_SYNONIEMGROEP,
        DELETE_SYNONIEMGROEP,
    ),
}
BEHEERDER_APPS = ("chats", "zaken", "woo", "audit")
AXES_PERMISSIONS = ("view_accessattempt", "delete_accessattempt", "view_accesslog")


def sync_roles() -> dict[str, Group]:
    """Create the role groups and (re)assign their permissions; safe to run repeatedly."""
    groups = {}
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        if role == BEHEERDER:
            perms = (
                Permission.objects.filter(content_type__app_label__in=BEHEERDER_APPS)
                | Permission.objects.filter(content_type__app_label="auth")
                # Login lockouts (django-axes): see them and lift one by deleting the attempts.
                | Permission.objects.filter(
                    content_type__app_label="axes", codename__in=AXES_PERMISSIONS
                )
            )
            # The audit log is append-only: nobody, not even Beheerder, may change or delete it.
            perms = perms.exclude(
                content_type__app_label="audit", codename__regex=r"^(add|change|delete)_"
            )
        else:
            perms = Permission.objects.none()
            for name in ROLE_PERMISSIONS[role]:
                app_label, codename = name.split(".")
                perms |= Permission.objects.filter(
                    content_type__app_label=app_label, codename=codename
                )
        group.permissions.set(perms)
        groups[role] = group
    return groups


def user_roles(user) -> frozenset[str]:
    """Names of the role groups the user belongs to (empty for anonymous users)."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = _read_roles(user.pk)
        user._role_names = cached
    return cached


def _read_roles(user_id: int) -> frozenset[str]:
    """The user's role groups by name: one plain query, asked on every page (the ORM's building
    of it cost more than the query itself)."""
    sql, params = roles_sql("%s", user_id)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return frozenset(name for (name,) in cursor.fetchall())


def roles_sql(user: str, user_param=None) -> tuple[str, list]:
    """The query of _read_roles: `user` is the SQL of the user's id (a placeholder with
    `user_param`, or a column of an outer query, accounts.backends)."""
    membership = get_user_model().groups.through._meta.db_table
    placeholders = ", ".join(["%s"] * len(ROLES))
    sql = (
        f"SELECT g.name FROM {Group._meta.db_table} g "
        f"JOIN {membership} m ON m.group_id = g.id "
        f"WHERE m.user_id = {user} AND g.name IN ({placeholders})"
    )
    return sql, [*([user_param] if user_param is not None else []), *ROLES]


def remember_roles(user, names) -> None:
    """The user's role groups read with the user (accounts.backends): user_roles asks no more.
    Only for that user object, for the request it was read for."""
    user._role_names = frozenset(names)
