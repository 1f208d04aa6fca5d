"""A redaction that recurs through a long chat is undone (or redone) everywhere at once.

Walk of stop 26: in a 5,000-message chat the detector took "de Reestbrug" (a bridge) for a
person and, through the chat's context, redacted it in 47 messages; undoing it meant finding
and clicking all 47, each a page load. After undoing one, the review page now offers to undo
the same text with the same label everywhere else in the chat, in one click, and the same for
redoing."""

import pytest
from django.urls import reverse

from audit.actions import AuditAction
from audit.models import AuditEvent
from chats.models import MediaItem, Message, RedactionSpan
from chats.review.services import redaction_toggle, redaction_toggle_alike
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db

# processed_submission repeats its six messages: "Piet de Boer" (PERSON) is in seq 2, 8, 14, ...
MESSAGES = 60


@pytest.fixture
def long_chat():
    return processed_submission(messages=MESSAGES)


def _spans(submission, text):
    return [
        span
        for span in RedactionSpan.objects.filter(submission=submission, message__isnull=False)
        .select_related("message")
        .order_by("message__seq")
        if span.message.text[span.start : span.end] == text
    ]


def _black_out_on_the_page(client, message, word):
    """Black out `word` in `message` by hand on the review page; the page shown after it."""
    start = message.text.index(word)
    add = reverse("admin:chats_submission_redaction_add", args=[message.submission_id])
    response = client.post(
        add,
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + len(word),
            "label": "ADDRESS",
        },
    )
    return client.get(response["Location"]).content.decode()


def _review(client, submission, **query):
    url = reverse("admin:chats_submission_review", args=[submission.pk])
    return client.get(url, query).content.decode()


def test_undoing_one_offers_the_other_places_and_one_click_undoes_them_all(ib_client, long_chat):
    first, *others = _spans(long_chat, "Piet de Boer")
    assert len(others) == 9
    jan = _spans(long_chat, "Jan Jansen")

    toggle = reverse("admin:chats_submission_redaction_toggle", args=[long_chat.pk, first.pk])
    page = ib_client.get(ib_client.post(toggle)["Location"]).content.decode()
    assert "‘Piet de Boer’ is op nog 9 andere plekken in dit gesprek weggelakt als [NAAM]" in page
    assert "Daar ook ongedaan maken" in page

    alike = reverse("admin:chats_submission_redaction_toggle_alike", args=[long_chat.pk, first.pk])
    response = ib_client.post(alike, follow=True)
    assert "Op 9 andere plekken ongedaan gemaakt: ‘Piet de Boer’ is daar weer te lezen." in (
        response.content.decode()
    )
    assert not any(s.active for s in _spans(long_chat, "Piet de Boer"))
    assert all(s.active for s in jan)  # another text keeps its redactions
    texts = Message.objects.filter(pk__in=[s.message_id for s in others]).values_list(
        "text_redacted", flat=True
    )
    assert all("Piet de Boer" in text for text in texts)
    assert AuditEvent.objects.filter(action=AuditAction.REDACTION_TOGGLED).count() == 10
    # Nothing left to offer once every place is done.
    assert "Daar ook" not in _review(ib_client, long_chat)


def test_redoing_one_offers_to_redact_the_other_places_again(ib, long_chat):
    first, *others = _spans(long_chat, "Piet de Boer")
    redaction_toggle(span_id=first.pk, user=ib)
    redaction_toggle_alike(span_id=first.pk, user=ib)
    redaction_toggle(span_id=first.pk, user=ib)  # back on: the nine others are off
    assert redaction_toggle_alike(span_id=first.pk, user=ib).places == 9
    assert all(s.active for s in _spans(long_chat, "Piet de Boer"))
    assert all(
        "Piet de Boer" not in m.text_redacted for m in Message.objects.filter(submission=long_chat)
    )


def test_the_offer_is_only_shown_right_after_the_toggle(ib_client, long_chat):
    first = _spans(long_chat, "Piet de Boer")[0]
    ib_client.post(
        reverse("admin:chats_submission_redaction_toggle", args=[long_chat.pk, first.pk])
    )
    assert "Daar ook ongedaan maken" in _review(ib_client, long_chat)
    assert "Daar ook ongedaan maken" not in _review(ib_client, long_chat)


