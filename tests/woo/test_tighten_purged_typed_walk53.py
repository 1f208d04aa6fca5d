"""Browser walk 53, gap 1: a word blacked out in a purged record's onderwerp was offered where
the record's messages and attachments' text still hold it (walk 52), but not in the
omschrijving (the employee's own explanation), which Woo's record page and the PDF show too:
"Daar ook weglakken" left 'Kooistra' readable there. A blackout in the omschrijving offered
nothing of the onderwerp either. Now the typed texts (onderwerp, omschrijving, the zaak's
description) behave alike: a blackout in any of them, or in a message, offers the word in the
others and in the chat, and "Daar ook weglakken" blacks it out in all of them (each field's
audit row names the field, the place and the label, never the text; the PDF is made again).

All four fail on main 2910635a."""

import pytest

from audit.models import AuditEvent
from tests.woo.test_tighten_purged import (  # noqa: F401 - fixtures and helpers
    _found,
    _pdf_text,
    _remade,
    own_store,
    queued,
    woo_client,
)
from tests.woo.test_tighten_purged_typed import (  # noqa: F401 - fixture and helpers
    _black_out,
    _text,
    typed,
)
from tests.woo.test_tighten_purged_typed_walk52 import _offer_fields

pytestmark = pytest.mark.django_db

WORD = "Kooistra"  # in the onderwerp, the omschrijving and both messages of `typed`


def _take_offer(client, page: str):
    fields = _offer_fields(page)
    return client.post(fields.pop("url"), fields, follow=True)


def _typed_blackouts(record, field: str) -> list[dict]:
    return [
        event.detail
        for event in AuditEvent.objects.filter(
            action="submission.free_text_changed", object_id=str(record.pk)
        )
        if event.detail.get("fields") == [field] and event.detail.get("in_redacted_text")
    ]


def test_a_word_blacked_out_in_the_onderwerp_is_offered_in_the_omschrijving_too(
    typed,  # noqa: F811 - the fixtures imported above
    ib_client,
    woo_client,  # noqa: F811
    queued,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        page = _black_out(ib_client, typed, "onderwerp", WORD).content.decode()
    offer_at = page.index(
        "‘Kooistra’ is op nog 2 andere plekken in dit gesprek en in de omschrijving niet weggelakt."
    )
    assert page.index('id="rv-typed-onderwerp"') < offer_at < page.index("rv-typed-omschrijving")

    with django_capture_on_commit_callbacks(execute=True):
        response = _take_offer(ib_client, page)
    assert "Op 3 andere plekken ook weggelakt." in response.content.decode()
    assert response.redirect_chain[-1][0].endswith("#rv-typed-onderwerp")
    assert _text(typed, "omschrijving") == "Mevrouw [NAAM] belde over de kastanje voor haar huis"
    assert typed.omschrijving == typed.omschrijving_redacted  # the purge's copy follows
    assert all(WORD not in m.text_redacted for m in typed.messages.all())
    # Where and which label, never the text.
    [blackout] = _typed_blackouts(typed, "omschrijving")
    assert (blackout["start"], blackout["length"], blackout["label"]) == (8, 8, "PERSON")
    assert WORD not in str(blackout)
    _remade(typed)
    assert WORD not in _pdf_text(typed)
    assert not _found(woo_client, typed, WORD)


def test_a_word_blacked_out_in_the_omschrijving_is_offered_in_the_onderwerp_too(
    typed,  # noqa: F811 - the fixtures imported above
    ib_client,
    queued,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        page = _black_out(ib_client, typed, "omschrijving", WORD).content.decode()
    offer_at = page.index(
        "‘Kooistra’ is op nog 2 andere plekken in dit gesprek en in het onderwerp niet weggelakt."
    )
    assert page.index('id="rv-typed-omschrijving"') < offer_at
    with django_capture_on_commit_callbacks(execute=True):
        response = _take_offer(ib_client, page)
    assert response.redirect_chain[-1][0].endswith("#rv-typed-omschrijving")
    assert _text(typed, "onderwerp") == "Kastanje bij [NAAM] in de Tuinstraat"
    assert typed.onderwerp == typed.onderwerp_redacted


def test_a_word_only_in_the_typed_texts_is_offered_there(
    typed,  # noqa: F811 - the fixtures imported above
    ib_client,
    queued,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    # 'Tuinstraat' stands in the onderwerp and in the zaak's description, in no message.
    with django_capture_on_commit_callbacks(execute=True):
        page = _black_out(ib_client, typed, "onderwerp", "Tuinstraat", label="ADDRESS")
    page = page.content.decode()
    assert (
        "‘Tuinstraat’ staat ook in de omschrijving van de zaak en is daar niet weggelakt." in page
    )
    _remade(typed)
    with django_capture_on_commit_callbacks(execute=True):
        response = _take_offer(ib_client, page)
    assert "Op 1 andere plek ook weggelakt." in response.content.decode()
    assert _text(typed, "zaak") == "Omgewaaide kastanje [ADRES]"
    assert queued == [typed.pk, typed.pk]  # the PDF made again after each
    _remade(typed)
    assert "Tuinstraat" not in _pdf_text(typed)


def test_a_word_blacked_out_in_a_message_is_offered_in_the_typed_texts_too(
    typed,  # noqa: F811 - the fixtures imported above
    ib_client,
    queued,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    from tests.woo.test_tighten_purged import _black_out as _black_out_message

    with django_capture_on_commit_callbacks(execute=True):
        page = _black_out_message(ib_client, typed).content.decode()
    assert (
        "‘Kooistra’ is op nog 1 andere plek in dit gesprek en in het onderwerp en de "
        "omschrijving niet weggelakt." in page
    )
    with django_capture_on_commit_callbacks(execute=True):
        _take_offer(ib_client, page)
    assert WORD not in _text(typed, "onderwerp")
    assert WORD not in _text(typed, "omschrijving")
