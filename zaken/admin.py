"""Admin for zaken."""

from django.contrib import admin

from .models import Zaak


@admin.register(Zaak)
class ZaakAdmin(admin.ModelAdmin):
    list_display = ("zaaknummer", "omschrijving")
    search_fields = ("zaaknummer", "omschrijving")
