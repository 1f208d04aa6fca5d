"""The search says what to do with media it could not search in words that fit them (walk32: a
chat with 15 photos and no voice note said "15 afbeeldingen zonder leesbare tekst: beluister of
bekijk ze in het gesprek"; a photo cannot be listened to, and "ze" does not fit one item)."""

import re

import pytest
from django.urls import reverse

from chats.models import Message
from tests.factories import MediaItemFactory

pytestmark = pytest.mark.django_db


def _notice(woo_client, word):
    html = woo_client.get(reverse("woo:search"), {"q": word}).content.decode()
    match = re.search(r'<p class="small mb-2 woo-unsearched">(.*?)</p>', html, re.S)
    assert match, "no notice of unsearched media"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", match.group(1))).strip()


def _chat_with(make_record, mimes):
    chat = make_record(["Bel me even over de storm.", "Hier de bijlage."])
    message = Message.objects.get(submission=chat, seq=2)
    for mime in mimes:
        MediaItemFactory(submission=chat, message=message, mime_type=mime)
    return chat


def test_photos_only_are_to_be_viewed_not_listened_to(make_record, woo_client):
    _chat_with(make_record, ["image/jpeg", "image/jpeg"])
    notice = _notice(woo_client, "storm")
    assert "beluister" not in notice
    assert notice == (
        "Niet doorzocht 2 afbeeldingen zonder leesbare tekst: bekijk die in het gesprek."
    )


def test_voice_notes_only_are_to_be_listened_to(make_record, woo_client):
    _chat_with(make_record, ["audio/ogg"])
    assert _notice(woo_client, "storm") == (
        "Niet doorzocht 1 spraakbericht: beluister die in het gesprek."
    )


def test_voice_notes_and_photos_are_to_be_listened_to_or_viewed(make_record, woo_client):
    _chat_with(make_record, ["audio/ogg", "image/jpeg"])
    assert _notice(woo_client, "storm") == (
        "Niet doorzocht 1 spraakbericht, 1 afbeelding zonder leesbare tekst: beluister of "
        "bekijk die in het gesprek."
    )
