"""Browser walk 52 (new user) on the review page.

D1: the kind of a redaction could not be corrected. A word blacked out as [DOCUMENTNUMMER],
undone, and selected again as [ADRES] was refused ("overlapt met een bestaande weglakking");
switching the old one back on brought [DOCUMENTNUMMER] back, so the PDF and Woo showed the wrong
kind. Now an undone redaction gives way to a new one over the same text (it is replaced, its
audit rows kept, the new row names it), and adding a redaction says what it was blacked out as.

D6: undoing a redaction offered the same change "at every other place in the chat" (README) but
only in messages: the same name, still redacted in a PDF's text, was not offered. Now the offer
and the change reach the text of attachments too.
"""

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from chats.models import Message, RedactionSpan
from chats.review.errors import ReviewError
from chats.review.services import redaction_add, redaction_toggle, redaction_toggle_alike
from tests.factories import MediaItemFactory, RedactionSpanFactory, processed_submission

pytestmark = pytest.mark.django_db

WORD = "Hoofdstraat"  # in message #1 of processed_submission, not detected


@pytest.fixture
def chat():
    return processed_submission()


def _first(chat):
    return Message.objects.get(submission=chat, seq=0)


def _add(chat, ib, label, word=WORD, *, grow=0):
    message = _first(chat)
    start = message.text.index(word)
    return redaction_add(
        submission_id=chat.pk,
        message_id=message.pk,
        start=start,
        end=start + len(word) + grow,
        label=label,
        user=ib,
    )


def _post_add(client, chat, label, word=WORD):
    message = _first(chat)
    start = message.text.index(word)
    return client.post(
        reverse("admin:chats_submission_redaction_add", args=[chat.pk]),
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + len(word),
            "label": label,
        },
        follow=True,
    )


# --- D1 -------------------------------------------------------------------------------------------


def test_an_undone_redaction_gives_way_to_a_new_one_of_another_kind(ib, chat):
    wrong = _add(chat, ib, "DOCUMENT_NUMBER")
    redaction_toggle(span_id=wrong.pk, user=ib)  # undone: the kind was wrong

    right = _add(chat, ib, "ADDRESS")

    assert not RedactionSpan.objects.filter(pk=wrong.pk).exists()  # replaced, cannot come back
    assert (right.label, right.active) == ("ADDRESS", True)
    text = _first(chat).text_redacted
    assert "de [ADRES] is omgewaaid" in text
    assert "[DOCUMENTNUMMER]" not in text
    # The audit trail keeps the old one (added, undone) and the new row says it replaced it.
    old = AuditEvent.objects.filter(detail__redaction_id=wrong.pk).values_list("action", flat=True)
    assert sorted(old) == ["redaction.added", "redaction.toggled"]
    new = AuditEvent.objects.get(action="redaction.added", detail__redaction_id=right.pk)
    assert new.detail["replaces"] == [wrong.pk]
    assert WORD not in str(new.detail)


def test_an_undone_detected_redaction_gives_way_to_a_wider_one(ib, chat):
    # The detector took "Piet de Boer" as a name; the reviewer undoes it and marks a wider stretch.
    message = Message.objects.get(submission=chat, seq=2)
    detected = RedactionSpan.objects.get(message=message, label="PERSON")
    redaction_toggle(span_id=detected.pk, user=ib)
    start = message.text.index("buurman")
    span = redaction_add(
        submission_id=chat.pk,
        message_id=message.pk,
        start=start,
        end=message.text.index(" heeft"),
        label="PERSON",
        user=ib,
    )
    assert list(RedactionSpan.objects.filter(message=message).values_list("pk", flat=True)) == [
        span.pk
    ]
    message.refresh_from_db()
    assert message.text_redacted.startswith("Mijn [NAAM] heeft")


def test_a_redaction_that_is_on_still_refuses_an_overlap(ib, chat):
    _add(chat, ib, "DOCUMENT_NUMBER")
    with pytest.raises(ReviewError) as refused:
        _add(chat, ib, "ADDRESS")
    assert "overlapt met een bestaande weglakking" in refused.value.message
    assert RedactionSpan.objects.filter(message=_first(chat)).count() == 2  # with the phone's


