"""Review 53: a GET of a release file changes nothing. Without a current release it started the
job as the Woo officer, so a crafted link or a browser's prefetch could queue one; now it sends
the officer to the request page, whose 'Besluit exporteren' button (a POST) makes it."""

import hashlib

import pytest
from django.urls import reverse

from woo.besluit import beoordeling_save_record, passage_add
from woo.constants import Oordeel
from woo.models import WooRelease
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def judged(make_record, woo_user, verzoek):
    record = make_record(["De kap van de kastanje begint maandag."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    return record


@pytest.mark.parametrize("kind", ["pdf", "zip"])
def test_a_get_without_a_release_starts_no_job_and_offers_the_post_button(
    woo_client, verzoek, judged, kind
):
    url = reverse("woo:release", args=[verzoek.pk, kind])
    response = woo_client.get(url)
    assert response.status_code == 302
    assert response["Location"].endswith(
        reverse("woo:verzoek_detail", args=[verzoek.pk]) + "#besluit-export"
    )
    assert not WooRelease.objects.exists()
    page = woo_client.get(url, follow=True).content.decode()
    assert "Er is geen export van de huidige beoordeling om te downloaden." in page
    make = reverse("woo:release_make", args=[verzoek.pk])
    assert f'<form method="post" action="{make}">' in page and "Besluit exporteren" in page
    assert not WooRelease.objects.exists()


def test_the_post_makes_it_and_the_get_then_downloads_it(woo_client, verzoek, judged):
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    release = WooRelease.objects.get()
    response = woo_client.get(reverse("woo:release", args=[verzoek.pk, "pdf"]))
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert hashlib.sha256(body).hexdigest() == release.files.get(kind="pdf").sha256
    assert WooRelease.objects.count() == 1


def test_a_get_of_a_stale_release_makes_no_new_one(woo_client, woo_user, verzoek, judged):
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    old = WooRelease.objects.get()
    passage_add(
        user=woo_user,
        verzoek=verzoek,
        message_id=judged.messages.get(seq=1).pk,
        passage="maandag",
        grond="5.2",
    )
    response = woo_client.get(reverse("woo:release", args=[verzoek.pk, "pdf"]), follow=True)
    assert "Verouderd: opnieuw maken" in response.content.decode()
    assert list(WooRelease.objects.all()) == [old]
