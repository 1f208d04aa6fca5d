"""One function per audit event: the only way the apps write the audit log.

Each function takes the objects the event is about, builds the detail itself (English keys; ids,
counts and codes only, never chat text or names) and writes one row with its AuditAction code.
Objects are passed as model instances and read by duck typing: `audit` imports nothing of the
apps it records, the row names the object by `obj._meta.label_lower` and its primary key.
`actor` is the user who acted; None for the worker and commands (with `request`, the request's
user is taken when no actor is given).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import digests
from .actions import AuditAction
from .services import audit_log, batched  # noqa: F401 - batched: for the apps, with the events

if TYPE_CHECKING:
    from django.db.models import Model
    from django.http import HttpRequest

    from .models import AuditEvent


def _write(
    action: AuditAction,
    *,
    actor=None,
    obj: Model | None = None,
    request: HttpRequest | None = None,
    result: str = "ok",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    return audit_log(
        action=action.value, actor=actor, obj=obj, request=request, result=result, detail=detail
    )


# --- intake and processing --------------------------------------------------------------------


def submission_received(*, submission: Model, actor, files: int) -> AuditEvent:
    """An employee's upload was stored; processing is queued."""
    return _write(
        AuditAction.SUBMISSION_RECEIVED,
        actor=actor,
        obj=submission,
        detail={"files": files, "upload_kind": submission.upload_kind},
    )


# A file name quoted in a refusal ("Het bestand ‘brief familie Jansen.pdf’ is leeg.").
_QUOTED_NAME = re.compile(r"‘[^’]*’")


def upload_refused(*, actor, reasons: list[str], files: int) -> AuditEvent:
    """A security event: an upload was refused before anything was stored.

    `reasons` are the Dutch messages the employee saw, without the file names quoted in them:
    the log is kept for good and a name from an export can name a resident.
    """
    return _write(
        AuditAction.UPLOAD_REFUSED,
        actor=actor,
        result="geweigerd",
        detail={
            "files": files,
            "reasons": [_QUOTED_NAME.sub("‘…’", reason) for reason in reasons[:10]],
        },
    )


def submission_processed(
    *,
    submission: Model,
    attempt: int,
    messages: int,
    participants: int,
    attachments: int,
    redactions: int,
    flags: list[str],
) -> AuditEvent:
    """The worker stored a processing result; the submission waits for review."""
    return _write(
        AuditAction.SUBMISSION_PROCESSED,
        obj=submission,
        detail={
            "attempt": attempt,
            "messages": messages,
            "participants": participants,
            "attachments": attachments,
            "redactions": redactions,
            "flags": list(flags),
        },
    )


def submission_processing_failed(*, submission: Model, attempt: int, code: str) -> AuditEvent:
    """Processing failed for good (`mislukt`); `code` names the failure, not its text."""
    return _write(
        AuditAction.SUBMISSION_PROCESSING_FAILED,
        obj=submission,
        result="mislukt",
        detail={"attempt": attempt, "code": code},
    )


def submission_retried(*, submission: Model, actor, request=None) -> AuditEvent:
    """Informatiebeheer started the processing of a failed submission again."""
    return _write(AuditAction.SUBMISSION_RETRIED, actor=actor, obj=submission, request=request)


# --- review by Informatiebeheer ---------------------------------------------------------------


def submission_viewed(*, submission: Model, actor, view: str, request=None) -> AuditEvent:
    """Informatiebeheer looked at a submission; `view` says which page or file."""
    return _write(
        AuditAction.SUBMISSION_VIEWED,
        actor=actor,
        obj=submission,
        request=request,
        detail={"view": view, "status": submission.status},
    )


def _redaction_detail(span: Model, image_redrawn: bool) -> dict[str, Any]:
    return {
        "redaction_id": span.pk,
        "label": span.label,
        "message_id": span.message_id,
        "media_id": span.media_id,
        "image_redrawn": image_redrawn,
        # Blacked out in the redacted text once the originals were purged (offsets into it).
        **({"in_redacted_text": True} if getattr(span, "on_redacted", False) else {}),
    }


def _tightening(reason: str) -> dict[str, Any]:
    """Why a redaction changed in an archived record ("nader anonimiseren"): said in the row."""
    return {"after_archiving": True, "reason": reason} if reason else {}


def redaction_added(
    *,
    span: Model,
    actor,
    image_redrawn: bool,
    request=None,
    reason: str = "",
    replaces: list[int] | None = None,
) -> AuditEvent:
    """A reviewer redacted a piece of a message or of an image's text by hand; `reason` when
    the record was archived already; `replaces` the ids of the undone redactions over the same
    text it took the place of (their own rows stay)."""
    return _write(
        AuditAction.REDACTION_ADDED,
        actor=actor,
        obj=span.submission,
        request=request,
        detail={
            **_redaction_detail(span, image_redrawn),
            "length": span.end - span.start,
            **({"replaces": replaces} if replaces else {}),
            **_tightening(reason),
        },
    )


