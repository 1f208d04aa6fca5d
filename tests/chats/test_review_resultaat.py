"""The selectielijst result list on the review page follows the chosen zaak's procestype, and a
refused archive keeps the zaak and result that were chosen."""

import json
import re

import pytest
from django.urls import reverse

from chats.review.forms import ArchiveForm
from tests.factories import (
    ProcestypeFactory,
    SelectielijstResultaatFactory,
    ZaakFactory,
    ZaaktypeFactory,
)

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


@pytest.fixture
def two_procestypen():
    onderhoud = SelectielijstResultaatFactory(nummer="15.1", naam="Uitgevoerd")
    toestemming = SelectielijstResultaatFactory(
        procestype=ProcestypeFactory(nummer=11, naam="Toestemming verlenen"),
        nummer="11.1",
        naam="Verleend",
    )
    vergunning = ZaakFactory(
        zaaknummer="Z-2024-000900",
        zaaktype=ZaaktypeFactory(
            identificatie="VERGUNNING", omschrijving="Vergunning", procestype=toestemming.procestype
        ),
    )
    melding = ZaakFactory(zaaknummer="Z-2024-000901")  # procestype 15 (the factory's)
    return onderhoud, toestemming, melding, vergunning


def options(html: str) -> set[str]:
    select = re.search(r'<select name="resultaat".*?</select>', html, re.S).group(0)
    return set(re.findall(r'<option value="(\d+)"', select))


def test_the_list_offers_only_the_results_of_the_suggested_zaaks_procestype(
    ib_client, two_procestypen
):
    from tests.factories import processed_submission

    onderhoud, toestemming, melding, vergunning = two_procestypen
    submission = processed_submission(zaaknummer=vergunning.zaaknummer)
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert options(html) == {str(toestemming.pk)}
    assert "procestype 11. Toestemming verlenen" in html


def test_the_server_answers_the_results_for_another_zaak(ib_client, submission, two_procestypen):
    onderhoud, toestemming, melding, vergunning = two_procestypen
    data = json.loads(
        ib_client.get(url("resultaat_options", submission.pk), {"zaak": melding.pk}).content
    )
    values = [o["value"] for g in data["groups"] for o in g["options"]]
    assert values == [onderhoud.pk]
    assert data["procestype"].startswith("15.")
    # A zaak without a zaaktype: everything, and no procestype.
    loose = ZaakFactory(zaaktype=None)
    data = json.loads(
        ib_client.get(url("resultaat_options", submission.pk), {"zaak": loose.pk}).content
    )
    assert {o["value"] for g in data["groups"] for o in g["options"]} == {
        onderhoud.pk,
        toestemming.pk,
    }
    assert data["procestype"] == ""


def test_the_results_endpoint_is_for_informatiebeheer_only(client, medewerker, submission):
    client.force_login(medewerker)
    assert client.get(url("resultaat_options", submission.pk)).status_code == 403


def test_a_wrong_pick_keeps_the_zaak_and_the_result(ib_client, submission, two_procestypen):
    onderhoud, toestemming, melding, vergunning = two_procestypen
    response = ib_client.post(
        url("archive", submission.pk),
        {"selectie": "1", "zaak": melding.pk, "resultaat": toestemming.pk},
    )
    assert response.status_code == 302
    assert f"zaak={melding.pk}" in response["Location"]
    html = ib_client.get(response["Location"]).content.decode()
    assert "past niet bij het zaaktype" in html
    assert f'<option value="{melding.pk}" selected>' in html
    assert re.search(rf'<option value="{toestemming.pk}" selected>', html)
    assert str(onderhoud.pk) in options(html)


def test_the_form_still_validates_every_result_with_a_dutch_reason(two_procestypen):
    onderhoud, toestemming, melding, vergunning = two_procestypen
    form = ArchiveForm({"zaak": melding.pk, "resultaat": toestemming.pk})
    assert not form.is_valid()
    assert "past niet bij het zaaktype" in form.errors["resultaat"][0]
    form = ArchiveForm({"zaak": melding.pk, "resultaat": onderhoud.pk})
    assert form.is_valid(), form.errors
