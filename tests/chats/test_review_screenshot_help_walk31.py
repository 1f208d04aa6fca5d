"""The review page of loose screenshots explains what can be done there (walk 31: it told the
reviewer to tick messages, shift-click a range and pick a day or a search's hits, none of which a
screenshot record has)."""

import re

import pytest
from django.urls import reverse

from tests.factories import MediaItemFactory, processed_submission

pytestmark = pytest.mark.django_db


def help_text(html: str) -> str:
    return re.search(r'<h2 id="rv-conversation-title">.*?<p class="rv-help">(.*?)</p>', html, re.S)[
        1
    ]


def test_the_help_of_a_screenshot_record_speaks_of_screenshots(ib_client):
    submission = processed_submission(messages=0, with_photo=False, upload_kind="screenshots")
    for seq in range(2):
        MediaItemFactory(submission=submission, seq=seq, message=None, ocr_text="Tekst")
    html = ib_client.get(
        reverse("admin:chats_submission_review", args=[submission.pk])
    ).content.decode()
    shown = help_text(html)
    assert "schermafbeelding" in shown
    for wrong in ("Vink aan welke berichten", "shift-klik", "een dag", "bij een bericht"):
        assert wrong not in shown


def test_the_help_of_a_chat_still_speaks_of_messages(ib_client):
    submission = processed_submission(messages=4)
    html = ib_client.get(
        reverse("admin:chats_submission_review", args=[submission.pk])
    ).content.decode()
    assert "Vink aan welke berichten bij het archiefstuk horen" in help_text(html)
