"""The Informatiebeheer review queue: submissions in the admin, oldest first, cheap at scale.

The changelist runs a fixed number of queries whatever the number of rows: related rows are
joined, counts come from subqueries, heavy text is deferred and the paginator never counts the
whole table. The review page and its actions are extra admin URLs (`get_urls`), all behind one
guard: only users with `chats.review_submission` (Informatiebeheer, Beheerder) get in; anyone
else who is logged in gets 403.
"""

from datetime import timedelta
from functools import update_wrapper

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince

from accounts.duties import may_decide_on_records, require_record_decider
from accounts.permissions import REVIEW_SUBMISSION
from zaken.admin import LoggedByNumber

from . import services
from .constants import RENDITION_UNFINISHED, SubmissionStatus
from .contact_list import contact_delete, contact_save
from .contact_values import KEPT_READABLE, private_doubt, unchecked_reason
from .models import MediaItem, OrganisationContact, RedactionSpan, ReviewQuestion, Submission
from .review import services as review_services
from .review import views as review_views
from .review.errors import ReviewError
from .review.forms import AssignForm, RejectForm
from .wording import aantal, loose_files

HEAVY_FIELDS = (
    "omschrijving",
    "failure_reason",
    "review_note",
    "detected_format",
    "gesprekspartner_anders",
    "elders_vastgelegd_waar",
)


# The queue's status column in a word or two, the full status as its title: "Wacht op
# beoordeling door Informatiebeheer" made the list scroll sideways at 1280 px (walk of stop 44).
SHORT_STATUS = {
    SubmissionStatus.TE_BEOORDELEN: "Te beoordelen",
    SubmissionStatus.TERUG_NAAR_INDIENER: "Vraag aan indiener",
}


def _short_status(submission):
    full = submission.get_status_display()
    short = SHORT_STATUS.get(submission.status)
    if not short:
        return full
    return format_html('<span title="{}">{}</span>', full, short)


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


class WorkloadFilter(admin.SimpleListFilter):
    """ "Mijn werkvoorraad": what is assigned to me; also what nobody has yet."""

    title = "werkvoorraad"
    parameter_name = "werkvoorraad"
    MINE = "mijn"
    NOBODY = "niemand"

    def lookups(self, request, model_admin):
        return [(self.MINE, "Mijn werkvoorraad"), (self.NOBODY, "Nog niet toegewezen")]

    def queryset(self, request, queryset):
        if self.value() == self.MINE:
            return queryset.filter(assigned_to=request.user)
        if self.value() == self.NOBODY:
            return queryset.filter(assigned_to__isnull=True)
        return queryset


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


def _ago(moment) -> str:
    """How long ago, as the queue says it: "zojuist" within a minute ("0 minuten" reads wrong)."""
    if timezone.now() - moment < timedelta(minutes=1):
        return "zojuist"
    return f"{timesince(moment, depth=1)} geleden"