def redaction_toggled(
    *, span: Model, actor, image_redrawn: bool, request=None, reason: str = ""
) -> AuditEvent:
    """A reviewer switched a redaction off or on again; `active` is its state afterwards."""
    return _write(
        AuditAction.REDACTION_TOGGLED,
        actor=actor,
        obj=span.submission,
        request=request,
        detail={
            **_redaction_detail(span, image_redrawn),
            "active": span.active,
            **_tightening(reason),
        },
    )


def _area_detail(media: Model, area: dict[str, Any], image_redrawn: bool) -> dict[str, Any]:
    """An area blacked out by hand in an image: where (fractions of the image), never what."""
    return {
        "media_id": media.pk,
        "area_id": area.get("id"),
        "area": {key: area.get(key) for key in ("x", "y", "breedte", "hoogte")},
        "image_redrawn": image_redrawn,
    }


def image_area_added(
    *,
    submission: Model,
    media: Model,
    area: dict[str, Any],
    actor,
    image_redrawn: bool,
    request=None,
    reason: str = "",
) -> AuditEvent:
    """A reviewer blacked out an area of an image (a face, a name the OCR did not read) by
    hand; `reason` when the record was archived already."""
    return _write(
        AuditAction.IMAGE_AREA_ADDED,
        actor=actor,
        obj=submission,
        request=request,
        detail={**_area_detail(media, area, image_redrawn), **_tightening(reason)},
    )


def image_area_removed(
    *, submission: Model, media: Model, area: dict[str, Any], actor, request=None
) -> AuditEvent:
    """A reviewer undid an area blacked out by hand, before archiving (`active` false)."""
    return _write(
        AuditAction.IMAGE_AREA_REMOVED,
        actor=actor,
        obj=submission,
        request=request,
        detail={**_area_detail(media, area, True), "active": False},
    )


def _media_detail(media: Model) -> dict[str, Any]:
    return {
        "submission_id": media.submission_id,
        "seq": media.seq,
        "mime_type": media.mime_type,
        "release": media.release,
    }


def media_released(
    *,
    media: Model,
    actor,
    request=None,
    covered: bool = False,
    places_known: int = 0,
    places_unknown: int = 0,
) -> AuditEvent:
    """Informatiebeheer released an attachment (audio, video, a withheld PDF) for Woo and the PDF;
    `covered`: an image whose text passage blacked out by hand could not be painted, released
    after Informatiebeheer confirmed an area blacked out by hand covers it: `places_known`
    passages whose place the areas were checked to cover, `places_unknown` whose place is not
    known and which Informatiebeheer confirmed one by one."""
    detail = _media_detail(media)
    if covered:
        detail["afgedekt_bevestigd"] = True
        detail["plaats_bekend"] = places_known
        detail["plaats_onbekend"] = places_unknown
    return _write(
        AuditAction.MEDIA_RELEASED,
        actor=actor,
        obj=media,
        request=request,
        detail=detail,
    )


def media_withheld(*, media: Model, actor, request=None, reason: str = "") -> AuditEvent:
    """Informatiebeheer withheld an attachment again (or a redacted one that should not be shown);
    with `reason`, the system withheld it after the actor's change (the reason's code: a passage
    blacked out by hand in its text could not be painted in its file)."""
    detail = _media_detail(media)
    if reason:
        detail["automatisch"] = True
        detail["reden"] = reason
    return _write(
        AuditAction.MEDIA_WITHHELD,
        actor=actor,
        obj=media,
        request=request,
        detail=detail,
    )


def media_passage_mark_cleared(*, media: Model, actor, reason: str, request=None) -> AuditEvent:
    """The mark that the file of an attachment still showed a passage blacked out by hand in its
    text (`passage_readable_since`) went: its file was made again with every such passage
    (`reason` "opnieuw_weggelakt"), or no redaction by hand is left to hide in it
    ("geen_handmatige_weglakking"). Its release is unchanged (a release says so itself)."""
    return _write(
        AuditAction.MEDIA_PASSAGE_MARK_CLEARED,
        actor=actor,
        obj=media,
        request=request,
        detail={**_media_detail(media), "reden": reason},
    )


