"""Woo requests in the admin (read-mostly; officers work on the Woo pages), and the legal hold
as Informatiebeheer sees it."""

from django.contrib import admin
from django.db import transaction
from django.db.models import Count, Exists, Min, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join

from accounts.duties import may_decide_on_records, may_decide_on_woo, may_see_requester
from chats.constants import UploadKind
from chats.models import MediaItem
from chats.review.selectors import LOOSE_MEDIA, MEDIA_PAGE_SIZE
from chats.wording import getal, seq_of_shown, shown_number
from zaken.admin import LoggedByNumber

from .documents import officer_name
from .forms import REQUESTER_FIELDS, VerzoekAdminForm
from .legal_hold import hold_until_text
from .models import Bewaarplicht, Synoniemgroep, WooMelding, WooSelectie, WooVerzoek
from .records import record_reference, visible_media
from .synonyms import SynoniemgroepForm, synoniemgroep_delete, synoniemgroep_save


@admin.display(description="bericht")
def bericht(obj) -> str:
    """The message's number as every page shows it (#1 first), or the whole record."""
    return "heel archiefstuk" if obj.message_seq is None else str(shown_number(obj.message_seq))


def _person(user) -> str:
    """A colleague as people know them: the full name, the user name when there is none."""
    return officer_name(user) if user is not None else "–"


# A request can hold thousands of messages: the admin shows the first ones, the request's own
# page (which pages through them) shows all.
SELECTIE_SHOWN = 100


@admin.register(WooVerzoek)
class WooVerzoekAdmin(LoggedByNumber, admin.ModelAdmin):
    log_name_field = "nummer"  # the onderwerp can name the requester
    list_display = (
        "nummer",
        "onderwerp",
        "ontvangen_op",
        "status",
        "besluit_op",
        "bewaarplicht",
        "aangemaakt_door_naam",
    )
    list_filter = ("status",)
    search_fields = ("nummer", "onderwerp")
    list_select_related = ("aangemaakt_door",)
    # Closing a request, objections and the hold go through the Woo pages (services stamp the
    # dates, compute the hold and write the audit events), never by editing the fields here.
    readonly_fields = (
        "status",
        "aangemaakt_door_naam",
        "aangemaakt_op",
        "afgehandeld_op",
        "verdaagd_op",
        "besluit_op",
        "bezwaar_ingesteld_op",
        "bezwaar_afgerond_op",
        "bewaarplicht",
        "selectie",
    )
    # Who made the request is shown by name (aangemaakt_door_naam), set by save_model.
    exclude = ("bewaarplicht_tot", "aangemaakt_door")
    show_full_result_count = False
    # The zaak by its zaaknummer, as on the Woo pages (a list of every zaak would be long).
    form = VerzoekAdminForm

    def get_exclude(self, request, obj=None):
        # The requester is personal data: Woo officers only, not Beheer (accounts.duties).
        hidden = () if may_see_requester(request.user) else REQUESTER_FIELDS
        return (*self.exclude, *hidden)

    @admin.display(description="aangemaakt door", ordering="aangemaakt_door__last_name")
    def aangemaakt_door_naam(self, obj):
        return _person(obj.aangemaakt_door)

    @admin.display(description="selectie")
    def selectie(self, obj):
        total = obj.selecties.count()
        if not total:
            return "–"
        shown = obj.selecties.order_by("submission_id", "message_seq", "pk")[:SELECTIE_SHOWN]
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    s.record_ref,
                    bericht(s),
                    date_format(timezone.localtime(s.toegevoegd_op), "j F Y H:i"),
                )
                for s in shown
            ),
        )
        more = (
            f"de eerste {getal(SELECTIE_SHOWN)} van {getal(total)}; "
            if total > SELECTIE_SHOWN
            else ""
        )
        return format_html(
            '<table><thead><tr><th scope="col">Kenmerk archiefstuk</th><th scope="col">Bericht'
            '</th><th scope="col">Toegevoegd op</th></tr></thead><tbody>{}</tbody></table>'
            '<p>{}<a href="{}">de hele selectie op de pagina van het verzoek</a></p>',
            rows,
            more,
            reverse("woo:verzoek_detail", args=[obj.pk]),
        )

    @admin.display(description="bewaarplicht")
    def bewaarplicht(self, obj):
        if not obj.holds_on(timezone.localdate()):
            return f"voorbij (tot en met {obj.bewaarplicht_tot:%d-%m-%Y})"
        return hold_until_text(obj)

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


