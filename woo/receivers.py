"""Signal receivers: the index follows archiving without the chats app knowing about Woo."""

import logging

from django.db import transaction

from chats.constants import ServingRole
from chats.models import MediaItem, Submission
from chats.selectors import servable_media_q

from .besluit import passages_follow
from .indexing import index_submission, refresh_zaak_columns, subject_refresh
from .models import SearchEntry, WooVerzoek
from .tasks import index_submission_task

logger = logging.getLogger(__name__)


def on_submission_archived(sender, submission_id: int, **kwargs) -> None:
    """Queue indexing of a newly archived record; index in-process when the broker is down."""
    try:
        index_submission_task.delay(submission_id)
    except Exception:  # noqa: BLE001 - the broker's many error types; the record must be found
        logger.warning("woo index: broker unavailable, indexing submission %s now", submission_id)
        index_submission(submission_id=submission_id)


def on_record_redacted(sender, submission_id: int, changes=(), **kwargs) -> None:
    """Informatiebeheer blacked out more in an archived record ("nader anonimiseren"): the record
    is indexed again at once, in the same transaction, so the blacked-out words leave the search
    (entries, conversation vector, vocabulary) before anyone can find them again; the PDF made
    again afterwards indexes it once more. The passages Woo requests marked in the changed
    redacted texts keep covering the same words (`changes`: kind, id, text before, after)."""
    index_submission(submission_id=submission_id)
    passages_follow(changes)


def on_zaak_saved(sender, instance, **kwargs) -> None:
    """Keep the zaaktype filter column of archived records in step with their zaak."""
    refresh_zaak_columns(zaak=instance)


def on_submission_saved(sender, instance, update_fields=None, **kwargs) -> None:
    """The index follows a corrected redacted subject of an archived record, saved with
    update_fields naming it (as chats.review.services.free_text_update saves it). The review
    page edits it only before archiving, and archiving indexes the record as it is then; this
    covers a correction after archiving (a script, a later review feature)."""
    if not update_fields or "onderwerp_redacted" not in update_fields:
        return
    if instance.status == instance.Status.GEARCHIVEERD:
        subject_refresh(submission_id=instance.pk)


def on_media_saved(sender, instance, update_fields=None, **kwargs) -> None:
    """The index follows Informatiebeheer withholding or releasing an attachment (saved with
    update_fields naming `release`, as chats.review.services saves it). Withheld, the record is
    indexed again at once, in the same transaction, so the text read from it leaves the search
    (entries, conversation vector, vocabulary): re-making the record's PDF and then its index
    waits for the worker and may fail, and until then the search would find and show it.
    Released, the record is indexed again after commit (queued), so its text can be found."""
    if not update_fields or "release" not in update_fields:
        return
    submission_id = instance.submission_id
    servable = (
        MediaItem.objects.filter(pk=instance.pk)
        .filter(servable_media_q(for_role=ServingRole.WOO))
        .exists()
    )
    if not servable:
        if SearchEntry.objects.filter(media_id=instance.pk).exists():
            index_submission(submission_id=submission_id)
        return
    archived = Submission.objects.filter(
        pk=submission_id, status=Submission.Status.GEARCHIVEERD
    ).exists()
    if archived:  # a record under review is indexed when it is archived
        transaction.on_commit(lambda: on_submission_archived(None, submission_id=submission_id))


def verzoek_names(sender, objects, **kwargs) -> dict[tuple[str, str], str]:
    """The audit log's list: each request of the page by its number ('WOO-2024-017')."""
    label = WooVerzoek._meta.label_lower
    ids = [int(object_id) for kind, object_id in objects if kind == label and object_id.isdigit()]
    if not ids:
        return {}
    found = WooVerzoek.objects.filter(pk__in=ids).values_list("pk", "nummer")
    return {(label, str(pk)): nummer for pk, nummer in found}


def verzoek_numbered(sender, term: str, **kwargs) -> list[tuple[str, str]]:
    """The audit log's search: the request with this number ('WOO-2024-017', any case)."""
    if not term:
        return []
    return [
        (WooVerzoek._meta.label_lower, str(pk))
        for pk in WooVerzoek.objects.filter(nummer__iexact=term).values_list("pk", flat=True)
    ]
