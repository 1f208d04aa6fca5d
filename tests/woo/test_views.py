"""Woo pages: who may open them, what they show (never originals), hostile input, audit."""

import re

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import SubmissionStatus
from tests.conftest import png_bytes
from tests.factories import WooVerzoekFactory
from tests.woo.conftest import SECRET_PHONE
from woo.models import WooVerzoek

pytestmark = pytest.mark.django_db


def unmarked(html: str) -> str:
    """The page without highlights: the record's subject is marked where it holds a word."""
    return re.sub(r"</?mark>", "", html)


@pytest.fixture
def record(make_record, zaak):
    return make_record(
        [
            "De boom aan de Hoofdstraat is omgewaaid.",
            ("Bel de melder op [TELEFOONNUMMER].", f"Bel de melder op {SECRET_PHONE}."),
            "Wordt morgen opgeruimd.",
        ],
        zaak=zaak,
        onderwerp="Omgewaaide boom",
    )


def woo_urls(record, verzoek_pk=1):
    return [
        reverse("woo:search") + "?q=boom",
        reverse("woo:record", args=[record.pk]),
        reverse("woo:verzoek_list"),
        reverse("woo:verzoek_detail", args=[verzoek_pk]),
        reverse("woo:release", args=[verzoek_pk, "pdf"]),
        reverse("woo:release", args=[verzoek_pk, "csv"]),
        reverse("woo:beoordelen", args=[verzoek_pk, record.pk]),
    ]


def test_anonymous_users_are_sent_to_the_login_page(client, record):
    for url in woo_urls(record):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role_names", [(), ("Medewerker",), ("Medewerker", "Informatiebeheer")])
def test_other_roles_are_refused(client, make_user, record, woo_user, role_names):
    verzoek = WooVerzoekFactory(nummer="WOO-1", onderwerp="Bomen", aangemaakt_door=woo_user)
    client.force_login(make_user("ander", *role_names))
    for url in woo_urls(record, verzoek.pk):
        assert client.get(url).status_code == 403, url
    add = reverse("woo:verzoek_add", args=[verzoek.pk])
    assert client.post(add, {"archiefstuk": record.pk}).status_code == 403
    assert client.post(reverse("woo:verzoek_new"), {"nummer": "X"}).status_code == 403


@pytest.mark.parametrize("role", ["Woo-behandelaar", "Beheerder"])
def test_woo_officers_and_beheerder_may_search(client, make_user, record, role):
    client.force_login(make_user("gebruiker", role))
    response = client.get(reverse("woo:search"), {"q": "omgewaaid"})
    assert response.status_code == 200
    assert "Omgewaaide boom" in unmarked(response.content.decode())  # the subject, marked


def test_a_phone_number_from_an_original_is_not_findable(woo_client, record):
    response = woo_client.get(reverse("woo:search"), {"q": SECRET_PHONE})
    html = response.content.decode()
    assert response.status_code == 200
    # The officer's own query comes back in the search box and the links of the mode switch.
    echoed = html.replace(f'value="{SECRET_PHONE}"', "").replace(f"q={SECRET_PHONE}&", "")
    assert SECRET_PHONE not in echoed
    assert "Niets gevonden" in html
    for part in ("48213377", "06 48213377"):
        assert (
            "Niets gevonden" in woo_client.get(reverse("woo:search"), {"q": part}).content.decode()
        )


