"""The four roles as Django groups, and the permissions each one gets."""

from django.contrib.auth.models import Group, Permission

MEDEWERKER = "Medewerker"
INFORMATIEBEHEER = "Informatiebeheer"
WOO_BEHANDELAAR = "Woo-behandelaar"
BEHEERDER = "Beheerder"
ROLES = (MEDEWERKER, INFORMATIEBEHEER, WOO_BEHANDELAAR, BEHEERDER)

# Roles that work in the Django admin get is_staff when a user is given the role by load_demo.
STAFF_ROLES = (INFORMATIEBEHEER, BEHEERDER)

# (app_label, codename) per role. Beheerder gets every permission of the project's apps plus
# user and group management.
ROLE_PERMISSIONS: dict[str, tuple[tuple[str, str], ...]] = {
    MEDEWERKER: (("chats", "add_submission"),),
    INFORMATIEBEHEER: (
        ("chats", "view_submission"),
        ("chats", "change_submission"),
        ("chats", "review_submission"),
        ("chats", "view_message"),
        ("chats", "view_redactionspan"),
        ("chats", "change_redactionspan"),
        ("chats", "add_redactionspan"),
        ("zaken", "view_zaak"),
        ("zaken", "add_zaak"),
        ("zaken", "change_zaak"),
        ("zaken", "view_selectielijstresultaat"),
        ("zaken", "view_procestype"),
        ("zaken", "view_zaaktype"),
    ),
    WOO_BEHANDELAAR: (
        ("chats", "search_archive"),
        ("woo", "view_wooverzoek"),
        ("woo", "add_wooverzoek"),
        ("woo", "change_wooverzoek"),
    ),
}
BEHEERDER_APPS = ("chats", "zaken", "woo", "audit")


def sync_roles() -> dict[str, Group]:
    """Create the role groups and (re)assign their permissions; safe to run repeatedly."""
    groups = {}
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        if role == BEHEERDER:
            perms = Permission.objects.filter(content_type__app_label__in=BEHEERDER_APPS) | (
                Permission.objects.filter(content_type__app_label="auth")
            )
            # The audit log is append-only: nobody, not even Beheerder, may change or delete it.
            perms = perms.exclude(
                content_type__app_label="audit", codename__regex=r"^(add|change|delete)_"
            )
        else:
            perms = Permission.objects.none()
            for app_label, codename in ROLE_PERMISSIONS[role]:
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
        cached = frozenset(user.groups.filter(name__in=ROLES).values_list("name", flat=True))
        user._role_names = cached
    return cached