def submission_selection_changed(
    *,
    submission: Model,
    actor,
    selected: int,
    total: int,
    scope: str = "",
    include: bool | None = None,
    changed: int | None = None,
    request=None,
) -> AuditEvent:
    """A reviewer changed which messages belong to the record.

    `scope` says how (message, range, day, period, search, all, submitter_period; empty for an
    exact list of messages), `include` whether they were added or taken out, `changed` how many
    messages changed state; `selected` of `total` is the selection afterwards.
    """
    detail: dict[str, Any] = {"selected": selected, "total": total}
    if scope:
        detail.update(scope=scope, include=include, changed=changed)
    return _write(
        AuditAction.SUBMISSION_SELECTION_CHANGED,
        actor=actor,
        obj=submission,
        request=request,
        detail=detail,
    )


def submission_submitter_set(
    *, submission: Model, actor, participant_seq: int, pseudonyms: dict, request=None
) -> AuditEvent:
    """A reviewer said which author of the chat is the employee who submitted it (the export's
    name was not recognised); `pseudonyms` holds each author's pseudonym before and after (the
    names stay out of the log)."""
    return _write(
        AuditAction.SUBMISSION_SUBMITTER_SET,
        actor=actor,
        obj=submission,
        request=request,
        detail={"participant_seq": participant_seq, "pseudonyms": pseudonyms},
    )


def submission_free_text_changed(
    *,
    submission: Model,
    actor,
    fields: list[str],
    request=None,
    label: str = "",
    start: int = 0,
    length: int = 0,
    reason: str = "",
    possible_personal_data_kept: int = 0,
) -> AuditEvent:
    """A reviewer corrected the redacted onderwerp or omschrijving (field names, no text; how
    many stretches the detector took for personal data the reviewer chose to keep); or,
    with `label`, Informatiebeheer blacked out a passage of a typed text of an archived record
    whose originals are purged (`fields` names it: "onderwerp", "omschrijving" or "zaak"):
    where and which label, never the text."""
    blackout = (
        {"in_redacted_text": True, "start": start, "length": length, "label": label}
        if label
        else {}
    )
    return _write(
        AuditAction.SUBMISSION_FREE_TEXT_CHANGED,
        actor=actor,
        obj=submission,
        request=request,
        detail={
            "fields": fields,
            **blackout,
            **_tightening(reason),
            **(
                {"possible_personal_data_kept": possible_personal_data_kept}
                if possible_personal_data_kept
                else {}
            ),
        },
    )


def submission_date_order_confirmed(
    *,
    submission: Model,
    actor,
    date_order: str,
    previous: str,
    messages_changed: int,
    request=None,
) -> AuditEvent:
    """A reviewer settled an uncertain date order (e.g. "DMY"); `previous` is the detected one."""
    return _write(
        AuditAction.SUBMISSION_DATE_ORDER_CONFIRMED,
        actor=actor,
        obj=submission,
        request=request,
        detail={
            "date_order": date_order,
            "previous": previous,
            "messages_changed": messages_changed,
        },
    )


def submission_archived(
    *, submission: Model, actor, zaak: Model, archiefactie, messages: int, request=None
) -> AuditEvent:
    """Informatiebeheer archived the submission in a zaak with the retention it then had.

    `archiefactie` is the zaak's computed retention (archiefnominatie, bewaartermijn,
    archiefactiedatum); `messages` the number of messages in the record.
    """
    archiefactiedatum = archiefactie.archiefactiedatum
    return _write(
        AuditAction.SUBMISSION_ARCHIVED,
        actor=actor,
        obj=submission,
        request=request,
        detail={
            "zaak_id": zaak.pk,
            "zaaknummer": zaak.zaaknummer,
            "resultaat": zaak.resultaat.nummer,
            "archiefnominatie": archiefactie.archiefnominatie,
            "bewaartermijn": archiefactie.bewaartermijn,
            "archiefactiedatum": archiefactiedatum.isoformat() if archiefactiedatum else None,
            "messages": messages,
        },
    )


def submission_rejected(*, submission: Model, actor, reason: str, request=None) -> AuditEvent:
    """Informatiebeheer rejected the submission; `reason` is the reason's code."""
    return _write(
        AuditAction.SUBMISSION_REJECTED,
        actor=actor,
        obj=submission,
        request=request,
        detail={"reason": reason},
    )


def submission_returned(*, submission: Model, actor, question: str, request=None) -> AuditEvent:
    """Informatiebeheer sent the submission back with a question (only its length is kept)."""
    return _write(
        AuditAction.SUBMISSION_RETURNED,
        actor=actor,
        obj=submission,
        request=request,
        detail={"question_length": len(question)},
    )