@admin.register(Submission)
class SubmissionAdmin(LoggedByNumber, admin.ModelAdmin):
    log_name_field = "pk"  # str() holds the onderwerp as typed
    # Seven columns besides the checkbox: the queue fits a 1280 px screen. The counts share one
    # column, the date-order doubt is one of the points of attention, the conversation partner
    # is a filter, the assigned colleague stands under the status; workflow notes (possible
    # duplicate, answer received) sit under the subject.
    list_display = (
        "onderwerp_link",
        "ingediend",
        "afdeling",
        "zaak_of_nummer",
        "inhoud",
        "aandachtspunten",
        "status_behandelaar",
    )
    list_display_links = None
    list_filter = (
        StatusFilter,
        WorkloadFilter,
        "afdeling",
        "gesprekspartner",
        AgeFilter,
        ("date_order_uncertain", admin.BooleanFieldListFilter),
        # Archived records whose PDF is still being made, or is on hold after a failure.
        ("rendition_state", admin.ChoicesFieldListFilter),
    )
    search_fields = ("onderwerp", "zaaknummer", "zaak__zaaknummer")
    search_help_text = "Zoek op onderwerp of zaaknummer."
    list_select_related = ("zaak", "assigned_to")
    ordering = ("created_at", "pk")
    show_full_result_count = False
    list_per_page = 50
    actions = ["assign_to_me", "assign_to_colleague", "reject_several", "retry_failed"]
    change_list_template = "admin/chats/submission/change_list.html"

    # --- permissions: submissions arrive through the intake and leave through services ---

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_review_permission(self, request):
        # The list's actions (reject, assign, retry) are decisions: not for Beheer.
        return can_review(request.user) and may_decide_on_records(request.user)

    # --- queryset and columns ---

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer(*HEAVY_FIELDS)
            .annotate(
                redaction_count=_count_of(RedactionSpan, active=True),
                media_count=_count_of(MediaItem),
                # A PDF uploaded with screenshots is named a document (walk 51).
                document_count=_count_of(MediaItem, mime_type="application/pdf"),
                # Back in the queue after the submitter answered the latest question.
                # (Asking again sends it back to the submitter, so te_beoordelen with an
                # answered question means the answer is what DI has to look at.)
                answer_received=Exists(
                    ReviewQuestion.objects.filter(
                        submission=OuterRef("pk"), answered_at__isnull=False
                    )
                ),
            )
        )

    @admin.display(description="onderwerp", ordering="onderwerp")
    def onderwerp_link(self, obj):
        notes = []
        if obj.status == SubmissionStatus.TE_BEOORDELEN and obj.answer_received:
            notes.append(mark_safe('<span class="rv-tag rv-tag-answer">antwoord ontvangen</span>'))
        if obj.duplicate_of_id:
            notes.append(
                format_html(
                    '<a class="rv-tag rv-tag-double" href="{}" title="Dezelfde bestanden als '
                    'inzending {} van dezelfde medewerker">mogelijk dubbel van {}</a>',
                    reverse("admin:chats_submission_review", args=[obj.duplicate_of_id]),
                    obj.duplicate_of_id,
                    obj.duplicate_of_id,
                )
            )
        if obj.resubmission_of_id:
            notes.append(
                format_html(
                    '<a class="rv-tag" href="{}">opnieuw ingestuurd na {}</a>',
                    reverse("admin:chats_submission_review", args=[obj.resubmission_of_id]),
                    obj.resubmission_of_id,
                )
            )
        return format_html(
            '<a href="{}">{}</a>{}',
            reverse("admin:chats_submission_review", args=[obj.pk]),
            obj.onderwerp,
            format_html(
                '<span class="rv-tags">{}</span>', format_html_join("", "{}", ((n,) for n in notes))
            )
            if notes
            else "",
        )

    @admin.display(description="ingediend", ordering="created_at")
    def ingediend(self, obj):
        return format_html(
            '<span title="{}">{}</span>',
            timezone.localtime(obj.created_at).strftime("%d-%m-%Y %H:%M"),
            _ago(obj.created_at),
        )

    @admin.display(description="zaak", ordering="zaaknummer")
    def zaak_of_nummer(self, obj):
        if obj.zaak_id:
            return obj.zaak.zaaknummer
        return obj.zaaknummer or "–"

    @admin.display(description="inhoud", ordering="message_count")
    def inhoud(self, obj):
        if not obj.message_count and obj.media_count:
            # Loose screenshots (as the review page counts them): no messages to speak of.
            return format_html(
                '<span class="rv-nowrap">{}</span><br><span class="rv-nowrap">{}</span>',
                loose_files(obj.media_count - obj.document_count, obj.document_count),
                aantal(obj.redaction_count, "weglakking", "weglakkingen"),
            )
        return format_html(
            '<span class="rv-nowrap">{}</span><br><span class="rv-nowrap">{}</span><br>'
            '<span class="rv-nowrap">{}</span>',
            aantal(obj.message_count, "bericht", "berichten"),
            aantal(obj.redaction_count, "weglakking", "weglakkingen"),
            aantal(obj.media_count, "bijlage", "bijlagen"),
        )

    @admin.display(description="let op")
    def aandachtspunten(self, obj):
        flags = [f.get("message", "") for f in (obj.flags or []) if isinstance(f, dict)]
        if obj.date_order_uncertain and not any(
            str(f.get("code", "")).startswith("date_order")
            for f in (obj.flags or [])
            if isinstance(f, dict)
        ):
            flags.append("Datumvolgorde onzeker")
        if not flags:
            return "–"
        # Readable with the keyboard and a screen reader: a tooltip is neither.
        return format_html(
            '<details class="rv-flags"><summary>{}</summary><ul>{}</ul></details>',
            aantal(len(flags), "punt", "punten"),
            format_html_join("", "<li>{}</li>", ((flag,) for flag in flags)),
        )

    @admin.display(description="status", ordering="status")
    def status_behandelaar(self, obj):
        shown = _short_status(obj)
        if obj.rendition_state in RENDITION_UNFINISHED:  # pointed out under "Gearchiveerd"
            # Archived, but the archive's PDF is still being made or failed: said in the row.
            shown = format_html(
                '{}<br><span class="rv-tag rv-tag-warn">{}</span>',
                shown,
                obj.get_rendition_state_display(),
            )
        if not obj.assigned_to_id:
            return shown
        user = obj.assigned_to
        return format_html(
            '{}<br><span class="rv-tag" title="Toegewezen aan">{}</span>',
            shown,
            user.get_full_name() or user.get_username(),
        )

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
        # One place shows a record: the review page (which logs the view). The admin's catch-all
        # sends any unknown address below the queue here, so a mistyped one is a 404.
        try:
            pk = int(object_id)
        except ValueError:
            raise Http404 from None
        return redirect("admin:chats_submission_review", pk)

    # --- actions ---

    @admin.action(
        description="Opnieuw verwerken (alleen mislukte inzendingen)", permissions=["review"]
    )
    def retry_failed(self, request, queryset):
        failed = list(queryset.filter(status=SubmissionStatus.MISLUKT).values_list("pk", flat=True))
        for submission_id in failed:
            services.submission_retry(submission_id=submission_id, user=request.user)
        skipped = queryset.count() - len(failed)
        text = f"{aantal(len(failed), 'inzending', 'inzendingen')} opnieuw in de wachtrij gezet."
        if skipped:
            text += f" {skipped} overgeslagen: alleen mislukte inzendingen kunnen opnieuw."
        self.message_user(request, text, messages.SUCCESS if failed else messages.WARNING)

    @admin.action(description="Aan mij toewijzen", permissions=["review"])
    def assign_to_me(self, request, queryset):
        self._assign(request, queryset, request.user)

    @admin.action(description="Toewijzen aan een collega…", permissions=["review"])
    def assign_to_colleague(self, request, queryset):
        form = AssignForm(request.POST if request.POST.get("post") else None)
        if form.is_bound and form.is_valid():
            self._assign(request, queryset, form.cleaned_data["assignee"])
            return None
        return self._confirmation(
            request,
            queryset,
            "admin/chats/submission/assign_confirm.html",
            form=form,
            title="Toewijzen aan een collega",
            action="assign_to_colleague",
        )

    def _assign(self, request, queryset, assignee):
        done, skipped = 0, []
        for submission in queryset.select_related(None).only("pk", "onderwerp"):
            try:
                review_services.submission_assign(
                    submission_id=submission.pk,
                    assignee=assignee,
                    user=request.user,
                    request=request,
                )
            except ReviewError as exc:
                skipped.append(f"‘{submission.onderwerp}’: {exc.message}")
            else:
                done += 1
        name = assignee.get_full_name() or assignee.get_username()
        self.message_user(
            request,
            f"{aantal(done, 'inzending', 'inzendingen')} toegewezen aan {name}.",
            messages.SUCCESS if done else messages.WARNING,
        )
        for text in skipped:
            self.message_user(request, f"Niet toegewezen: {text}", messages.WARNING)

    @admin.action(description="Afwijzen met één reden…", permissions=["review"])
    def reject_several(self, request, queryset):
        """Reject the chosen submissions with one reason, after a confirmation page.

        The service is called per submission: each is checked, rejected, logged and mailed on
        its own; one that cannot be rejected (already archived) is reported and the rest goes on.
        """
        form = RejectForm(request.POST if request.POST.get("post") else None)
        if form.is_bound and form.is_valid():
            done, refused = 0, []
            for submission in queryset.select_related(None).only("pk", "onderwerp"):
                try:
                    review_services.review_reject(
                        submission_id=submission.pk,
                        reason=form.cleaned_data["reason"],
                        note=form.cleaned_data["note"],
                        user=request.user,
                        request=request,
                    )
                except ReviewError as exc:
                    refused.append(f"‘{submission.onderwerp}’: {exc.message}")
                else:
                    done += 1
            self.message_user(
                request,
                f"{aantal(done, 'inzending', 'inzendingen')} afgewezen. "
                + ("De indiener krijgt" if done == 1 else "De indieners krijgen")
                + " bericht.",
                messages.SUCCESS if done else messages.WARNING,
            )
            for text in refused:
                self.message_user(request, f"Niet afgewezen: {text}", messages.WARNING)
            return None
        return self._confirmation(
            request,
            queryset,
            "admin/chats/submission/reject_confirm.html",
            form=form,
            title="Inzendingen afwijzen",
            action="reject_several",
        )

    def _confirmation(self, request, queryset, template, *, form, title, action):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": title,
            "subtitle": None,
            "submissions": list(
                queryset.select_related(None).only("pk", "onderwerp", "status", "created_at")
            ),
            "form": form,
            "action": action,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "query_string": request.get_full_path().partition("?")[2],
        }
        return TemplateResponse(request, template, context)

    # --- URLs ---

    def guarded(self, view, *, decides: bool = False):
        """Wrap a view: anonymous → login, logged in without review rights → 403; a view that
        `decides` (a review action or decision) also 403 for Beheer (separation of duties)."""
        inner = self.admin_site.admin_view(view)

        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(
                    request.get_full_path(),
                    reverse("admin:login", current_app=self.admin_site.name),
                )
            if not can_review(request.user):
                raise PermissionDenied
            if decides and not may_decide_on_records(request.user):
                require_record_decider(request.user)  # raises DutyRefused (audited, 403)
            return inner(request, *args, **kwargs)

        return update_wrapper(wrapper, view)

    def get_urls(self):
        def bind(function, *, decides: bool = False):
            def view(request, *args, **kwargs):
                return function(self, request, *args, **kwargs)

            return self.guarded(update_wrapper(view, function), decides=decides)

        prefix = "<int:pk>/beoordelen/"
        name = "chats_submission_"
        review_urls = [
            path("overzicht/", bind(review_views.overview_view), name=f"{name}overview"),
            path(prefix, bind(review_views.review_page), name=f"{name}review"),
            path(
                f"{prefix}weglating/<int:span_pk>/wisselen/",
                bind(review_views.redaction_toggle_view, decides=True),
                name=f"{name}redaction_toggle",
            ),
            path(
                f"{prefix}weglating/<int:span_pk>/overal/",
                bind(review_views.redaction_toggle_alike_view, decides=True),
                name=f"{name}redaction_toggle_alike",
            ),
            path(
                f"{prefix}weglating/<int:span_pk>/overal-weglaten/",
                bind(review_views.redaction_add_alike_view, decides=True),
                name=f"{name}redaction_add_alike",
            ),
            path(
                f"{prefix}weglating/overal-weglaten/",
                bind(review_views.redacted_add_alike_view, decides=True),
                name=f"{name}redacted_add_alike",
            ),
            path(
                f"{prefix}weglating/nieuw/",
                bind(review_views.redaction_add_view, decides=True),
                name=f"{name}redaction_add",
            ),
            path(
                f"{prefix}selectie/",
                bind(review_views.selection_view, decides=True),
                name=f"{name}selection",
            ),
            path(
                f"{prefix}datumvolgorde/",
                bind(review_views.date_order_view, decides=True),
                name=f"{name}date_order",
            ),
            path(
                f"{prefix}indiener/",
                bind(review_views.submitter_view, decides=True),
                name=f"{name}submitter",
            ),
            path(
                f"{prefix}vrije-tekst/",
                bind(review_views.free_text_view, decides=True),
                name=f"{name}free_text",
            ),
            path(
                f"{prefix}archiveren/",
                bind(review_views.archive_view, decides=True),
                name=f"{name}archive",
            ),
            path(
                f"{prefix}archiefstuk/opnieuw/",
                bind(review_views.archive_retry_view, decides=True),
                name=f"{name}archive_retry",
            ),
            path(
                f"{prefix}resultaten/",
                bind(review_views.resultaat_options_view),
                name=f"{name}resultaat_options",
            ),
            path(
                f"{prefix}afwijzen/",
                bind(review_views.reject_view, decides=True),
                name=f"{name}reject",
            ),
            path(
                f"{prefix}vraag/",
                bind(review_views.return_view, decides=True),
                name=f"{name}return",
            ),
            path(
                f"{prefix}bijlage/<int:media_pk>/",
                bind(review_views.media_view),
                name=f"{name}media",
            ),
            path(
                f"{prefix}bijlage/<int:media_pk>/vrijgeven/",
                bind(review_views.media_release_view, decides=True),
                name=f"{name}media_release",
            ),
            path(
                f"{prefix}bijlage/<int:media_pk>/gebied/",
                bind(review_views.media_area_view, decides=True),
                name=f"{name}media_area",
            ),
            path(
                f"{prefix}bijlage/<int:media_pk>/gebied/<str:area_id>/ongedaan/",
                bind(review_views.media_area_undo_view, decides=True),
                name=f"{name}media_area_undo",
            ),
            path(
                f"{prefix}bijlage/<int:media_pk>/dubbel-terugzetten/",
                bind(review_views.overlap_restore_view, decides=True),
                name=f"{name}overlap_restore",
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


NOT_PRIVATE = "Dit is een gegeven van de gemeente, geen privégegeven"


class OrganisationContactForm(forms.ModelForm):
    """The contact list's form: a value that looks like a private person's (a 06 number, a
    personal mailbox, a person's full name) is kept only when Beheer ticks that it is the
    municipality's; a changed value is asked about again, an unchanged one is not."""

    not_private = forms.BooleanField(
        label=NOT_PRIVATE,
        required=False,
        help_text=(
            "Nodig bij een 06-nummer (zoals het WhatsApp-nummer van de gemeente), een "
            "e-mailadres dat op dat van één persoon lijkt en een naam die op die van een persoon "
            "lijkt. Vink alleen aan als u zeker weet dat het geen privégegeven is."
        ),
    )

    class Meta:
        model = OrganisationContact
        fields = ("kind", "value", "omschrijving", "active", "not_private")

    def _post_clean(self):
        # After the model's own checks (kind, duplicates, a person's name): an error put on
        # "value" before them would leave the model to check an empty value ("Vul een
        # Nederlands telefoonnummer in").
        super()._post_clean()
        cleaned = self.cleaned_data
        kind, value = cleaned.get("kind"), cleaned.get("value")
        if not kind or not value or self.has_error("value") or not _needs_checks(self):
            return
        doubt = private_doubt(kind, value.strip())
        if doubt and not cleaned.get("not_private"):
            self.add_error("value", doubt)


def _needs_checks(form: forms.ModelForm) -> bool:
    """Whether the entry is asked about: new, another kind or value, or back in use. An
    unchanged entry in use was asked about when it was entered; one can always be switched off."""
    if form.instance.pk is None or {"kind", "value"} & set(form.changed_data):
        return True
    if form.instance.nog_te_controleren and form.cleaned_data.get("active"):
        return True  # listed before the checks: saved in use only once looked at
    return "active" in form.changed_data and bool(form.cleaned_data.get("active"))


SWITCH_ON_IN_FORM = "Zet dit gegeven weer in gebruik via het formulier van het gegeven: {doubt}"


class OrganisationContactListForm(forms.ModelForm):
    """A row of the list ("in gebruik"): an entry that looks private cannot be confirmed
    there, so switching it back on is refused with the way to do it."""

    def _update_errors(self, errors):
        # The model's checks of the value (a person's name) go on the row's only field.
        if hasattr(errors, "error_dict"):
            moved: dict[str, list] = {}
            for field, found in errors.error_dict.items():
                at = field if field in self.fields or field == NON_FIELD_ERRORS else "active"
                moved.setdefault(at, []).extend(found)
            errors = ValidationError(moved)
        super()._update_errors(errors)

    def _post_clean(self):
        super()._post_clean()
        # Only a row switched on here: an untouched row that waits for Beheer (chats 0027)
        # must not block saving the other rows of the list.
        if self.has_error("active") or "active" not in self.changed_data:
            return
        if not self.cleaned_data.get("active"):
            return
        contact = self.instance
        if private_doubt(contact.kind, contact.value.strip()):
            self.add_error("active", SWITCH_ON_IN_FORM.format(doubt=_doubt_short(contact)))


FIELDS_SHOWN = ("kind", "value", "omschrijving", "active")


def _doubt_short(contact: OrganisationContact) -> str:
    return f"daar bevestigt u dat ‘{contact.value}’ geen privégegeven is."


@admin.register(OrganisationContact)
class OrganisationContactAdmin(admin.ModelAdmin):
    """Beheer keeps the municipality's own numbers, mailboxes, accounts and addresses: never
    redacted."""

    form = OrganisationContactForm
    fieldsets = (
        (None, {"description": KEPT_READABLE, "fields": ("kind", "value", "omschrijving")}),
        (None, {"fields": ("not_private", "active")}),
    )
    list_display = ("value", "kind", "omschrijving", "active", "controle")
    list_filter = ("kind", "active", "nog_te_controleren")
    search_fields = ("value", "omschrijving")
    list_editable = ("active",)

    @admin.display(description="controle", empty_value="")
    def controle(self, obj):
        """Entries listed before the form's checks that wait for Beheer (chats 0027)."""
        if not obj.nog_te_controleren:
            return ""
        return format_html(
            '<span class="text-danger">{}</span>',
            "Nog te controleren: wordt in nieuw verwerkte gesprekken weggelakt tot u het "
            "bevestigt, wijzigt of uit gebruik neemt",
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        contact = obj
        if contact is not None and contact.nog_te_controleren and request.method == "GET":
            reason = unchecked_reason(contact.kind, contact.value)
            messages.warning(
                request,
                "Dit gegeven stond al in de lijst voordat de lijst gegevens controleerde. Tot u "
                "het bevestigt, wijzigt of uit gebruik neemt, wordt het in nieuw verwerkte "
                f"gesprekken weggelakt. {reason}".strip(),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    # Every change is audited (chats.contact_list), also "in gebruik" switched on the list and a
    # delete of several entries at once.
    def save_model(self, request, obj, form, change):
        confirmed = bool(getattr(form, "cleaned_data", {}).get("not_private"))
        contact_save(contact=obj, user=request.user, confirmed=confirmed, request=request)
        if not isinstance(form, OrganisationContactForm):  # a row of the list ("in gebruik")
            request._contact_list_saved = getattr(request, "_contact_list_saved", 0) + 1

    def delete_model(self, request, obj):
        contact_delete(contact=obj, user=request.user, request=request)

    def delete_queryset(self, request, queryset):
        deleted = 0
        with transaction.atomic():
            for contact in queryset:
                contact_delete(contact=contact, user=request.user, request=request)
                deleted += 1
        request._contact_message = (
            f"{aantal(deleted, 'contactgegeven', 'contactgegevens')} verwijderd."
        )

    # Django's Dutch says "De contactgegeven … is met succes toegevoegd": "het contactgegeven",
    # and without "met succes". Each response says beforehand what its message is.
    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        own = getattr(request, "_contact_message", None)
        if own is None and getattr(request, "_contact_list_saved", 0):
            saved = request._contact_list_saved
            own = f"{aantal(saved, 'contactgegeven', 'contactgegevens')} gewijzigd."
        if own is not None and level == messages.SUCCESS:
            message = own
        super().message_user(request, message, level, *args, **kwargs)

    def _saved_message(self, request, obj, done):
        text = format_html(
            'Het contactgegeven ‘<a href="{}">{}</a>’ is {}.',
            reverse("admin:chats_organisationcontact_change", args=[obj.pk]),
            obj,
            done,
        )
        if "_continue" in request.POST:
            return format_html("{} Hieronder kunt u het verder wijzigen.", text)
        if "_addanother" in request.POST:
            return format_html("{} Hieronder kunt u nog een contactgegeven toevoegen.", text)
        return text

    def response_add(self, request, obj, post_url_continue=None):
        request._contact_message = self._saved_message(request, obj, "toegevoegd")
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        request._contact_message = self._saved_message(request, obj, "gewijzigd")
        return super().response_change(request, obj)

    def response_delete(self, request, obj_display, obj_id):
        request._contact_message = f"Het contactgegeven ‘{obj_display}’ is verwijderd."
        return super().response_delete(request, obj_display, obj_id)

    def get_fieldsets(self, request, obj=None):
        """Informatiebeheer sees the list read-only: without the confirmation only Beheer ticks
        (a view-only page shows every field as text, and that one is no field of the model)."""
        if obj is not None and not self.has_change_permission(request, obj):
            return ((None, {"description": KEPT_READABLE, "fields": FIELDS_SHOWN}),)
        return super().get_fieldsets(request, obj)

    def changelist_view(self, request, extra_context=None):
        # Django's "Selecteer contactgegeven om te wijzigen" lacks the article; Informatiebeheer
        # only reads the list.
        title = (
            "Selecteer een contactgegeven om te wijzigen"
            if self.has_change_permission(request)
            else "Contactgegevens van de gemeente (alleen inzien; Beheer houdt de lijst bij)"
        )
        extra_context = {"title": title, **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    def get_changelist_form(self, request, **kwargs):
        """The list's "In gebruik" checkbox is named after its row (it has no label of its own)
        and describes nothing: the help text it would point at is not on the list."""
        base = super().get_changelist_form(request, form=OrganisationContactListForm, **kwargs)

        class ContactListForm(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                field = self.fields["active"]
                field.help_text = ""
                field.widget.attrs["aria-label"] = f"In gebruik: {self.instance.value}"

        return ContactListForm
