"""Reading archived records for Woo officers: redacted text and derived files only."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from chats.constants import ServingRole, UploadKind
from chats.models import MediaItem, Message, Submission
from chats.selectors import servable_file, servable_media

from .models import WooSelectie


def record_reference(submission_id: int) -> str:
    """The stable reference of an archived record on exports and inventories."""
    return f"WA-{submission_id:06d}"


def archived_record(submission_id: int) -> Submission:
    """An archived record with its zaak; 404 for anything not archived."""
    try:
        return (
            Submission.objects.archived()
            .select_related("zaak", "reviewed_by")
            .get(pk=submission_id)
        )
    except Submission.DoesNotExist as exc:
        raise Http404("Archiefstuk niet gevonden.") from exc


def visible_media() -> QuerySet[MediaItem]:
    """Media a Woo officer may see: a redacted derivative or one Informatiebeheer released."""
    # The one rule for every serving path lives in chats.selectors (servable_file).
    return servable_media(for_role=ServingRole.WOO)


@dataclass(frozen=True)
class RecordView:
    submission: Submission
    messages: list[Message]
    loose_media: list[MediaItem]
    hold_requests: list[str]


def record_view(submission: Submission) -> RecordView:
    """The record as a chat: selected messages with pseudonyms and their cleaned media."""
    messages = list(
        Message.objects.filter(submission=submission, in_record=True)
        .select_related("participant")
        .only(
            "pk",
            "seq",
            "sent_at",
            "kind",
            "text_redacted",
            "edited",
            "participant__pseudonym",
            "submission_id",
        )
        .prefetch_related(Prefetch("media", queryset=visible_media(), to_attr="visible_media"))
        .order_by("seq")
    )
    loose_media = []
    if submission.upload_kind == UploadKind.SCREENSHOTS:
        loose_media = list(visible_media().filter(submission=submission, message__isnull=True))
    holds = list(
        WooSelectie.objects.holding()
        .filter(submission=submission)
        .values_list("verzoek__nummer", flat=True)
    )
    # A request holding several messages of this record is named once.
    return RecordView(submission, messages, loose_media, sorted(set(holds)))


def record_media_item(submission_id: int, media_id: int) -> MediaItem:
    """A shown media item of an archived record (derived file only); 404 otherwise."""
    submission = archived_record(submission_id)
    media = (
        visible_media()
        .select_related("derived", "message")
        .filter(submission=submission, pk=media_id)
        .first()
    )
    if media is None:
        raise Http404("Bijlage niet gevonden.")
    in_record = (media.message is not None and media.message.in_record) or (
        media.message is None and submission.upload_kind == UploadKind.SCREENSHOTS
    )
    if not in_record or servable_file(media, for_role=ServingRole.WOO) is None:
        raise Http404("Bijlage niet gevonden.")
    return media
