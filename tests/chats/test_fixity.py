"""Fixity checks: stored files are re-read in rolling batches and compared with their SHA-256."""

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from audit.models import AuditEvent
from chats import tasks
from chats.fixity import fixity_check
from chats.models import StoredFile
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def _files():
    return list(StoredFile.objects.exclude(file="").order_by("pk"))


def test_intact_files_pass_and_are_stamped():
    processed_submission()
    report = fixity_check()
    assert report.checked == len(_files()) > 0
    assert report.failures == []
    assert all(f.fixity_checked_at is not None and f.fixity_failed_at is None for f in _files())
    assert AuditEvent.objects.get(action="fixity.checked").detail == {
        "files": report.checked,
        "failed": 0,
    }
    assert mail.outbox == []


def test_a_changed_file_is_reported_with_exactly_its_record(settings):
    settings.ARCHIEF_INFORMATIEBEHEER_EMAIL = "di@meppel.nl"
    intact = processed_submission()
    damaged = processed_submission()
    victim = damaged.files.exclude(file="").first()
    name = victim.file.name
    default_storage.delete(name)
    default_storage.save(name, ContentFile(b"silently changed bytes"))

    report = fixity_check()

    assert [(f.submission_id, f.stored_file_id, f.problem) for f in report.failures] == [
        (damaged.pk, victim.pk, "changed")
    ]
    victim.refresh_from_db()
    assert victim.fixity_failed_at is not None
    assert not intact.files.filter(fixity_failed_at__isnull=False).exists()
    event = AuditEvent.objects.get(action="fixity.failed")
    assert (event.object_id, event.detail) == (
        str(damaged.pk),
        {"stored_file_id": victim.pk, "problem": "changed"},
    )
    (alert,) = mail.outbox
    assert alert.to == ["di@meppel.nl"]
    assert f"/admin/chats/submission/{damaged.pk}/" in alert.body
    assert "veranderd" in alert.body
    assert damaged.onderwerp not in alert.body  # no chat content in mail, only the record


def test_a_removed_file_is_reported_as_missing():
    damaged = processed_submission()
    victim = damaged.files.exclude(file="").first()
    default_storage.delete(victim.file.name)
    report = fixity_check()
    assert [(f.stored_file_id, f.problem) for f in report.failures] == [(victim.pk, "missing")]
    assert "ontbreekt" in mail.outbox[0].body


def test_batches_roll_over_the_least_recently_checked_files():
    processed_submission()
    processed_submission()
    total = len(_files())
    first = fixity_check(limit=2)
    second = fixity_check(limit=2)
    assert first.checked == second.checked == 2
    assert not {f.stored_file_id for f in first.results} & {
        f.stored_file_id for f in second.results
    }
    fixity_check(limit=total)
    assert all(f.fixity_checked_at is not None for f in _files())


def test_purged_files_are_not_checked():
    submission = processed_submission()
    gone = submission.files.exclude(file="").first()
    StoredFile.objects.filter(pk=gone.pk).update(file="", purged_at=gone.created_at)
    report = fixity_check()
    assert gone.pk not in {f.stored_file_id for f in report.results}


def test_the_command_reports_and_fails_on_a_damaged_record(capsys):
    damaged = processed_submission()
    default_storage.delete(damaged.files.exclude(file="").first().file.name)
    with pytest.raises(CommandError, match="1 bestand"):
        call_command("fixity_check", "--all")
    assert f"inzending {damaged.pk}" in capsys.readouterr().out


def test_the_scheduled_task_checks_a_batch(settings):
    settings.ARCHIEF_FIXITY_BATCH = 1
    processed_submission()
    tasks.check_fixity.delay()
    assert StoredFile.objects.filter(fixity_checked_at__isnull=False).count() == 1
