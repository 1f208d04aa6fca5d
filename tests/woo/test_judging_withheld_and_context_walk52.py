"""Walk 52. D4: on the judging page a voice note Informatiebeheer withheld showed only "(geen
tekst)", while the record page says what it is and that it is withheld. D7: after "Hele dag
toevoegen" the record page still offered "Met 3 berichten ervoor en erna toevoegen" for hits
whose messages were all in the request already; a click only said they were there."""

import pytest

from chats.constants import MediaRelease, MessageKind
from tests.factories import MediaItemFactory, MessageFactory
from woo.models import WooSelectie
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def _withheld_voice_note(record, seq):
    message = MessageFactory(
        submission=record,
        seq=seq,
        kind=MessageKind.MEDIA,
        text="",
        text_redacted="",
        participant=record.participants.first(),
        sent_at=record.messages.get(seq=1).sent_at,
    )
    MediaItemFactory(
        submission=record,
        message=message,
        mime_type="audio/ogg",
        name="PTT-20241023-WA0001.opus",
        release=MediaRelease.ACHTERGEHOUDEN,
    )
    return message


def test_a_withheld_voice_note_says_so_on_the_judging_page(
    make_record, woo_client, woo_user, verzoek
):
    record = make_record(["De stoep bij de Reestbrug is kapot."])
    _withheld_voice_note(record, 2)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)

    page = woo_client.get(f"/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/").content.decode()
    record_page = woo_client.get(f"/woo/archiefstukken/{record.pk}/").content.decode()
    note = "Geluidsopname niet vrijgegeven. Informatiebeheer houdt deze bijlage achter"
    assert note in record_page
    assert note in page  # the record page's wording, reused
    assert "(geen tekst)" not in page


def test_a_media_message_without_its_file_says_so_on_the_judging_page(
    make_record, woo_client, woo_user, verzoek
):
    record = make_record(["De stoep bij de Reestbrug is kapot."])
    MessageFactory(
        submission=record,
        seq=2,
        kind=MessageKind.MEDIA,
        text="",
        text_redacted="",
        participant=record.participants.first(),
        sent_at=record.messages.get(seq=1).sent_at,
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    page = woo_client.get(f"/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/").content.decode()
    assert "Bijlage niet meegestuurd" in page
    assert "(geen tekst)" not in page


def _record_page(woo_client, record, verzoek):
    return woo_client.get(
        f"/woo/archiefstukken/{record.pk}/", {"zoek": "stoep", "verzoek": verzoek.pk}
    ).content.decode()


def test_after_adding_the_whole_day_no_context_is_offered(make_record, woo_client, verzoek):
    texts = [f"Bericht {n} over het plein." for n in range(10)]
    texts[4] = "De stoep ligt open."
    record = make_record(texts)
    assert "woo-add-context" in _record_page(woo_client, record, verzoek)

    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/toevoegen/meerdere/",
        {"soort": "dag", "archiefstuk": record.pk, "dag": "2024-03-12"},
    )
    page = _record_page(woo_client, record, verzoek)
    assert "woo-add-context" not in page
    assert "Met 3 berichten ervoor en erna toevoegen" not in page
    assert "Berichten ervoor en erna al in WOO-2025-007" in page


def test_context_is_offered_while_one_of_its_messages_is_missing(
    make_record, woo_client, woo_user, verzoek
):
    texts = [f"Bericht {n} over het plein." for n in range(10)]
    texts[4] = "De stoep ligt open."  # seq 5: its context is seq 2 to 8
    record = make_record(texts)
    messages = dict(record.messages.values_list("seq", "pk"))
    for seq in range(3, 9):  # seq 2 is missing
        selectie_add(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=messages[seq]
        )
    assert "woo-add-context" in _record_page(woo_client, record, verzoek)

    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=messages[2])
    page = _record_page(woo_client, record, verzoek)
    assert "woo-add-context" not in page
    assert "Berichten ervoor en erna al in WOO-2025-007" in page
    assert WooSelectie.objects.filter(verzoek=verzoek).count() == 7


def test_context_skips_messages_left_out_of_the_record(make_record, woo_client, woo_user, verzoek):
    # The context counts the record's messages only: seq 4 is no part of the record.
    texts = [f"Bericht {n} over het plein." for n in range(10)]
    texts[4] = "De stoep ligt open."
    record = make_record(texts, excluded_seqs=(4,))
    messages = dict(record.messages.values_list("seq", "pk"))
    for seq in (2, 3, 5, 6, 7, 8):  # seq 1 is missing: the third before seq 5 now
        selectie_add(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=messages[seq]
        )
    assert "woo-add-context" in _record_page(woo_client, record, verzoek)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=messages[1])
    assert "woo-add-context" not in _record_page(woo_client, record, verzoek)


def test_a_hit_whose_vervolg_is_in_the_request_is_not_offered_again(
    make_record, woo_client, verzoek
):
    from tests.woo.small_talk import archive_with_small_talk
    from tests.woo.test_search_round62 import leak_chat

    archive_with_small_talk(make_record)
    record = leak_chat(make_record)
    search = {"verzoek": verzoek.pk, "zoek": "dakgoot gymzaal", "per": "gesprek"}
    url = f"/woo/archiefstukken/{record.pk}/"
    assert "Met vervolg (3 berichten) toevoegen" in woo_client.get(url, search).content.decode()
    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/toevoegen/meerdere/",
        {
            "soort": "vervolg",
            "archiefstuk": record.pk,
            "bericht": record.messages.get(seq=1).pk,
            "zoek": "dakgoot gymzaal",
            "per": "gesprek",
        },
    )
    page = woo_client.get(url, search).content.decode()
    assert "Met vervolg (3 berichten) toevoegen" not in page
    assert "Met vervolg al in WOO-2025-007" in page
