"""The audit log in the admin: readable for Beheerder, editable by nobody.

People read what happened as a Dutch label ("Wat"); the code stays visible on the row's page and
searchable. The filter offers the labels and finds old and new codes of an event together.
"""

import re

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.db.models import Q

from .actions import AuditAction, codes_for
from .models import AuditEvent
from .signals import objects_named, objects_numbered

# A record's number as every page shows it ('WA-000003'); its rows store the submission's id.
RECORD_NUMBER = re.compile(r"WA-?0*(\d+)", re.IGNORECASE)
RECORD_TYPE = "chats.submission"
MEDIA_TYPE = "chats.mediaitem"


class ActionFilter(admin.SimpleListFilter):
    title = "wat"
    parameter_name = "action"

    def lookups(self, request, model_admin):
        # A fixed list: no DISTINCT over the whole (ever growing) log to build the filter.
        return sorted(AuditAction.choices, key=lambda choice: choice[1])

    def queryset(self, request, queryset):
        if self.value() in AuditAction.values:
            return queryset.filter(action__in=codes_for(AuditAction(self.value())))
        if self.value():
            # A code without a current event (an old one typed in the URL): exactly that code.
            return queryset.filter(action=self.value())
        return queryset


def object_type_name(object_type: str) -> str:
    """The Dutch name of a stored object type ("chats.submission" -> "inzending"); a type whose
    model no longer exists is shown as stored."""
    try:
        return str(apps.get_model(object_type)._meta.verbose_name)
    except (LookupError, ValueError):
        return object_type


def object_shown(event: AuditEvent) -> str:
    """What the row is about, as people read it: "inzending WA-000007", "bericht 12"."""
    if not event.object_type:
        return event.object_id
    if event.object_type == RECORD_TYPE and event.object_id.isdigit():
        return f"{object_type_name(RECORD_TYPE)} WA-{int(event.object_id):06d}"
    number = getattr(event, "object_number", None) or event.object_id
    return f"{object_type_name(event.object_type)} {number}".strip()


class NumberedChangeList(ChangeList):
    """The list's page, each row's object with the number people know it by ('WOO-2024-017'):
    asked once for the whole page of the apps that number their objects."""

    def get_results(self, request):
        super().get_results(request)
        objects = {(e.object_type, e.object_id) for e in self.result_list if e.object_type}
        named = objects_named(objects)
        for event in self.result_list:
            event.object_number = named.get((event.object_type, event.object_id))


class NamedValuesFilter(admin.AllValuesFieldListFilter):
    """The object types by their Dutch names; the empty one named too (an empty link has none)."""

    def choices(self, changelist):
        for number, choice in enumerate(super().choices(changelist)):
            if choice["display"] == "":
                choice = {**choice, "display": "(geen)"}
            elif number and isinstance(choice["display"], str):  # the first is "Alle"
                choice = {**choice, "display": object_type_name(choice["display"])}
            yield choice


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = (
        "at",
        "actor_name",
        "label",
        "object_shown",
        "result",
        "remote_addr",
    )
    list_filter = (ActionFilter, "result", ("object_type", NamedValuesFilter))
    search_fields = ("actor_name", "object_id", "action")
    search_help_text = (
        "Zoek op gebruikersnaam, objectnummer, archiefstuk (WA-000003), Woo-verzoek "
        "(WOO-2024-017) of code (zoals submission.archived)."
    )
    date_hierarchy = "at"
    show_full_result_count = False
    fields = (
        "at",
        "actor",
        "actor_name",
        "label",
        "code",
        "object_type",
        "object_id",
        "result",
        "remote_addr",
        "detail",
    )
    readonly_fields = fields

    def get_changelist(self, request, **kwargs):
        return NumberedChangeList

    def get_search_results(self, request, queryset, search_term):
        record = RECORD_NUMBER.fullmatch(search_term.strip())
        if record:
            number = int(record[1])
            # The record's own rows, and those of its attachments, which name the record in
            # their detail (media.released, media.downloaded ...).
            found = queryset.filter(
                Q(object_type=RECORD_TYPE, object_id=str(number))
                | Q(object_type=MEDIA_TYPE, detail__submission_id=number)
            )
            return found, False
        numbered = objects_numbered(search_term.strip())
        if numbered:
            match = Q()
            for object_type, object_id in numbered:
                match |= Q(object_type=object_type, object_id=object_id)
            return queryset.filter(match), False
        return super().get_search_results(request, queryset, search_term)

    @admin.display(description="wat")
    def label(self, event: AuditEvent) -> str:
        return event.label

    @admin.display(description="object")
    def object_shown(self, event: AuditEvent) -> str:
        return object_shown(event)

    @admin.display(description="code")
    def code(self, event: AuditEvent) -> str:
        return event.action

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
