"""The Informatiebeheer review queue: submissions in the admin, oldest first, cheap at scale.

The changelist runs a fixed number of queries whatever the number of rows: related rows are
joined, counts come from subqueries, heavy text is deferred and the paginator never counts the
whole table. The review page and its actions are extra admin URLs (`get_urls`), all behind one
guard: only users with `chats.review_submission` (Informatiebeheer, Beheerder) get in; anyone
else who is logged in gets 403.
"""

from datetime import timedelta
from functools import update_wrapper

from django.contrib import admin, messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timesince

from accounts.permissions import REVIEW_SUBMISSION

from . import services
from .constants import SubmissionStatus
from .models import MediaItem, OrganisationContact, RedactionSpan, Submission
from .review import views as review_views

HEAVY_FIELDS = (
    "omschrijving",
    "failure_reason",
    "review_note",
    "detected_format",
    "gesprekspartner_anders",
    "elders_vastgelegd_waar",
)


def can_review(user) -> bool:
    """Informatiebeheer and Beheerder: active staff with the review permission."""
    return user.is_active and user.is_staff and user.has_perm(REVIEW_SUBMISSION)


class StatusFilter(admin.SimpleListFilter):
    """Status, defaulting to the queue itself (te beoordelen) instead of everything."""

    title = "status"
    parameter_name = "status"
    ALL = "alle"

    def lookups(self, request, model_admin):
        return [*SubmissionStatus.choices, (self.ALL, "Alle statussen")]

    def value(self):
        return super().value() or SubmissionStatus.TE_BEOORDELEN

    def queryset(self, request, queryset):
        value = self.value()
        return queryset if value == self.ALL else queryset.filter(status=value)

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class AgeFilter(admin.SimpleListFilter):
    title = "wacht al"
    parameter_name = "wacht"
    DAYS = {"1": 1, "7": 7, "30": 30}

    def lookups(self, request, model_admin):
        return [("1", "meer dan 1 dag"), ("7", "meer dan een week"), ("30", "meer dan 30 dagen")]

    def queryset(self, request, queryset):
        days = self.DAYS.get(self.value() or "")
        if days is None:
            return queryset
        return queryset.filter(created_at__lte=timezone.now() - timedelta(days=days))


