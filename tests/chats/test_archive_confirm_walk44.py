"""The archive confirmation, walk of stop 44: it repeats the "Daar ook weglakken" offers the
review page left open (the passage, where it is still readable, a way back to handle it); its
"Terug" keeps the zaak and the selectielijst result chosen; opened from the address bar it links
back to the record's review page."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from chats.models import Message, RedactionSpan
from tests.factories import SelectielijstResultaatFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db

# processed_submission repeats its six messages: "Hoofdstraat" (not detected) is in seq 0, 6, ...
MESSAGES = 60


@pytest.fixture
def long_chat():
    return processed_submission(messages=MESSAGES)


@pytest.fixture
def choice():
    return {
        "zaak": ZaakFactory(afgesloten=True).pk,
        "resultaat": SelectielijstResultaatFactory().pk,
    }


def _review_url(submission):
    return reverse("admin:chats_submission_review", args=[submission.pk])


def _black_out_by_hand(client, message, word):
    """Black out `word` in `message` on the review page; the page shown after it."""
    start = message.text.index(word)
    response = client.post(
        reverse("admin:chats_submission_redaction_add", args=[message.submission_id]),
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + len(word),
            "label": "ADDRESS",
        },
    )
    return client.get(response["Location"]).content.decode()


def _confirmation(client, submission, choice):
    response = client.post(reverse("admin:chats_submission_archive", args=[submission.pk]), choice)
    assert response.status_code == 200
    return response.content.decode()


def test_an_open_offer_is_repeated_on_the_confirmation_with_a_way_back(
    ib_client, long_chat, choice
):
    first = Message.objects.get(submission=long_chat, seq=0)
    page = _black_out_by_hand(ib_client, first, "Hoofdstraat")
    said = "‘Hoofdstraat’ is op nog 9 andere plekken in dit gesprek niet weggelakt"
    assert said in page  # the review page's offer
    confirmation = _confirmation(ib_client, long_chat, choice)
    block = re.search(r'<div[^>]*id="rv-confirm-alike".*?</div>', confirmation, re.S)
    assert block, "the confirmation repeats the open offer"
    assert said in html.unescape(block.group(0))
    link = html.unescape(re.search(r'href="([^"]+)"', block.group(0)).group(1))
    parts = urlsplit(link)
    assert parts.path == _review_url(long_chat) and parts.fragment == "m-0"
    # The way back shows the offer again at its message, with the choices still made.
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert query["zaak"] == str(choice["zaak"]) and query["resultaat"] == str(choice["resultaat"])
    back = ib_client.get(link).content.decode()
    assert said in back and "Daar ook weglakken als [ADRES]" in back
    assert f'<option value="{choice["zaak"]}" selected>' in back


def test_an_offer_handled_is_not_repeated(ib_client, long_chat, choice):
    first = Message.objects.get(submission=long_chat, seq=0)
    _black_out_by_hand(ib_client, first, "Hoofdstraat")
    span = RedactionSpan.objects.get(message=first, source="handmatig")
    ib_client.post(
        reverse("admin:chats_submission_redaction_add_alike", args=[long_chat.pk, span.pk])
    )
    ib_client.get(_review_url(long_chat))
    confirmation = _confirmation(ib_client, long_chat, choice)
    assert 'id="rv-confirm-alike"' not in confirmation
    assert "niet weggelakt" not in confirmation


def test_without_offers_the_confirmation_says_nothing_of_them(ib_client, long_chat, choice):
    ib_client.get(_review_url(long_chat))
    assert 'id="rv-confirm-alike"' not in _confirmation(ib_client, long_chat, choice)


def test_terug_keeps_the_zaak_and_the_result(ib_client, long_chat, choice):
    confirmation = _confirmation(ib_client, long_chat, choice)
    terug = re.search(r'<a class="button" href="([^"]+)"[^>]*>Terug</a>', confirmation)
    assert terug
    back = ib_client.get(html.unescape(terug.group(1))).content.decode()
    assert f'<option value="{choice["zaak"]}" selected>' in back
    assert re.search(rf'<option value="{choice["resultaat"]}" selected>', back)


def test_the_confirmation_address_opened_directly_links_to_the_review_page(ib_client, long_chat):
    response = ib_client.get(reverse("admin:chats_submission_archive", args=[long_chat.pk]))
    assert response.status_code == 405
    page = response.content.decode()
    assert "alleen met een knop" in page
    assert f'href="{_review_url(long_chat)}"' in page
    assert "Naar de beoordeling van dit gesprek" in page


def test_an_offer_asked_in_the_address_is_worked_out_afresh_and_only_for_this_record(
    ib_client, long_chat
):
    first = Message.objects.get(submission=long_chat, seq=0)
    _black_out_by_hand(ib_client, first, "Hoofdstraat")
    span = RedactionSpan.objects.get(message=first, source="handmatig")
    asked = {"bericht": 0, "aanbod": f"weglaten-{span.pk}"}
    page = ib_client.get(_review_url(long_chat), asked).content.decode()
    assert "Daar ook weglakken als [ADRES]" in page
    other = processed_submission(messages=12)
    assert "Daar ook" not in ib_client.get(_review_url(other), asked).content.decode()
    for wrong in ("weglaten-x", "iets-1", f"wisselen-{span.pk}"):
        page = ib_client.get(_review_url(long_chat), {"aanbod": wrong}).content.decode()
        assert "Daar ook" not in page