@admin.register(Bewaarplicht)
class BewaarplichtAdmin(admin.ModelAdmin):
    """Which archived records a Woo request holds now: Informatiebeheer may not destroy them."""

    list_display = ("record_ref", "vastgehouden", "verzoek", "tot")
    list_select_related = ("verzoek",)
    search_fields = ("record_ref", "verzoek__nummer")
    show_full_result_count = False
    # The detail names the request and the officer as text: Django links a foreign key to its
    # admin page, which Informatiebeheer may not open (a Woo request, a user); and the held
    # message by the number every page shows (#1 first), not the stored volgnummer.
    fields = readonly_fields = (
        "archiefstuk",
        "vastgehouden",
        "verzoek_naam",
        "tot",
        "toegevoegd_door_naam",
        "toegevoegd_op",
    )

    def get_queryset(self, request):
        """One row per record and request (its first selection), with what the request holds
        of it: a request holding a day of a long chat listed each of its 1,500 messages."""
        holding = super().get_queryset(request).holding()
        first = (
            holding.order_by()
            .values("verzoek", "submission")
            .annotate(first=Min("pk"))
            .values("first")
        )
        same = WooSelectie.objects.filter(
            verzoek=OuterRef("verzoek"), submission=OuterRef("submission")
        )
        messages = (
            same.filter(message__isnull=False)
            .order_by()
            .values("verzoek")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return holding.filter(pk__in=Subquery(first)).annotate(
            whole=Exists(same.filter(message__isnull=True)),
            held_messages=Coalesce(Subquery(messages), 0),
        )

    @admin.display(description="vastgehouden")
    def vastgehouden(self, obj):
        if obj.whole:
            return "heel archiefstuk"
        if obj.held_messages == 1:
            return f"bericht {shown_number(obj.message_seq)}"
        return f"{getal(obj.held_messages)} berichten"

    @admin.display(description="archiefstuk")
    def archiefstuk(self, obj):
        """The record by its number, linked to its review page while it exists."""
        if obj.submission_id is None:
            return obj.record_ref
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:chats_submission_change", args=[obj.submission_id]),
            obj.record_ref,
        )

    @admin.display(description="verzoek")
    def verzoek_naam(self, obj):
        return str(obj.verzoek)

    @admin.display(description="toegevoegd door")
    def toegevoegd_door_naam(self, obj):
        return _person(obj.toegevoegd_door)

    def changelist_view(self, request, extra_context=None):
        # Not Django's "Selecteer … om te bekijken": this list is only read.
        extra_context = {
            "title": "Archiefstukken onder bewaarplicht (Woo)",
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context)

    @admin.display(description="bewaarplicht")
    def tot(self, obj):
        return hold_until_text(obj.verzoek)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(WooMelding)
class WooMeldingAdmin(admin.ModelAdmin):
    """Meldingen van Woo: personal data a Woo officer saw, for Informatiebeheer to black out."""

    list_display = (
        "archiefstuk",
        "nummer",
        "tekst",
        "bekijken",
        "gemeld_door_naam",
        "gemeld_op",
        "afgehandeld",
    )
    # The two columns it names, not every non-null foreign key of the record further on.
    list_select_related = ("submission", "gemeld_door")
    list_filter = ("afgehandeld",)
    list_editable = ("afgehandeld",)
    readonly_fields = (
        "archiefstuk",
        "nummer",
        "tekst",
        "bekijken",
        "gemeld_door_naam",
        "gemeld_op",
    )
    # shown by its number (archiefstuk) and by name (gemeld_door_naam)
    exclude = ("submission", "gemeld_door")

    @admin.display(description="archiefstuk", ordering="submission")
    def archiefstuk(self, obj):
        """The record by the number the rest of the app uses (WA-000004)."""
        return record_reference(obj.submission_id)

    @admin.display(description="gemeld door", ordering="gemeld_door__last_name")
    def gemeld_door_naam(self, obj):
        return _person(obj.gemeld_door)

    @admin.display(description="Weglakken")
    def bekijken(self, obj):
        """Where the word is blacked out (nader anonimiseren): the review page, at the message
        the notice names."""
        review = reverse("admin:chats_submission_review", args=[obj.submission_id])
        if obj.nummer and obj.submission.upload_kind == UploadKind.SCREENSHOTS:
            return _screenshot_link(review, obj.submission_id, obj.nummer)
        if obj.nummer:
            seq = seq_of_shown(obj.nummer)
            return format_html(
                '<a href="{}?bericht={}#m-{}">Bericht #{} op de beoordelingspagina</a>',
                review,
                seq,
                seq,
                getal(obj.nummer),
            )
        return format_html('<a href="{}">Beoordelingspagina van het archiefstuk</a>', review)

    def has_add_permission(self, request):
        return False

    # Settling a notice is Informatiebeheer's decision on the record's personal data: Beheer
    # (functiescheiding) sees the list, ticks nothing; nobody deletes a notice.
    def has_change_permission(self, request, obj=None):
        return may_decide_on_records(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False


def _screenshot_link(review: str, submission_id: int, number: int):
    """The review page at the screenshot a notice names: `number` counts the screenshots as Woo
    shows them ("Schermafbeelding 2 van 3", the withheld ones left out); the review page shows
    every screenshot, MEDIA_PAGE_SIZE a page, each at #b-<id>."""
    shown = list(
        visible_media()
        .filter(submission_id=submission_id, message__isnull=True)
        .order_by("seq")
        .values_list("pk", flat=True)[number - 1 : number]
    )
    page = f"{review}?dag={LOOSE_MEDIA}"
    if not shown:
        return format_html(
            '<a href="{}">Schermafbeelding {} (niet gevonden) op de beoordelingspagina</a>',
            page,
            getal(number),
        )
    before = MediaItem.objects.filter(
        submission_id=submission_id,
        message__isnull=True,
        seq__lt=MediaItem.objects.filter(pk=shown[0]).values("seq")[:1],
    ).count()
    number_of_page = before // MEDIA_PAGE_SIZE + 1
    if number_of_page > 1:
        page += f"&pagina={number_of_page}"
    return format_html(
        '<a href="{}#b-{}">Schermafbeelding {} op de beoordelingspagina</a>',
        page,
        shown[0],
        getal(number),
    )


@admin.register(Synoniemgroep)
class SynoniemgroepAdmin(admin.ModelAdmin):
    """The synonyms and abbreviations search adds to a query ("ook gezocht op: …")."""

    # The Woo page's form: the same normalising and checks (a word belongs to one group only).
    form = SynoniemgroepForm
    list_display = ("woorden", "toelichting", "gewijzigd_op")
    search_fields = ("woorden", "toelichting")

    # The same services as the Woo page (woo.synonyms): one audit event per change, words before
    # and after.
    def save_model(self, request, obj, form, change):
        synoniemgroep_save(form=form, user=request.user, request=request)

    def delete_model(self, request, obj):
        synoniemgroep_delete(groep=obj, user=request.user, request=request)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for groep in queryset:
                synoniemgroep_delete(groep=groep, user=request.user, request=request)
