"""The audit log in the admin: readable for Beheerder, editable by nobody."""

from django.contrib import admin

from .models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = (
        "at",
        "actor_name",
        "action",
        "object_type",
        "object_id",
        "result",
        "remote_addr",
    )
    list_filter = ("action", "result", "object_type")
    search_fields = ("actor_name", "object_id", "action")
    date_hierarchy = "at"
    show_full_result_count = False
    readonly_fields = [f.name for f in AuditEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
