"""One function per audit event: each writes one row with its code, Dutch label and detail."""

import ast
import inspect
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.test import RequestFactory

from audit import events
from audit.actions import (
    LEGACY_LABELS,
    LEGACY_SUCCESSORS,
    AuditAction,
    action_label,
    codes_for,
)
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

AUDIT_DIR = Path(events.__file__).resolve().parent


def model(model_label: str, pk: int, **attrs) -> SimpleNamespace:
    """A stand-in for a model instance: events read `_meta.label_lower`, `pk` and attributes."""
    return SimpleNamespace(_meta=SimpleNamespace(label_lower=model_label), pk=pk, **attrs)


SUBMISSION = model(
    "chats.submission", 7, upload_kind="ios_export", status="gearchiveerd", rendition_attempts=1
)
SPAN = model(
    "chats.redactionspan",
    11,
    submission=SUBMISSION,
    label="BSN",
    message_id=21,
    media_id=None,
    start=4,
    end=13,
    active=False,
)
MEDIA = model(
    "chats.mediaitem",
    31,
    submission_id=7,
    seq=2,
    mime_type="audio/ogg",
    release="vrijgegeven",
)
ZAAK = model(
    "zaken.zaak",
    3,
    zaaknummer="Z-2024-000123",
    resultaat=SimpleNamespace(nummer="1.1"),
    afwijking_reden="Lopende juridische procedure",
)
ARCHIEFACTIE = SimpleNamespace(
    archiefnominatie="vernietigen", bewaartermijn="P1Y", archiefactiedatum=date(2026, 1, 31)
)
VERZOEK = model("woo.wooverzoek", 5)
NOTICE = model("woo.woomelding", 6, submission_id=7, nummer=2)
SYNONIEMEN = model("woo.synoniemgroep", 4)
RENDITION = model("chats.storedfile", 31, sha256="ab" * 32)
STORED = RENDITION
USER = model("auth.user", 5)
GROUP = model("auth.group", 3, name="Koffieclub")
CONTACT = model("chats.organisationcontact", 9)
CONTACT_VALUES = {
    "kind": "telefoon",
    "value": "06 1400 0522",
    "omschrijving": "WhatsApp",
    "active": True,
}