def _count_of(model, **filters):
    # A correlated subquery per row on the page only (LIMIT applies first), not a GROUP BY
    # over the whole table.
    return Coalesce(
        Subquery(
            model.objects.filter(submission=OuterRef("pk"), **filters)
            .order_by()
            .values("submission")
            .annotate(n=Count("pk"))
            .values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = (
        "onderwerp_link",
        "ingediend",
        "afdeling",
        "gesprekspartner",
        "zaak_of_nummer",
        "message_count",
        "weglatingen",
        "bijlagen",
        "aandachtspunten",
        "datumvolgorde",
        "status",
    )
    list_display_links = None
    list_filter = (
        StatusFilter,
        "afdeling",
        "gesprekspartner",
        AgeFilter,
        ("date_order_uncertain", admin.BooleanFieldListFilter),
        # Archived records whose PDF is still being made, or is on hold after a failure.
        ("rendition_state", admin.ChoicesFieldListFilter),
    )
    search_fields = ("onderwerp", "zaaknummer", "zaak__zaaknummer")
    search_help_text = "Zoek op onderwerp of zaaknummer."
    list_select_related = ("zaak",)
    ordering = ("created_at", "pk")
    show_full_result_count = False
    list_per_page = 50
    actions = ["retry_failed"]
    change_list_template = "admin/chats/submission/change_list.html"

    # --- permissions: submissions arrive through the intake and leave through services ---

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_review_permission(self, request):
        return can_review(request.user)

    # --- queryset and columns ---

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer(*HEAVY_FIELDS)
            .annotate(
                redaction_count=_count_of(RedactionSpan, active=True),
                media_count=_count_of(MediaItem),
            )
        )

    @admin.display(description="onderwerp", ordering="onderwerp")
    def onderwerp_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:chats_submission_review", args=[obj.pk]),
            obj.onderwerp,
        )

    @admin.display(description="ingediend", ordering="created_at")
    def ingediend(self, obj):
        return format_html(
            '<span title="{}">{} geleden</span>',
            timezone.localtime(obj.created_at).strftime("%d-%m-%Y %H:%M"),
            timesince(obj.created_at, depth=1),
        )

    @admin.display(description="zaak", ordering="zaaknummer")
    def zaak_of_nummer(self, obj):
        if obj.zaak_id:
            return obj.zaak.zaaknummer
        return obj.zaaknummer or "–"

    @admin.display(description="weglatingen", ordering="redaction_count")
    def weglatingen(self, obj):
        return obj.redaction_count

    @admin.display(description="bijlagen", ordering="media_count")
    def bijlagen(self, obj):
        return obj.media_count

    @admin.display(description="aandachtspunten")
    def aandachtspunten(self, obj):
        flags = [f.get("message", "") for f in (obj.flags or []) if isinstance(f, dict)]
        if not flags:
            return "–"
        return format_html('<span title="{}">{}</span>', " · ".join(flags), len(flags))

    @admin.display(description="datum onzeker", boolean=True, ordering="date_order_uncertain")
    def datumvolgorde(self, obj):
        return True if obj.date_order_uncertain else None

    def changelist_view(self, request, extra_context=None):
        counts = dict(
            Submission.objects.order_by()
            .values_list("status")
            .annotate(n=Count("pk"))
            .values_list("status", "n")
        )
        status_counts = [
            {
                "status": value,
                "label": label,
                "count": counts.get(value, 0),
                "url": f"?status={value}",
            }
            for value, label in SubmissionStatus.choices
        ]
        extra_context = {
            **(extra_context or {}),
            "status_counts": status_counts,
            "title": "Beoordelingswachtrij",
        }
        return super().changelist_view(request, extra_context=extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # One place shows a record: the review page (which logs the view).
        return redirect("admin:chats_submission_review", int(object_id))

    # --- actions ---

    @admin.action(
        description="Opnieuw verwerken (alleen mislukte inzendingen)", permissions=["review"]
    )
    def retry_failed(self, request, queryset):
        failed = list(queryset.filter(status=SubmissionStatus.MISLUKT).values_list("pk", flat=True))
        for submission_id in failed:
            services.submission_retry(submission_id=submission_id, user=request.user)
        skipped = queryset.count() - len(failed)
        text = f"{len(failed)} inzending(en) opnieuw in de wachtrij gezet."
        if skipped:
            text += f" {skipped} overgeslagen: alleen mislukte inzendingen kunnen opnieuw."
        self.message_user(request, text, messages.SUCCESS if failed else messages.WARNING)

    # --- URLs ---

    def guarded(self, view):
        """Wrap a view: anonymous → login, logged in without review rights → 403."""
        inner = self.admin_site.admin_view(view)

        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(
                    request.get_full_path(),
                    reverse("admin:login", current_app=self.admin_site.name),
                )
            if not can_review(request.user):
                raise PermissionDenied
            return inner(request, *args, **kwargs)

        return update_wrapper(wrapper, view)

    def get_urls(self):
        def bind(function):
            def view(request, *args, **kwargs):
                return function(self, request, *args, **kwargs)

            return self.guarded(update_wrapper(view, function))

        prefix = "<int:pk>/beoordelen/"
        name = "chats_submission_"
        review_urls = [
            path(prefix, bind(review_views.review_page), name=f"{name}review"),
            path(
                f"{prefix}weglating/<int:span_pk>/wisselen/",
                bind(review_views.redaction_toggle_view),
                name=f"{name}redaction_toggle",
            ),
            path(
                f"{prefix}weglating/nieuw/",
                bind(review_views.redaction_add_view),
                name=f"{name}redaction_add",
            ),
            path(f"{prefix}selectie/", bind(review_views.selection_view), name=f"{name}selection"),
            path(
                f"{prefix}datumvolgorde/",
                bind(review_views.date_order_view),
                name=f"{name}date_order",
            ),
            path(
                f"{prefix}vrije-tekst/",
                bind(review_views.free_text_view),
                name=f"{name}free_text",
            ),
            path(f"{prefix}archiveren/", bind(review_views.archive_view), name=f"{name}archive"),
            path(
                f"{prefix}archiefstuk/opnieuw/",
                bind(review_views.archive_retry_view),
                name=f"{name}archive_retry",
            ),
            path(f"{prefix}afwijzen/", bind(review_views.reject_view), name=f"{name}reject"),
            path(f"{prefix}vraag/", bind(review_views.return_view), name=f"{name}return"),
            path(
                f"{prefix}bijlage/<int:media_pk>/",
                bind(review_views.media_view),
                name=f"{name}media",
            ),
            path(
                f"{prefix}archiefstuk.pdf",
                bind(review_views.rendition_view),
                name=f"{name}rendition",
            ),
        ]
        # The changelist and the rest get the same guard, so a logged-in employee or Woo
        # officer gets 403 here instead of the admin's login page.
        guarded_urls = []
        for pattern in super().get_urls():
            callback = pattern.callback
            guarded_urls.append(
                path(str(pattern.pattern), self.guarded(callback), name=pattern.name)
                if pattern.name
                else pattern
            )
        return review_urls + guarded_urls


@admin.register(OrganisationContact)
class OrganisationContactAdmin(admin.ModelAdmin):
    """Beheer keeps the municipality's own numbers, mailboxes and accounts: never redacted."""

    list_display = ("value", "kind", "omschrijving", "active")
    list_filter = ("kind", "active")
    search_fields = ("value", "omschrijving")
    list_editable = ("active",)
