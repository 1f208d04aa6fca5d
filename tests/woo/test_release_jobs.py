"""The release as a job: made once by the worker, stored with SHA-256s, served from the store,
stale after any change to the assessment, refused while unassessed, nothing half-stored."""

import hashlib
import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from audit.models import AuditEvent
from chats.rendition import RenditionError
from tests.conftest import png_bytes
from woo import release as release_module
from woo.besluit import beoordeling_save, beoordeling_save_record, passage_add
from woo.constants import Oordeel, ReleaseStatus
from woo.models import WooRelease, WooReleaseFile
from woo.release_jobs import INTERRUPTED, QUEUE_DOWN, assessment_state
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    """A store of its own, so the files on disk are this test's only."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def judged(make_record, woo_user, verzoek):
    record = make_record(["De kap van de kastanje begint maandag.", "Het bod is veertigduizend."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    return record


@pytest.fixture
def builds(monkeypatch):
    """Counts how often the release files are actually made."""
    calls = []
    real = release_module.build_release

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr("woo.release_jobs.build_release", counting)
    return calls


def _make(client, verzoek):
    return client.post(reverse("woo:release_make", args=[verzoek.pk]), follow=True)


def _body(response) -> bytes:
    assert response.status_code == 200, response
    return b"".join(response.streaming_content)


def _store_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / "woo" / "besluiten"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_the_release_is_made_once_stored_with_sha256_and_served_from_the_store(
    woo_client, woo_user, verzoek, judged, builds
):
    page = _make(woo_client, verzoek).content.decode()
    assert "Klaar: gemaakt op" in page
    release = WooRelease.objects.get(verzoek=verzoek)
    assert release.status == ReleaseStatus.KLAAR and release.documenten == 2
    files = {f.kind: f for f in release.files.all()}
    assert set(files) == {"pdf", "xlsx", "csv", "verantwoording", "verantwoording-pdf", "zip"}
    for stored in files.values():
        # In the private store under generated names, never a web path, with its SHA-256.
        assert stored.file.name.startswith(f"woo/besluiten/{verzoek.pk}/")
        data = stored.file.open("rb").read()
        assert hashlib.sha256(data).hexdigest() == stored.sha256 and len(data) == stored.size
        assert f'id="export-{stored.kind}"' in page and stored.sha256 in page
    for kind in ("pdf", "pdf", "csv", "zip"):
        response = woo_client.get(reverse("woo:release", args=[verzoek.pk, kind]))
        assert hashlib.sha256(_body(response)).hexdigest() == files[kind].sha256
    assert len(builds) == 1  # made once, served four times
    downloads = AuditEvent.objects.filter(action="woo_verzoek.exported").order_by("pk")
    assert downloads.count() == 4 and all(e.actor == woo_user for e in downloads)
    assert downloads.first().detail["files"] == {files["pdf"].name: files["pdf"].sha256}
    assert len(downloads.last().detail["files"]) == 6  # the ZIP: every file


def test_two_clicks_make_one_release(woo_client, verzoek, judged, builds):
    _make(woo_client, verzoek)
    _make(woo_client, verzoek)
    assert WooRelease.objects.count() == 1 and len(builds) == 1


@pytest.mark.parametrize("change", ["judgement", "passage", "selection"])
def test_any_change_afterwards_makes_the_release_stale(
    woo_client, woo_user, verzoek, judged, make_record, change, builds
):
    _make(woo_client, verzoek)
    old = WooRelease.objects.get()
    message = judged.messages.get(seq=2)
    if change == "judgement":
        beoordeling_save(
            user=woo_user,
            verzoek=verzoek,
            message_id=message.pk,
            oordeel=Oordeel.NIET_OPENBAAR,
            gronden=["5.1.2b"],
        )
    elif change == "passage":
        passage_add(
            user=woo_user, verzoek=verzoek, message_id=message.pk, passage="veertig", grond="5.2"
        )
    else:
        other = make_record(["Nog een gesprek over de kastanje."])
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=other.pk)
        beoordeling_save_record(
            user=woo_user, verzoek=verzoek, submission_id=other.pk, oordeel=Oordeel.OPENBAAR
        )
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Verouderd: opnieuw maken" in page
    assert 'id="export-pdf"' not in page  # the stale files are not offered
    # The old URL makes nothing (review 53: a GET changes nothing) and serves nothing stale.
    response = woo_client.get(reverse("woo:release", args=[verzoek.pk, "pdf"]), follow=True)
    assert "Er is geen export van de huidige beoordeling" in response.content.decode()
    assert WooRelease.objects.get().pk == old.pk and len(builds) == 1
    # 'Opnieuw maken' makes the new release; the stale one and its files are gone.
    _make(woo_client, verzoek)
    pdf = _body(woo_client.get(reverse("woo:release", args=[verzoek.pk, "pdf"])))
    new = WooRelease.objects.get()
    assert new.pk != old.pk and len(builds) == 2
    assert hashlib.sha256(pdf).hexdigest() == new.files.get(kind="pdf").sha256
    assert len(_store_files()) == 6
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    if change == "judgement":
        assert "veertigduizend" not in text and "Bericht niet openbaar (5.1.2b)" in text


def test_export_is_refused_while_anything_is_unassessed(woo_client, woo_user, verzoek, make_record):
    record = make_record(["Een bericht.", "Nog een bericht."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=record.messages.get(seq=1).pk,
        oordeel=Oordeel.OPENBAAR,
    )
    before = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    # Said beside the button before it is pressed (walkthrough: it looked ready to use).
    assert (
        "Exporteren kan pas als elk geselecteerd document is beoordeeld; nog 1 document" in before
    )
    page = _make(woo_client, verzoek).content.decode()
    assert "Exporteren kan niet: 1 document is nog niet beoordeeld" in page
    assert not WooRelease.objects.exists()
    response = woo_client.get(reverse("woo:release", args=[verzoek.pk, "zip"]))
    assert response.status_code == 302 and not WooRelease.objects.exists()


def test_a_failed_job_stores_nothing_shows_why_and_can_be_retried(
    woo_client, verzoek, judged, monkeypatch
):
    def refuse(*args, **kwargs):
        raise RenditionError("De PDF van het gesprek kon niet worden gemaakt.")

    monkeypatch.setattr("woo.release.write_verantwoording_pdf", refuse)
    page = _make(woo_client, verzoek).content.decode()
    release = WooRelease.objects.get()
    assert release.status == ReleaseStatus.MISLUKT
    assert "De export is mislukt." in page and "kon niet worden gemaakt" in page
    assert "Opnieuw proberen" in page
    assert not WooReleaseFile.objects.exists() and _store_files() == []
    assert AuditEvent.objects.filter(action="woo_verzoek.export_failed").count() == 1
    monkeypatch.undo()
    page = _make(woo_client, verzoek).content.decode()
    assert "Klaar: gemaakt op" in page and WooRelease.objects.get().status == ReleaseStatus.KLAAR


def test_a_failure_while_storing_removes_what_was_stored(woo_client, verzoek, judged, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(WooReleaseFile.objects, "bulk_create", broken)
    page = _make(woo_client, verzoek).content.decode()
    assert "De export kon niet worden gemaakt. Probeer het opnieuw" in page
    assert WooRelease.objects.get().status == ReleaseStatus.MISLUKT
    assert _store_files() == []


def test_a_running_job_shows_a_dutch_status_that_refreshes_itself(
    woo_client, verzoek, judged, monkeypatch
):
    monkeypatch.setattr("woo.tasks.make_release.delay", lambda release_id: None)
    page = _make(woo_client, verzoek).content.decode()
    assert "Wordt gemaakt…" in page and 'data-refresh="5"' in page
    assert 'http-equiv="refresh"' not in page
    assert WooRelease.objects.get().status == ReleaseStatus.BEZIG
    # The old URL while it runs: no second job, the page explains.
    response = woo_client.get(reverse("woo:release", args=[verzoek.pk, "pdf"]), follow=True)
    assert "De export wordt nog gemaakt." in response.content.decode()
    assert WooRelease.objects.count() == 1


def test_a_job_the_worker_died_on_can_be_started_again(woo_client, verzoek, judged, monkeypatch):
    monkeypatch.setattr("woo.tasks.make_release.delay", lambda release_id: None)
    _make(woo_client, verzoek)
    WooRelease.objects.update(aangevraagd_op=timezone.now() - timedelta(hours=2))
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert INTERRUPTED in page and "Opnieuw proberen" in page


def test_an_unreachable_broker_is_a_dutch_error(woo_client, verzoek, judged, monkeypatch):
    def down(release_id):
        raise ConnectionError("redis down")

    monkeypatch.setattr("woo.tasks.make_release.delay", down)
    page = _make(woo_client, verzoek).content.decode()
    assert QUEUE_DOWN in page and WooRelease.objects.get().status == ReleaseStatus.MISLUKT


def test_the_verantwoording_is_also_a_pdf_a_with_the_same_account(
    woo_client, woo_user, verzoek, judged
):
    _make(woo_client, verzoek)
    pdf = _body(woo_client.get(reverse("woo:release", args=[verzoek.pk, "verantwoording-pdf"])))
    reader = PdfReader(io.BytesIO(pdf))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid:part" in xmp
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    stored = WooRelease.objects.get().files.get(kind="pdf")
    assert f"Verantwoording Woo-verzoek {verzoek.nummer}" in text
    assert stored.sha256 in text.replace(" ", "") and "Beoordelingen per document" in text
    assert f"beoordeeld door {woo_user.get_username()}" in text


def test_the_assessment_state_ignores_nothing_that_changes_the_release(woo_user, verzoek, judged):
    before = assessment_state(verzoek)
    assert assessment_state(verzoek) == before
    passage_add(
        user=woo_user,
        verzoek=verzoek,
        message_id=judged.messages.get(seq=1).pk,
        passage="maandag",
        grond="5.2",
    )
    assert assessment_state(verzoek) != before


def test_deciding_the_request_makes_an_earlier_export_stale_and_the_new_one_carries_the_date(
    woo_client, verzoek, judged, builds
):
    """Walkthrough: after "Verzoek afhandelen" the stored verantwoording still said "Datum
    besluit: nog niet besloten" and was offered as current."""
    _make(woo_client, verzoek)
    today = timezone.localdate()
    response = woo_client.post(
        reverse("woo:verzoek_close", args=[verzoek.pk]), {"datum": today.isoformat()}, follow=True
    )
    assert "is afgehandeld" in response.content.decode()
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Verouderd: opnieuw maken" in page
    # The reason it is out of date: the decision, by the request's kenmerk.
    assert f"is het besluit op {verzoek.nummer} van " in page
    _make(woo_client, verzoek)  # 'Verouderd: opnieuw maken'
    account = _body(woo_client.get(reverse("woo:release", args=[verzoek.pk, "verantwoording"])))
    assert f"Datum besluit: {today:%d-%m-%Y}" in account.decode()
    assert len(builds) == 2


