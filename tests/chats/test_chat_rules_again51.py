"""Issue 12: records processed before processing read a chat's messages with each other.

Until stop 50 processing ran the detector on each message alone, so records archived (or waiting
for review) since then may hold personal data in their redacted texts that the chat's rules
across messages find: a birth date answering "Wat is uw geboortedatum?", a house number said
again ("voor nummer 14") after the chat gave the address. `manage.py redact_chat_rules` runs
the chat detector over those records again and redacts what it finds, as processing does now.
"""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command

from audit.models import AuditEvent
from chats import chat_rules_again
from chats.archiving import archive_complete
from chats.constants import RENDITION_KEY, RedactionSource, RenditionState, UploadKind
from chats.models import Message, RedactionSpan, StoredFile, Submission
from chats.pipeline import build
from tests.chats import test_attachments as attachments
from tests.chats.redaction_passes import android_export
from tests.chats.test_attachments import _processed
from woo.query import parse_query
from woo.search import SearchFilters, search

pytestmark = pytest.mark.django_db

private_temp_root = attachments.private_temp_root
employee = attachments.employee
archived = attachments.archived

# Gerrit Mulder's lines: per message, the birth date and the house number said again stay
# readable; read with each other they are personal data.
LINES = [
    "Goedemorgen, ik woon op de Zomerdijk 14, 7943 KR Meppel.",
    "Wat is uw geboortedatum?",
    "12-03-1961",
    "De auto van de buren staat al weken voor nummer 14.",
    "Groet, Gerrit Mulder",
]


@pytest.fixture
def old_way(monkeypatch):
    """Processing as it was before stop 50: every message examined alone (no chat pass, no
    house numbers carried from one message to the next)."""
    monkeypatch.setattr(build, "chat_rules_pass", lambda *args, **kwargs: None)
    monkeypatch.setattr(build, "house_numbers_in", lambda text, spans: [])


def _old_record(employee, tmp_path, lines=LINES) -> Submission:
    submission = _processed(employee, android_export(tmp_path, lines), UploadKind.ANDROID_EXPORT)
    texts = _texts(submission)
    # The premise: the record holds both, readable.
    assert "12-03-1961" in texts
    assert "voor nummer 14" in texts
    return submission


def _texts(submission) -> str:
    return "\n".join(
        Message.objects.filter(submission=submission)
        .order_by("seq")
        .values_list("text_redacted", flat=True)
    )


def _run(*args) -> str:
    out = io.StringIO()
    call_command("redact_chat_rules", *args, stdout=out, stderr=out)
    return out.getvalue()


def _state(submission) -> tuple:
    spans = sorted(
        RedactionSpan.objects.filter(submission=submission).values_list(
            "message_id", "start", "end", "label", "active", "on_redacted"
        )
    )
    return _texts(submission), spans


def _found(word: str) -> list[int]:
    return [r.submission.pk for r in search(parse_query(word), SearchFilters()).records]


def _pdf(submission) -> str:
    stored = StoredFile.objects.get(
        submission=submission, derived_key=RENDITION_KEY, purged_at__isnull=True
    )
    with default_storage.open(stored.file.name, "rb") as fh:
        return attachments._pdf_text(fh.read())


def test_an_archived_record_gets_the_answered_birth_date_and_the_house_number_redacted(
    employee, archived, tmp_path, old_way, django_capture_on_commit_callbacks
):
    submission = archived(_old_record(employee, tmp_path))
    assert _found("12-03-1961") == [submission.pk]
    assert "12-03-1961" in _pdf(submission)
    generation = submission.rendition_generation

    out = _run()

    texts = _texts(submission)
    assert "1961" not in texts
    assert "nummer 14" not in texts
    assert "Wat is uw geboortedatum?\n[GEBOORTEDATUM]" in texts
    assert "voor [ADRES]." in texts
    # What was redacted before stays as it was: placeholders and the pseudonym.
    assert "ik woon op de [ADRES], [POSTCODE] Meppel." in texts
    assert "Groet, Inwoner" in texts
    spans = RedactionSpan.objects.filter(submission=submission, on_redacted=True)
    assert sorted(spans.values_list("label", "source")) == [
        ("ADDRESS", RedactionSource.AUTOMATISCH),
        ("DATE_OF_BIRTH", RedactionSource.AUTOMATISCH),
    ]
    # The Woo search no longer finds it, and the record's PDF is made again.
    assert _found("12-03-1961") == []
    submission.refresh_from_db()
    assert submission.rendition_generation == generation + 1
    assert submission.rendition_state == RenditionState.BEZIG
    with django_capture_on_commit_callbacks(execute=True):
        assert archive_complete(submission_id=submission.pk).done
    pdf = _pdf(submission)
    assert "Wat is uw geboortedatum?" in pdf and "12-03-1961" not in pdf
    event = AuditEvent.objects.get(action="submission.redacted_again")
    assert (event.object_id, event.actor) == (str(submission.pk), None)
    assert event.detail["redactions"] == {"ADDRESS": 1, "DATE_OF_BIRTH": 1}
    assert event.detail["messages"] == 2
    assert event.detail["in_redacted_text"] is True
    assert "12-03-1961" not in str(event.detail)
    assert f"Inzending {submission.pk}" in out