def submission_answered(*, submission: Model, actor, answer: str, request=None) -> AuditEvent:
    """The submitter answered Informatiebeheer's question in the app (only its length is kept)."""
    return _write(
        AuditAction.SUBMISSION_ANSWERED,
        actor=actor,
        obj=submission,
        request=request,
        detail={"answer_length": len(answer)},
    )


def submission_assigned(
    *, submission: Model, actor, assignee_id: int | None, request=None
) -> AuditEvent:
    """A submission was given to an Informatiebeheer colleague (None: no longer assigned)."""
    return _write(
        AuditAction.SUBMISSION_ASSIGNED,
        actor=actor,
        obj=submission,
        request=request,
        detail={"assignee_id": assignee_id},
    )


def submission_withdrawn(*, submission: Model, actor, files: int, request=None) -> AuditEvent:
    """The submitter withdrew an upload before review; it and its files were deleted."""
    return _write(
        AuditAction.SUBMISSION_WITHDRAWN,
        actor=actor,
        obj=submission,
        request=request,
        detail={"files": files, "status": submission.status},
    )


# --- completing the archive -------------------------------------------------------------------


def rendition_created(
    *,
    submission: Model,
    rendition: Model,
    messages: int,
    files_checked: int,
    checksums_recorded: int,
) -> AuditEvent:
    """The worker made the record's PDF and checked the checksums of its files."""
    return _write(
        AuditAction.RENDITION_CREATED,
        obj=submission,
        detail={
            "messages": messages,
            "pdf_id": rendition.pk,
            "pdf_sha256": rendition.sha256,
            "files_checked": files_checked,
            "checksums_recorded": checksums_recorded,
            "attempt": submission.rendition_attempts,
        },
    )


def rendition_failed(*, submission: Model, result: str) -> AuditEvent:
    """The record's PDF cannot be made without Informatiebeheer; `result` says why."""
    return _write(AuditAction.RENDITION_FAILED, obj=submission, result=result)


def rendition_retried(*, submission: Model, actor, request=None) -> AuditEvent:
    """Informatiebeheer started making the record's PDF again."""
    return _write(AuditAction.RENDITION_RETRIED, actor=actor, obj=submission, request=request)


def originals_purged(
    *, submission: Model, actor=None, files: int, messages_removed: int
) -> AuditEvent:
    """The originals of an archived or rejected submission were removed."""
    return _write(
        AuditAction.ORIGINALS_PURGED,
        actor=actor,
        obj=submission,
        detail={
            "files": files,
            "messages_removed": messages_removed,
            "status": submission.status,
        },
    )


def submission_redacted_again(
    *, submission: Model, messages: int, redactions: dict[str, int], in_redacted_text: bool
) -> AuditEvent:
    """The chat detector ran over a record processed before its messages were read with each
    other (`manage.py redact_chat_rules`) and redacted what it found: how many messages changed,
    the new redactions by label, and whether they were made in the redacted text (originals
    purged) rather than on the originals."""
    return _write(
        AuditAction.SUBMISSION_REDACTED_AGAIN,
        obj=submission,
        detail={
            "messages": messages,
            "redactions": dict(sorted(redactions.items())),
            "in_redacted_text": in_redacted_text,
            "status": submission.status,
        },
    )


# --- zaken ------------------------------------------------------------------------------------


def zaak_created(*, zaak: Model, actor, values: dict[str, Any], request=None) -> AuditEvent:
    """A zaak was registered; `values` are its retention fields (JSON-ready) that have a value."""
    return _write(
        AuditAction.ZAAK_CREATED,
        actor=actor,
        obj=zaak,
        request=request,
        detail={"fields": sorted(values), **values},
    )


def zaak_changed(*, zaak: Model, actor, values: dict[str, Any], request=None) -> AuditEvent:
    """A zaak was saved; `values` are the retention fields (JSON-ready) that changed."""
    return _write(
        AuditAction.ZAAK_CHANGED,
        actor=actor,
        obj=zaak,
        request=request,
        detail={"fields": sorted(values), **values},
    )


def zaak_retention_overridden(
    *,
    zaak: Model,
    actor,
    before: dict[str, Any],
    after: dict[str, Any],
    reason: str | None,
    request=None,
) -> AuditEvent:
    """The bewaartermijn or brondatum of a zaak departs from the selectielijst, with the reason
    as the caller redacted it (None: it could not be redacted; only its length is kept)."""
    detail: dict[str, Any] = {"before": before, "after": after, "reason": reason}
    if reason is None:
        detail["reason_length"] = len(getattr(zaak, "afwijking_reden", "") or "")
    return _write(
        AuditAction.ZAAK_RETENTION_OVERRIDDEN,
        actor=actor,
        obj=zaak,
        request=request,
        detail=detail,
    )


