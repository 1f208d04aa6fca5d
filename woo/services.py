"""Writes of the Woo app: requests, their selections and decisions; each writes an audit event."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from audit.services import audit_log
from chats.models import Message, Submission

from .constants import Besluit, VerzoekStatus
from .models import WooSelectie, WooVerzoek
from .records import record_reference


class WooError(Exception):
    """A refused Woo action, with a Dutch message for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def verzoek_create(*, user, nummer: str, onderwerp: str, ontvangen_op, request=None) -> WooVerzoek:
    """Register a Woo request; its selections are on legal hold until it is closed."""
    try:
        with transaction.atomic():
            verzoek = WooVerzoek.objects.create(
                nummer=nummer.strip(),
                onderwerp=onderwerp.strip(),
                ontvangen_op=ontvangen_op,
                aangemaakt_door=user,
            )
    except IntegrityError as exc:
        raise WooError(f"Er bestaat al een Woo-verzoek met nummer {nummer}.") from exc
    audit_log(action="woo.verzoek_create", actor=user, obj=verzoek, request=request)
    return verzoek


def verzoek_close(*, user, verzoek: WooVerzoek, request=None) -> WooVerzoek:
    """Close a request: its records leave legal hold (unless another open request holds them)."""
    if not verzoek.is_open:
        raise WooError("Dit Woo-verzoek is al afgehandeld.")
    verzoek.status = VerzoekStatus.AFGEHANDELD
    verzoek.afgehandeld_op = timezone.now()
    verzoek.save(update_fields=["status", "afgehandeld_op"])
    audit_log(action="woo.verzoek_close", actor=user, obj=verzoek, request=request)
    return verzoek


def selectie_add(
    *,
    user,
    verzoek: WooVerzoek,
    submission_id: int,
    message_id: int | None = None,
    request=None,
) -> tuple[WooSelectie, bool]:
    """Add an archived record, or one message of it, to an open request; (selectie, created)."""
    if not verzoek.is_open:
        raise WooError("Aan een afgehandeld Woo-verzoek kan niets meer worden toegevoegd.")
    submission = Submission.objects.archived().filter(pk=submission_id).first()
    if submission is None:
        raise WooError("Dit archiefstuk bestaat niet of is niet gearchiveerd.")
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
        audit_log(
            action="woo.selectie_add",
            actor=user,
            obj=verzoek,
            request=request,
            detail={"submission_id": submission.pk, "message_id": message_id},
        )
    return selectie, created


def selectie_remove(*, user, selectie: WooSelectie, request=None) -> None:
    """Take a record or message out of an open request."""
    verzoek = selectie.verzoek
    if not verzoek.is_open:
        raise WooError("Een afgehandeld Woo-verzoek kan niet meer worden gewijzigd.")
    detail = {"submission_id": selectie.submission_id, "message_id": selectie.message_id}
    selectie.delete()
    audit_log(action="woo.selectie_remove", actor=user, obj=verzoek, request=request, detail=detail)


def selectie_decide(
    *,
    user,
    selectie: WooSelectie,
    besluit: str,
    gronden: list[str],
    toelichting: str = "",
    request=None,
) -> WooSelectie:
    """Record the disclosure decision and grounds for a selected record or message."""
    if not selectie.verzoek.is_open:
        raise WooError("Een afgehandeld Woo-verzoek kan niet meer worden gewijzigd.")
    if besluit and besluit not in Besluit.values:
        raise WooError("Onbekend besluit.")
    selectie.besluit = besluit
    selectie.gronden = list(gronden) if besluit != Besluit.OPENBAAR else []
    selectie.toelichting = toelichting.strip()
    selectie.save(update_fields=["besluit", "gronden", "toelichting"])
    audit_log(
        action="woo.selectie_decide",
        actor=user,
        obj=selectie.verzoek,
        request=request,
        detail={"selectie_id": selectie.pk, "besluit": besluit, "gronden": selectie.gronden},
    )
    return selectie
