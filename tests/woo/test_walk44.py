"""Found walking the Woo pages as a new user (walk 44): a refused form lost what the officer
typed, the notices' admin named colleagues by their user name, the hit bar counted in bare
numbers and a thumbnail opened a new tab without saying so."""

import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.conftest import png_bytes
from tests.woo.conftest import SECRET_PHONE
from woo.models import WooMelding
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

TEXT = "Het adres in bericht 2 staat er nog leesbaar in."


def _value(page: str, field_id: str) -> str:
    """The value of the input with this id ("" when it has none)."""
    tag = re.search(rf'<input[^>]*\bid="{field_id}"[^>]*>', page)
    assert tag, f"no input #{field_id}"
    value = re.search(r'\bvalue="([^"]*)"', tag[0])
    return unescape(value[1]) if value else ""


@pytest.fixture
def record(make_record):
    return make_record(["Goedemorgen.", "Ik woon op de Hoofdstraat 3."])


def _notice(client, record, **data):
    return client.post(reverse("woo:record_notice", args=[record.pk]), data, follow=True)


def test_a_refused_notice_comes_back_with_what_was_typed(record, woo_client):
    # Walk 44: "twee" as the number refused the notice, and the text the officer had typed
    # was gone: they had to type it again.
    page = _notice(woo_client, record, berichtnummer="twee", tekst=TEXT).content.decode()
    assert "de melding is niet verstuurd" in page
    assert _value(page, "melding-tekst") == TEXT
    assert _value(page, "melding-nummer") == "twee"
    # The field the refusal is about says so, for a screen reader too.
    tag = re.search(r'<input[^>]*id="melding-nummer"[^>]*>', page)[0]
    assert 'aria-invalid="true"' in tag and 'aria-describedby="melding-fout"' in tag
    assert 'id="melding-fout"' in page
    assert not WooMelding.objects.exists()
    # Shown once: the next visit starts with an empty form.
    again = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert _value(again, "melding-tekst") == ""


def test_a_notice_too_long_keeps_its_text(record, woo_client):
    long_text = "Bericht 2 noemt een adres. " * 20
    page = _notice(woo_client, record, tekst=long_text).content.decode()
    assert "hoogstens 500 tekens" in page
    assert _value(page, "melding-tekst") == long_text


def test_a_notice_kept_for_one_record_is_not_shown_on_another(record, make_record, woo_client):
    other = make_record(["Een ander gesprek."])
    woo_client.post(
        reverse("woo:record_notice", args=[record.pk]), {"berichtnummer": "twee", "tekst": TEXT}
    )
    elsewhere = woo_client.get(reverse("woo:record", args=[other.pk])).content.decode()
    assert _value(elsewhere, "melding-tekst") == ""
    own = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert _value(own, "melding-tekst") == TEXT


@pytest.fixture
def shot(make_record, make_media, woo_user, verzoek):
    record = make_record([], index=False)
    record.upload_kind = "screenshots"
    record.save(update_fields=["upload_kind"])
    media = make_media(
        record,
        None,
        original=png_bytes(200, 60),
        derived=png_bytes(200, 60),
        ocr=f"Bel {SECRET_PHONE} morgen over de kap",
        ocr_redacted="Bel [TELEFOONNUMMER] morgen over de kap",
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record, media


def test_a_refused_passage_of_an_images_text_keeps_what_was_typed(woo_client, verzoek, shot):
    # "Selecteer de tekst hierboven, of typ of plak hem hier precies over": a typo refused the
    # passage, and the field was empty again.
    record, media = shot
    typed = "morgen over de kapp"
    page = woo_client.post(
        reverse("woo:passage_ocr", args=[verzoek.pk, record.pk]),
        {"afbeelding": media.pk, "passage": typed, "start": "", "grond": "5.1.2i"},
        follow=True,
    ).content.decode()
    field = f"ocr-passage-{media.pk}"
    assert _value(page, field) == typed
    tag = re.search(rf'<input[^>]*id="{field}"[^>]*>', page)[0]
    assert 'aria-invalid="true"' in tag and f"ocr-passage-fout-{media.pk}" in tag
    assert f'id="ocr-passage-fout-{media.pk}"' in page
    # The ground chosen stays chosen.
    select = page.split(f'id="ocr-grond-{media.pk}"', 1)[1].split("</select>", 1)[0]
    assert '<option value="5.1.2i" selected>' in select
    assert '<option value="5.1.2e" selected>' not in select


def _full_name(user, first, last):
    user.first_name, user.last_name = first, last
    user.save(update_fields=["first_name", "last_name"])


def test_the_notices_say_who_reported_by_name(record, woo_user, ib_client):
    # Walk 44: "Gemeld door: woo" — Informatiebeheer does not know colleagues by user name.
    _full_name(woo_user, "Wies", "Oosterhuis")
    notice = WooMelding.objects.create(submission=record, tekst=TEXT, gemeld_door=woo_user)
    listing = ib_client.get(reverse("admin:woo_woomelding_changelist")).content.decode()
    assert "Wies Oosterhuis" in listing
    assert ">woo<" not in listing
    page = ib_client.get(reverse("admin:woo_woomelding_change", args=[notice.pk]))
    assert "Wies Oosterhuis" in page.content.decode()


def test_a_colleague_without_a_name_is_shown_by_user_name(record, woo_user, ib_client):
    WooMelding.objects.create(submission=record, tekst=TEXT, gemeld_door=woo_user)
    listing = ib_client.get(reverse("admin:woo_woomelding_changelist")).content.decode()
    assert ">woo<" in listing


def test_the_requests_admin_names_who_made_a_request(verzoek, woo_user, ib):
    _full_name(woo_user, "Wies", "Oosterhuis")
    client = Client()
    ib.is_superuser = True  # the requests' admin is Beheer's; any who may see it
    ib.save(update_fields=["is_superuser"])
    client.force_login(ib)
    listing = client.get(reverse("admin:woo_wooverzoek_changelist")).content.decode()
    assert "Wies Oosterhuis" in listing
    page = client.get(reverse("admin:woo_wooverzoek_change", args=[verzoek.pk])).content.decode()
    assert "Wies Oosterhuis" in page


def test_a_thumbnail_says_it_opens_a_new_tab(woo_client, shot):
    record, media = shot
    page = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    link = re.search(r'<a [^>]*target="_blank"[^>]*>.*?</a>', page, re.S)[0]
    assert "(opent in een nieuw tabblad)" in link


def test_every_new_tab_link_in_the_templates_says_so():
    """Each target="_blank" in a template is followed, within its link, by the words."""
    for path in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        text = path.read_text()
        for match in re.finditer(r'target="_blank"', text):
            end = text.index("</a>", match.end())
            assert "opent in een nieuw tabblad" in text[match.end() : end], path