# --- woo --------------------------------------------------------------------------------------


def woo_archive_searched(
    *,
    actor,
    query: str,
    filters: dict[str, Any],
    records: int,
    hits: int,
    page: int,
    query_digest: str = "",
    request=None,
) -> AuditEvent:
    """A Woo officer searched the archive: the officer's own words (personal data in them
    replaced by the caller) and filters, never chat text; `query_digest` the keyed hash of the
    words as typed."""
    detail = {"query": query, "filters": filters, "records": records, "hits": hits, "page": page}
    if query_digest:
        detail["query_digest"] = query_digest
    return _write(AuditAction.WOO_ARCHIVE_SEARCHED, actor=actor, request=request, detail=detail)


def woo_record_viewed(
    *, submission: Model, actor, messages: int, page: int = 1, request=None
) -> AuditEvent:
    """A Woo officer opened an archived record (`messages` in it; the page of them shown)."""
    return _write(
        AuditAction.WOO_RECORD_VIEWED,
        actor=actor,
        obj=submission,
        request=request,
        detail={"messages": messages, "page": page},
    )


def woo_notice_sent(*, notice: Model, actor, request=None) -> AuditEvent:
    """A Woo officer reported personal data seen in an archived record (not the text itself:
    it may quote the personal data)."""
    return _write(
        AuditAction.WOO_NOTICE_SENT,
        actor=actor,
        obj=notice,
        request=request,
        detail={"submission": notice.submission_id, "nummer": notice.nummer},
    )


def woo_synoniemgroep_created(*, groep: Model, actor, words: list[str], request=None) -> AuditEvent:
    """The Woo team added a group to the search's synonym list (search vocabulary, no chat text)."""
    return _write(
        AuditAction.WOO_SYNONIEMGROEP_CREATED,
        actor=actor,
        obj=groep,
        request=request,
        detail={"words": words},
    )


def woo_synoniemgroep_changed(
    *, groep: Model, actor, words: list[str], before: list[str], request=None
) -> AuditEvent:
    """A group of the synonym list was changed: its words now and before."""
    return _write(
        AuditAction.WOO_SYNONIEMGROEP_CHANGED,
        actor=actor,
        obj=groep,
        request=request,
        detail={"words": words, "before": before},
    )


def woo_synoniemgroep_deleted(*, groep: Model, actor, words: list[str], request=None) -> AuditEvent:
    """A group of the synonym list was deleted (its words kept in the detail)."""
    return _write(
        AuditAction.WOO_SYNONIEMGROEP_DELETED,
        actor=actor,
        obj=groep,
        request=request,
        detail={"words": words},
    )


def woo_verzoek_created(*, verzoek: Model, actor, request=None) -> AuditEvent:
    return _write(AuditAction.WOO_VERZOEK_CREATED, actor=actor, obj=verzoek, request=request)


def woo_verzoek_changed(*, verzoek: Model, actor, fields: list[str], request=None) -> AuditEvent:
    """The request's subject, zaak or requester was corrected; the fields by name only (the
    requester is personal data)."""
    return _write(
        AuditAction.WOO_VERZOEK_CHANGED,
        actor=actor,
        obj=verzoek,
        request=request,
        detail={"fields": fields},
    )


def woo_verzoek_closed(*, verzoek: Model, actor, request=None) -> AuditEvent:
    """The request was closed; its records leave legal hold."""
    return _write(AuditAction.WOO_VERZOEK_CLOSED, actor=actor, obj=verzoek, request=request)


def woo_selectie_added(
    *,
    verzoek: Model,
    actor,
    submission_id: int,
    message_id: int | None = None,
    message_ids: list[int] | None = None,
    request=None,
) -> AuditEvent:
    """A record (no message), one message of it, or several messages of it in one action
    (`message_ids`: a day, all hits, a hit with its surroundings) were added to the request."""
    detail: dict = {"submission_id": submission_id, "message_id": message_id}
    if message_ids is not None:
        detail = {"submission_id": submission_id, "message_ids": list(message_ids)}
    return _write(
        AuditAction.WOO_SELECTIE_ADDED,
        actor=actor,
        obj=verzoek,
        request=request,
        detail=detail,
    )


def woo_selectie_removed(
    *,
    verzoek: Model,
    actor,
    submission_id: int,
    message_id: int | None = None,
    message_ids: list[int] | None = None,
    whole_record: bool = False,
    request=None,
) -> AuditEvent:
    """A record or message was taken out of the request, or several in one action
    (`message_ids`: a day, or everything of the record, `whole_record` when that included the
    record's own selection)."""
    detail: dict = {"submission_id": submission_id, "message_id": message_id}
    if message_ids is not None:
        detail = {
            "submission_id": submission_id,
            "message_ids": list(message_ids),
            "whole_record": whole_record,
        }
    return _write(
        AuditAction.WOO_SELECTIE_REMOVED,
        actor=actor,
        obj=verzoek,
        request=request,
        detail=detail,
    )


