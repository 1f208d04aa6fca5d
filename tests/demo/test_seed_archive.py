"""seed_archive: a generated archive of archived records whose index matches index_submission."""

import io

import pytest
from django.core.management import call_command

from chats.constants import SubmissionStatus
from chats.models import Message, Submission
from woo.indexing import index_submission
from woo.models import SearchEntry
from woo.query import parse_query
from woo.search import SearchFilters, search

pytestmark = pytest.mark.django_db


def test_it_seeds_archived_records_with_index_entries():
    out = io.StringIO()
    call_command("seed_archive", "--messages", "600", "--per-record", "20", stdout=out)
    assert "600 berichten" in out.getvalue()
    assert Message.objects.count() == 600
    assert not Submission.objects.exclude(status=SubmissionStatus.GEARCHIVEERD).exists()
    assert Submission.objects.filter(zaak__isnull=True).count() == 0
    in_record = Message.objects.filter(in_record=True).count()
    # One entry per message in the record, and one per record of its subject.
    assert SearchEntry.objects.count() == in_record + Submission.objects.count()
    assert in_record < 600


def test_seeded_entries_equal_what_index_submission_makes():
    call_command("seed_archive", "--messages", "300", stdout=io.StringIO())
    submission = Submission.objects.order_by("pk").first()
    columns = ("source", "message_id", "seq", "text", "zaak_id", "zaaktype", "afdeling")
    seeded = sorted(
        SearchEntry.objects.filter(submission=submission).values_list(*columns), key=str
    )
    index_submission(submission_id=submission.pk)
    rebuilt = sorted(
        SearchEntry.objects.filter(submission=submission).values_list(*columns), key=str
    )
    assert seeded == rebuilt
    assert [row[0] for row in seeded].count("onderwerp") == 1  # the subject, as indexing makes it


def test_personal_data_in_seeded_originals_is_not_in_the_index():
    call_command("seed_archive", "--messages", "2000", "--seed", "7", stdout=io.StringIO())
    with_phone = Message.objects.filter(text__contains="06-").exclude(text_redacted__contains="06-")
    assert with_phone.exists()
    phone = with_phone.first().text.split("06-")[1][:8]
    assert not SearchEntry.objects.filter(text__contains=phone).exists()
    assert search(parse_query(f"06-{phone}"), SearchFilters()).record_count == 0
    # A content word of the index: the longest plain word of the first entries (the first entry's
    # own longest word can be a stop word like "naar", which finds nothing).
    texts = SearchEntry.objects.order_by("pk").values_list("text", flat=True)[:50]
    word = max(
        (w.strip(".,!?:") for t in texts for w in t.split() if w.strip(".,!?:").isalpha()), key=len
    )
    assert search(parse_query(word), SearchFilters()).record_count > 0