# (function, arguments besides actor, code, object, result, detail); `actor` is passed to every
# function that takes one.
CASES = [
    (
        events.submission_received,
        {"submission": SUBMISSION, "files": 2},
        "submission.received",
        SUBMISSION,
        "ok",
        {"files": 2, "upload_kind": "ios_export"},
    ),
    (
        events.upload_refused,
        {"reasons": [f"reden {n}" for n in range(12)], "files": 3},
        "upload.refused",
        None,
        "geweigerd",
        {"files": 3, "reasons": [f"reden {n}" for n in range(10)]},
    ),
    (
        events.submission_processed,
        {
            "submission": SUBMISSION,
            "attempt": 1,
            "messages": 40,
            "participants": 2,
            "attachments": 3,
            "redactions": 5,
            "flags": ["DATUMVOLGORDE"],
        },
        "submission.processed",
        SUBMISSION,
        "ok",
        {
            "attempt": 1,
            "messages": 40,
            "participants": 2,
            "attachments": 3,
            "redactions": 5,
            "flags": ["DATUMVOLGORDE"],
        },
    ),
    (
        events.submission_processing_failed,
        {"submission": SUBMISSION, "attempt": 2, "code": "parse_error"},
        "submission.processing_failed",
        SUBMISSION,
        "mislukt",
        {"attempt": 2, "code": "parse_error"},
    ),
    (
        events.submission_retried,
        {"submission": SUBMISSION},
        "submission.retried",
        SUBMISSION,
        "ok",
        {},
    ),
    (
        events.submission_viewed,
        {"submission": SUBMISSION, "view": "pdf"},
        "submission.viewed",
        SUBMISSION,
        "ok",
        {"view": "pdf", "status": "gearchiveerd"},
    ),
    (
        events.redaction_added,
        {"span": SPAN, "image_redrawn": False},
        "redaction.added",
        SUBMISSION,
        "ok",
        {
            "redaction_id": 11,
            "label": "BSN",
            "message_id": 21,
            "media_id": None,
            "image_redrawn": False,
            "length": 9,
        },
    ),
    (
        events.image_area_added,
        {
            "submission": SUBMISSION,
            "media": MEDIA,
            "area": {"id": "a1", "x": 0.1, "y": 0.2, "breedte": 0.3, "hoogte": 0.05},
            "image_redrawn": True,
        },
        "image_area.added",
        SUBMISSION,
        "ok",
        {
            "media_id": 31,
            "area_id": "a1",
            "area": {"x": 0.1, "y": 0.2, "breedte": 0.3, "hoogte": 0.05},
            "image_redrawn": True,
        },
    ),
    (
        events.image_area_removed,
        {
            "submission": SUBMISSION,
            "media": MEDIA,
            "area": {"id": "a1", "x": 0.1, "y": 0.2, "breedte": 0.3, "hoogte": 0.05},
        },
        "image_area.removed",
        SUBMISSION,
        "ok",
        {
            "media_id": 31,
            "area_id": "a1",
            "area": {"x": 0.1, "y": 0.2, "breedte": 0.3, "hoogte": 0.05},
            "image_redrawn": True,
            "active": False,
        },
    ),
    (
        events.redaction_toggled,
        {"span": SPAN, "image_redrawn": True},
        "redaction.toggled",
        SUBMISSION,
        "ok",
        {
            "redaction_id": 11,
            "label": "BSN",
            "message_id": 21,
            "media_id": None,
            "image_redrawn": True,
            "active": False,
        },
    ),
    (
        events.media_released,
        {"media": MEDIA},
        "media.released",
        MEDIA,
        "ok",
        {"submission_id": 7, "seq": 2, "mime_type": "audio/ogg", "release": "vrijgegeven"},
    ),
    (
        events.media_withheld,
        {"media": MEDIA},
        "media.withheld",
        MEDIA,
        "ok",
        {"submission_id": 7, "seq": 2, "mime_type": "audio/ogg", "release": "vrijgegeven"},
    ),
    (
        events.media_passage_mark_cleared,
        {"media": MEDIA, "reason": "opnieuw_weggelakt"},
        "media.passage_mark_cleared",
        MEDIA,
        "ok",
        {
            "submission_id": 7,
            "seq": 2,
            "mime_type": "audio/ogg",
            "release": "vrijgegeven",
            "reden": "opnieuw_weggelakt",
        },
    ),
    (
        events.submission_selection_changed,
        {"submission": SUBMISSION, "selected": 3, "total": 4},
        "submission.selection_changed",
        SUBMISSION,
        "ok",
        {"selected": 3, "total": 4},
    ),
    (
        events.submission_date_order_confirmed,
        {"submission": SUBMISSION, "date_order": "MDY", "previous": "DMY", "messages_changed": 6},
        "submission.date_order_confirmed",
        SUBMISSION,
        "ok",
        {"date_order": "MDY", "previous": "DMY", "messages_changed": 6},
    ),
    (
        events.submission_submitter_set,
        {
            "submission": SUBMISSION,
            "participant_seq": 1,
            "pseudonyms": {"before": {"1": "Inwoner 2"}, "after": {"1": "Medewerker"}},
        },
        "submission.submitter_set",
        SUBMISSION,
        "ok",
        {
            "participant_seq": 1,
            "pseudonyms": {"before": {"1": "Inwoner 2"}, "after": {"1": "Medewerker"}},
        },
    ),
    (
        events.submission_free_text_changed,
        {"submission": SUBMISSION, "fields": ["onderwerp_redacted"]},
        "submission.free_text_changed",
        SUBMISSION,
        "ok",
        {"fields": ["onderwerp_redacted"]},
    ),
    (
        events.submission_archived,
        {"submission": SUBMISSION, "zaak": ZAAK, "archiefactie": ARCHIEFACTIE, "messages": 3},
        "submission.archived",
        SUBMISSION,
        "ok",
        {
            "zaak_id": 3,
            "zaaknummer": "Z-2024-000123",
            "resultaat": "1.1",
            "archiefnominatie": "vernietigen",
            "bewaartermijn": "P1Y",
            "archiefactiedatum": "2026-01-31",
            "messages": 3,
        },
    ),
    (
        events.submission_rejected,
        {"submission": SUBMISSION, "reason": "dubbel"},
        "submission.rejected",
        SUBMISSION,
        "ok",
        {"reason": "dubbel"},
    ),
    (
        events.submission_returned,
        {"submission": SUBMISSION, "question": "Welke zaak hoort hierbij?"},
        "submission.returned",
        SUBMISSION,
        "ok",
        {"question_length": 25},
    ),
    (
        events.submission_answered,
        {"submission": SUBMISSION, "answer": "Zaak Z-2024-000123."},
        "submission.answered",
        SUBMISSION,
        "ok",
        {"answer_length": 19},
    ),
    (
        events.submission_assigned,
        {"submission": SUBMISSION, "assignee_id": 4},
        "submission.assigned",
        SUBMISSION,
        "ok",
        {"assignee_id": 4},
    ),
    (
        events.submission_withdrawn,
        {"submission": SUBMISSION, "files": 2},
        "submission.withdrawn",
        SUBMISSION,
        "ok",
        {"files": 2, "status": SUBMISSION.status},
    ),
    (
        events.rendition_created,
        {
            "submission": SUBMISSION,
            "rendition": RENDITION,
            "messages": 3,
            "files_checked": 4,
            "checksums_recorded": 1,
        },
        "rendition.created",
        SUBMISSION,
        "ok",
        {
            "messages": 3,
            "pdf_id": 31,
            "pdf_sha256": "ab" * 32,
            "files_checked": 4,
            "checksums_recorded": 1,
            "attempt": 1,
        },
    ),
    (
        events.rendition_failed,
        {"submission": SUBMISSION, "result": "pdf_fout"},
        "rendition.failed",
        SUBMISSION,
        "pdf_fout",
        {},
    ),
    (
        events.rendition_retried,
        {"submission": SUBMISSION},
        "rendition.retried",
        SUBMISSION,
        "ok",
        {},
    ),
    (
        events.originals_purged,
        {"submission": SUBMISSION, "files": 2, "messages_removed": 1},
        "originals.purged",
        SUBMISSION,
        "ok",
        {"files": 2, "messages_removed": 1, "status": "gearchiveerd"},
    ),
    (
        events.submission_redacted_again,
        {
            "submission": SUBMISSION,
            "messages": 2,
            "redactions": {"DATE_OF_BIRTH": 1, "ADDRESS": 1},
            "in_redacted_text": True,
        },
        "submission.redacted_again",
        SUBMISSION,
        "ok",
        {
            "messages": 2,
            "redactions": {"ADDRESS": 1, "DATE_OF_BIRTH": 1},
            "in_redacted_text": True,
            "status": "gearchiveerd",
        },
    ),
    (
        events.zaak_created,
        {"zaak": ZAAK, "values": {"resultaat": "1.1", "archiefactiedatum": "2026-01-31"}},
        "zaak.created",
        ZAAK,
        "ok",
        {
            "fields": ["archiefactiedatum", "resultaat"],
            "resultaat": "1.1",
            "archiefactiedatum": "2026-01-31",
        },
    ),
    (
        events.zaak_changed,
        {"zaak": ZAAK, "values": {"einddatum": "2025-01-31"}},
        "zaak.changed",
        ZAAK,
        "ok",
        {"fields": ["einddatum"], "einddatum": "2025-01-31"},
    ),
    (
        events.zaak_retention_overridden,
        {
            "zaak": ZAAK,
            "before": {"bewaartermijn": "P1Y"},
            "after": {"bewaartermijn": "P10Y"},
            "reason": "Lopende juridische procedure",
        },
        "zaak.retention_overridden",
        ZAAK,
        "ok",
        {
            "before": {"bewaartermijn": "P1Y"},
            "after": {"bewaartermijn": "P10Y"},
            "reason": "Lopende juridische procedure",
        },
    ),
    (
        events.woo_archive_searched,
        {
            "query": "boom",
            "filters": {"afdeling": "openbare_ruimte"},
            "records": 2,
            "hits": 5,
            "page": 1,
        },
        "woo_archive.searched",
        None,
        "ok",
        {
            "query": "boom",
            "filters": {"afdeling": "openbare_ruimte"},
            "records": 2,
            "hits": 5,
            "page": 1,
        },
    ),
    (
        events.woo_record_viewed,
        {"submission": SUBMISSION, "messages": 12, "page": 3},
        "woo_record.viewed",
        SUBMISSION,
        "ok",
        {"messages": 12, "page": 3},
    ),
    (
        events.woo_notice_sent,
        {"notice": NOTICE},
        "woo_notice.sent",
        NOTICE,
        "ok",
        {"submission": 7, "nummer": 2},
    ),
    (
        events.woo_verzoek_created,
        {"verzoek": VERZOEK},
        "woo_verzoek.created",
        VERZOEK,
        "ok",
        {},
    ),
    (
        events.woo_synoniemgroep_created,
        {"groep": SYNONIEMEN, "words": ["statushouders", "sth"]},
        "woo_synoniemgroep.created",
        SYNONIEMEN,
        "ok",
        {"words": ["statushouders", "sth"]},
    ),
    (
        events.woo_synoniemgroep_changed,
        {"groep": SYNONIEMEN, "words": ["sth", "vergunninghouders"], "before": ["sth"]},
        "woo_synoniemgroep.changed",
        SYNONIEMEN,
        "ok",
        {"words": ["sth", "vergunninghouders"], "before": ["sth"]},
    ),
    (
        events.woo_synoniemgroep_deleted,
        {"groep": SYNONIEMEN, "words": ["sth", "vergunninghouders"]},
        "woo_synoniemgroep.deleted",
        SYNONIEMEN,
        "ok",
        {"words": ["sth", "vergunninghouders"]},
    ),
    (
        events.organisation_contact_created,
        {"contact": CONTACT, "values": CONTACT_VALUES, "confirmed": True},
        "organisation_contact.created",
        CONTACT,
        "ok",
        {"values": CONTACT_VALUES, "confirmed_not_private": True},
    ),
    (
        events.organisation_contact_changed,
        {
            "contact": CONTACT,
            "values": {**CONTACT_VALUES, "active": False},
            "before": CONTACT_VALUES,
            "confirmed": False,
        },
        "organisation_contact.changed",
        CONTACT,
        "ok",
        {
            "values": {**CONTACT_VALUES, "active": False},
            "before": CONTACT_VALUES,
            "confirmed_not_private": False,
        },
    ),
    (
        events.organisation_contact_deleted,
        {"contact": CONTACT, "values": CONTACT_VALUES},
        "organisation_contact.deleted",
        CONTACT,
        "ok",
        {"values": CONTACT_VALUES},
    ),
    (
        events.user_created,
        {"user": USER, "access": {"roles": ["Medewerker"], "is_staff": False}},
        "user.created",
        USER,
        "ok",
        {"user_id": 5, "access": {"roles": ["Medewerker"], "is_staff": False}},
    ),
    (
        events.user_created_at_sign_on,
        {"user": USER, "access": {"roles": ["Medewerker"], "is_staff": False}},
        "user.created_sso",
        USER,
        "ok",
        {"user_id": 5, "access": {"roles": ["Medewerker"], "is_staff": False}},
    ),
    (
        events.woo_verzoek_changed,
        {"verzoek": VERZOEK, "fields": ["zaak", "verzoeker_naam"]},
        "woo_verzoek.changed",
        VERZOEK,
        "ok",
        {"fields": ["zaak", "verzoeker_naam"]},
    ),
    (
        events.woo_verzoek_closed,
        {"verzoek": VERZOEK},
        "woo_verzoek.closed",
        VERZOEK,
        "ok",
        {},
    ),
    (
        events.woo_selectie_added,
        {"verzoek": VERZOEK, "submission_id": 7, "message_id": None},
        "woo_selectie.added",
        VERZOEK,
        "ok",
        {"submission_id": 7, "message_id": None},
    ),
    (
        events.woo_selectie_removed,
        {"verzoek": VERZOEK, "submission_id": 7, "message_id": 21},
        "woo_selectie.removed",
        VERZOEK,
        "ok",
        {"submission_id": 7, "message_id": 21},
    ),
    (
        events.woo_verzoek_exported,
        {
            "verzoek": VERZOEK,
            "files": {"woo-5-inventarislijst.csv": "ab" * 32},
            "documents": 3,
            "records": 2,
        },
        "woo_verzoek.exported",
        VERZOEK,
        "ok",
        {
            "format": "besluit",
            "files": {"woo-5-inventarislijst.csv": "ab" * 32},
            "documents": 3,
            "records": 2,
        },
    ),
    (
        events.woo_verzoek_refused,
        {"verzoek": VERZOEK, "what": "exporteren", "unassessed": 4},
        "woo_verzoek.refused",
        VERZOEK,
        "geweigerd",
        {"what": "exporteren", "unassessed": 4},
    ),
    (
        events.woo_document_assessed,
        {
            "verzoek": VERZOEK,
            "documents": ["WA-000003 bericht 22"],
            "count": 1,
            "oordeel": "niet_openbaar",
            "gronden": ["5.1.2e"],
        },
        "woo_document.assessed",
        VERZOEK,
        "ok",
        {
            "documents": ["WA-000003 bericht 22"],
            "count": 1,
            "oordeel": "niet_openbaar",
            "gronden": ["5.1.2e"],
        },
    ),
    (
        events.woo_passage_changed,
        {
            "verzoek": VERZOEK,
            "change": "added",
            "message_id": 21,
            "media_id": None,
            "grond": "5.1.2b",
        },
        "woo_passage.changed",
        VERZOEK,
        "ok",
        {"change": "added", "message_id": 21, "media_id": None, "grond": "5.1.2b"},
    ),
    (
        events.woo_verzoek_term_changed,
        {"verzoek": VERZOEK, "change": "verdaagd", "day": date(2025, 5, 2)},
        "woo_verzoek.term_changed",
        VERZOEK,
        "ok",
        {"change": "verdaagd", "day": "2025-05-02"},
    ),
    (
        events.woo_legal_hold_changed,
        {"verzoek": VERZOEK, "change": "besluit", "until": date(2025, 6, 13)},
        "woo_verzoek.hold_changed",
        VERZOEK,
        "ok",
        {"change": "besluit", "until": "2025-06-13"},
    ),
    (
        events.woo_verzoek_export_failed,
        {"verzoek": VERZOEK, "export_format": "pdf"},
        "woo_verzoek.export_failed",
        VERZOEK,
        "mislukt",
        {"format": "pdf"},
    ),
    (
        events.user_logged_in,
        {"method": "password"},
        "user.logged_in",
        None,
        "ok",
        {"method": "password"},
    ),
    (
        events.user_login_failed,
        {"username": "bea"},
        "user.login_failed",
        None,
        "mislukt",
        {"username": "bea"},
    ),
    (events.user_logged_out, {}, "user.logged_out", None, "ok", {}),
    (
        events.user_locked_out,
        {"username": "bea"},
        "user.locked_out",
        None,
        "geblokkeerd",
        {"username": "bea"},
    ),
    (
        events.sso_header_refused,
        {"username": "bea", "reason": "untrusted_address"},
        "sso_header.refused",
        None,
        "geweigerd",
        {"username": "bea", "reason": "untrusted_address"},
    ),
    (
        events.session_switched,
        {"previous_user_id": 4},
        "session.switched",
        None,
        "ok",
        {"previous_user_id": 4},
    ),
    (events.otp_device_confirmed, {}, "otp_device.confirmed", None, "ok", {}),
    (events.otp_verified, {}, "otp.verified", None, "ok", {}),
    (events.otp_failed, {"stage": "login"}, "otp.failed", None, "mislukt", {"stage": "login"}),
    (
        events.user_access_changed,
        {
            "user": USER,
            "changes": {"is_superuser": {"before": False, "after": True}},
        },
        "user_access.changed",
        USER,
        "ok",
        {"user_id": 5, "changes": {"is_superuser": {"before": False, "after": True}}},
    ),
    (
        events.user_access_refused,
        {"user": USER, "reason": "Alleen een superuser kan iemand superuser maken."},
        "user_access.refused",
        USER,
        "geweigerd",
        {"user_id": 5, "reason": "Alleen een superuser kan iemand superuser maken."},
    ),
    (
        events.decision_refused,
        {"reason": "Beheer neemt geen besluiten", "path": "/woo/verzoeken/5/afhandelen/"},
        "decision.refused",
        None,
        "geweigerd",
        {"reason": "Beheer neemt geen besluiten", "path": "/woo/verzoeken/5/afhandelen/"},
    ),
    (
        events.user_password_set,
        {"user": USER},
        "user_password.set",
        USER,
        "ok",
        {"user_id": 5},
    ),
    (
        events.group_permissions_changed,
        {"group": GROUP, "before": ["chats.view_submission"], "after": ["woo.search_archive"]},
        "group_permissions.changed",
        GROUP,
        "ok",
        {
            "group": "Koffieclub",
            "added": ["woo.search_archive"],
            "removed": ["chats.view_submission"],
        },
    ),
    (
        events.media_downloaded,
        {"media": MEDIA, "stored_file": STORED, "role": "woo"},
        "media.downloaded",
        MEDIA,
        "ok",
        {
            "submission_id": 7,
            "seq": MEDIA.seq,
            "stored_file_id": 31,
            "sha256": "ab" * 32,
            "role": "woo",
        },
    ),
    (
        events.fixity_checked,
        {"files": 40, "failed": 1},
        "fixity.checked",
        None,
        "afwijking",
        {"files": 40, "failed": 1},
    ),
    (
        events.fixity_failed,
        {"submission": SUBMISSION, "stored_file_id": 31, "problem": "changed"},
        "fixity.failed",
        SUBMISSION,
        "changed",
        {"stored_file_id": 31, "problem": "changed"},
    ),
    (
        events.backup_created,
        {
            "name": "meppel-archief-20261202T020000Z.tar",
            "files": 8,
            "size": 4096,
            "encrypted": True,
        },
        "backup.created",
        None,
        "ok",
        {
            "name": "meppel-archief-20261202T020000Z.tar",
            "files": 8,
            "size": 4096,
            "encrypted": True,
        },
    ),
    (
        events.backup_restored,
        {"name": "meppel-archief-20261202T020000Z.tar", "files": 8, "records": 3},
        "backup.restored",
        None,
        "ok",
        {"name": "meppel-archief-20261202T020000Z.tar", "files": 8, "records": 3},
    ),
]


