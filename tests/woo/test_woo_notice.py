""" "Persoonsgegeven gezien?": a Woo officer reports personal data seen in an archived record;
Informatiebeheer sees the notice in the admin ("Meldingen van Woo")."""

import html
import re

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from woo.models import WooMelding

pytestmark = pytest.mark.django_db

TEXT = "Het adres in bericht 2 staat er nog leesbaar in."


@pytest.fixture
def record(make_record):
    return make_record(["Goedemorgen.", "Ik woon op de Hoofdstraat 3."])


def _post(client, record, **data):
    return client.post(reverse("woo:record_notice", args=[record.pk]), data, follow=True)


def test_the_record_page_offers_the_form(record, woo_client):
    page = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert "Persoonsgegeven gezien? Meld het aan Informatiebeheer" in page
    assert reverse("woo:record_notice", args=[record.pk]) in page


def test_a_woo_officer_reports_and_is_thanked(record, woo_client, woo_user):
    response = _post(woo_client, record, berichtnummer="2", tekst=TEXT)
    assert "Informatiebeheer heeft uw melding ontvangen" in response.content.decode()
    notice = WooMelding.objects.get()
    assert (notice.submission_id, notice.nummer, notice.tekst) == (record.pk, 2, TEXT)
    assert notice.gemeld_door == woo_user and not notice.afgehandeld
    event = AuditEvent.objects.filter(action="woo_notice.sent").get()
    assert event.actor_id == woo_user.pk
    assert "Hoofdstraat" not in str(event.detail) and "adres" not in str(event.detail)


def test_an_empty_or_too_long_notice_is_refused_in_dutch(record, woo_client):
    assert "de melding is niet verstuurd" in _post(woo_client, record, tekst=" ").content.decode()
    too_long = _post(woo_client, record, tekst="x" * 501).content.decode()
    assert "hoogstens 500 tekens" in too_long
    assert not WooMelding.objects.exists()


def test_a_wrong_message_number_is_refused_for_what_it_is(record, woo_client):
    # A short text with "twee" as its number: the refusal speaks of the number, not of a text
    # too long the officer never wrote.
    page = _post(woo_client, record, berichtnummer="twee", tekst=TEXT).content.decode()
    assert "berichtnummer" in page and "de melding is niet verstuurd" in page
    assert "hoogstens 500 tekens" not in page
    assert not WooMelding.objects.exists()


def test_a_medewerker_cannot_report(record, logged_in, medewerker):
    client = logged_in(medewerker)
    response = client.post(reverse("woo:record_notice", args=[record.pk]), {"tekst": TEXT})
    assert response.status_code == 403
    assert not WooMelding.objects.exists()


def test_informatiebeheer_sees_the_notice_in_the_admin(record, woo_user, ib_client):
    WooMelding.objects.create(submission=record, nummer=2, tekst=TEXT, gemeld_door=woo_user)
    page = ib_client.get(reverse("admin:woo_woomelding_changelist")).content.decode()
    assert TEXT in page
    assert "afgehandeld" in page.lower()


def test_informatiebeheer_settles_a_notice(record, woo_user, ib_client):
    notice = WooMelding.objects.create(submission=record, tekst=TEXT, gemeld_door=woo_user)
    url = reverse("admin:woo_woomelding_change", args=[notice.pk])
    assert ib_client.post(url, {"afgehandeld": "on"}).status_code == 302
    notice.refresh_from_db()
    assert notice.afgehandeld


def test_beheer_sees_the_notices_but_does_not_settle_or_delete_them(
    record, woo_user, beheerder_client
):
    # Functiescheiding: Beheer decides nothing about a record's personal data.
    notice = WooMelding.objects.create(submission=record, tekst=TEXT, gemeld_door=woo_user)
    listing = beheerder_client.get(reverse("admin:woo_woomelding_changelist"))
    assert listing.status_code == 200
    change = reverse("admin:woo_woomelding_change", args=[notice.pk])
    beheerder_client.post(change, {"afgehandeld": "on"})
    delete = reverse("admin:woo_woomelding_delete", args=[notice.pk])
    assert beheerder_client.post(delete, {"post": "yes"}).status_code == 403
    notice.refresh_from_db()
    assert not notice.afgehandeld


