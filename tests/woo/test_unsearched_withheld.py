"""Walk fixw2 (E): the record page does not ask the officer to look at an attachment Woo may
not open.

Failed on main: "Niet doorzocht: Geluidsopname #2, Afbeelding #3 … beluister of bekijk ze zelf"
while #3 read "Afbeelding niet vrijgegeven".
"""

import re

import pytest
from django.urls import reverse

from chats.constants import MediaRelease
from chats.models import Message

pytestmark = pytest.mark.django_db


def _note(html: str, anchor: str) -> str:
    at = html.index(f'id="{anchor}"')
    return html[at : html.index("</p>", at)]


def test_withheld_media_are_not_listed_to_look_at_yourself(make_record, make_media, woo_client):
    chat = make_record(["De kastanje is ziek.", "Luister maar.", "Foto erbij.", "Wat nu?"])
    voice, photo = chat.messages.get(seq=1), chat.messages.get(seq=2)
    photo.kind = Message.Kind.MEDIA
    photo.save(update_fields=["kind"])
    note = make_media(chat, voice, original=b"a", derived=b"a")
    note.mime_type = "audio/ogg"
    note.save(update_fields=["mime_type"])
    picture = make_media(chat, photo, original=b"p", derived=b"p")
    picture.mime_type = "image/jpeg"
    picture.release = MediaRelease.ACHTERGEHOUDEN
    picture.save(update_fields=["mime_type", "release"])
    html = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"zoek": "kastanje"}
    ).content.decode()
    assert "Afbeelding niet vrijgegeven" in html
    shown = _note(html, "niet-doorzocht-berichten")
    links = re.findall(r"<a [^>]*>([^<]+)</a>", shown)
    assert links == ["Geluidsopname #2"]
    assert "beluister haar zelf" in shown  # a voice note alone is listened to (walk 49)
    # The withheld one is named apart: not to be looked at, to be asked for.
    withheld = _note(html, "niet-doorzocht-achtergehouden")
    assert "Afbeelding #3" in withheld
    assert "beluister" not in withheld and "bekijk" not in withheld
    assert "vraag Informatiebeheer" in withheld


def test_only_withheld_media_give_no_look_yourself_note(make_record, make_media, woo_client):
    chat = make_record(["De kastanje is ziek.", "Luister maar."])
    note = make_media(chat, chat.messages.get(seq=1), original=b"a", derived=b"a")
    note.mime_type = "audio/ogg"
    note.release = MediaRelease.ACHTERGEHOUDEN
    note.save(update_fields=["mime_type", "release"])
    html = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"zoek": "kastanje"}
    ).content.decode()
    assert 'id="niet-doorzocht-berichten"' not in html
    assert "Geluidsopname #2" in _note(html, "niet-doorzocht-achtergehouden")
