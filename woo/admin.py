"""Woo requests in the admin (read-mostly; officers work on the Woo pages)."""

from django.contrib import admin

from accounts.duties import may_decide_on_woo

from .models import Synoniemgroep, WooSelectie, WooVerzoek


class WooSelectieInline(admin.TabularInline):
    model = WooSelectie
    extra = 0
    can_delete = False
    fields = ("record_ref", "message_seq", "besluit", "gronden", "toelichting", "toegevoegd_op")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(WooVerzoek)
class WooVerzoekAdmin(admin.ModelAdmin):
    list_display = ("nummer", "onderwerp", "ontvangen_op", "status", "aangemaakt_door")
    list_filter = ("status",)
    search_fields = ("nummer", "onderwerp")
    list_select_related = ("aangemaakt_door",)
    # Closing a request ends its legal hold: that goes through the Woo pages (verzoek_close
    # stamps the date and writes the audit event), never by editing the field here.
    readonly_fields = ("status", "aangemaakt_door", "aangemaakt_op", "afgehandeld_op")
    inlines = [WooSelectieInline]
    show_full_result_count = False

    # Registering or changing a request is a Woo decision: not for Beheer (accounts/duties.py).
    def has_add_permission(self, request):
        return may_decide_on_woo(request.user) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return may_decide_on_woo(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return may_decide_on_woo(request.user) and super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.aangemaakt_door = request.user
        super().save_model(request, obj, form, change)


@admin.register(Synoniemgroep)
class SynoniemgroepAdmin(admin.ModelAdmin):
    """The synonyms and abbreviations search adds to a query ("ook gezocht op: …")."""

    list_display = ("woorden", "toelichting", "gewijzigd_op")
    search_fields = ("woorden", "toelichting")