def test_a_redaction_added_by_hand_is_offered_at_the_other_places_of_that_text(
    ib_client, long_chat
):
    # "Hoofdstraat" (seq 0, 6, 12, ...) was not detected; the reviewer blacks out one.
    first = Message.objects.get(submission=long_chat, seq=0)
    page = _black_out_on_the_page(ib_client, first, "Hoofdstraat")
    assert "‘Hoofdstraat’ is op nog 9 andere plekken in dit gesprek niet weggelakt" in page
    span = RedactionSpan.objects.get(message=first, source="handmatig")
    alike = reverse("admin:chats_submission_redaction_add_alike", args=[long_chat.pk, span.pk])
    ib_client.post(alike)
    texts = Message.objects.filter(submission=long_chat, seq__in=range(0, MESSAGES, 6))
    assert all("Hoofdstraat" not in m.text_redacted for m in texts)
    assert RedactionSpan.objects.filter(submission=long_chat, source="handmatig").count() == 10
    assert "Daar ook" not in _review(ib_client, long_chat)


def test_a_place_the_reviewer_undid_is_not_redacted_again_by_its_look_alike(ib, long_chat):
    from chats.review.services import redaction_add, redaction_add_alike

    first, second, *rest = Message.objects.filter(submission=long_chat, seq__in=(0, 6, 12))
    spans = []
    for message in (first, second):
        start = message.text.index("Hoofdstraat")
        spans.append(
            redaction_add(
                submission_id=long_chat.pk,
                message_id=message.pk,
                start=start,
                end=start + len("Hoofdstraat"),
                label="ADDRESS",
                user=ib,
            )
        )
    redaction_toggle(span_id=spans[1].pk, user=ib)  # the reviewer wants this one readable
    assert redaction_add_alike(span_id=spans[0].pk, user=ib).places == 8
    second.refresh_from_db()
    assert "Hoofdstraat" in second.text_redacted


def test_undoing_everywhere_keeps_the_places_a_reviewer_redacted_on_purpose(ib, long_chat):
    # Review of stop 26: "Daar ook ongedaan maken" switched off every active redaction of the
    # text, also one the reviewer had switched back on (undone, then redone) and one added by
    # hand: a deliberate redaction undone without being looked at, the name readable again.
    first, redone, by_hand, *untouched = _spans(long_chat, "Piet de Boer")
    redaction_toggle(span_id=redone.pk, user=ib)
    redaction_toggle(span_id=redone.pk, user=ib)  # the reviewer wants this one redacted
    RedactionSpan.objects.filter(pk=by_hand.pk).update(source="handmatig")
    redaction_toggle(span_id=first.pk, user=ib)

    assert redaction_toggle_alike(span_id=first.pk, user=ib).places == len(untouched)
    redone.refresh_from_db()
    by_hand.refresh_from_db()
    assert redone.active and by_hand.active
    for span in (redone, by_hand):
        assert "Piet de Boer" not in Message.objects.get(pk=span.message_id).text_redacted


@pytest.mark.parametrize("messages", [60, 240])
def test_redacting_a_word_everywhere_costs_the_same_queries_however_often_it_occurs(
    ib, messages, django_assert_max_num_queries
):
    # Walk of stop 27: a street name blacked out by hand in a 5,000-message chat was in 437 other
    # messages; 'Daar ook weglakken' wrote each redaction and its audit row one by one (five
    # queries a place) and took 4 s. Every place still gets its own audit row, in the chain.
    from audit.integrity import verify_chain
    from chats.review.services import redaction_add, redaction_add_alike

    chat = processed_submission(messages=messages)
    first = Message.objects.get(submission=chat, seq=0)
    start = first.text.index("Hoofdstraat")
    span = redaction_add(
        submission_id=chat.pk,
        message_id=first.pk,
        start=start,
        end=start + len("Hoofdstraat"),
        label="ADDRESS",
        user=ib,
    )
    with django_assert_max_num_queries(20):
        added = redaction_add_alike(span_id=span.pk, user=ib).places
    assert added == messages // 6 - 1
    rows = AuditEvent.objects.filter(action=AuditAction.REDACTION_ADDED).order_by("pk")
    assert rows.count() == added + 1
    assert {row.detail["redaction_id"] for row in rows[1:]} == set(
        RedactionSpan.objects.filter(submission=chat, source="handmatig")
        .exclude(pk=span.pk)
        .values_list("pk", flat=True)
    )
    assert verify_chain().ok


