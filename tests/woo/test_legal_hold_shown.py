"""Informatiebeheer sees a legal hold where it works: on the review page and on the zaak's page.

Chats and zaken may not import woo; they ask through a signal that woo answers (woo/apps.py).
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.signals import notices_for
from woo.besluit import beoordeling_save_record, verzoek_close
from woo.constants import Oordeel
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def test_the_review_page_shows_the_hold_of_an_open_woo_request(
    client, ib, woo_user, verzoek, make_record, zaak
):
    record = make_record(["Een."], zaak=zaak)
    review = reverse("admin:chats_submission_review", args=[record.pk])
    client.force_login(ib)
    assert "Bewaarplicht" not in client.get(review).content.decode()

    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    html = client.get(review).content.decode()
    assert "Bewaarplicht:" in html and "WOO-2025-007" in html
    assert "legal hold" not in html  # Dutch only on a page a user reads

    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    verzoek_close(user=woo_user, verzoek=verzoek)
    html = client.get(review).content.decode()
    assert "Bewaarplicht:" in html and "tot en met" in html  # the objection term

    verzoek.besluit_op = timezone.localdate() - timedelta(weeks=7)
    verzoek.bewaarplicht_tot = verzoek.besluit_op + timedelta(weeks=6)
    verzoek.save()
    assert "Bewaarplicht" not in client.get(review).content.decode()


def test_the_zaak_page_shows_which_records_are_on_hold(
    client, ib, woo_user, verzoek, make_record, zaak
):
    held = make_record(["Een."], zaak=zaak)
    make_record(["Twee."], zaak=zaak)
    page = reverse("admin:zaken_zaak_change", args=[zaak.pk])
    client.force_login(ib)
    assert "Bewaarplicht" not in client.get(page).content.decode()
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=held.pk)
    html = client.get(page).content.decode()
    assert f"archiefstuk(ken) {held.pk} van deze zaak" in html and "WOO-2025-007" in html


def test_a_record_without_hold_has_no_notice(make_record):
    assert notices_for(make_record(["Drie."])) == []


def test_the_admin_lists_of_held_messages_number_them_from_1(
    client, ib, beheerder, woo_user, verzoek, make_record, zaak
):
    # Walk of stop 27: 'Archiefstukken onder bewaarplicht' and the request's selection in the
    # admin showed message #1 as volgnummer 0 (the stored seq), unlike every other page.
    import re

    record = make_record(["Een.", "Twee."], zaak=zaak)
    held = record.messages.get(seq=1)  # make_record stores from seq 1: shown as #2
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=held.pk)

    client.force_login(ib)
    html = client.get(reverse("admin:woo_bewaarplicht_changelist")).content.decode()
    assert re.findall(r'<td class="field-vastgehouden">(.*?)</td>', html) == ["bericht 2"]

    client.force_login(beheerder)
    html = client.get(reverse("admin:woo_wooverzoek_change", args=[verzoek.pk])).content.decode()
    assert "<td>WA-" in html and "</td><td>2</td>" in html
    assert "</td><td>1</td>" not in html


def test_the_admin_page_of_a_request_with_a_large_selection_stays_small(
    client, beheerder, woo_user, verzoek, make_record, zaak
):
    # Walk of stop 27: a request holding a whole day of a 5,000-message chat (1,562 messages)
    # listed every selection as an inline row: 1.6 MB of HTML, 4-6 s.
    from woo.services import selectie_add_messages

    record = make_record([f"Bericht {n}." for n in range(300)], zaak=zaak, index=False)
    ids = list(record.messages.values_list("pk", flat=True))
    selectie_add_messages(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_ids=ids)
    client.force_login(beheerder)
    html = client.get(reverse("admin:woo_wooverzoek_change", args=[verzoek.pk])).content.decode()
    assert html.count("<td>WA-") == 100
    assert "de eerste 100 van 300" in html
    assert reverse("woo:verzoek_detail", args=[verzoek.pk]) in html


def test_the_bewaarplicht_list_has_one_row_per_record_and_request(
    client, ib, woo_user, verzoek, make_record, zaak
):
    # Walk of stop 27: a request holding a day of a 5,000-message chat listed 1,563 rows for one
    # record; Informatiebeheer asks which records are held, not which messages.
    import re

    from woo.services import selectie_add_messages

    record = make_record([f"Bericht {n}." for n in range(1200)], zaak=zaak, index=False)
    whole = make_record(["Een.", "Twee."], zaak=zaak, index=False)
    ids = list(record.messages.order_by("seq").values_list("pk", flat=True))
    selectie_add_messages(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_ids=ids)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=whole.pk)

    client.force_login(ib)
    html = client.get(reverse("admin:woo_bewaarplicht_changelist")).content.decode()
    shown = re.findall(r'<td class="field-vastgehouden">(.*?)</td>', html)
    assert sorted(shown) == ["1.200 berichten", "heel archiefstuk"]


def test_the_woo_pages_name_the_hold_in_dutch_only(woo_client, woo_user, verzoek, make_record):
    # Walk 33: "Bewaarplicht (legal hold)" on the record and request pages; a user reads Dutch.
    record = make_record(["Een."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    for page in (
        reverse("woo:record", args=[record.pk]),
        reverse("woo:verzoek_detail", args=[verzoek.pk]),
    ):
        html = woo_client.get(page).content.decode()
        assert "ewaarplicht" in html, page
        assert "legal hold" not in html, page


def test_the_detail_of_a_held_record_has_no_link_informatiebeheer_may_not_follow(
    client, ib, woo_user, verzoek, make_record, zaak
):
    # Walk 56: Informatiebeheer opening a row of 'Archiefstukken onder bewaarplicht (Woo)' saw
    # the request and the Woo officer as links to admin pages it may not open ("Geen toegang"),
    # and the held message as "Bericht 2 van inzending 4" next to "Volgnummer bericht: 1".
    import re

    record = make_record(["Een.", "Twee."], zaak=zaak)
    held = record.messages.get(seq=1)  # shown as #2
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=held.pk)
    client.force_login(ib)
    listing = client.get(reverse("admin:woo_bewaarplicht_changelist")).content.decode()
    row = re.search(r'href="(/admin/woo/bewaarplicht/\d+/change/[^"]*)"', listing).group(1)
    page = client.get(row.replace("&amp;", "&"))
    assert page.status_code == 200
    html = page.content.decode()
    content = html[html.index('id="content"') :]
    links = re.findall(r'href="(/admin/[^"#]+)"', content)
    assert links, "the record itself is linked"
    for link in links:
        assert client.get(link.replace("&amp;", "&"), follow=True).status_code == 200, link
    text = re.sub(r"<[^>]+>", " ", content)
    assert "WOO-2025-007" in text and "bericht 2" in text

    # The page's heading and breadcrumb name the record and the request, not the first row's
    # message only: a request holding the whole record and one message read "WA-…, bericht 2"
    # above "Vastgehouden: heel archiefstuk".
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    listing = client.get(reverse("admin:woo_bewaarplicht_changelist")).content.decode()
    row = re.search(r'href="(/admin/woo/bewaarplicht/\d+/change/[^"]*)"', listing).group(1)
    html = client.get(row.replace("&amp;", "&")).content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "heel archiefstuk" in text
    assert "bericht 2" not in text
    assert not re.search(r"[Vv]olgnummer bericht:?\s*1\b", text)