def test_a_second_run_changes_nothing(employee, archived, tmp_path, old_way):
    submission = archived(_old_record(employee, tmp_path))
    _run()
    after_first = _state(submission)
    events = AuditEvent.objects.count()
    submission.refresh_from_db()
    generation = submission.rendition_generation

    _run()

    assert _state(submission) == after_first
    assert AuditEvent.objects.count() == events
    submission.refresh_from_db()
    assert submission.rendition_generation == generation


def test_a_dry_run_reports_per_record_and_changes_nothing(employee, archived, tmp_path, old_way):
    submission = archived(_old_record(employee, tmp_path))
    before = _state(submission)
    events = AuditEvent.objects.count()

    out = _run("--dry-run")

    assert _state(submission) == before
    assert AuditEvent.objects.count() == events
    assert _found("12-03-1961") == [submission.pk]
    line = next(line for line in out.splitlines() if f"Inzending {submission.pk}" in line)
    assert "[GEBOORTEDATUM] 1" in line
    assert "[ADRES] 1" in line


def test_a_record_under_review_gets_spans_on_its_original_text(employee, tmp_path, old_way):
    """While the originals are there the new spans index them, as processing's do, and the
    redacted text is made from the original again."""
    submission = _old_record(employee, tmp_path)
    had = list(RedactionSpan.objects.filter(submission=submission).values_list("pk", flat=True))

    _run()

    texts = _texts(submission)
    assert "1961" not in texts
    assert "nummer 14" not in texts
    assert "Groet, Inwoner" in texts
    added = RedactionSpan.objects.filter(submission=submission).exclude(pk__in=had)
    assert not added.filter(on_redacted=True).exists()
    assert sorted(added.values_list("label", "source")) == [
        ("ADDRESS", RedactionSource.AUTOMATISCH),
        ("DATE_OF_BIRTH", RedactionSource.AUTOMATISCH),
    ]
    birth = next(s for s in added if s.label == "DATE_OF_BIRTH")
    assert birth.message.text[birth.start : birth.end] == "12-03-1961"
    number = added.get(label="ADDRESS")
    assert number.message.text[number.start : number.end] == "nummer 14"
    first = _state(submission)
    _run()
    assert _state(submission) == first


def test_a_redaction_undone_in_review_is_not_made_again(employee, tmp_path, old_way):
    submission = _old_record(employee, tmp_path)
    _run()
    span = RedactionSpan.objects.get(submission=submission, label="DATE_OF_BIRTH")
    span.active = False
    span.save()
    message = span.message
    message.text_redacted = message.text
    message.save()

    _run()

    assert "12-03-1961" in _texts(submission)
    assert not RedactionSpan.objects.filter(
        submission=submission, label="DATE_OF_BIRTH", active=True
    ).exists()


def test_a_failure_in_one_record_leaves_the_others_done(
    employee, archived, tmp_path, old_way, monkeypatch
):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    failing = archived(_old_record(employee, tmp_path / "a"))
    other = archived(_old_record(employee, tmp_path / "b"))
    before = _state(failing)
    written = chat_rules_again.events.submission_redacted_again

    def fail_for_one(*, submission, **detail):
        # (after its spans and texts were written: none of it may stay)
        if submission.pk == failing.pk:
            raise RuntimeError("audit log unavailable")
        return written(submission=submission, **detail)

    monkeypatch.setattr(chat_rules_again.events, "submission_redacted_again", fail_for_one)

    out = _run()

    assert _state(failing) == before
    assert "1961" not in _texts(other)
    assert f"Inzending {failing.pk}" in out and "mislukt" in out
    assert AuditEvent.objects.filter(
        action="submission.redacted_again", object_id=str(other.pk)
    ).exists()
    assert not AuditEvent.objects.filter(
        action="submission.redacted_again", object_id=str(failing.pk)
    ).exists()


def test_a_record_processed_with_the_chat_rules_needs_nothing(employee, archived, tmp_path):
    submission = archived(
        _processed(employee, android_export(tmp_path, LINES), UploadKind.ANDROID_EXPORT)
    )
    before = _state(submission)

    _run()

    assert _state(submission) == before
    assert not AuditEvent.objects.filter(action="submission.redacted_again").exists()
