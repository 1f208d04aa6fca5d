"""The review page's reject, return and free-text forms are checked by the server (novalidate,
tests/chats/test_forms_speak_dutch.py): when it refuses one, what the reviewer typed must come
back in the form, and the message must say what is wrong. On main a rejection sent without a
reason lost its explanation for the submitter, free text sent without a subject lost the
description, and text the browser let through (its maxlength counts a line break once, the
server counted CR LF twice) was refused with the wrong message and lost."""

import re
from html import unescape

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def _textarea(page: str, name: str) -> str:
    found = re.search(rf'<textarea name="{name}"[^>]*>(.*?)</textarea>', page, re.S)
    return unescape(found[1]).strip() if found else ""


def test_a_rejection_without_a_reason_keeps_the_explanation_typed(ib_client):
    submission = processed_submission()
    note = "Dit gesprek gaat over een privézaak, niet over uw werk."
    page = ib_client.post(
        reverse("admin:chats_submission_reject", args=[submission.pk]),
        {"note": note},
        follow=True,
    ).content.decode()
    assert "Kies een reden voor de afwijzing." in page
    assert _textarea(page, "note") == note
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    # Shown once: the next visit shows an empty form again.
    again = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert _textarea(again.content.decode(), "note") == ""


def test_a_question_the_browser_let_through_is_not_refused_for_its_line_breaks(ib_client):
    """A textarea's maxlength counts a line break as one character, but the browser sends it as
    two (CR LF): on main a question of 1,900 characters on 151 lines was refused as
    'Schrijf de vraag aan de indiener.' (2,050 characters as sent) and lost."""
    submission = processed_submission()
    question = "\r\n".join(["Welke zaak?"] * 150 + ["x" * 100])
    assert len(question.replace("\r\n", "\n")) <= 2000 < len(question)
    page = ib_client.post(
        reverse("admin:chats_submission_return", args=[submission.pk]),
        {"question": question},
        follow=True,
    ).content.decode()
    assert "Schrijf de vraag aan de indiener." not in page
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TERUG_NAAR_INDIENER
    assert submission.questions.get().question == question.replace("\r\n", "\n")


def test_free_text_the_browser_let_through_is_saved_with_its_line_breaks(ib_client):
    """The same for the description (maxlength 4,000): on main refused as 'Vul een onderwerp
    in (hooguit 400 tekens).' although the subject was there, and both texts were lost."""
    submission = processed_submission()
    omschrijving = "\r\n".join(["Overleg over de markt."] * 170)  # 4,078 as sent, 3,909 shown
    assert len(omschrijving.replace("\r\n", "\n")) <= 4000 < len(omschrijving)
    page = ib_client.post(
        reverse("admin:chats_submission_free_text", args=[submission.pk]),
        {"onderwerp_redacted": "Overleg markt", "omschrijving_redacted": omschrijving},
        follow=True,
    ).content.decode()
    assert "Vul een onderwerp in" not in page
    submission.refresh_from_db()
    assert submission.onderwerp_redacted == "Overleg markt"
    assert submission.omschrijving_redacted == omschrijving.replace("\r\n", "\n")


def test_free_text_without_a_subject_says_so_and_keeps_the_description(ib_client):
    submission = processed_submission()
    page = ib_client.post(
        reverse("admin:chats_submission_free_text", args=[submission.pk]),
        {"onderwerp_redacted": "", "omschrijving_redacted": "Nieuwe omschrijving"},
        follow=True,
    ).content.decode()
    assert "Vul een onderwerp in." in page
    assert '<details class="rv-free-text" id="rv-free-text" open>' in page
    assert _textarea(page, "omschrijving_redacted") == "Nieuwe omschrijving"


def test_typed_text_waits_for_its_own_submission_when_another_is_opened_first(ib_client):
    """Review40: the refused form's text is kept for one submission, but opening another
    submission's review page first (a second tab, the queue's next item) ended it: back on its
    own page the reviewer found the explanation gone. It must neither show on the other page
    nor be lost there."""
    submission, other = processed_submission(), processed_submission()
    note = "Dit gesprek gaat over een privézaak van mevrouw Jansen."
    ib_client.post(reverse("admin:chats_submission_reject", args=[submission.pk]), {"note": note})
    elsewhere = ib_client.get(reverse("admin:chats_submission_review", args=[other.pk]))
    assert "mevrouw Jansen" not in elsewhere.content.decode()
    own = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert _textarea(own.content.decode(), "note") == note