def woo_verzoek_export_failed(
    *, verzoek: Model, actor, export_format: str, request=None
) -> AuditEvent:
    """The export could not be made (the PDF renderer refused or failed)."""
    return _write(
        AuditAction.WOO_VERZOEK_EXPORT_FAILED,
        actor=actor,
        obj=verzoek,
        request=request,
        result="mislukt",
        detail={"format": export_format},
    )


def woo_verzoek_exported(
    *, verzoek: Model, actor, files: dict[str, str], documents: int, records: int, request=None
) -> AuditEvent:
    """The release of the decision was made: each output file name with its SHA-256."""
    return _write(
        AuditAction.WOO_VERZOEK_EXPORTED,
        actor=actor,
        obj=verzoek,
        request=request,
        detail={"format": "besluit", "files": files, "documents": documents, "records": records},
    )


def woo_verzoek_refused(
    *, verzoek: Model, actor, what: str, unassessed: int, request=None
) -> AuditEvent:
    """Export or closing was refused because `unassessed` documents have no judgement."""
    return _write(
        AuditAction.WOO_VERZOEK_REFUSED,
        actor=actor,
        obj=verzoek,
        request=request,
        result="geweigerd",
        detail={"what": what, "unassessed": unassessed},
    )


def woo_document_assessed(
    *,
    verzoek: Model,
    actor,
    documents: list[str],
    count: int,
    oordeel: str,
    gronden: list[str],
    after_decision: bool = False,
    request=None,
) -> AuditEvent:
    """One or more documents got a judgement: which (per record, numbered as the pages show
    them: 'WA-000003 berichten 1-40, 42'), how many, the judgement and its codes; `after_decision`:
    judged again on a decided request, because its judgement lapsed (na_besluit)."""
    detail = {
        "documents": documents,
        "count": count,
        "oordeel": oordeel,
        "gronden": list(gronden),
    }
    if after_decision:
        detail["na_besluit"] = True
    return _write(
        AuditAction.WOO_DOCUMENT_ASSESSED,
        actor=actor,
        obj=verzoek,
        request=request,
        detail=detail,
    )


def woo_passage_changed(
    *,
    verzoek: Model,
    actor,
    change: str,
    message_id: int | None,
    media_id: int | None,
    grond: str,
    request=None,
) -> AuditEvent:
    """A passage was blacked out ("added"), given another ground ("ground") or removed."""
    return _write(
        AuditAction.WOO_PASSAGE_CHANGED,
        actor=actor,
        obj=verzoek,
        request=request,
        detail={"change": change, "message_id": message_id, "media_id": media_id, "grond": grond},
    )


def woo_verzoek_term_changed(
    *, verzoek: Model, actor, change: str, day, request=None
) -> AuditEvent:
    """The decision term was extended ("verdaagd") or suspended ("opgeschort"/"hervat")."""
    return _write(
        AuditAction.WOO_VERZOEK_TERM_CHANGED,
        actor=actor,
        obj=verzoek,
        request=request,
        detail={"change": change, "day": day.isoformat()},
    )


def woo_legal_hold_changed(
    *, verzoek: Model, actor, change: str, until, request=None
) -> AuditEvent:
    """The legal hold's end moved: decision, objection registered or settled (`until` or None)."""
    return _write(
        AuditAction.WOO_LEGAL_HOLD_CHANGED,
        actor=actor,
        obj=verzoek,
        request=request,
        detail={"change": change, "until": until.isoformat() if until else None},
    )


# --- signing on and off -----------------------------------------------------------------------


def user_logged_in(*, actor, method: str, request: HttpRequest | None = None) -> AuditEvent:
    """`actor` logged in; `method` is "password" (the login form) or "header" (SSO proxy)."""
    return _write(
        AuditAction.USER_LOGGED_IN, actor=actor, request=request, detail={"method": method}
    )


def _tried_name(username: str, known: bool, digest: str = "") -> dict[str, Any]:
    """The name a login tried: as typed when it is an account's; otherwise (a password typed
    into the name field, a resident's e-mail address) only its keyed hash, so repeated tries of
    one name still show as one while the log, kept for good, does not hold what was typed."""
    if known:
        return {"username": (username or "")[:150]}
    digest = digest or digests.login_name_digest(username)
    return {"username_unknown": True, "username_digest": digest}


