"""Issue 12, "nader anonimiseren": Informatiebeheer blacks out personal data the detector missed
in a record that is archived already. Only tightening: a redaction may be added (or switched
on again), never undone; the text, the Woo search, the record's PDF and the Woo exports follow."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import RenditionState
from chats.models import RedactionSpan
from chats.review.errors import ReviewError
from chats.review.services import (
    redaction_add,
    redaction_add_alike,
    redaction_toggle,
)
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel, ReleaseStatus
from woo.models import Woord, WooRelease
from woo.release_jobs import _made_from, assessment_state
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

WORD = "Kooistra"
TEXTS = [f"Mevrouw {WORD} belt over de kastanje.", f"Ik bel {WORD} morgen terug."]


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def record(make_record):
    record = make_record(TEXTS)
    record.rendition_state = RenditionState.KLAAR
    record.save(update_fields=["rendition_state"])
    return record


def _add(record, user, seq=1):
    message = record.messages.get(seq=seq)
    start = message.text.index(WORD)
    return redaction_add(
        submission_id=record.pk,
        message_id=message.pk,
        start=start,
        end=start + len(WORD),
        label="PERSON",
        user=user,
    )


def _found(client, word) -> str:
    return client.get(reverse("woo:search"), {"q": word}).content.decode()


def test_an_archived_record_takes_a_redaction_added_by_hand(record, ib):
    span = _add(record, ib)
    assert span.active
    assert record.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] belt over de kastanje."
    event = AuditEvent.objects.filter(action="redaction.added").latest("pk")
    assert event.actor_id == ib.pk
    assert event.detail["after_archiving"] is True
    assert event.detail["reason"] == "nader anonimiseren"
    assert WORD not in str(event.detail)


def test_woo_search_no_longer_finds_the_blacked_out_word(record, ib, woo_client):
    assert f"/woo/archiefstukken/{record.pk}/" in _found(woo_client, WORD)
    assert Woord.objects.filter(woord=WORD.lower()).exists()
    span = _add(record, ib)
    redaction_add_alike(span_id=span.pk, user=ib)
    # While its PDF is made again the record is not searched at all; once the worker has made
    # it (without indexing again: the index followed at once), the word is gone.
    record.rendition_state = RenditionState.KLAAR
    record.save(update_fields=["rendition_state"])
    found = _found(woo_client, WORD)
    assert f"/woo/archiefstukken/{record.pk}/" not in found
    assert not Woord.objects.filter(woord=WORD.lower()).exists()
    assert f"/woo/archiefstukken/{record.pk}/" in _found(woo_client, "kastanje")


def test_the_archived_records_pdf_is_made_again(
    record, ib, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(
        "chats.review.services.enqueue_archive_completion", lambda pk: queued.append(pk)
    )
    with django_capture_on_commit_callbacks(execute=True):
        _add(record, ib)
    record.refresh_from_db()
    assert record.rendition_state == RenditionState.BEZIG
    assert queued == [record.pk]


def test_the_same_text_elsewhere_is_blacked_out_too(record, ib):
    span = _add(record, ib)
    added = redaction_add_alike(span_id=span.pk, user=ib)
    assert added.places == 1
    assert record.messages.get(seq=2).text_redacted == "Ik bel [NAAM] morgen terug."


def test_blacking_out_nothing_more_leaves_the_pdf_and_the_search_alone(record, ib):
    # "Elsewhere too" once every other place is blacked out already (a second click, an offer
    # read late): nothing changed, so the record's PDF is not made again and the record does
    # not leave the Woo search while it would be.
    span = _add(record, ib)
    redaction_add_alike(span_id=span.pk, user=ib)
    record.rendition_state = RenditionState.KLAAR
    record.save(update_fields=["rendition_state"])
    record.refresh_from_db()
    generation = record.rendition_generation
    added = redaction_add_alike(span_id=span.pk, user=ib)
    assert added.places == 0
    record.refresh_from_db()
    assert record.rendition_state == RenditionState.KLAAR
    assert record.rendition_generation == generation


def test_undoing_a_redaction_of_an_archived_record_is_refused(record, ib):
    span = _add(record, ib)
    with pytest.raises(ReviewError, match="gearchiveerd"):
        redaction_toggle(span_id=span.pk, user=ib)
    assert RedactionSpan.objects.get(pk=span.pk).active
    assert record.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] belt over de kastanje."


def test_a_redaction_switched_off_before_archiving_may_be_switched_on_again(record, ib):
    message = record.messages.get(seq=1)
    start = message.text.index(WORD)
    span = RedactionSpan.objects.create(
        submission=record,
        message=message,
        start=start,
        end=start + len(WORD),
        label="PERSON",
        active=False,
    )
    redaction_toggle(span_id=span.pk, user=ib)
    assert RedactionSpan.objects.get(pk=span.pk).active
    assert record.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] belt over de kastanje."


def test_beheer_may_not_black_out_in_an_archived_record(record, beheerder):
    with pytest.raises(PermissionDenied):
        _add(record, beheerder)
    assert not RedactionSpan.objects.filter(submission=record).exists()


def test_purged_originals_refuse_with_a_reason(record, ib):
    from django.utils import timezone

    record.originals_purged_at = timezone.now()
    record.save(update_fields=["originals_purged_at"])
    with pytest.raises(ReviewError, match="originelen"):
        _add(record, ib)


def test_a_woo_export_of_a_request_holding_the_record_becomes_outdated(
    record, ib, woo_client, woo_user, verzoek
):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    release = WooRelease.objects.get(verzoek=verzoek)
    assert release.status == ReleaseStatus.KLAAR
    assert _made_from(release, assessment_state(verzoek))
    _add(record, ib)
    assert not _made_from(release, assessment_state(verzoek))
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Verouderd: opnieuw maken" in page


def test_the_review_page_blacks_out_and_says_what_happened(record, ib_client):
    page = ib_client.get(reverse("admin:chats_submission_review", args=[record.pk]))
    html = page.content.decode()
    assert 'data-tighten="1"' in html
    assert 'id="rv-add"' in html
    message = record.messages.get(seq=1)
    start = message.text.index(WORD)
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_add", args=[record.pk]),
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + len(WORD),
            "label": "PERSON",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "Weggelakt in het gearchiveerde archiefstuk" in html
    assert "Woo vindt het woord niet meer" in html
    # The same text elsewhere is offered.
    assert "1 andere plek" in html and "rv-alike-text" in html
    assert record.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] belt over de kastanje."


def test_beheer_gets_no_blackout_on_an_archived_record(record, beheerder_client):
    page = beheerder_client.get(reverse("admin:chats_submission_review", args=[record.pk]))
    html = page.content.decode()
    assert 'data-tighten="1"' not in html
    assert 'id="rv-add"' not in html


def test_a_passage_a_woo_request_marked_keeps_covering_its_words(record, ib, woo_user, verzoek):
    """Passages index the redacted text: blacking out a word before one must not shift it onto
    other words (what it withheld would show, and the wrong words go)."""
    from woo.models import WooPassage

    message = record.messages.get(seq=1)
    text = message.text_redacted
    start = text.index("kastanje")
    passage = WooPassage.objects.create(
        verzoek=verzoek,
        message=message,
        start=start,
        end=start + len("kastanje"),
        grond="5.1.2e",
        aangemaakt_door=woo_user,
    )
    _add(record, ib)
    passage.refresh_from_db()
    now = record.messages.get(seq=1).text_redacted
    assert now[passage.start : passage.end] == "kastanje"


def test_stretch_moved():
    from woo.blackout import stretch_moved

    before, after = "Mevrouw Kooistra belt over x.", "Mevrouw [NAAM] belt over x."
    assert stretch_moved(before, after, 0, 7) == (0, 7)  # before the change
    moved = stretch_moved(before, after, before.index("belt"), before.index("belt") + 4)
    assert after[moved[0] : moved[1]] == "belt"
    # A passage on the blacked-out word itself covers its placeholder.
    moved = stretch_moved(before, after, 8, 16)
    assert after[moved[0] : moved[1]] == "[NAAM]"
    # One that started inside it widens to take the placeholder in.
    moved = stretch_moved(before, after, 10, 21)
    assert after[moved[0] : moved[1]] == "[NAAM] belt"


def _pdf_text(record) -> str:
    import io

    from django.core.files.storage import default_storage
    from pypdf import PdfReader

    from chats.constants import RENDITION_KEY
    from chats.models import StoredFile

    stored = StoredFile.objects.get(submission=record, derived_key=RENDITION_KEY)
    with default_storage.open(stored.file.name) as fh:
        reader = PdfReader(io.BytesIO(fh.read()))
    return " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())


def test_a_redaction_added_while_the_pdf_is_being_made_is_in_the_pdf(
    make_record, zaak, ib, monkeypatch, django_capture_on_commit_callbacks
):
    """Race: a rendition is running (it read the text before the redaction) when Informatiebeheer
    blacks out a word. That PDF must not stand: the run makes it again from the stricter text."""
    from chats import archiving

    record = make_record(TEXTS, zaak=zaak)
    record.rendition_state = RenditionState.BEZIG  # the worker has started
    record.reviewed_by = ib
    record.save(update_fields=["rendition_state", "reviewed_by"])
    monkeypatch.setattr("chats.review.services.enqueue_archive_completion", lambda pk: None)
    real = archiving._render
    runs = []

    def render_then_redact(submission, pdf):
        written = real(submission, pdf)  # read the text as it was
        runs.append(submission.pk)
        if len(runs) == 1:
            _add(record, ib)  # committed while the PDF was being written
        return written

    monkeypatch.setattr(archiving, "_render", render_then_redact)
    with django_capture_on_commit_callbacks(execute=False):
        done = archiving.archive_complete(submission_id=record.pk)
    assert done.done
    assert len(runs) == 2
    record.refresh_from_db()
    assert record.rendition_state == RenditionState.KLAAR
    text = _pdf_text(record)
    assert "Mevrouw [NAAM] belt over de kastanje." in text
    assert f"Mevrouw {WORD}" not in text


def test_passages_follow_in_one_query_however_many_texts_changed(
    record, woo_user, verzoek, django_assert_max_num_queries
):
    from woo.besluit import passages_follow
    from woo.models import WooPassage

    changes = []
    for message in record.messages.order_by("seq"):
        text = message.text_redacted
        start = text.index(WORD) + len(WORD)
        WooPassage.objects.create(
            verzoek=verzoek,
            message=message,
            start=start,
            end=len(text),
            grond="5.1.2e",
            aangemaakt_door=woo_user,
        )
        changes.append(("message", message.pk, text, text.replace(WORD, "[NAAM]")))
    # One read of the passages and one bulk update, not a read per changed text.
    with django_assert_max_num_queries(2):
        assert passages_follow(changes) == 2
    for passage in WooPassage.objects.select_related("message"):
        after = passage.message.text.replace(WORD, "[NAAM]")
        assert after[passage.start : passage.end] == after[after.index("[NAAM]") + 6 :]