def takes_actor(function) -> bool:
    return "actor" in inspect.signature(function).parameters


@pytest.mark.parametrize(
    ("function", "arguments", "code", "obj", "result", "detail"),
    CASES,
    ids=[case[0].__name__ for case in CASES],
)
def test_each_event_writes_one_row_with_its_code_label_object_and_detail(
    beheerder, function, arguments, code, obj, result, detail
):
    actor = beheerder if takes_actor(function) else None
    if actor is not None:
        arguments = {**arguments, "actor": actor}
    written = function(**arguments)
    event = AuditEvent.objects.get()
    assert event == written
    assert (event.action, event.label) == (code, AuditAction(code).label)
    assert (event.actor, event.actor_name) == (actor, actor.username if actor else "")
    assert (event.object_type, event.object_id) == (
        (obj._meta.label_lower, str(obj.pk)) if obj is not None else ("", "")
    )
    assert event.result == result
    assert event.detail == detail


def test_every_event_has_one_function_and_every_function_one_event():
    public = {
        name
        for name, member in inspect.getmembers(events, inspect.isfunction)
        if not name.startswith("_") and member.__module__ == events.__name__
    }
    assert public == {case[0].__name__ for case in CASES}
    assert sorted(case[2] for case in CASES) == sorted(AuditAction.values)


