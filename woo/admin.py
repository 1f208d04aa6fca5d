"""Woo requests in the admin (read-mostly; officers work on the Woo pages)."""

from django.contrib import admin

from audit import events

from .models import Synoniemgroep, WooSelectie, WooVerzoek
from .synonyms import synoniemgroep_audit


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

    def save_model(self, request, obj, form, change):
        if not change:
            obj.aangemaakt_door = request.user
        super().save_model(request, obj, form, change)


@admin.register(Synoniemgroep)
class SynoniemgroepAdmin(admin.ModelAdmin):
    """The synonyms and abbreviations search adds to a query ("ook gezocht op: …")."""

    list_display = ("woorden", "toelichting", "gewijzigd_op")
    search_fields = ("woorden", "toelichting")

    def save_model(self, request, obj, form, change):
        # The same audit event as the Woo page (woo.synonyms), with the words before and after.
        before = Synoniemgroep.objects.get(pk=obj.pk).word_list() if change and obj.pk else []
        super().save_model(request, obj, form, change)
        synoniemgroep_audit(
            groep=obj, user=request.user, before=before if change else None, request=request
        )

    def delete_model(self, request, obj):
        events.woo_synoniemgroep_deleted(
            groep=obj, actor=request.user, words=obj.word_list(), request=request
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for groep in queryset:
            events.woo_synoniemgroep_deleted(
                groep=groep, actor=request.user, words=groep.word_list(), request=request
            )
        super().delete_queryset(request, queryset)