def test_the_page_says_to_decide_before_exporting_and_deciding_says_the_export_is_stale(
    woo_client, verzoek, judged
):
    """Walkthrough: an officer exported, then decided, and found the fresh export "Verouderd"
    without having been told that the verantwoording carries the decision date."""
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    export = page[page.index('id="besluit-export"') :]
    assert "Handel het verzoek eerst af en exporteer daarna" in export[: export.index("</section>")]
    _make(woo_client, verzoek)
    response = woo_client.post(
        reverse("woo:verzoek_close", args=[verzoek.pk]),
        {"datum": timezone.localdate().isoformat()},
        follow=True,
    )
    body = response.content.decode()
    assert "is afgehandeld" in body
    assert "De export van vóór het besluit is verouderd" in body
    assert "Handel het verzoek eerst af" not in body  # decided: the hint is gone


def test_deciding_without_an_earlier_export_says_nothing_about_one(woo_client, verzoek, judged):
    response = woo_client.post(
        reverse("woo:verzoek_close", args=[verzoek.pk]),
        {"datum": timezone.localdate().isoformat()},
        follow=True,
    )
    assert "is afgehandeld" in response.content.decode()
    assert "verouderd" not in response.content.decode()


def test_the_decision_date_is_asked_and_checked(woo_client, verzoek, judged):
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    close_form = page[page.index(reverse("woo:verzoek_close", args=[verzoek.pk])) :]
    assert 'name="datum"' in close_form[: close_form.index("</form>")]
    future = (timezone.localdate() + timedelta(days=3)).isoformat()
    refused = woo_client.post(
        reverse("woo:verzoek_close", args=[verzoek.pk]), {"datum": future}, follow=True
    )
    assert "De datum van het besluit ligt in de toekomst." in refused.content.decode()
    early = (verzoek.ontvangen_op - timedelta(days=1)).isoformat()
    refused = woo_client.post(
        reverse("woo:verzoek_close", args=[verzoek.pk]), {"datum": early}, follow=True
    )
    assert "vóór de ontvangst van het verzoek" in refused.content.decode()
    verzoek.refresh_from_db()
    assert verzoek.is_open