def test_event_functions_take_keyword_arguments_only():
    for function, *_ in CASES:
        kinds = {p.kind for p in inspect.signature(function).parameters.values()}
        assert kinds == {inspect.Parameter.KEYWORD_ONLY}, function.__name__


def test_codes_are_english_entity_dot_verb_and_labels_dutch_and_distinct():
    for action in AuditAction:
        entity, verb = action.value.split(".")
        assert entity and verb and action.value == action.value.lower()
        assert len(action.value) <= AuditEvent._meta.get_field("action").max_length
        assert action.label and action.label != action.value
        assert action_label(action.value) == action.label
    labels = [action.label for action in AuditAction]
    assert len(set(labels)) == len(labels)


def test_a_request_gives_the_address_and_the_user_when_no_actor_is_given(beheerder):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.8")
    request.user = beheerder
    event = events.woo_record_viewed(submission=SUBMISSION, actor=None, messages=1, request=request)
    assert (event.actor, event.remote_addr) == (beheerder, "10.0.0.8")


def test_every_legacy_code_has_a_dutch_label_and_a_successor():
    assert set(LEGACY_LABELS) == set(LEGACY_SUCCESSORS)
    assert len(LEGACY_LABELS) == 30
    assert not set(LEGACY_LABELS) & set(AuditAction.values)
    for code, label in LEGACY_LABELS.items():
        assert label and label != code
        assert action_label(code) == label
        assert code in codes_for(LEGACY_SUCCESSORS[code])


def test_an_unknown_code_is_shown_as_it_is():
    assert action_label("iets.onbekends") == "iets.onbekends"


def test_the_audit_app_imports_nothing_of_the_apps_it_records():
    for path in AUDIT_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in {"chats", "woo", "zaken"}, (path, name)
