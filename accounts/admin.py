"""The user list for Beheerder: each user's roles as a column and a filter; staff status is shown,
not set (it follows the roles, see accounts/staff.py)."""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import ReadOnlyPasswordHashWidget

from .roles import ROLES, STAFF_ROLES

User = get_user_model()


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


class RoleUserAdmin(UserAdmin):
    list_display = ("username", "email", "first_name", "last_name", "rollen", "is_staff")
    list_filter = (RoleFilter, "is_staff", "is_superuser", "is_active")
    readonly_fields = ("is_staff",)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="rollen")
    def rollen(self, obj):
        names = sorted(g.name for g in obj.groups.all() if g.name in ROLES)
        return ", ".join(names) or "–"

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        label_split_datetimes(form)
        password = form.base_fields.get("password")
        if password is not None and isinstance(password.widget, ReadOnlyPasswordHashWidget):
            password.widget = PasswordSummaryWidget(attrs=password.widget.attrs)
        if "groups" in form.base_fields:
            form.base_fields["groups"].help_text = (
                "De rollen van de gebruiker. Met "
                + " of ".join(STAFF_ROLES)
                + " krijgt de gebruiker vanzelf toegang tot dit beheer (stafstatus); zonder "
                "die rollen vervalt die toegang weer."
            )
        return form


admin.site.unregister(User)
admin.site.register(User, RoleUserAdmin)