# --- "Daar ook weglakken" reaches the text of attachments too ------------------------------------
# Stop 30 note: a word redacted by hand 'everywhere' was redacted in the chat's messages only;
# the same word in a PDF's text or a photo's text read by OCR stayed readable (and searchable).


def _pdf_and_photo(chat):
    from tests.factories import MediaItemFactory

    holder = Message.objects.filter(submission=chat).order_by("seq").last()
    pdf = MediaItemFactory(
        submission=chat,
        seq=90,
        message=holder,
        mime_type="application/pdf",
        name="00000090-Offerte.pdf",
        derived__mime_type="application/pdf",
        ocr_text="Offerte herbestrating Hoofdstraat, fase 2",
        ocr_text_redacted="Offerte herbestrating Hoofdstraat, fase 2",
    )
    photo = MediaItemFactory(
        submission=chat,
        seq=91,
        message=holder,
        ocr_text="Bord: werk in uitvoering hoofdstraat",
        ocr_text_redacted="Bord: werk in uitvoering hoofdstraat",
    )
    return pdf, photo


def _hand_span(chat, ib, word="Hoofdstraat"):
    from chats.review.services import redaction_add

    first = Message.objects.get(submission=chat, seq=0)
    start = first.text.index(word)
    return redaction_add(
        submission_id=chat.pk,
        message_id=first.pk,
        start=start,
        end=start + len(word),
        label="ADDRESS",
        user=ib,
    )


