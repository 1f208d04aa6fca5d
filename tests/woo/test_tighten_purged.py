"""Issue 12, "nothing personal leaves the archive": nader anonimiseren once the originals are
purged (ARCHIEF_PURGE_ORIGINALS_AFTER_DAYS is 0 by default, so at archiving). Informatiebeheer
selects the passage in the REDACTED text on the review page, as before the purge; it is replaced
there by the label's placeholder, for good: the Woo search, the Woo record page, the Woo request
passages and the record's PDF follow, and nothing undoes it. The audit row says who, when,
where, which label and why, never the text."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from audit.models import AuditEvent
from chats import archiving
from chats.constants import RenditionState
from chats.models import RedactionSpan
from chats.review.errors import ReviewError
from chats.review.services import redaction_toggle
from woo.models import Woord

pytestmark = pytest.mark.django_db

WORD = "Kooistra"
TEXTS = [f"Mevrouw {WORD} belt over de kastanje.", f"Ik bel {WORD} morgen terug."]


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def woo_client(woo_user):
    """The Woo officer in a browser of their own (the shared test client is Informatiebeheer's)."""
    client = Client()
    client.force_login(woo_user)
    return client


@pytest.fixture
def queued(monkeypatch):
    """The record's PDF queued to be made again (the worker's task), by id."""
    made = []
    monkeypatch.setattr("chats.review.services.enqueue_archive_completion", made.append)
    return made


@pytest.fixture
def purged(make_record, zaak, ib, settings, django_capture_on_commit_callbacks):
    """A record archived as a fresh install does: PDF made, then the originals purged at once."""
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(0)  # the default
    record = make_record(TEXTS, zaak=zaak)
    record.rendition_state = RenditionState.BEZIG
    record.reviewed_by = ib
    record.save(update_fields=["rendition_state", "reviewed_by"])
    with django_capture_on_commit_callbacks(execute=True):
        assert archiving.archive_complete(submission_id=record.pk).done
    record.refresh_from_db()
    assert record.originals_purged_at is not None
    assert record.messages.get(seq=1).text == ""  # the original text is gone
    return record


def _page(client, record) -> str:
    return client.get(reverse("admin:chats_submission_review", args=[record.pk])).content.decode()


def _version(html: str, message) -> str:
    """The version of the message's redacted text that the review page sends along."""
    found = re.search(rf'data-target="message" data-id="{message.pk}" data-v="(\w+)"', html)
    assert found, "the review page offers no blackout in the redacted text"
    return found.group(1)


def _black_out(client, record, seq=1, word=WORD, label="PERSON", version=None):
    """What the review page posts: a passage selected in the message's redacted text."""
    message = record.messages.get(seq=seq)
    start = message.text_redacted.index(word)
    return client.post(
        reverse("admin:chats_submission_redaction_add", args=[record.pk]),
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + len(word),
            "label": label,
            "versie": version or _version(_page(client, record), message),
        },
        follow=True,
    )


def _remade(record) -> None:
    """The worker makes the record's PDF again (as the queued task does)."""
    assert archiving.archive_complete(submission_id=record.pk).done
    record.refresh_from_db()
    assert record.rendition_state == RenditionState.KLAAR


def _found(client, record, word) -> bool:
    """Whether a Woo search for `word` finds the record."""
    found = client.get(reverse("woo:search"), {"q": word}).content.decode()
    return f"/woo/archiefstukken/{record.pk}/" in found


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


def test_the_review_page_of_a_purged_record_offers_nader_anonimiseren(purged, ib_client):
    html = _page(ib_client, purged)
    assert 'data-tighten="1"' in html
    assert 'id="rv-add"' in html
    assert "Nader anonimiseren." in html
    assert "niets meer worden weggelakt" not in html
    _version(html, purged.messages.get(seq=1))