def test_withholding_an_attachment_afterwards_makes_the_release_stale(
    woo_client, woo_user, ib, verzoek, make_record, make_media
):
    from chats.review.services import media_withhold  # the review's service, as on its page

    record = make_record(["Foto van de gevel bij de markt.", "Dank voor de foto."])
    photo = make_media(
        record, record.messages.get(seq=1), original=png_bytes(), derived=png_bytes(30, 20)
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    _make(woo_client, verzoek)
    made = WooRelease.objects.get()
    assert made.status == ReleaseStatus.KLAAR
    assert "bijlage" in made.files.get(kind="verantwoording").file.read().decode()

    # Informatiebeheer withholds the photo: the export made before may not be handed out.
    media_withhold(submission_id=record.pk, media_id=photo.pk, user=ib)
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Verouderd: opnieuw maken" in page
    assert 'id="export-pdf"' not in page


def test_the_ready_line_says_how_many_documents_are_released(woo_client, woo_user, verzoek, judged):
    # "Klaar: …, 2 documenten uit 1 archiefstuk" counted the withheld document too; the line
    # now says how many of them the release makes (partly) public, as the line above it does.
    message = judged.messages.order_by("pk").last()
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2b"],
    )
    page = _make(woo_client, verzoek).content.decode()
    release = WooRelease.objects.get(verzoek=verzoek)
    assert (release.documenten, release.openbaar) == (2, 1)
    assert "2 documenten, waarvan 1 (deels) openbaar, uit 1 archiefstuk." in page


def test_a_release_made_before_the_count_was_kept_says_only_the_total(
    woo_client, woo_user, verzoek, judged
):
    _make(woo_client, verzoek)
    WooRelease.objects.update(openbaar=None)
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "2 documenten uit 1 archiefstuk." in page