def test_the_page_says_what_the_text_was_blacked_out_as_and_what_it_replaced(ib_client, chat):
    page = _post_add(ib_client, chat, "DOCUMENT_NUMBER").content.decode()
    assert "Weggelakt als [DOCUMENTNUMMER]." in page
    span = RedactionSpan.objects.get(message=_first(chat), label="DOCUMENT_NUMBER")
    ib_client.post(reverse("admin:chats_submission_redaction_toggle", args=[chat.pk, span.pk]))

    page = _post_add(ib_client, chat, "ADDRESS").content.decode()
    assert "overlapt" not in page
    assert "Weggelakt als [ADRES]" in page
    assert "ongedaan gemaakte weglakking als [DOCUMENTNUMMER] is vervangen" in page


# --- D6 -------------------------------------------------------------------------------------------


def _letter(chat, text="Geachte heer Piet de Boer, hierbij de offerte."):
    """A checked PDF whose text the detector redacted the name in."""
    holder = Message.objects.filter(submission=chat).order_by("seq").last()
    pdf = MediaItemFactory(
        submission=chat,
        seq=9,
        message=holder,
        mime_type="application/pdf",
        name="00000009-Brief.pdf",
        derived__mime_type="application/pdf",
        ocr_text=text,
        ocr_text_redacted=text.replace("Piet de Boer", "[NAAM]"),
    )
    start = text.index("Piet de Boer")
    span = RedactionSpanFactory(
        submission=chat, message=None, media=pdf, start=start, end=start + 12, label="PERSON"
    )
    return pdf, span


def test_undoing_a_name_offers_and_undoes_it_in_an_attachments_text_too(ib_client, ib, chat):
    pdf, in_pdf = _letter(chat)
    first = RedactionSpan.objects.get(message__seq=2, submission=chat, label="PERSON")
    toggle = reverse("admin:chats_submission_redaction_toggle", args=[chat.pk, first.pk])
    page = ib_client.get(ib_client.post(toggle)["Location"]).content.decode()
    assert "‘Piet de Boer’ is op nog 1 andere plek in dit gesprek weggelakt als [NAAM]" in page

    assert redaction_toggle_alike(span_id=first.pk, user=ib).places == 1
    in_pdf.refresh_from_db()
    pdf.refresh_from_db()
    assert not in_pdf.active
    assert "Geachte heer Piet de Boer" in pdf.ocr_text_redacted


def test_redoing_it_in_an_attachments_text_offers_the_messages_too(ib, chat):
    _, in_pdf = _letter(chat)
    in_message = RedactionSpan.objects.get(message__seq=2, submission=chat, label="PERSON")
    redaction_toggle(span_id=in_pdf.pk, user=ib)
    assert redaction_toggle_alike(span_id=in_pdf.pk, user=ib).places == 1
    in_message.refresh_from_db()
    assert not in_message.active
    redaction_toggle(span_id=in_pdf.pk, user=ib)  # back on
    assert redaction_toggle_alike(span_id=in_pdf.pk, user=ib).places == 1
    in_message.refresh_from_db()
    assert in_message.active
    assert "Piet de Boer" not in Message.objects.get(pk=in_message.message_id).text_redacted


def test_an_undone_street_gives_way_to_an_address_that_takes_its_house_number(ib, chat):
    message = _first(chat)
    message.text = "Goedemorgen, de boom aan de Vledderstraat 12 is omgewaaid."
    message.save(update_fields=["text"])
    wrong = _add(chat, ib, "DOCUMENT_NUMBER", word="Vledderstraat")
    redaction_toggle(span_id=wrong.pk, user=ib)
    right = _add(chat, ib, "ADDRESS", word="Vledderstraat")
    assert message.text[right.start : right.end] == "Vledderstraat 12"
    assert right.house_number == "12"
    message.refresh_from_db()
    assert "aan de [ADRES] is omgewaaid" in message.text_redacted