def test_a_notice_sent_from_a_search_goes_back_to_that_search(record, woo_client):
    # The officer opened the record from a search (hits marked, Volgende/Vorige) and for a
    # request: after Melden the page still marks the hits and keeps the request chosen.
    shown = woo_client.get(
        reverse("woo:record", args=[record.pk]),
        {"zoek": "Hoofdstraat", "per": "gesprek", "verzoek": "7", "pagina": "1"},
    ).content.decode()
    notice_url = reverse("woo:record_notice", args=[record.pk])
    assert f'action="{notice_url}?' in shown
    query = shown.split(f'action="{notice_url}?', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    response = woo_client.post(f"{notice_url}?{query}", {"tekst": TEXT})
    assert response.status_code == 302
    back = response["Location"]
    assert back.startswith(reverse("woo:record", args=[record.pk]) + "?")
    for part in ("zoek=Hoofdstraat", "per=gesprek", "verzoek=7", "pagina=1"):
        assert part in back


def test_a_notice_goes_back_to_the_record_only_not_elsewhere(record, woo_client):
    notice_url = reverse("woo:record_notice", args=[record.pk])
    response = woo_client.post(f"{notice_url}?pagina=x&verzoek=//evil.example", {"tekst": TEXT})
    assert response["Location"].startswith(reverse("woo:record", args=[record.pk]))
    assert "evil" not in response["Location"]


def test_a_notice_links_to_the_message_on_the_review_page(record, woo_user, ib_client):
    # Informatiebeheer blacks the word out on the review page (nader anonimiseren): the notice
    # takes them to the message it names (#2 is seq 1), or to the record when it names none.
    review = reverse("admin:chats_submission_review", args=[record.pk])
    named = WooMelding.objects.create(submission=record, nummer=2, tekst=TEXT, gemeld_door=woo_user)
    page = ib_client.get(reverse("admin:woo_woomelding_change", args=[named.pk])).content.decode()
    assert f'href="{review}?bericht=1#m-1"' in page
    assert "Bericht #2 op de beoordelingspagina" in page
    listing = ib_client.get(reverse("admin:woo_woomelding_changelist")).content.decode()
    assert f'href="{review}?bericht=1#m-1"' in listing
    unnamed = WooMelding.objects.create(submission=record, tekst=TEXT, gemeld_door=woo_user)
    page = ib_client.get(reverse("admin:woo_woomelding_change", args=[unnamed.pk])).content.decode()
    assert f'href="{review}"' in page and "Beoordelingspagina van het archiefstuk" in page


def test_a_notice_names_the_record_by_its_number(record, woo_user, ib_client):
    # The rest of the app says "WA-000004", not "Inzending 4" (walk of stop 44).
    notice = WooMelding.objects.create(
        submission=record, nummer=2, tekst=TEXT, gemeld_door=woo_user
    )
    number = f"WA-{record.pk:06d}"
    assert str(notice) == f"melding bij archiefstuk {number}"
    listing = ib_client.get(reverse("admin:woo_woomelding_changelist")).content.decode()
    page = ib_client.get(reverse("admin:woo_woomelding_change", args=[notice.pk])).content.decode()
    for shown in (listing, page):
        assert number in shown
        assert f"Inzending {record.pk}" not in shown
    assert 'name="submission"' not in page  # the record is not to be changed here


def test_the_notice_link_opens_the_review_page_at_the_message_marked(record, woo_user, ib_client):
    notice = WooMelding.objects.create(
        submission=record, nummer=2, tekst=TEXT, gemeld_door=woo_user
    )
    page = ib_client.get(reverse("admin:woo_woomelding_change", args=[notice.pk])).content.decode()
    link = re.search(r'href="([^"]+)">Bericht #2 op de beoordelingspagina', page).group(1)
    review = ib_client.get(html.unescape(link)).content.decode()
    marked = re.findall(r'<li class="[^"]*\brv-here\b[^"]*" id="(m-\d+)"([^>]*)>', review)
    assert [m[0] for m in marked] == ["m-1"]  # message #2, and only that one
    assert 'tabindex="-1"' in marked[0][1]  # focusable, for the script to focus it
