"""A Woo request's requester (verzoeker) and zaak, walk of stop 48: registered with the request,
corrected on its page, shown to Woo officers; the requester is personal data, so Beheer does not
see it (page, admin), the audit log names the changed fields only and a release never holds it."""

import io
import zipfile

import pytest
from django.contrib.admin import site
from django.urls import reverse
from pypdf import PdfReader

from audit.models import AuditEvent
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.models import WooVerzoek
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

NAAM = "Henk Verzoekstra"
ORGANISATIE = "Stichting Open Meppel"


def _new(client, **extra):
    data = {
        "nummer": "WOO-2026-048",
        "onderwerp": "Bomenkap Hoofdstraat",
        "ontvangen_op": "2026-11-02",
        "zaak": "z-2024-000123",  # typed in lower case
        "verzoeker_naam": NAAM,
        "verzoeker_organisatie": ORGANISATIE,
        **extra,
    }
    return client.post(reverse("woo:verzoek_new"), data)


def test_a_new_request_takes_the_requester_and_the_zaak(woo_client, zaak):
    response = _new(woo_client)
    assert response.status_code == 302
    verzoek = WooVerzoek.objects.get(nummer="WOO-2026-048")
    assert (verzoek.zaak, verzoek.verzoeker_naam, verzoek.verzoeker_organisatie) == (
        zaak,
        NAAM,
        ORGANISATIE,
    )
    page = woo_client.get(response["Location"]).content.decode()
    assert f'<dd id="verzoek-zaak">{zaak.zaaknummer} ({zaak.omschrijving})</dd>' in page
    assert f'<dd id="verzoek-verzoeker">{NAAM}, {ORGANISATIE}</dd>' in page


def test_the_new_request_form_asks_for_them(woo_client):
    page = woo_client.get(reverse("woo:verzoek_list")).content.decode()
    for name in ("zaak", "verzoeker_naam", "verzoeker_organisatie"):
        assert f'name="{name}"' in page
    assert "Naam verzoeker" in page and "Zaaknummer" in page


def test_an_unknown_zaaknummer_is_refused_in_dutch(woo_client, db):
    response = _new(woo_client, zaak="Z-1999-000001")
    assert response.status_code == 400
    assert "Er is geen zaak met zaaknummer Z-1999-000001." in response.content.decode()
    assert not WooVerzoek.objects.exists()


def test_both_may_stay_empty(woo_client, db):
    response = _new(woo_client, zaak="", verzoeker_naam="", verzoeker_organisatie="")
    assert response.status_code == 302
    page = woo_client.get(response["Location"]).content.decode()
    assert '<dd id="verzoek-zaak">geen zaak gekoppeld</dd>' in page
    assert '<dd id="verzoek-verzoeker">niet ingevuld</dd>' in page


def test_the_request_page_corrects_them_and_audits_field_names_only(woo_client, verzoek, zaak):
    url = reverse("woo:verzoek_details", args=[verzoek.pk])
    response = woo_client.post(
        url,
        {"onderwerp": verzoek.onderwerp, "zaak": zaak.zaaknummer, "verzoeker_naam": NAAM},
    )
    assert response.status_code == 302
    verzoek.refresh_from_db()
    assert (verzoek.zaak, verzoek.verzoeker_naam) == (zaak, NAAM)
    event = AuditEvent.objects.get(action="woo_verzoek.changed")
    assert event.detail == {"fields": ["zaak", "verzoeker_naam"]}
    assert NAAM not in str(event.detail)


def test_a_refused_correction_keeps_what_was_typed(woo_client, verzoek):
    url = reverse("woo:verzoek_details", args=[verzoek.pk])
    response = woo_client.post(
        url, {"onderwerp": verzoek.onderwerp, "zaak": "Z-0000-1", "verzoeker_naam": NAAM}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Er is geen zaak met zaaknummer Z-0000-1." in page and f'value="{NAAM}"' in page
    verzoek.refresh_from_db()
    assert verzoek.verzoeker_naam == ""


def test_beheer_does_not_see_the_requester(logged_in, beheerder, verzoek, zaak):
    verzoek.verzoeker_naam, verzoek.verzoeker_organisatie = NAAM, ORGANISATIE
    # The request's zaak is mostly named after its requester (review 48): on the request's page
    # its description is the requester's data too, shown only to those who see the requester.
    # (Beheer keeps the zaken themselves in the admin, descriptions included.)
    zaak.omschrijving = "Woo-verzoek van familie Zaakstra"
    zaak.save()
    verzoek.zaak = zaak
    verzoek.save()
    client = logged_in(beheerder)
    page = client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert f'<dd id="verzoek-zaak">{zaak.zaaknummer}</dd>' in page and "Zaakstra" not in page
    assert NAAM not in page and ORGANISATIE not in page and "verzoek-verzoeker" not in page
    admin_page = client.get(reverse("admin:woo_wooverzoek_change", args=[verzoek.pk]))
    assert admin_page.status_code == 200
    assert NAAM not in admin_page.content.decode()


def test_the_admin_form_has_them_for_a_woo_officer_only(rf, woo_user, beheerder, verzoek):
    model_admin = site._registry[WooVerzoek]
    for user, shown in ((woo_user, True), (beheerder, False)):
        request = rf.get("/")
        request.user = user
        fields = model_admin.get_form(request, verzoek).base_fields
        assert ("verzoeker_naam" in fields) is shown
        assert ("verzoeker_organisatie" in fields) is shown
        assert "zaak" in fields


def _release_text(client, verzoek) -> str:
    body = client.get(reverse("woo:release", args=[verzoek.pk, "zip"]))
    assert body.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(body.streaming_content)))
    texts = []
    for name in archive.namelist():
        data = archive.read(name)
        if name.endswith(".pdf"):
            reader = PdfReader(io.BytesIO(data))
            texts.append(" ".join(page.extract_text() for page in reader.pages))
        elif name.endswith(".xlsx"):
            texts.append(data.decode("latin-1"))  # zipped: checked through the CSV
        else:
            texts.append(data.decode("utf-8", errors="replace"))
    return "\n".join(texts)


def test_a_release_never_holds_the_requester(woo_client, woo_user, verzoek, make_record, zaak):
    verzoek.verzoeker_naam, verzoek.verzoeker_organisatie, verzoek.zaak = NAAM, ORGANISATIE, zaak
    verzoek.save()
    record = make_record(["Eerste bericht over de kastanje."], zaak=zaak)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    text = _release_text(woo_client, verzoek)
    assert "kastanje" in text  # the release was read
    assert "Verzoekstra" not in text and "Open Meppel" not in text


def test_a_closed_request_is_not_corrected_by_the_service_either(woo_user, verzoek):
    # The page hides the form of a closed request; the service refuses a hand-made POST (review 48).
    from woo.constants import VerzoekStatus
    from woo.services import WooError, verzoek_details_update

    verzoek.status = VerzoekStatus.AFGEHANDELD
    verzoek.save(update_fields=["status"])
    with pytest.raises(WooError, match="afgehandeld"):
        verzoek_details_update(user=woo_user, verzoek=verzoek, verzoeker_naam=NAAM)
    verzoek.refresh_from_db()
    assert verzoek.verzoeker_naam == ""