def test_a_word_blacked_out_after_the_purge_leaves_woo_and_the_pdf(
    purged, ib_client, woo_client, queued, django_capture_on_commit_callbacks
):
    record_page = reverse("woo:record", args=[purged.pk])
    assert _found(woo_client, purged, WORD)
    assert WORD in woo_client.get(record_page).content.decode()
    assert WORD in _pdf_text(purged)

    with django_capture_on_commit_callbacks(execute=True):
        response = _black_out(ib_client, purged)
    html = response.content.decode()
    assert "Weggelakt in het gearchiveerde archiefstuk" in html
    assert purged.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] belt over de kastanje."
    # The PDF is made again, the Woo index followed at once.
    purged.refresh_from_db()
    assert purged.rendition_state == RenditionState.BEZIG
    assert queued == [purged.pk]
    _remade(purged)
    text = _pdf_text(purged)
    assert "Mevrouw [NAAM] belt over de kastanje." in text
    assert f"Mevrouw {WORD}" not in text

    # Message 2 still has it (not offered "everywhere" yet): search finds the record by it, the
    # record page shows message 2's; message 1's is gone from both.
    page = woo_client.get(record_page).content.decode()
    assert f"Mevrouw {WORD}" not in page
    assert f"Ik bel {WORD}" in page


def test_everywhere_in_the_record_too_then_woo_finds_it_nowhere(
    purged, ib_client, woo_client, queued, django_capture_on_commit_callbacks
):
    response = _black_out(ib_client, purged)
    html = response.content.decode()
    # As before the purge: the same passage elsewhere in the record is offered.
    assert "rv-alike-text" in html
    assert "1 andere plek" in html
    form = re.search(r'<form method="post" action="([^"]+)" class="rv-alike".*?</form>', html, re.S)
    assert form
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.group(0)))
    assert WORD not in str(fields)  # the place is posted, not the passage
    with django_capture_on_commit_callbacks(execute=True):
        response = ib_client.post(form.group(1), fields, follow=True)
    assert "Op 1 andere plek ook weggelakt" in response.content.decode()
    assert purged.messages.get(seq=2).text_redacted == "Ik bel [NAAM] morgen terug."
    _remade(purged)
    assert not _found(woo_client, purged, WORD)
    assert not Woord.objects.filter(woord=WORD.lower()).exists()
    assert _found(woo_client, purged, "kastanje")
    page = woo_client.get(reverse("woo:record", args=[purged.pk])).content.decode()
    assert WORD not in page
    assert WORD not in _pdf_text(purged)


def test_the_audit_row_says_who_where_which_label_and_why_never_the_text(purged, ib, ib_client):
    _black_out(ib_client, purged)
    event = AuditEvent.objects.filter(action="redaction.added").latest("pk")
    assert event.actor_id == ib.pk
    assert event.detail["reason"] == "nader anonimiseren"
    assert event.detail["after_archiving"] is True
    assert event.detail["label"] == "PERSON"
    assert event.detail["message_id"] == purged.messages.get(seq=1).pk
    assert event.detail["in_redacted_text"] is True
    assert WORD not in str(event.detail)
    span = RedactionSpan.objects.get(submission=purged, on_redacted=True)
    assert (span.changed_by, span.label, span.active) == (ib, "PERSON", True)
    # The span indexes the redacted text as it stood; the text it covered is kept nowhere.
    assert WORD not in str(list(RedactionSpan.objects.filter(submission=purged).values()))


def test_no_undo(purged, ib, ib_client):
    _black_out(ib_client, purged)
    span = RedactionSpan.objects.get(submission=purged, on_redacted=True)
    with pytest.raises(ReviewError):
        redaction_toggle(span_id=span.pk, user=ib)
    ib_client.post(reverse("admin:chats_submission_redaction_toggle", args=[purged.pk, span.pk]))
    assert RedactionSpan.objects.get(pk=span.pk).active
    assert purged.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] belt over de kastanje."
    # The placeholder is shown as blacked out, not as a button that would undo it.
    html = _page(ib_client, purged)
    assert 'role="button"' not in html.split('id="m-1"')[1].split("</li>")[0]