def test_the_record_page_shows_redacted_text_only(woo_client, record, make_media):
    message = record.messages.get(seq=1)
    media = make_media(
        record,
        message,
        original=b"ORIGINAL-BYTES" + png_bytes(),
        derived=png_bytes(),
        ocr=f"Nummer {SECRET_PHONE}",
        ocr_redacted="Nummer [TELEFOONNUMMER]",
    )
    response = woo_client.get(reverse("woo:record", args=[record.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert SECRET_PHONE not in html
    assert "TELEFOONNUMMER" in html
    assert "De boom aan de Hoofdstraat is omgewaaid." in html
    assert "Z-2024-000123" in html
    assert reverse("woo:record_media", args=[record.pk, media.pk]) in html
    assert media.original.file.name not in html
    assert media.derived.file.name not in html


def test_the_record_page_leaves_out_messages_not_in_the_record(woo_client, make_record):
    record = make_record(["In het archiefstuk.", "Privé, niet geselecteerd."], excluded_seqs=(2,))
    html = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert "In het archiefstuk." in html
    assert "niet geselecteerd" not in html


def test_records_that_are_not_archived_are_not_found(woo_client, make_record):
    waiting = make_record(["Wacht op beoordeling."], status=SubmissionStatus.TE_BEOORDELEN)
    assert woo_client.get(reverse("woo:record", args=[waiting.pk])).status_code == 404
    html = woo_client.get(reverse("woo:search"), {"q": "beoordeling"}).content.decode()
    assert "Niets gevonden" in html


def test_media_are_served_as_the_derived_file_only(woo_client, record, make_media):
    message = record.messages.get(seq=1)
    derived = png_bytes(20, 10)
    media = make_media(record, message, original=b"ORIGINAL" + png_bytes(), derived=derived)
    response = woo_client.get(reverse("woo:record_media", args=[record.pk, media.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == derived
    assert response["Content-Type"] == "image/png"


def test_media_of_messages_outside_the_record_are_refused(woo_client, make_record, make_media):
    record = make_record(["Wel.", "Niet."], excluded_seqs=(2,))
    outside = make_media(
        record, record.messages.get(seq=2), original=png_bytes(), derived=png_bytes()
    )
    url = reverse("woo:record_media", args=[record.pk, outside.pk])
    assert woo_client.get(url).status_code == 404


def test_media_need_the_search_permission(client, make_user, record, make_media):
    media = make_media(
        record, record.messages.get(seq=1), original=png_bytes(), derived=png_bytes()
    )
    client.force_login(make_user("medewerker2", "Medewerker"))
    assert client.get(reverse("woo:record_media", args=[record.pk, media.pk])).status_code == 403


HOSTILE = [
    '"',
    '"""',
    "\\",
    "\\\\\\",
    "boom\\",
    "' OR '1'='1",
    "'; DROP TABLE woo_searchentry; --",
    "1; SELECT pg_sleep(5)",
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
    "boom & | ! <-> :* (",
    "x" * 20_000,
    "boom\x00omgewaaid",
    "%00%27%22",
    "\u202e\u200bboom",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_queries_give_a_normal_page_without_reflected_markup(woo_client, record, hostile):
    response = woo_client.get(reverse("woo:search"), {"q": hostile, "zaaknummer": hostile[:40]})
    html = response.content.decode()
    assert response.status_code == 200
    for fragment in ("<script>alert", "<img src=x", "<svg onload"):
        assert fragment not in html
    # Only our own <mark> tags are ever produced around matched words.
    assert html.count("<mark>") == html.count("</mark>")


@pytest.mark.parametrize(
    "params",
    [
        {"van": "niet-een-datum"},
        {"van": "2024-13-45"},
        {"van": "2024-06-01", "tot": "2024-01-01"},
        {"afdeling": "<script>"},
        {"zaaktype": "'; --"},
        {"verzoek": "abc"},
        {"pagina": "-1"},
        {"pagina": "99999999999999999999"},
        {"gesprekspartner": "\x00"},
    ],
)
def test_hostile_filters_give_a_normal_page(woo_client, record, params):
    response = woo_client.get(reverse("woo:search"), {"q": "boom", **params})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</nav>", 1)[1]


def test_the_page_tells_beheer_when_the_simple_search_is_used(beheerder_client, record):
    from django.db import connection

    html = beheerder_client.get(reverse("woo:search")).content.decode()
    assert ("Eenvoudige zoekfunctie" in html) == (connection.vendor != "postgresql")
    # Woo officers are not told: see tests/woo/test_views_page_fixes.py


def test_every_search_is_audited_with_the_query_but_no_chat_text(woo_client, woo_user, record):
    woo_client.get(reverse("woo:search"), {"q": "omgewaaid", "afdeling": "openbare_ruimte"})
    event = AuditEvent.objects.get(action="woo_archive.searched")
    assert event.actor == woo_user
    assert event.detail["query"] == "omgewaaid"
    assert event.detail["records"] == 1 and event.detail["hits"] == 1
    assert event.detail["filters"]["afdeling"] == "openbare_ruimte"
    assert "Hoofdstraat" not in str(event.detail)


def test_every_record_view_is_audited(woo_client, woo_user, record):
    woo_client.get(reverse("woo:record", args=[record.pk]))
    event = AuditEvent.objects.get(action="woo_record.viewed")
    assert (event.actor, event.object_id, event.object_type) == (
        woo_user,
        str(record.pk),
        "chats.submission",
    )


def test_search_results_can_be_paged(woo_client, make_record):
    for n in range(12):
        make_record([f"Laadpalen aan de Stationsweg, deel {n}."])
    first = woo_client.get(reverse("woo:search"), {"q": "laadpalen"}).content.decode()
    second = woo_client.get(reverse("woo:search"), {"q": "laadpalen", "pagina": 2}).content.decode()
    assert first.count('class="card mb-3 woo-result"') == 10
    assert second.count('class="card mb-3 woo-result"') == 2
    assert "pagina=2" in first


def test_a_closed_request_in_the_link_does_not_block_the_search(woo_client, woo_user, record):
    closed = WooVerzoekFactory(
        nummer="WOO-OUD", onderwerp="Oud", status="afgehandeld", aangemaakt_door=woo_user
    )
    html = woo_client.get(reverse("woo:search"), {"q": "omgewaaid", "verzoek": closed.pk}).content
    assert "Omgewaaide boom" in unmarked(html.decode())
    assert "woo-add-message" not in html.decode()


def test_adding_from_the_search_page_returns_to_it(woo_client, woo_user, record):
    verzoek = WooVerzoekFactory(nummer="WOO-5", onderwerp="Bomen", aangemaakt_door=woo_user)
    page = f"{reverse('woo:search')}?q=omgewaaid&verzoek={verzoek.pk}"
    message = record.messages.get(seq=1)
    response = woo_client.post(
        reverse("woo:verzoek_add", args=[verzoek.pk]),
        {"archiefstuk": record.pk, "bericht": message.pk, "next": page},
    )
    assert response.status_code == 302 and response["Location"] == page
    assert verzoek.selecties.get().message == message
    evil = woo_client.post(
        reverse("woo:verzoek_add", args=[verzoek.pk]),
        {"archiefstuk": record.pk, "next": "https://evil.example/"},
    )
    assert evil["Location"] == reverse("woo:verzoek_detail", args=[verzoek.pk])


def test_the_address_of_the_new_request_form_leads_back_to_the_form(woo_client):
    # After a refused create the address bar shows /verzoeken/nieuw/; opening that address again
    # (Enter in the address bar, a bookmark) led to an empty 405 page.
    # Since stop 44 the address shows the form itself, under a title that says what it is for.
    response = woo_client.get(reverse("woo:verzoek_new"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="nieuw-verzoek"' in html
    assert f'action="{reverse("woo:verzoek_new")}"' in html
    assert "<title>Nieuw Woo-verzoek aanmaken – Woo-verzoeken · Gemeente Meppel</title>" in html


def test_the_request_workflow_through_the_pages(woo_client, record):
    response = woo_client.post(
        reverse("woo:verzoek_new"),
        {"nummer": "WOO-2025-100", "onderwerp": "Bomen", "ontvangen_op": "2025-04-01"},
    )
    verzoek = WooVerzoek.objects.get()
    assert response["Location"] == reverse("woo:verzoek_detail", args=[verzoek.pk])
    duplicate = woo_client.post(
        reverse("woo:verzoek_new"),
        {"nummer": "WOO-2025-100", "onderwerp": "Nog eens", "ontvangen_op": "2025-04-01"},
    )
    assert duplicate.status_code == 400

    woo_client.post(reverse("woo:verzoek_add", args=[verzoek.pk]), {"archiefstuk": record.pk})
    selectie = verzoek.selecties.get()
    page = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    html = woo_client.get(page).content.decode()
    assert "5.1.2e: eerbiediging van de persoonlijke levenssfeer" in html
    update = reverse("woo:beoordeling", args=[verzoek.pk, record.pk])
    first = record.messages.get(seq=1).pk
    refused = woo_client.post(update, {"bericht": first, "oordeel": "niet_openbaar"}, follow=True)
    assert "ten minste één weigeringsgrond" in refused.content.decode()
    assert not verzoek.beoordelingen.exists()
    woo_client.post(update, {"bericht": first, "oordeel": "niet_openbaar", "gronden": ["5.1.2e"]})
    judged = verzoek.beoordelingen.get()
    assert (judged.oordeel, judged.gronden) == ("niet_openbaar", ["5.1.2e"])
    woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, record.pk]), {"oordeel": "openbaar"}
    )
    assert verzoek.beoordelingen.count() == 3
    assert verzoek.beoordelingen.get(message_id=first).oordeel == "niet_openbaar"

    woo_client.post(reverse("woo:verzoek_close", args=[verzoek.pk]))
    verzoek.refresh_from_db()
    assert not verzoek.is_open
    removal = woo_client.post(
        reverse("woo:selectie_delete", args=[verzoek.pk, selectie.pk]), follow=True
    )
    assert "kan niet meer worden gewijzigd" in removal.content.decode()
    assert verzoek.selecties.count() == 1


def test_a_request_page_only_accepts_posts_for_changes(woo_client, woo_user, record):
    verzoek = WooVerzoekFactory(nummer="WOO-6", onderwerp="x", aangemaakt_door=woo_user)
    assert woo_client.get(reverse("woo:verzoek_add", args=[verzoek.pk])).status_code == 405
    assert woo_client.get(reverse("woo:verzoek_close", args=[verzoek.pk])).status_code == 405


def test_an_unknown_zaaknummer_finds_nothing_and_says_so(woo_client, record):
    response = woo_client.get(reverse("woo:search"), {"q": "omgewaaid", "zaaknummer": "Z-0000-1"})
    html = response.content.decode()
    assert "Er is geen zaak met dit zaaknummer." in html
    assert "Niets gevonden" in html
    known = woo_client.get(reverse("woo:search"), {"zaaknummer": "z-2024-000123"})
    assert "Omgewaaide boom" in known.content.decode()


def test_a_media_message_without_its_attachment_says_so(woo_client, record):
    from chats.models import Message

    Message.objects.filter(submission=record, seq=3).update(kind="media", text_redacted="")
    html = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert "Bijlage niet meegestuurd: de export bevat alleen de verwijzing." in html


def test_the_record_page_names_a_holding_request_once(woo_client, woo_user, record):
    from woo.services import selectie_add

    verzoek = WooVerzoekFactory(nummer="WOO-7", onderwerp="Bomen", aangemaakt_door=woo_user)
    for seq in (1, 3):
        message_id = record.messages.get(seq=seq).pk
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=message_id)
    html = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert "voor Woo-verzoek WOO-7:" in html


def test_closing_a_request_asks_first(woo_client, woo_user):
    verzoek = WooVerzoekFactory(nummer="WOO-8", onderwerp="Bomen", aangemaakt_door=woo_user)
    html = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    close_form = html[html.index('action="' + reverse("woo:verzoek_close", args=[verzoek.pk])) :]
    # static/js/archief.js asks the question of a form's data-confirm (no inline handler: CSP).
    assert (
        'data-confirm="Het besluit op WOO-8 vastleggen en het verzoek afhandelen?'
        in close_form.split(">")[0]
    )
    assert "de bewaarplicht loopt door" in close_form.split(">")[0]
    assert "js/archief.js" in html


def test_open_requests_are_listed_before_closed_ones(woo_client, woo_user):
    from datetime import date

    WooVerzoekFactory(
        nummer="WOO-AF",
        onderwerp="Klaar",
        status="afgehandeld",
        aangemaakt_door=woo_user,
        ontvangen_op=date(2026, 11, 1),
    )
    WooVerzoekFactory(
        nummer="WOO-OP", onderwerp="Loopt", aangemaakt_door=woo_user, ontvangen_op=date(2026, 1, 1)
    )
    html = woo_client.get(reverse("woo:verzoek_list")).content.decode()
    assert html.index("WOO-OP") < html.index("WOO-AF")


def test_the_admin_cannot_close_a_request_around_the_woo_pages(client, make_user, woo_user):
    verzoek = WooVerzoekFactory(nummer="WOO-AD", onderwerp="Bomen", aangemaakt_door=woo_user)
    client.force_login(make_user("beheerder-x", "Beheerder", staff=True))
    page = client.get(reverse("admin:woo_wooverzoek_change", args=[verzoek.pk])).content.decode()
    assert 'name="status"' not in page


def test_the_onderwerp_in_search_results_and_on_the_record_page_is_the_redacted_one(
    woo_client, make_record
):
    # Issue 12: a BSN, phone number and name typed in the onderwerp reached Woo unredacted.
    typed = "Boom bij Piet Kraai, bsn 111222333, tel 06-12345678"
    record = make_record(["De boom aan de Hoofdstraat is omgewaaid."], onderwerp=typed)
    record.onderwerp_redacted = "Boom bij [NAAM], bsn [BSN], tel [TELEFOONNUMMER]"
    record.save(update_fields=["onderwerp_redacted"])
    pages = [
        woo_client.get(reverse("woo:search"), {"q": "boom"}).content.decode(),
        woo_client.get(reverse("woo:record", args=[record.pk])).content.decode(),
    ]
    for html in pages:
        assert "bij [NAAM], bsn [BSN]" in html
        for secret in ("111222333", "06-12345678", "Kraai"):
            assert secret not in html


def test_a_search_on_filters_alone_counts_messages_not_hits(woo_client, make_record):
    """Walkthrough: a filter without words called 2,418 messages "treffers"."""
    make_record(["Eerste bericht.", "Tweede bericht."])
    html = woo_client.get(
        reverse("woo:search"), {"q": "", "afdeling": "openbare_ruimte"}
    ).content.decode()
    summary = html[html.index('id="resultaat-samenvatting"') :]
    summary = summary[: summary.index("</p>")]
    assert "treffer" not in summary and "2 berichten" in summary


def test_the_fold_under_a_result_says_what_it_holds(woo_client, make_record, monkeypatch):
    """Walkthrough: "Nog 15 treffers in dit gesprek" under a "47 treffers" badge read as if
    the conversation had 15 more hits; the fold holds the next messages shown here (hits and
    their samenhang), the link below leads to all hits."""
    from woo import search

    monkeypatch.setattr(search, "HITS_SHOWN", 1)
    make_record(["De kastanje is ziek.", "De kastanje gaat eruit.", "Kastanje weg."])
    html = woo_client.get(reverse("woo:search"), {"q": "kastanje"}).content.decode()
    assert "Nog 2 treffers hier tonen" in html  # each kind counted apart since stop 44
    assert "treffers in dit gesprek</summary>" not in html
