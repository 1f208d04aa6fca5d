"""Admin for zaken, zaaktypen and the selectielijst; retention is shown, never typed."""

import json

from django.contrib import admin, messages
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from .models import Procestype, SelectielijstResultaat, Zaak, Zaaktype
from .retention import format_duration
from .services import zaak_save
from .signals import notices_for


class LoggedByNumber:
    """Admin mixin: the admin's own history (django_admin_log, its 'Recente acties', kept for
    good) names an object by `log_name_field` (its number) instead of str(obj), which holds a
    typed description that can name a resident; the audit log records the change itself."""

    log_name_field = "pk"

    def _log(self, request, objects, flag, message=""):
        if isinstance(message, list):
            message = json.dumps(message)
        return [
            LogEntry.objects.create(
                user_id=request.user.pk,
                content_type_id=ContentType.objects.get_for_model(obj, for_concrete_model=False).pk,
                object_id=str(obj.pk),
                object_repr=str(getattr(obj, self.log_name_field) or obj.pk)[:200],
                action_flag=flag,
                change_message=message,
            )
            for obj in objects
        ]

    def log_addition(self, request, obj, message):
        return self._log(request, [obj], ADDITION, message)[0]

    def log_change(self, request, obj, message):
        return self._log(request, [obj], CHANGE, message)[0]

    def log_deletions(self, request, queryset):
        return self._log(request, queryset, DELETION)


@admin.register(Procestype)
class ProcestypeAdmin(admin.ModelAdmin):
    list_display = ("nummer", "naam", "jaar")
    list_filter = ("jaar",)
    search_fields = ("naam",)


@admin.register(SelectielijstResultaat)
class SelectielijstResultaatAdmin(admin.ModelAdmin):
    list_display = ("nummer", "naam", "omschrijving", "waardering", "termijn", "procestype")
    list_filter = ("waardering", "procestype__jaar", "procestype")
    search_fields = ("nummer", "naam", "omschrijving", "procestype__naam")
    list_select_related = ("procestype",)
    readonly_fields = ("sort_key",)

    @admin.display(description="bewaartermijn", ordering="bewaartermijn")
    def termijn(self, obj):
        return format_duration(obj.bewaartermijn) if obj.bewaartermijn else "–"


@admin.register(Zaaktype)
class ZaaktypeAdmin(admin.ModelAdmin):
    list_display = ("omschrijving", "identificatie", "procestype")
    search_fields = ("omschrijving", "identificatie")
    list_select_related = ("procestype",)
    autocomplete_fields = ("procestype",)


class ArchiefactieFilter(admin.SimpleListFilter):
    """The zaken whose records must now be destroyed or transferred, and those still open."""

    title = "archiefactie"
    parameter_name = "archiefactie"

    def lookups(self, request, model_admin):
        return (
            ("verstreken", "Archiefactiedatum verstreken"),
            ("onbekend", "Nog niet bekend (zaak loopt)"),
        )

    def queryset(self, request, queryset):
        if self.value() == "verstreken":
            return queryset.due_for_archiefactie()
        if self.value() == "onbekend":
            return queryset.filter(archiefactiedatum__isnull=True)
        return queryset


