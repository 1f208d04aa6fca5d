"""Intake form and "Mijn inzendingen": refusals next to the field, and who may see what."""

import re

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from chats.models import Submission
from tests.conftest import INTAKE_FORM, png_bytes
from tests.factories import ZaakFactory

pytestmark = pytest.mark.django_db

FORM = {"upload_kind": "screenshots", **INTAKE_FORM}


def post_form(client, files, **overrides):
    return client.post(reverse("submission_new"), {**FORM, **overrides, "files": files})


def test_anonymous_users_are_sent_to_the_login_page(client):
    for url in ("/bewaren/", "/mijn-inzendingen/", "/mijn-inzendingen/1/", "/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_a_user_without_the_medewerker_role_may_not_submit(client, make_user):
    client.force_login(make_user("zonderrol"))
    assert client.get("/bewaren/").status_code == 403


@pytest.mark.parametrize("role", ["Medewerker", "Informatiebeheer", "Woo-behandelaar", "Beheerder"])
def test_every_role_sees_only_its_own_submissions(client, make_user, medewerker, screenshot, role):
    own_user = make_user(f"eigen-{role}", "Medewerker", role)
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        post_form(client, [fh], onderwerp="Van de medewerker")
    other = Submission.objects.get()

    client.force_login(own_user)
    listing = client.get("/mijn-inzendingen/")
    assert listing.status_code == 200
    assert "Van de medewerker" not in listing.content.decode()
    assert client.get(f"/mijn-inzendingen/{other.pk}/").status_code == 404


def test_the_form_accepts_a_screenshot_and_shows_the_status(client, medewerker, screenshot):
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        response = post_form(client, [fh])
    submission = Submission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/mijn-inzendingen/{submission.pk}/"
    detail = client.get(response["Location"]).content.decode()
    assert "Omgewaaide boom" in detail
    assert submission.get_status_display() in detail
    listing = client.get("/mijn-inzendingen/").content.decode()
    assert "Omgewaaide boom" in listing


def test_the_list_is_newest_first(client, medewerker, screenshot):
    client.force_login(medewerker)
    for subject in ("Eerste", "Tweede"):
        with screenshot.open("rb") as fh:
            post_form(client, [fh], onderwerp=subject)
    listing = client.get("/mijn-inzendingen/").content.decode()
    assert listing.index("Tweede") < listing.index("Eerste")


def test_a_refused_file_gets_a_dutch_message_next_to_the_field(client, medewerker, tmp_path):
    client.force_login(medewerker)
    fake = tmp_path / "foto.png"
    fake.write_bytes(b"MZ" + b"\0" * 300)
    with fake.open("rb") as fh:
        response = post_form(client, [fh])
    assert response.status_code == 200
    errors = response.context["form"].errors["files"]
    assert any("foto.png" in e and "geen toegestaan bestandstype" in e for e in errors)
    assert Submission.objects.count() == 0


def test_no_file_chosen_is_a_field_error(client, medewerker):
    client.force_login(medewerker)
    response = post_form(client, [])
    assert "files" in response.context["form"].errors
    assert Submission.objects.count() == 0


def test_the_four_questions_need_at_least_one_yes(client, medewerker, screenshot):
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        response = post_form(client, [fh], vraag_besluit="")
    assert "Vink ten minste één reden aan" in response.content.decode()
    assert Submission.objects.count() == 0


def test_the_confirmation_is_required(client, medewerker, screenshot):
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        response = post_form(client, [fh], bevestiging_verwijderen="")
    assert "Bevestig dat u de persoonsgegevens" in response.content.decode()


def test_a_too_large_upload_is_refused_next_to_the_field(client, medewerker, settings, tmp_path):
    settings.ARCHIEF_MAX_FILE_SIZE = 1000
    big = tmp_path / "groot.png"
    big.write_bytes(png_bytes(400, 400) + b"\0" * 5000)
    client.force_login(medewerker)
    with big.open("rb") as fh:
        response = post_form(client, [fh])
    errors = response.context["form"].errors["files"]
    assert any("groot.png" in e and "te groot" in e for e in errors)
    assert Submission.objects.count() == 0


def test_status_labels_are_dutch(client, medewerker):
    assert SubmissionStatus.TE_BEOORDELEN.label.startswith("Wacht op beoordeling")
    assert SubmissionStatus.MISLUKT.label == "Verwerking mislukt"


def test_after_a_refusal_the_form_asks_to_choose_the_files_again(client, medewerker, screenshot):
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        response = post_form(client, [fh], onderwerp="")
    assert response.status_code == 200
    assert "Kies daarna ook de bestanden opnieuw" in response.content.decode()


def test_the_list_shows_the_zaak_a_submission_was_archived_to(client, medewerker, screenshot):
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        post_form(client, [fh], zaaknummer="")
    zaak = ZaakFactory(zaaknummer="Z-2024-000777", omschrijving="Boom")
    Submission.objects.update(zaak=zaak, status=SubmissionStatus.GEARCHIVEERD)
    listing = client.get("/mijn-inzendingen/").content.decode()
    assert "Z-2024-000777" in listing
    assert SubmissionStatus.GEARCHIVEERD.label in listing


@pytest.mark.parametrize("url, status", [("/woo/zoeken/", 403), ("/mijn-inzendingen/999/", 404)])
def test_refusal_pages_lead_back_to_the_start_page(client, medewerker, url, status):
    client.force_login(medewerker)
    response = client.get(url)
    assert response.status_code == status
    assert 'href="/">Naar de startpagina</a>' in response.content.decode()


def test_the_menu_marks_the_current_page(client, medewerker):
    client.force_login(medewerker)
    html = client.get("/mijn-inzendingen/").content.decode()
    assert 'active" aria-current="page" href="/mijn-inzendingen/"' in html
    assert 'aria-current="page" href="/bewaren/"' not in html


def test_a_question_from_informatiebeheer_says_how_to_answer(
    client, medewerker, screenshot, settings
):
    settings.ARCHIEF_INFORMATIEBEHEER_EMAIL = "di@meppel.example"
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        post_form(client, [fh])
    submission = Submission.objects.get()
    Submission.objects.filter(pk=submission.pk).update(
        status=SubmissionStatus.TERUG_NAAR_INDIENER, review_note="Welke zaak hoort hierbij?"
    )
    page = client.get(f"/mijn-inzendingen/{submission.pk}/").content.decode()
    assert "Welke zaak hoort hierbij?" in page
    assert "mailto:di@meppel.example" in page
    assert f"inzending {submission.pk}" in page


def test_after_the_purge_the_employee_sees_that_the_uploads_are_gone(
    client, medewerker, screenshot
):
    from django.utils import timezone

    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        post_form(client, [fh])
    submission = Submission.objects.get()
    Submission.objects.filter(pk=submission.pk).update(originals_purged_at=timezone.now())
    page = client.get(f"/mijn-inzendingen/{submission.pk}/").content.decode()
    assert "zijn op" in page and "verwijderd" in page
    assert screenshot.name not in page


def test_bewaarredenen_lists_the_ticked_reasons():
    submission = Submission(vraag_besluit=True, vraag_werkproces=True)
    assert submission.bewaarredenen() == ["besluit of afspraak", "zaak of werkproces"]


@pytest.mark.django_db
def test_the_upload_page_shows_why_and_what_the_employee_said_to_keep(
    client, medewerker, screenshot
):
    # walk37: the page listed subject, partner and department, but not the reasons ticked, where
    # else it is kept or which period counts: the employee could not check what they had sent.
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        post_form(
            client,
            [fh],
            vraag_besluit="on",
            vraag_werkproces="on",
            elders_vastgelegd="ja",
            elders_vastgelegd_waar="in het verslag van de bewonersavond",
            periode_van="2026-03-02",
            periode_tot="2026-03-09",
        )
    submission = Submission.objects.get()
    page = client.get(f"/mijn-inzendingen/{submission.pk}/").content.decode()
    assert re.search(
        r"<dt[^>]*>Waarom bewaren</dt><dd[^>]*>besluit of afspraak · zaak of werkproces</dd>", page
    )
    assert re.search(
        r"<dt[^>]*>Ook elders vastgelegd</dt><dd[^>]*>Ja, ook ergens anders vastgelegd: in het verslag van de bewonersavond</dd>",
        page,
    )
    assert re.search(
        r"<dt[^>]*>Belangrijk deel</dt><dd[^>]*>2 maart 2026 tot en met 9 maart 2026</dd>", page
    )
