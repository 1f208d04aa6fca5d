"""The names of a contact card (chats.redaction.vcards)."""

from chats.pipeline.build import _VCARD_READ
from chats.redaction import vcard_names

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ria Mol\r\nN:Mol;Ria;;;\r\nTEL:+31 6 12345678\r\n"
PHOTO = "PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * (_VCARD_READ + 1000) + "\r\n"


def test_a_card_with_a_photo_larger_than_what_is_read_still_names_its_person():
    """Processing reads a card up to _VCARD_READ; the photo comes after the names, so the card
    is cut before its END line."""
    card = (CARD + PHOTO + "END:VCARD\r\n")[:_VCARD_READ]
    assert vcard_names(card) == ("Ria Mol",)


def test_a_company_card_cut_short_names_no_person():
    card = "BEGIN:VCARD\r\nFN:Bakkerij Mol\r\nORG:Bakkerij Mol\r\n" + PHOTO
    assert vcard_names(card[:_VCARD_READ]) == ()