class ZaaktypeFilter(admin.RelatedFieldListFilter):
    """The zaaktype filter, its choice for zaken without one named instead of Django's "-"."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.empty_value_display = "Zonder zaaktype"


@admin.register(Zaak)
class ZaakAdmin(LoggedByNumber, admin.ModelAdmin):
    log_name_field = "zaaknummer"
    # Zaaktype and afdeling stand under the description, so the list fits 1280 px (walk 57).
    list_display = (
        "zaaknummer",
        "omschrijving_met_soort",
        "einddatum",
        "resultaat_nummer",
        "archiefnominatie",
        "archiefactiedatum",
        "inzendingen",
    )
    list_filter = (
        ArchiefactieFilter,
        "archiefnominatie",
        "afdeling",
        ("zaaktype", ZaaktypeFilter),
    )
    search_fields = ("zaaknummer", "omschrijving")
    list_select_related = ("zaaktype", "resultaat")
    autocomplete_fields = ("zaaktype", "resultaat")
    date_hierarchy = "archiefactiedatum"
    ordering = ("zaaknummer",)  # explicit: the annotated (GROUP BY) queryset drops Meta.ordering
    show_full_result_count = False
    readonly_fields = ("archiefnominatie", "berekening", "archiefactiedatum", "gesprekken")
    fieldsets = (
        (None, {"fields": ("zaaknummer", "omschrijving", "zaaktype", "afdeling")}),
        ("Looptijd", {"fields": ("startdatum", "einddatum")}),
        (
            "Archivering",
            {
                "fields": ("resultaat", "archiefnominatie", "berekening", "archiefactiedatum"),
                "description": "De archiefactiedatum wordt berekend: brondatum (de einddatum) "
                "plus de bewaartermijn van het resultaat in de selectielijst.",
            },
        ),
        ("Gearchiveerde gesprekken", {"fields": ("gesprekken",)}),
        (
            "Afwijken van de selectielijst",
            {
                "classes": ("collapse",),
                "fields": ("bewaartermijn_afwijkend", "brondatum_afwijkend", "afwijking_reden"),
                "description": "Alleen in uitzonderingen, met een reden. Elke afwijking komt "
                "in het auditlog.",
            },
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_inzendingen=Count("submissions"))

    @admin.display(description="omschrijving", ordering="omschrijving")
    def omschrijving_met_soort(self, obj):
        return format_html(
            '{}<span class="zk-soort">{} · {}</span>',
            obj.omschrijving,
            obj.zaaktype.omschrijving if obj.zaaktype_id else "geen zaaktype",
            obj.get_afdeling_display(),
        )

    @admin.display(description="resultaat", ordering="resultaat__sort_key")
    def resultaat_nummer(self, obj):
        return obj.resultaat.nummer if obj.resultaat_id else "–"

    @admin.display(description="gesprekken", ordering="_inzendingen")
    def inzendingen(self, obj):
        return obj._inzendingen

    @admin.display(description="berekening")
    def berekening(self, obj):
        if obj is None or obj.pk is None:
            return "Wordt berekend bij opslaan."
        if not obj.resultaat_id:
            return "Nog geen resultaat gekozen."
        if not obj.bewaartermijn:
            return "Blijvend bewaren: geen vernietigingsdatum."
        termijn = format_duration(obj.bewaartermijn)
        if obj.brondatum is None:
            return f"Bewaartermijn {termijn}; gaat in zodra de zaak een einddatum heeft."
        return f"Brondatum {obj.brondatum:%d-%m-%Y} + {termijn} = {obj.archiefactiedatum:%d-%m-%Y}"

    @admin.display(description="gesprekken")
    def gesprekken(self, obj):
        if obj is None or obj.pk is None:
            return "–"
        rows = obj.submissions.order_by("-archived_at", "-pk").values_list(
            "pk", "onderwerp", "archived_at"
        )
        if not rows:
            return "Nog geen gesprekken bij deze zaak."
        return format_html_join(
            mark_safe("<br>"),
            '<a href="{}">{}</a> <span class="quiet">({})</span>',
            (
                (
                    reverse("admin:chats_submission_review", args=[pk]),
                    onderwerp,
                    f"gearchiveerd {timezone.localtime(at):%d-%m-%Y}"
                    if at
                    else "niet gearchiveerd",
                )
                for pk, onderwerp, at in rows
            ),
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # What other apps know about the zaak (a Woo legal hold on its records) above the form.
        if request.method == "GET":
            zaak = self.get_object(request, object_id)
            for notice in notices_for(zaak) if zaak is not None else []:
                messages.warning(request, notice)
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        zaak_save(zaak=obj, user=request.user, request=request)
