"""Writes of the Woo app: requests, their selections and decisions, and the audit trail of reading.

Every write records its audit event; so do searching, viewing and exporting (the `*_log`
functions the views call). Every write first checks the user may decide on Woo requests at all:
Beheer may not (separation of duties, accounts/duties.py; DutyRefused is a 403).
"""

from datetime import date, datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.duties import require_woo_decider
from audit import events
from chats.constants import ServingRole, UploadKind
from chats.models import MediaItem, Message, Submission
from chats.person_digests import query_digest, query_persons
from chats.purge import free_text_redactor
from chats.wording import seq_of_shown

from .documents import documents
from .models import WooMelding, WooSelectie, WooVerzoek
from .query import ParsedQuery
from .records import RecordView, record_reference
from .search import SearchFilters, SearchOutcome, hit_with_exchange, record_hits


class WooError(Exception):
    """A refused Woo action, with a Dutch message for the user; `field`: the form field the
    refusal is about, when it is about one."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.message = message
        self.field = field


def verzoek_create(
    *,
    user,
    nummer: str,
    onderwerp: str,
    ontvangen_op,
    zaak=None,
    verzoeker_naam: str = "",
    verzoeker_organisatie: str = "",
    request=None,
) -> WooVerzoek:
    """Register a Woo request; its selections are on legal hold from receipt."""
    require_woo_decider(user)
    try:
        with transaction.atomic():
            verzoek = WooVerzoek.objects.create(
                nummer=nummer.strip(),
                onderwerp=onderwerp.strip(),
                ontvangen_op=ontvangen_op,
                zaak=zaak,
                verzoeker_naam=verzoeker_naam.strip(),
                verzoeker_organisatie=verzoeker_organisatie.strip(),
                aangemaakt_door=user,
            )
    except IntegrityError as exc:
        raise WooError(f"Er bestaat al een Woo-verzoek met nummer {nummer}.") from exc
    events.woo_verzoek_created(verzoek=verzoek, actor=user, request=request)
    return verzoek


# What the request's page lets a Woo officer correct after registering it.
VERZOEK_DETAILS = ("onderwerp", "zaak", "verzoeker_naam", "verzoeker_organisatie")


def verzoek_details_update(*, user, verzoek: WooVerzoek, request=None, **values) -> list[str]:
    """Correct a request's subject, zaak and requester; the names of the changed fields.

    Audited by field name only: the requester is personal data."""
    require_woo_decider(user)
    if not verzoek.is_open:
        # The view hides the form of a closed request; a hand-made POST gets this.
        raise WooError("Een afgehandeld Woo-verzoek kan niet meer worden gewijzigd.")
    changed = []
    for name in VERZOEK_DETAILS:
        if name not in values:
            continue
        value = values[name]
        if isinstance(value, str):
            value = value.strip()
        if getattr(verzoek, name) != value:
            setattr(verzoek, name, value)
            changed.append(name)
    if changed:
        verzoek.save(update_fields=changed)
        events.woo_verzoek_changed(verzoek=verzoek, actor=user, fields=changed, request=request)
    return changed


NOTICE_MAX = 500


def _record_has_number(submission: Submission, number: int) -> bool:
    """Whether the record page shows this number: a message of the record ("#12"), or for a
    screenshot record a screenshot ("Schermafbeelding 2 van 3")."""
    if submission.upload_kind == UploadKind.SCREENSHOTS:
        loose = MediaItem.objects.filter(submission=submission, message__isnull=True)
        return 1 <= number <= loose.count()
    return Message.objects.filter(
        submission=submission, in_record=True, seq=seq_of_shown(number)
    ).exists()


def melding_add(
    *, user, submission: Submission, tekst: str, nummer: str, request=None
) -> WooMelding:
    """ "Persoonsgegeven gezien?": a note for Informatiebeheer about an archived record (the
    message number optional, as typed: "12" or "#12"); audited without its text, which may
    quote the personal data."""
    tekst = " ".join(tekst.split())
    nummer = nummer.strip().lstrip("#")
    if not tekst:
        raise WooError("Beschrijf kort wat u zag; de melding is niet verstuurd.", "tekst")
    if len(tekst) > NOTICE_MAX:
        raise WooError(
            f"Gebruik hoogstens {NOTICE_MAX} tekens; de melding is niet verstuurd.", "tekst"
        )
    if nummer and not (nummer.isdigit() and int(nummer) < 2**31):
        # A screenshot record shows "Schermafbeelding 2 van 3", not message numbers.
        what = (
            "het nummer van de schermafbeelding in cijfers in, bijvoorbeeld 2"
            if submission.upload_kind == UploadKind.SCREENSHOTS
            else "het berichtnummer in cijfers in, bijvoorbeeld 12"
        )
        raise WooError(
            f"Vul {what}, of laat het leeg; de melding is niet verstuurd.",
            "berichtnummer",
        )
    if nummer and not _record_has_number(submission, int(nummer)):
        if submission.upload_kind == UploadKind.SCREENSHOTS:
            what = f"geen schermafbeelding {int(nummer)}"
        else:
            what = f"geen bericht {int(nummer)}"
        raise WooError(
            f"Dit archiefstuk heeft {what}. Vul een nummer in dat op de pagina staat, of laat "
            "het leeg; de melding is niet verstuurd.",
            "berichtnummer",
        )
    with transaction.atomic():
        notice = WooMelding.objects.create(
            submission=submission,
            nummer=int(nummer) if nummer else None,
            tekst=tekst,
            gemeld_door=user,
        )
        events.woo_notice_sent(notice=notice, actor=user, request=request)
    return notice


def _archived_record_for(user, verzoek: WooVerzoek, submission_id: int) -> Submission:
    """The archived record a Woo decider may add to this open request, or a WooError."""
    require_woo_decider(user)
    if not verzoek.is_open:
        raise WooError("Aan een afgehandeld Woo-verzoek kan niets meer worden toegevoegd.")
    submission = Submission.objects.archived().filter(pk=submission_id).first()
    if submission is None:
        raise WooError("Dit archiefstuk bestaat niet of is niet gearchiveerd.")
    return submission


def selectie_add(
    *,
    user,
    verzoek: WooVerzoek,
    submission_id: int,
    message_id: int | None = None,
    request=None,
) -> tuple[WooSelectie, bool]:
    """Add an archived record, or one message of it, to an open request; (selectie, created)."""
    submission = _archived_record_for(user, verzoek, submission_id)
    message = None
    if message_id is not None:
        message = Message.objects.filter(
            pk=message_id, submission_id=submission.pk, in_record=True
        ).first()
        if message is None:
            raise WooError("Dit bericht hoort niet bij het archiefstuk.")
        whole = WooSelectie.objects.filter(
            verzoek=verzoek, submission_id=submission.pk, message__isnull=True
        ).first()
        if whole is not None:
            return whole, False
    with transaction.atomic():
        selectie, created = WooSelectie.objects.get_or_create(
            verzoek=verzoek,
            submission_id=submission.pk,
            message=message,
            defaults={
                "record_ref": record_reference(submission.pk),
                "message_seq": message.seq if message else None,
                "toegevoegd_door": user,
            },
        )
    if created:
        events.woo_selectie_added(
            verzoek=verzoek,
            actor=user,
            submission_id=submission.pk,
            message_id=message_id,
            request=request,
        )
    return selectie, created


CONTEXT_MESSAGES = 3  # messages before and after a hit that "with context" adds


def selectie_add_messages(
    *, user, verzoek: WooVerzoek, submission_id: int, message_ids, request=None
) -> tuple[int, int]:
    """Add several messages of one record to an open request in one go; (added, already there).

    All or nothing: one transaction, refused as a whole when one message is not of the record.
    The checks run once and the selections are inserted together; one audit event lists the
    messages added ("Hele dag toevoegen" of 1,544 messages took 25 s one by one)."""
    message_ids = sorted(set(message_ids))
    if not message_ids:
        raise WooError("Er zijn geen berichten om toe te voegen.")
    submission = _archived_record_for(user, verzoek, submission_id)
    seqs = dict(_record_messages(submission.pk).filter(pk__in=message_ids).values_list("pk", "seq"))
    if len(seqs) != len(message_ids):
        raise WooError("Dit bericht hoort niet bij het archiefstuk.")
    with transaction.atomic():
        selected = WooSelectie.objects.select_for_update().filter(
            verzoek=verzoek, submission_id=submission.pk
        )
        if selected.filter(message__isnull=True).exists():  # the whole record is in already
            return 0, len(message_ids)
        there = set(
            selected.filter(message_id__in=message_ids).values_list("message_id", flat=True)
        )
        new = [message_id for message_id in message_ids if message_id not in there]
        reference = record_reference(submission.pk)
        WooSelectie.objects.bulk_create(
            [
                WooSelectie(
                    verzoek=verzoek,
                    submission_id=submission.pk,
                    message_id=message_id,
                    record_ref=reference,
                    message_seq=seqs[message_id],
                    toegevoegd_door=user,
                )
                for message_id in new
            ]
        )
        if new:
            events.woo_selectie_added(
                verzoek=verzoek,
                actor=user,
                submission_id=submission.pk,
                message_ids=new,
                request=request,
            )
    return len(new), len(message_ids) - len(new)


def _record_messages(submission_id: int):
    return Message.objects.filter(submission_id=submission_id, in_record=True)


def selectie_add_hits(
    *, user, verzoek: WooVerzoek, submission_id: int, query: ParsedQuery, mode: str, request=None
) -> tuple[int, int]:
    """Add every message of the record that is a hit of the query (as the record page shows)."""
    hits = record_hits(query, submission_id, mode=mode)
    ids = [hit.message_id for hit in hits if hit.message_id is not None]
    if not ids:
        raise WooError("Deze zoekopdracht heeft geen treffers in dit archiefstuk.")
    return selectie_add_messages(
        user=user, verzoek=verzoek, submission_id=submission_id, message_ids=ids, request=request
    )


def selectie_add_context(
    *,
    user,
    verzoek: WooVerzoek,
    submission_id: int,
    message_id: int,
    around: int = CONTEXT_MESSAGES,
    request=None,
) -> tuple[int, int]:
    """Add a message with the `around` messages of the record before and after it."""
    message = _record_messages(submission_id).filter(pk=message_id).first()
    if message is None:
        raise WooError("Dit bericht hoort niet bij het archiefstuk.")
    messages = _record_messages(submission_id)
    before = list(
        messages.filter(seq__lt=message.seq).order_by("-seq").values_list("pk", flat=True)[:around]
    )
    after = list(
        messages.filter(seq__gt=message.seq).order_by("seq").values_list("pk", flat=True)[:around]
    )
    return selectie_add_messages(
        user=user,
        verzoek=verzoek,
        submission_id=submission_id,
        message_ids=[*before, message.pk, *after],
        request=request,
    )


def selectie_add_exchange(
    *,
    user,
    verzoek: WooVerzoek,
    submission_id: int,
    message_id: int,
    query: ParsedQuery,
    mode: str,
    request=None,
) -> tuple[int, int]:
    """Add a hit of the query with the messages shown as its vervolg (as the record page marks
    them: search.hit_with_exchange)."""
    ids = hit_with_exchange(record_hits(query, submission_id, mode=mode), message_id)
    if not ids:
        raise WooError("Dit bericht is geen treffer van deze zoekopdracht.")
    return selectie_add_messages(
        user=user, verzoek=verzoek, submission_id=submission_id, message_ids=ids, request=request
    )


def selectie_add_day(
    *, user, verzoek: WooVerzoek, submission_id: int, day: date, request=None
) -> tuple[int, int]:
    """Add every message of the record sent on that (local) day."""
    tz = timezone.get_current_timezone()
    start = datetime.combine(day, time.min, tzinfo=tz)
    ids = list(
        _record_messages(submission_id)
        .filter(sent_at__gte=start, sent_at__lt=start + timedelta(days=1))
        .values_list("pk", flat=True)
    )
    if not ids:
        raise WooError("Dit archiefstuk heeft geen berichten op die dag.")
    return selectie_add_messages(
        user=user, verzoek=verzoek, submission_id=submission_id, message_ids=ids, request=request
    )


def _drop_orphan_judgements(verzoek: WooVerzoek, submission_id: int | None) -> None:
    """Judgements and passages of documents no longer selected go with their selection."""
    if submission_id is None:
        return
    kept = documents(verzoek, submission_id=submission_id)
    messages = [doc.message_id for doc in kept if doc.message_id is not None]
    media = [doc.media_id for doc in kept if doc.media_id is not None]
    verzoek.beoordelingen.filter(submission_id=submission_id).exclude(
        message_id__in=messages
    ).exclude(media_id__in=media).delete()
    verzoek.passages.filter(message__submission_id=submission_id).exclude(
        message_id__in=messages
    ).delete()
    verzoek.passages.filter(media__submission_id=submission_id).exclude(media_id__in=media).delete()


def selectie_remove(*, user, selectie: WooSelectie, request=None) -> None:
    """Take a record or message out of an open request."""
    require_woo_decider(user)
    verzoek = selectie.verzoek
    if not verzoek.is_open:
        raise WooError("Een afgehandeld Woo-verzoek kan niet meer worden gewijzigd.")
    submission_id, message_id = selectie.submission_id, selectie.message_id
    with transaction.atomic():
        selectie.delete()
        _drop_orphan_judgements(verzoek, submission_id)
    events.woo_selectie_removed(
        verzoek=verzoek,
        actor=user,
        submission_id=submission_id,
        message_id=message_id,
        request=request,
    )


def selectie_remove_many(
    *, user, verzoek: WooVerzoek, submission_id: int, day: date | None = None, request=None
) -> int:
    """Take a record out of an open request in one action: its own selection and every message
    of it selected, or only the messages sent on `day` (local); returns how many messages went.

    Refused when nothing of it is selected. One audit event lists what was taken out."""
    require_woo_decider(user)
    if not verzoek.is_open:
        raise WooError("Een afgehandeld Woo-verzoek kan niet meer worden gewijzigd.")
    selected = WooSelectie.objects.filter(verzoek=verzoek, submission_id=submission_id)
    if day is not None:
        start = datetime.combine(day, time.min, tzinfo=timezone.get_current_timezone())
        selected = selected.filter(
            message__sent_at__gte=start, message__sent_at__lt=start + timedelta(days=1)
        )
    with transaction.atomic():
        # Only the selection's rows: not the messages the day is found by, nor the request.
        locked = selected.select_for_update(of=("self",)).order_by()
        rows = list(locked.values_list("pk", "message_id"))
        if not rows:
            raise WooError(f"Hiervan staat niets in {verzoek.nummer}.")
        WooSelectie.objects.filter(pk__in=[pk for pk, _ in rows]).delete()
        _drop_orphan_judgements(verzoek, submission_id)
        message_ids = sorted(message_id for _, message_id in rows if message_id is not None)
        events.woo_selectie_removed(
            verzoek=verzoek,
            actor=user,
            submission_id=submission_id,
            message_ids=message_ids,
            whole_record=len(message_ids) < len(rows),
            request=request,
        )
    return len(message_ids)


# --- the audit trail of reading: what a Woo officer searched, opened and exported ------------


def search_log(
    *, user, query: ParsedQuery, filters: SearchFilters, outcome: SearchOutcome, request=None
) -> None:
    """Record a search: the officer's own words and filters, never chat text (see DESIGN: audit).
    Personal data typed into the search (a resident's name, phone number, BSN; a surname alone,
    a name any record of the archive holds) is kept as its placeholder: the audit log is kept
    for good, beyond the records searched. The query as typed is kept only as its keyed hash."""
    redacted = free_text_redactor([query.raw], persons=query_persons(query.raw))(query.raw)
    events.woo_archive_searched(
        actor=user,
        request=request,
        query=redacted,
        query_digest=query_digest(query.raw),
        filters={
            "zaak_id": filters.zaak_id,
            "zaaktype": filters.zaaktype,
            "afdeling": filters.afdeling,
            "gesprekspartner": filters.gesprekspartner,
            "van": filters.van.isoformat() if filters.van else None,
            "tot": filters.tot.isoformat() if filters.tot else None,
        },
        records=outcome.record_count,
        hits=outcome.hit_count,
        page=outcome.page,
    )


def record_view_log(*, user, submission: Submission, view: RecordView, request=None) -> None:
    """Record that a Woo officer opened an archived record."""
    events.woo_record_viewed(
        submission=submission,
        actor=user,
        messages=view.page.count,
        page=view.page.number,
        request=request,
    )


def release_log(
    *, user, verzoek: WooVerzoek, files: dict[str, str], documents: int, records: int, request=None
) -> None:
    """Record a release of the decision with each output file's SHA-256."""
    events.woo_verzoek_exported(
        verzoek=verzoek,
        actor=user,
        files=files,
        documents=documents,
        records=records,
        request=request,
    )


def export_failed_log(*, user, verzoek: WooVerzoek, kind: str, request=None) -> None:
    """Record an export that could not be made."""
    events.woo_verzoek_export_failed(
        verzoek=verzoek, actor=user, export_format=kind, request=request
    )


def media_download_log(*, user, media, stored_file, request=None) -> None:
    """Record that a Woo officer was served the cleaned file of an attachment."""
    events.media_downloaded(
        media=media, stored_file=stored_file, actor=user, role=ServingRole.WOO, request=request
    )