def user_login_failed(
    *, username: str, known: bool = True, request: HttpRequest | None = None
) -> AuditEvent:
    """A login with a wrong password or an unknown name: the name tried (`known`: an account's;
    else only its keyed hash), never the password."""
    return _write(
        AuditAction.USER_LOGIN_FAILED,
        request=request,
        result="mislukt",
        detail=_tried_name(username, known),
    )


def user_logged_out(*, actor, request: HttpRequest | None = None) -> AuditEvent:
    """`actor` logged out."""
    return _write(AuditAction.USER_LOGGED_OUT, actor=actor, request=request)


def user_locked_out(
    *, username: str, known: bool = True, digest: str = "", request: HttpRequest | None = None
) -> AuditEvent:
    """Too many failed logins for this name or address: further logins are refused for a while
    (the name as in user_login_failed; `digest`: a name no account has, hashed already by the
    login throttle with audit.digests.login_name_digest)."""
    return _write(
        AuditAction.USER_LOCKED_OUT,
        request=request,
        result="geblokkeerd",
        detail=_tried_name(username, known, digest),
    )


def sso_header_refused(
    *, username: str, reason: str, request: HttpRequest | None = None
) -> AuditEvent:
    """A request carried the sign-on header but not from a trusted proxy; it was ignored.

    `reason`: "untrusted_address" (REMOTE_ADDR is no trusted proxy) or "no_trusted_proxies"
    (SSO_TRUSTED_PROXIES is empty, so header sign-on is off).
    """
    return _write(
        AuditAction.SSO_HEADER_REFUSED,
        request=request,
        result="geweigerd",
        detail={"username": (username or "")[:150], "reason": reason},
    )


def session_switched(
    *, actor, previous_user_id: int, request: HttpRequest | None = None
) -> AuditEvent:
    """The trusted proxy named another user than the session's: the proxy's user `actor` wins."""
    return _write(
        AuditAction.SESSION_SWITCHED,
        actor=actor,
        request=request,
        detail={"previous_user_id": previous_user_id},
    )


def otp_device_confirmed(*, actor, request: HttpRequest | None = None) -> AuditEvent:
    """`actor` set up an authenticator app (TOTP) and confirmed it with a first code."""
    return _write(AuditAction.OTP_DEVICE_CONFIRMED, actor=actor, request=request)


def otp_verified(*, actor, request: HttpRequest | None = None) -> AuditEvent:
    """`actor` passed the second step of the login (a valid code)."""
    return _write(AuditAction.OTP_VERIFIED, actor=actor, request=request)


def otp_failed(*, actor, stage: str, request: HttpRequest | None = None) -> AuditEvent:
    """A wrong code; `stage` is "login" (second step) or "enrolment" (confirming a new app)."""
    return _write(
        AuditAction.OTP_FAILED,
        actor=actor,
        request=request,
        result="mislukt",
        detail={"stage": stage},
    )


# --- who may do what --------------------------------------------------------------------------


def user_created(
    *, user: Model, actor, access: dict[str, Any], request: HttpRequest | None = None
) -> AuditEvent:
    """`actor` created `user`'s account in the admin; `access` is what the account may do from
    the start (roles, groups, permissions as "app_label.codename", staff, superuser, active)."""
    return _write(
        AuditAction.USER_CREATED,
        actor=actor,
        obj=user,
        request=request,
        detail={"user_id": user.pk, "access": access},
    )


def user_created_at_sign_on(*, user: Model, access: dict[str, Any]) -> AuditEvent:
    """The identity provider signed on a user the app did not know and OIDC_CREATE_UNKNOWN_USERS
    created the account; no one in the app did it, so there is no actor."""
    return _write(
        AuditAction.USER_CREATED_SSO,
        actor=None,
        obj=user,
        detail={"user_id": user.pk, "access": access},
    )


def user_access_changed(
    *, user: Model, actor, changes: dict[str, dict], request: HttpRequest | None = None
) -> AuditEvent:
    """`actor` changed `user`'s roles, groups, own permissions, staff, superuser or active status.

    `changes` is {"roles": {"before": [...], "after": [...]}, "is_superuser": {...}, ...}: only
    what changed, as group names, "app_label.codename" and booleans.
    """
    return _write(
        AuditAction.USER_ACCESS_CHANGED,
        actor=actor,
        obj=user,
        request=request,
        detail={"user_id": user.pk, "changes": changes},
    )


def user_access_refused(
    *, user: Model, actor, reason: str, request: HttpRequest | None = None
) -> AuditEvent:
    """A change of `user`'s access that separation of duties refused (`reason`: the message)."""
    return _write(
        AuditAction.USER_ACCESS_REFUSED,
        actor=actor,
        obj=user,
        request=request,
        result="geweigerd",
        detail={"user_id": user.pk, "reason": reason},
    )