def test_later_blackouts_compose_on_the_text_as_it_is_now(purged, ib_client):
    _black_out(ib_client, purged)
    _black_out(ib_client, purged, word="kastanje", label="ADDRESS")
    assert purged.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] belt over de [ADRES]."
    assert RedactionSpan.objects.filter(submission=purged, on_redacted=True).count() == 2


def test_a_page_read_before_another_change_is_refused_not_misapplied(purged, ib_client):
    message = purged.messages.get(seq=1)
    stale = _version(_page(ib_client, purged), message)
    _black_out(ib_client, purged, word="kastanje", label="ADDRESS")
    response = _black_out(ib_client, purged, version=stale)
    assert "laad de pagina opnieuw" in response.content.decode().lower()
    assert purged.messages.get(seq=1).text_redacted == f"Mevrouw {WORD} belt over de [ADRES]."


def test_a_selection_that_is_blacked_out_already_changes_nothing(purged, ib_client):
    _black_out(ib_client, purged)
    response = _black_out(ib_client, purged, word="[NAAM]")
    assert "al weggelakt" in response.content.decode()
    assert purged.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] belt over de kastanje."


def test_a_selection_into_a_placeholder_takes_the_whole_placeholder(purged, ib_client):
    _black_out(ib_client, purged)
    _black_out(ib_client, purged, word="AM] belt", label="PERSON")
    assert purged.messages.get(seq=1).text_redacted == "Mevrouw [NAAM] over de kastanje."


def test_beheer_may_not_black_out(purged, beheerder_client):
    html = _page(beheerder_client, purged)
    assert 'id="rv-add"' not in html
    message = purged.messages.get(seq=1)
    start = message.text_redacted.index(WORD)
    beheerder_client.post(
        reverse("admin:chats_submission_redaction_add", args=[purged.pk]),
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + len(WORD),
            "label": "PERSON",
            "versie": "0",
        },
    )
    assert WORD in purged.messages.get(seq=1).text_redacted


# --- the text read from a screenshot (its OCR text) --------------------------------------------


def _shot(purged, make_media, *, boxes: bool):
    """A loose screenshot of the purged record, as the purge leaves it: its OCR text only in its
    redacted form, its words' places (when kept) indexed into that text."""
    from chats.redaction.images import layout_on_redacted
    from tests.conftest import png_bytes
    from tests.woo.test_ocr_passages import ORIGINAL, REDACTED, WORDS

    media = make_media(
        purged, None, original=png_bytes(200, 60), derived=png_bytes(200, 60), ocr_redacted=REDACTED
    )
    layout = {"words": WORDS, "header": None, "size": [200, 60]}
    media.ocr_boxes = layout_on_redacted(layout, ORIGINAL, REDACTED) if boxes else {}
    media.save(update_fields=["ocr_boxes"])
    return media


def _black_out_in_image(client, purged, media, word="morgen"):
    from chats.review.text import text_version

    html = client.get(
        reverse("admin:chats_submission_review", args=[purged.pk]), {"dag": "afbeeldingen"}
    ).content.decode()
    version = re.search(rf'data-target="media" data-id="{media.pk}" data-v="(\w+)"', html)
    assert version, "the review page offers no blackout in the image's redacted text"
    assert version.group(1) == text_version(media.ocr_text_redacted)
    start = media.ocr_text_redacted.index(word)
    return client.post(
        reverse("admin:chats_submission_redaction_add", args=[purged.pk]),
        {
            "target": "media",
            "target_id": media.pk,
            "start": start,
            "end": start + len(word),
            "label": "PERSON",
            "versie": version.group(1),
        },
        follow=True,
    )


def _pixel(media, x, y):
    import io

    from django.core.files.storage import default_storage
    from PIL import Image

    media.derived.refresh_from_db()
    with default_storage.open(media.derived.file.name, "rb") as fh:
        return Image.open(io.BytesIO(fh.read())).convert("RGB").getpixel((x, y))


