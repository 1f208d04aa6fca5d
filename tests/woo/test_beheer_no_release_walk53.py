"""Walk 53: Beheer made the Woo release. After the Woo officer decided the request (the export
turned 'Verouderd'), `GET /woo/verzoeken/<id>/besluit/csv/` as Beheer started a new release
job (the page then said 'Klaar: … door <beheer>', audit `woo_verzoek.exported` by Beheer) and
`POST …/besluit/maken/` answered 302. Separation of duties: Beheer decides nothing on a Woo
request, so both answer 403 with a 'Besluit geweigerd (functiescheiding)' row.

The second half walks every Woo URL and every review URL of the admin as Beheer, taken from the
URLconf, so a view added later is refused too unless it is named below as not deciding."""

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from django.urls.resolvers import RoutePattern

from audit.models import AuditEvent
from chats.models import Submission
from woo import urls as woo_urls
from woo.besluit import beoordeling_save_record, verzoek_close
from woo.constants import Oordeel
from woo.models import WooRelease
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def decided(make_record, woo_user, woo_client, verzoek):
    """A request judged, exported by the Woo officer, then decided: the export is stale."""
    record = make_record(["De kap van de kastanje begint maandag."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    verzoek_close(user=woo_user, verzoek=verzoek)
    return verzoek


@pytest.fixture
def bea(beheerder):
    """Beheer in a client of its own (the `client` fixture is the Woo officer's here)."""
    own = Client()
    own.force_login(beheerder)
    return own


def _refusals(username: str) -> int:
    return AuditEvent.objects.filter(action="decision.refused", actor_name=username).count()


def test_beheer_cannot_make_the_release_by_downloading(bea, decided):
    releases = WooRelease.objects.count()
    response = bea.get(reverse("woo:release", args=[decided.pk, "csv"]))
    assert response.status_code == 403
    assert "functiescheiding" in response.content.decode()
    assert WooRelease.objects.count() == releases
    assert not WooRelease.objects.filter(aangevraagd_door__username="bea").exists()
    assert not AuditEvent.objects.filter(action="woo_verzoek.exported", actor_name="bea").exists()
    assert _refusals("bea") == 1


def test_beheer_cannot_start_the_release(bea, decided):
    releases = WooRelease.objects.count()
    response = bea.post(reverse("woo:release_make", args=[decided.pk]))
    assert response.status_code == 403
    assert WooRelease.objects.count() == releases
    assert _refusals("bea") == 1


def test_the_service_refuses_beheer_too(beheerder, decided):
    from accounts.duties import DutyRefused
    from woo.release_jobs import release_request

    with pytest.raises(DutyRefused):
        release_request(user=beheerder, verzoek=decided)


def test_beheer_sees_no_export_button_nor_download_links(bea, woo_client, decided):
    woo_client.post(reverse("woo:release_make", args=[decided.pk]))  # fresh again, by the officer
    html = bea.get(reverse("woo:verzoek_detail", args=[decided.pk])).content.decode()
    assert "Klaar: gemaakt op" in html
    assert 'id="export-start"' not in html
    assert reverse("woo:release", args=[decided.pk, "csv"]) not in html


def test_the_woo_officer_still_makes_and_downloads_it(woo_client, decided):
    response = woo_client.get(reverse("woo:release", args=[decided.pk, "csv"]), follow=True)
    assert response.status_code == 200


# --- every deciding URL, as Beheer ---------------------------------------------------------------

# Woo URLs that decide nothing: pages to read (GET only), the notice for Informatiebeheer any
# searcher may send, and the synonym list (reference data, which Beheer keeps; in the admin too).
WOO_NOT_DECIDING = {
    "index",
    "search",
    "record",
    "record_media",
    "verzoek_list",
    "verzoek_detail",
    "beoordelen",
    "record_notice",
    "synoniemen",
    "synoniem_edit",
    "synoniem_delete",
}
# Review URLs of the admin that only show: the queue, the page, the options of a zaak's result,
# an attachment, the record as PDF.
REVIEW_NOT_DECIDING = {"overview", "review", "resultaat_options", "media", "rendition"}
REVIEW_PREFIX = "chats_submission_"


def _kwargs(pattern) -> dict:
    """Any values: the refusal comes before the view looks anything up."""
    converters = pattern.pattern.converters
    return {
        name: ("csv" if type(conv).__name__ == "StringConverter" else 1)
        for name, conv in converters.items()
    }


def _woo_urls() -> list[tuple[str, str]]:
    return [
        (p.name, reverse(f"woo:{p.name}", kwargs=_kwargs(p)))
        for p in woo_urls.urlpatterns
        if p.name not in WOO_NOT_DECIDING
    ]


def _review_urls() -> list[tuple[str, str]]:
    model_admin = admin.site._registry[Submission]
    found = []
    for p in model_admin.get_urls():
        name = p.name or ""
        if not name.startswith(REVIEW_PREFIX) or not isinstance(p.pattern, RoutePattern):
            continue
        short = name.removeprefix(REVIEW_PREFIX)
        route = str(p.pattern)
        if "beoordelen/" not in route and short != "overview" or short in REVIEW_NOT_DECIDING:
            continue
        found.append((short, reverse(f"admin:{name}", kwargs=_kwargs(p))))
    return found


def test_the_walk_finds_the_views_it_is_about():
    woo = dict(_woo_urls())
    assert {"release", "release_make", "verzoek_close", "passage", "verzoek_new"} <= set(woo)
    review = dict(_review_urls())
    assert {"archive", "redaction_toggle", "media_area"} <= set(review)
    names = {p.name for p in woo_urls.urlpatterns}
    assert names >= WOO_NOT_DECIDING, WOO_NOT_DECIDING - names


def _as_beheer(client, url):
    """POST, or GET where the view answers only GET (a download that starts a job)."""
    response = client.post(url)
    if response.status_code == 405:
        response = client.get(url)
    return response


def test_every_deciding_woo_url_refuses_beheer(beheerder_client):
    answered = {}
    for name, url in _woo_urls():
        before = _refusals("bea")
        response = _as_beheer(beheerder_client, url)
        answered[name] = (response.status_code, _refusals("bea") - before)
    assert {name: got for name, got in answered.items() if got != (403, 1)} == {}


def test_every_deciding_review_url_refuses_beheer(beheerder_client):
    answered = {}
    for name, url in _review_urls():
        before = _refusals("bea")
        response = _as_beheer(beheerder_client, url)
        answered[name] = (response.status_code, _refusals("bea") - before)
    assert {name: got for name, got in answered.items() if got != (403, 1)} == {}