def test_redacting_everywhere_covers_the_text_of_attachments_and_withholds_a_pdf(ib, long_chat):
    from chats.constants import MediaRelease
    from chats.review.services import redaction_add_alike

    pdf, photo = _pdf_and_photo(long_chat)
    span = _hand_span(long_chat, ib)
    added = redaction_add_alike(span_id=span.pk, user=ib)
    assert (added.places, added.withheld) == (MESSAGES // 6 - 1 + 2, 2)
    pdf.refresh_from_db()
    photo.refresh_from_db()
    assert "hoofdstraat" not in pdf.ocr_text_redacted.casefold()
    assert "hoofdstraat" not in photo.ocr_text_redacted.casefold()
    assert "[ADRES]" in photo.ocr_text_redacted
    # A PDF's pages are not redrawn from its text: it is withheld. So is a photo whose word
    # places are unknown (browser walk fixw1: its picture still shows the word).
    assert pdf.release == MediaRelease.ACHTERGEHOUDEN
    assert photo.release == MediaRelease.ACHTERGEHOUDEN
    assert RedactionSpan.objects.filter(media__in=[pdf, photo], source="handmatig").count() == 2


def test_the_offer_counts_the_attachments_and_the_page_says_a_pdf_was_withheld(
    ib_client, ib, long_chat
):
    _pdf_and_photo(long_chat)
    first = Message.objects.get(submission=long_chat, seq=0)
    page = _black_out_on_the_page(ib_client, first, "Hoofdstraat")
    assert "‘Hoofdstraat’ is op nog 11 andere plekken in dit gesprek niet weggelakt" in page
    span = RedactionSpan.objects.get(message=first, source="handmatig")
    alike = reverse("admin:chats_submission_redaction_add_alike", args=[long_chat.pk, span.pk])
    page = ib_client.post(alike, follow=True).content.decode()
    assert "Op 11 andere plekken ook weggelakt: ‘Hoofdstraat’." in page
    assert "2 bijlagen zijn achtergehouden voor Woo" in page


def test_undoing_everywhere_reads_the_span_after_waiting_for_the_lock(ib, long_chat, monkeypatch):
    # Review of stop 30: the span's state was read before the chat's lock; a reviewer who redid
    # it meanwhile (committed while this request waited) had the others switched to the old
    # state. Here the other change lands while the lock is taken.
    from chats.review import services

    first, *others = _spans(long_chat, "Piet de Boer")
    redaction_toggle(span_id=first.pk, user=ib)  # undone
    real_lock = services._lock_reviewable

    def lock_after_a_redo(submission_id, *, user, **kwargs):
        RedactionSpan.objects.filter(pk=first.pk).update(active=True)  # redone meanwhile
        return real_lock(submission_id, user=user, **kwargs)

    monkeypatch.setattr(services, "_lock_reviewable", lock_after_a_redo)
    assert redaction_toggle_alike(span_id=first.pk, user=ib).places == 0
    assert all(s.active for s in _spans(long_chat, "Piet de Boer"))


# --- review of stop 31 ----------------------------------------------------------------------------


def test_redacting_everywhere_reads_the_span_after_waiting_for_the_lock(ib, long_chat, monkeypatch):
    # The reviewer undid the hand-made redaction while this request waited for the chat's lock:
    # its word is readable on purpose now, and must not be redacted everywhere else.
    from chats.review import services

    span = _hand_span(long_chat, ib)
    real_lock = services._lock_reviewable

    def lock_after_an_undo(submission_id, *, user, **kwargs):
        RedactionSpan.objects.filter(pk=span.pk).update(active=False)  # undone meanwhile
        return real_lock(submission_id, user=user, **kwargs)

    monkeypatch.setattr(services, "_lock_reviewable", lock_after_an_undo)
    assert services.redaction_add_alike(span_id=span.pk, user=ib).places == 0
    assert RedactionSpan.objects.filter(submission=long_chat, source="handmatig").count() == 1


def test_an_image_that_cannot_be_redrawn_is_withheld_and_the_rest_is_still_redacted(
    ib, long_chat, monkeypatch
):
    # A screenshot whose original is gone (or unreadable) cannot get its black box: that refused
    # the whole 'Daar ook weglakken', so the word stayed readable in every message as well.
    from chats.constants import MediaRelease
    from chats.review import services

    _, photo = _pdf_and_photo(long_chat)
    span = _hand_span(long_chat, ib)

    def original_gone(media, *, adding, **_):
        raise services.ReviewError(services.IMAGE_SOURCE_GONE)

    monkeypatch.setattr(services, "_redraw_image", original_gone)
    added = services.redaction_add_alike(span_id=span.pk, user=ib)
    assert (added.places, added.withheld) == (MESSAGES // 6 - 1 + 2, 2)
    photo.refresh_from_db()
    assert photo.release == MediaRelease.ACHTERGEHOUDEN  # the word is still in the picture
    assert "hoofdstraat" not in photo.ocr_text_redacted.casefold()
    assert all(
        "Hoofdstraat" not in text
        for text in Message.objects.filter(submission=long_chat).values_list(
            "text_redacted", flat=True
        )
    )


@pytest.mark.parametrize("photos", [4, 40])
def test_redacting_everywhere_costs_the_same_queries_however_many_photos_have_the_word(
    ib, long_chat, photos, django_assert_max_num_queries
):
    # A chat of hundreds of photos of the same street sign: each one's redacted text was
    # recomputed with three queries of its own.
    from chats.review.services import redaction_add_alike
    from tests.factories import MediaItemFactory

    holder = Message.objects.filter(submission=long_chat).order_by("seq").last()
    MediaItemFactory.create_batch(
        photos,
        submission=long_chat,
        message=holder,
        ocr_text="Bord: werk in uitvoering hoofdstraat",
        ocr_text_redacted="Bord: werk in uitvoering hoofdstraat",
    )
    span = _hand_span(long_chat, ib)
    # 27: the photos (no word places: their pictures keep the word) are marked and withheld
    # in two UPDATEs and one batch of audit rows, however many there are.
    with django_assert_max_num_queries(27):
        added = redaction_add_alike(span_id=span.pk, user=ib)
    assert added.places == MESSAGES // 6 - 1 + photos
    assert added.withheld == photos
    texts = MediaItem.objects.filter(
        submission=long_chat, ocr_text__icontains="hoofdstraat"
    ).values_list("ocr_text_redacted", flat=True)
    assert len(texts) == photos
    assert all("[ADRES]" in text and "hoofdstraat" not in text for text in texts)