def test_in_a_screenshot_the_text_and_the_image_are_blacked_out(purged, make_media, ib_client):
    from chats.constants import MediaRelease
    from chats.redaction.images import REDACTED_LENGTH, REDACTED_WORDS

    media = _shot(purged, make_media, boxes=True)
    assert _pixel(media, 120, 10) != (0, 0, 0)  # "morgen" stands at 100..140, 5..15
    _black_out_in_image(ib_client, purged, media)
    media.refresh_from_db()
    assert media.ocr_text_redacted == "Bel [TELEFOONNUMMER] [NAAM] over de kap"
    assert _pixel(media, 120, 10) == (0, 0, 0)
    assert _pixel(media, 10, 35) != (0, 0, 0)  # "over" is not
    assert media.release == MediaRelease.GEANONIMISEERD  # still served: it shows nothing more
    # The kept word places index the text as it is now, for the Woo officer's passages.
    assert media.ocr_boxes[REDACTED_LENGTH] == len(media.ocr_text_redacted)
    placed = {media.ocr_text_redacted[s:e] for s, e, *_ in media.ocr_boxes[REDACTED_WORDS]}
    assert "[NAAM]" in placed and "over" in placed
    event = AuditEvent.objects.filter(action="redaction.added").latest("pk")
    assert event.detail["media_id"] == media.pk and event.detail["image_redrawn"] is True
    assert "morgen" not in str(event.detail)
    purged.refresh_from_db()
    assert purged.rendition_state == RenditionState.BEZIG  # the PDF is made again


def test_a_screenshot_whose_word_places_are_unknown_is_withheld(purged, make_media, ib_client):
    from chats.constants import MediaRelease

    media = _shot(purged, make_media, boxes=False)
    response = _black_out_in_image(ib_client, purged, media)
    media.refresh_from_db()
    assert media.ocr_text_redacted == "Bel [TELEFOONNUMMER] [NAAM] over de kap"
    assert media.release == MediaRelease.ACHTERGEHOUDEN
    assert "bijlage is achtergehouden voor Woo" in response.content.decode()


def test_a_passage_a_woo_request_marked_keeps_covering_its_words(
    purged, ib_client, woo_user, verzoek
):
    from woo.models import WooPassage

    message = purged.messages.get(seq=1)
    start = message.text_redacted.index("kastanje")
    passage = WooPassage.objects.create(
        verzoek=verzoek,
        message=message,
        start=start,
        end=start + len("kastanje"),
        grond="5.1.2e",
        aangemaakt_door=woo_user,
    )
    _black_out(ib_client, purged)
    passage.refresh_from_db()
    now = purged.messages.get(seq=1).text_redacted
    assert now[passage.start : passage.end] == "kastanje"


def test_a_page_from_before_the_purge_is_refused_not_applied_to_the_redacted_text(
    purged, ib_client
):
    """Offsets into the original (no version sent) cannot be applied any more."""
    message = purged.messages.get(seq=1)
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_add", args=[purged.pk]),
        {"target": "message", "target_id": message.pk, "start": 8, "end": 16, "label": "PERSON"},
        follow=True,
    )
    assert "intussen verwijderd" in response.content.decode()
    assert purged.messages.get(seq=1).text_redacted == TEXTS[0]


def test_a_woo_export_of_a_request_holding_the_record_becomes_outdated(
    purged, ib_client, woo_client, woo_user, verzoek
):
    from woo.besluit import beoordeling_save_record
    from woo.constants import Oordeel, ReleaseStatus
    from woo.models import WooRelease
    from woo.release_jobs import _made_from, assessment_state
    from woo.services import selectie_add

    selectie_add(user=woo_user, verzoek=verzoek, submission_id=purged.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=purged.pk, oordeel=Oordeel.OPENBAAR
    )
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    release = WooRelease.objects.get(verzoek=verzoek)
    assert release.status == ReleaseStatus.KLAAR
    assert _made_from(release, assessment_state(verzoek))
    _black_out(ib_client, purged)
    assert not _made_from(release, assessment_state(verzoek))
