"""The user list for Beheerder: each user's roles as a column and a filter; staff status is shown,
not set (it follows the roles, see accounts/staff.py).

Separation of duties (accounts/duties.py): Beheer cannot change its own roles, permissions or
status, cannot make anyone superuser and cannot touch a superuser's account; the form refuses it
with a Dutch message and the save checks again inside the admin's transaction. Every change of
roles, groups, permissions, staff, superuser or active status is an audit row with before and
after; so is every change of a group's permissions.
"""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import ReadOnlyPasswordHashWidget
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from audit import events

from .duties import (
    SUPERUSER_ACCOUNT,
    DutyRefused,
    access_build,
    access_change_check,
    access_change_refusals,
    access_of,
    group_change_refusal,
    may_change_account,
    permission_names,
)
from .roles import MEDEWERKER, ROLES, STAFF_ROLES

User = get_user_model()
ACCESS_FIELDS = ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")
# Django's individual permissions of a user: a way around the roles, no longer offered.
INDIVIDUAL = "user_permissions"


class RoleFilter(admin.SimpleListFilter):
    title = "rol"
    parameter_name = "rol"
    NONE = "geen"

    def lookups(self, request, model_admin):
        return [*((role, role) for role in ROLES), (self.NONE, "Zonder rol")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.NONE:
            return queryset.exclude(groups__name__in=ROLES)
        if value in ROLES:
            return queryset.filter(groups__name=value)
        return queryset


class PasswordSummaryWidget(ReadOnlyPasswordHashWidget):
    """The read-only password summary with an id the admin can hang its help text on: Django's
    own widget says it has none, so the help text gets no id while the box still points at it
    (aria-describedby="id_password_helptext")."""

    def id_for_label(self, id_):
        return id_


def label_split_datetimes(form_class) -> None:
    """Give the date and the time box of each split date-time field (last login, date joined)
    a name of its own: the field's one <label> cannot point at two inputs."""
    for field in form_class.base_fields.values():
        widgets = getattr(field.widget, "widgets", None)
        if isinstance(field, forms.SplitDateTimeField) and widgets and len(widgets) == 2:
            label = str(field.label or "").capitalize()
            widgets[0].attrs["aria-label"] = f"{label}: datum"
            widgets[1].attrs["aria-label"] = f"{label}: tijd"


# Django names its default permissions in English at migrate time ("Can add user"); the admin
# shows them in Dutch. Custom permissions already carry a Dutch name.
DEFAULT_PERMISSION_VERBS = {
    "add": "mag toevoegen",
    "change": "mag wijzigen",
    "delete": "mag verwijderen",
    "view": "mag bekijken",
}


def permission_label(permission) -> str:
    """'Chats | inzending | mag wijzigen' for a default permission, else its own name."""
    content_type = permission.content_type
    action, _, model = permission.codename.partition("_")
    name = permission.name
    if model == content_type.model and action in DEFAULT_PERMISSION_VERBS:
        name = DEFAULT_PERMISSION_VERBS[action]
    return f"{content_type.app_labeled_name} | {name}"


class DutchPermissionLabels:
    """The permission pickers of the user and group pages list the permissions in Dutch."""

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        field = super().formfield_for_manytomany(db_field, request=request, **kwargs)
        if field is not None and db_field.name in ("permissions", "user_permissions"):
            field.label_from_instance = permission_label
        return field


class RoleUserAdmin(DutchPermissionLabels, UserAdmin):
    list_display = ("username", "email", "first_name", "last_name", "rollen", "is_staff")
    list_filter = (RoleFilter, "is_staff", "is_superuser", "is_active")
    readonly_fields = ("is_staff",)
    # The add form also asks for the roles, Medewerker ticked: every employee is a Medewerker
    # (design), and a new account without a role could do nothing at all.
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("username", "usable_password", "password1", "password2", "groups"),
            },
        ),
    )

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if "groups" not in initial:
            medewerker = Group.objects.filter(name=MEDEWERKER).values_list("pk", flat=True)
            initial["groups"] = list(medewerker)
        return initial

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="rollen")
    def rollen(self, obj):
        names = sorted(g.name for g in obj.groups.all() if g.name in ROLES)
        return ", ".join(names) or "–"

    def get_fieldsets(self, request, obj=None):
        """Access goes by role: Django's individual permissions are not offered. A user who
        has some still sees them (to remove them, get_form)."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and obj.user_permissions.exists():
            return fieldsets
        return [
            (name, {**options, "fields": tuple(f for f in options["fields"] if f != INDIVIDUAL)})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = set(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly.add("is_superuser")
            if obj is not None and obj.pk == request.user.pk:
                readonly.update(ACCESS_FIELDS)
        return tuple(readonly)

    def has_change_permission(self, request, obj=None):
        if obj is not None and not may_change_account(actor=request.user, target=obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not may_change_account(actor=request.user, target=obj):
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        # The list's bulk delete checks no single object: refuse superusers here.
        if not request.user.is_superuser and queryset.filter(is_superuser=True).exists():
            raise DutyRefused(SUPERUSER_ACCOUNT)
        super().delete_queryset(request, queryset)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None:
            # A subclass regenerates its model fields: check access first, then adjust widgets.
            form = _access_checked_form(form, request=request, target=obj)
        label_split_datetimes(form)
        individual = form.base_fields.get(INDIVIDUAL)
        if individual is not None and obj is not None:
            # Only what the user has already: it can be unticked, nothing added.
            individual.queryset = individual.queryset.filter(
                pk__in=list(obj.user_permissions.values_list("pk", flat=True))
            )
            individual.help_text = (
                "Losse rechten buiten de rollen om, van vóór het rollenmodel. U kunt ze hier "
                "alleen nog verwijderen; rechten geeft u met een rol."
            )
        password = form.base_fields.get("password")
        if password is not None and isinstance(password.widget, ReadOnlyPasswordHashWidget):
            password.widget = PasswordSummaryWidget(attrs=password.widget.attrs)
        if "groups" in form.base_fields:
            form.base_fields["groups"].help_text = (
                (
                    "Iedere medewerker krijgt de rol Medewerker (al aangevinkt): daarmee kan hij "
                    "of zij chats inzenden. "
                    if obj is None
                    else ""
                )
                + "De rollen van de gebruiker. Met "
                + " of ".join(STAFF_ROLES)
                + " krijgt de gebruiker vanzelf toegang tot dit beheer (stafstatus); zonder "
                "die rollen vervalt die toegang weer."
            )
        return form

    def user_change_password(self, request, id, form_url=""):
        response = super().user_change_password(request, id, form_url)
        # A password set by someone else is an audit row (a successful form redirects).
        if request.method == "POST" and response.status_code == 302:
            target = self.get_object(request, id)
            if target is not None:
                events.user_password_set(user=target, actor=request.user, request=request)
        return response

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # What the user could do before this request's change, for the audit row.
        request._access_before = {}
        if object_id is not None:
            target = self.get_object(request, object_id)
            if target is not None:
                request._access_before[target.pk] = access_of(target)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        target = form.instance
        if not change:
            # A new account is an audit row too, with what it may do from the start.
            access = access_of(target).as_detail()
            events.user_created(user=target, actor=request.user, access=access, request=request)
            return
        before = getattr(request, "_access_before", {}).get(target.pk)
        if before is None:
            return
        after = access_of(target)
        # Again on the stored result, inside the admin's transaction: a refusal (403) undoes it.
        access_change_check(actor=request.user, target=target, before=before, after=after)
        changes = before.changes(after)
        if changes:
            events.user_access_changed(
                user=target, actor=request.user, changes=changes, request=request
            )


def _access_checked_form(form_class, *, request, target):
    """The change form of `target`, refusing in clean() what the request's user may not change
    (and recording the refusal in the audit log)."""
    actor = request.user

    class AccessCheckedForm(form_class):
        def clean(self):
            cleaned = super().clean()
            before = access_of(target)
            groups = cleaned.get("groups")
            permissions = cleaned.get("user_permissions")
            after = access_build(
                groups=(
                    [g.name for g in groups]
                    if groups is not None
                    else [*before.roles, *before.groups]
                ),
                permissions=(
                    permission_names(permissions) if permissions is not None else before.permissions
                ),
                is_superuser=cleaned.get("is_superuser", before.is_superuser),
                is_staff=before.is_staff,
                is_active=cleaned.get("is_active", before.is_active),
            )
            refusals = access_change_refusals(
                actor=actor, target=target, before=before, after=after
            )
            if refusals:
                events.user_access_refused(
                    user=target, actor=actor, reason=refusals[0], request=request
                )
                raise ValidationError(refusals)
            return cleaned

    AccessCheckedForm.__name__ = form_class.__name__
    return AccessCheckedForm


class AuditedGroupAdmin(DutchPermissionLabels, GroupAdmin):
    """Groups: Beheer may not change a group it belongs to; permission changes are audited."""

    def has_change_permission(self, request, obj=None):
        if obj is not None and group_change_refusal(actor=request.user, group=obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and group_change_refusal(actor=request.user, group=obj):
            return False
        return super().has_delete_permission(request, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request._group_permissions_before = []
        if object_id is not None:
            group = self.get_object(request, object_id)
            if group is not None:
                request._group_permissions_before = _group_permissions(group)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def save_related(self, request, form, formsets, change):
        refusal = group_change_refusal(actor=request.user, group=form.instance) if change else None
        if refusal:
            raise DutyRefused(refusal)
        super().save_related(request, form, formsets, change)
        before = getattr(request, "_group_permissions_before", [])
        after = _group_permissions(form.instance)
        if before != after:
            events.group_permissions_changed(
                group=form.instance, actor=request.user, before=before, after=after, request=request
            )


def _group_permissions(group) -> list[str]:
    return sorted(
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    )


admin.site.unregister(User)
admin.site.register(User, RoleUserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, AuditedGroupAdmin)
