"""The user list for Beheerder: each user's roles as a column and a filter; staff status is shown,
not set (it follows the roles, see accounts/staff.py)."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

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