def decision_refused(*, reason: str, path: str, request: HttpRequest | None = None) -> AuditEvent:
    """A user tried a decision separation of duties forbids them (the request's user acted)."""
    return _write(
        AuditAction.DECISION_REFUSED,
        request=request,
        result="geweigerd",
        detail={"reason": reason, "path": path[:200]},
    )


def user_password_set(*, user: Model, actor, request: HttpRequest | None = None) -> AuditEvent:
    """`actor` set (or removed) another user's password in the admin (never the password)."""
    return _write(
        AuditAction.USER_PASSWORD_SET,
        actor=actor,
        obj=user,
        request=request,
        detail={"user_id": user.pk},
    )


def group_permissions_changed(
    *,
    group: Model,
    actor,
    before: list[str],
    after: list[str],
    request: HttpRequest | None = None,
) -> AuditEvent:
    """`actor` changed the permissions of a group (before and after as "app_label.codename")."""
    return _write(
        AuditAction.GROUP_PERMISSIONS_CHANGED,
        actor=actor,
        obj=group,
        request=request,
        detail={
            "group": group.name,
            "added": sorted(set(after) - set(before)),
            "removed": sorted(set(before) - set(after)),
        },
    )


# --- the municipality's own contact data --------------------------------------------------------


def organisation_contact_created(
    *, contact: Model, actor, values: dict[str, Any], confirmed: bool, request=None
) -> AuditEvent:
    """Beheer added an entry to the municipality's contact list (organisation data, no personal
    data: the values are logged). `confirmed`: Beheer ticked that it is no private contact."""
    return _write(
        AuditAction.ORGANISATION_CONTACT_CREATED,
        actor=actor,
        obj=contact,
        request=request,
        detail={"values": values, "confirmed_not_private": confirmed},
    )


def organisation_contact_changed(
    *,
    contact: Model,
    actor,
    values: dict[str, Any],
    before: dict[str, Any],
    confirmed: bool,
    request=None,
) -> AuditEvent:
    """An entry of the contact list was changed (also switched on or off): now and before."""
    return _write(
        AuditAction.ORGANISATION_CONTACT_CHANGED,
        actor=actor,
        obj=contact,
        request=request,
        detail={"values": values, "before": before, "confirmed_not_private": confirmed},
    )


def organisation_contact_deleted(
    *, contact: Model, actor, values: dict[str, Any], request=None
) -> AuditEvent:
    """An entry of the contact list was deleted (its values kept in the detail)."""
    return _write(
        AuditAction.ORGANISATION_CONTACT_DELETED,
        actor=actor,
        obj=contact,
        request=request,
        detail={"values": values},
    )


# --- reading stored files ---------------------------------------------------------------------


def media_downloaded(
    *, media: Model, stored_file: Model, actor, role: str, request: HttpRequest | None = None
) -> AuditEvent:
    """A stored attachment was served (shown or downloaded); `role` is "review" or "woo"."""
    return _write(
        AuditAction.MEDIA_DOWNLOADED,
        actor=actor,
        obj=media,
        request=request,
        detail={
            "submission_id": media.submission_id,
            "seq": media.seq,
            "stored_file_id": stored_file.pk,
            "sha256": stored_file.sha256,
            "role": role,
        },
    )


# --- keeping what is stored intact ------------------------------------------------------------


def fixity_checked(*, files: int, failed: int) -> AuditEvent:
    """A fixity run re-read `files` stored files; `failed` were missing or changed."""
    return _write(
        AuditAction.FIXITY_CHECKED,
        result="ok" if not failed else "afwijking",
        detail={"files": files, "failed": failed},
    )


def fixity_failed(*, submission: Model, stored_file_id: int, problem: str) -> AuditEvent:
    """One stored file of a record is missing (`problem` "missing") or changed ("changed")."""
    return _write(
        AuditAction.FIXITY_FAILED,
        obj=submission,
        result=problem,
        detail={"stored_file_id": stored_file_id, "problem": problem},
    )


def backup_created(*, name: str, files: int, size: int, encrypted: bool) -> AuditEvent:
    """A backup of database and media store was written (`name` is the backup's file name)."""
    return _write(
        AuditAction.BACKUP_CREATED,
        detail={"name": name, "files": files, "size": size, "encrypted": encrypted},
    )


def backup_restored(*, name: str, files: int, records: int) -> AuditEvent:
    """A backup was restored into an empty database and media store, and verified."""
    return _write(
        AuditAction.BACKUP_RESTORED, detail={"name": name, "files": files, "records": records}
    )
