"""Review 45, defect 3: after the purge Informatiebeheer could black out more in a record's
messages and attachments' text, but not in what the employee typed around it, which Woo and the
record's PDF show as well: the onderwerp (Woo's search results and record page, the PDF's title
and metadata, the search index), the omschrijving, and the record's redacted copy of its zaak's
description (Woo's record page, the PDF's metadata). Now each is offered on the review page of a
purged record as a redacted text to select in, with the same rules: the placeholder for good, no
undo, nothing of the passage kept, an audit row with who, where and the label but never the text,
the Woo index and the PDF follow.

Every test but the last (a guard) fails on main 1bce1751: the page offered no typed text, the
form refused the target.
"""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from chats import archiving
from chats.constants import RenditionState
from tests.woo.test_tighten_purged import (  # noqa: F401 - fixtures and helpers
    TEXTS,
    _found,
    _page,
    _pdf_text,
    _remade,
    own_store,
    queued,
    woo_client,
)

pytestmark = pytest.mark.django_db

ONDERWERP = "Kastanje bij Kooistra in de Tuinstraat"
OMSCHRIJVING = "Mevrouw Kooistra belde over de kastanje voor haar huis"
ZAAK = "Omgewaaide kastanje Tuinstraat"


@pytest.fixture
def typed(make_record, zaak, ib, settings, django_capture_on_commit_callbacks):
    """A record whose onderwerp, omschrijving and zaak still name what must go, archived and
    purged at once (as a fresh install does)."""
    from woo.indexing import index_submission

    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(0)
    zaak.omschrijving = ZAAK
    zaak.save(update_fields=["omschrijving"])
    record = make_record(TEXTS, zaak=zaak, index=False)
    record.onderwerp = record.onderwerp_redacted = ONDERWERP
    record.omschrijving = record.omschrijving_redacted = OMSCHRIJVING
    record.rendition_state = RenditionState.BEZIG
    record.reviewed_by = ib
    record.save()
    index_submission(submission_id=record.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert archiving.archive_complete(submission_id=record.pk).done
    record.refresh_from_db()
    assert record.originals_purged_at is not None
    assert "Tuinstraat" in record.zaak_omschrijving_redacted
    return record


def _version(html: str, kind: str, record) -> str:
    found = re.search(rf'data-target="{kind}" data-id="{record.pk}" data-v="(\w+)"', html)
    assert found, f"the review page offers no blackout in the {kind}"
    return found.group(1)


def _text(record, kind) -> str:
    record.refresh_from_db()
    field = {"onderwerp": "onderwerp_redacted", "omschrijving": "omschrijving_redacted"}
    return getattr(record, field.get(kind, "zaak_omschrijving_redacted"))


def _black_out(client, record, kind, word, label="PERSON", version=None):
    start = _text(record, kind).index(word)
    return client.post(
        reverse("admin:chats_submission_redaction_add", args=[record.pk]),
        {
            "target": kind,
            "target_id": record.pk,
            "start": start,
            "end": start + len(word),
            "label": label,
            "versie": version or _version(_page(client, record), kind, record),
        },
        follow=True,
    )


def test_the_review_page_offers_the_typed_texts_woo_shows(typed, ib_client):
    html = _page(ib_client, typed)
    for kind in ("onderwerp", "omschrijving", "zaak"):
        _version(html, kind, typed)
    assert 'data-label="Onderwerp"' in html
    assert "ook weglakken in het onderwerp en de omschrijving hierboven" in html


def test_the_onderwerp_leaves_woo_the_index_and_the_pdf(
    typed,
    ib_client,
    woo_client,  # noqa: F811 - the fixture imported above
    queued,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    assert _found(woo_client, typed, "Tuinstraat")
    with django_capture_on_commit_callbacks(execute=True):
        response = _black_out(ib_client, typed, "onderwerp", "Tuinstraat", label="ADDRESS")
    assert "Woo toont de tekst niet meer" in response.content.decode()
    typed.refresh_from_db()
    assert typed.onderwerp_redacted == "Kastanje bij Kooistra in de [ADRES]"
    assert typed.onderwerp == typed.onderwerp_redacted  # the purge's copy follows
    assert queued == [typed.pk], typed.rendition_state
    assert typed.rendition_state == RenditionState.BEZIG
    _remade(typed)
    assert not _found(woo_client, typed, "Tuinstraat")  # only the onderwerp held it
    # The zaak's description still names the street; the onderwerp no longer does.
    page = woo_client.get(reverse("woo:record", args=[typed.pk])).content.decode()
    assert "Kooistra in de [ADRES]" in page
    assert "in de Tuinstraat" not in page
    assert "in de Tuinstraat" not in _pdf_text(typed)
    assert "Kooistra in de [ADRES]" in _pdf_text(typed)


def test_the_omschrijving_and_its_purged_copy_are_blacked_out(typed, ib_client):
    _black_out(ib_client, typed, "omschrijving", "Kooistra")
    typed.refresh_from_db()
    assert typed.omschrijving_redacted == "Mevrouw [NAAM] belde over de kastanje voor haar huis"
    assert typed.omschrijving == typed.omschrijving_redacted
    assert "Kooistra" not in _page(ib_client, typed).split('id="rv-typed-omschrijving"')[1][:300]


def test_the_zaak_description_leaves_the_woo_record_page_and_the_pdf(
    typed,
    ib_client,
    woo_client,  # noqa: F811 - the fixture imported above
    queued,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        _black_out(ib_client, typed, "zaak", "Tuinstraat", label="ADDRESS")
    assert _text(typed, "zaak") == "Omgewaaide kastanje [ADRES]"
    _remade(typed)
    page = woo_client.get(reverse("woo:record", args=[typed.pk])).content.decode()
    assert "Omgewaaide kastanje" in page  # the placeholder is shown as a blackout
    assert "kastanje Tuinstraat" not in page
    assert "kastanje Tuinstraat" not in _pdf_text(typed)


def test_the_audit_row_names_who_where_and_the_label_never_the_text(typed, ib, ib_client):
    _black_out(ib_client, typed, "onderwerp", "Kooistra")
    event = AuditEvent.objects.filter(action="submission.free_text_changed").latest("pk")
    assert event.actor_id == ib.pk
    assert event.detail["fields"] == ["onderwerp"]
    assert event.detail["label"] == "PERSON"
    assert event.detail["reason"] == "nader anonimiseren"
    assert event.detail["start"] == ONDERWERP.index("Kooistra")
    assert "Kooistra" not in str(event.detail)


def test_no_undo_and_later_blackouts_compose(typed, ib_client):
    _black_out(ib_client, typed, "onderwerp", "Kooistra")
    _black_out(ib_client, typed, "onderwerp", "Tuinstraat", label="ADDRESS")
    assert _text(typed, "onderwerp") == "Kastanje bij [NAAM] in de [ADRES]"
    # A placeholder is blacked out for good: no button that would undo it.
    html = _page(ib_client, typed).split('id="rv-typed-onderwerp"')[1].split("</div>")[0]
    assert "rv-fixed" in html and 'role="button"' not in html
    response = _black_out(ib_client, typed, "onderwerp", "[NAAM]")
    assert "al weggelakt" in response.content.decode()


def test_a_page_read_before_another_change_is_refused(typed, ib_client):
    stale = _version(_page(ib_client, typed), "omschrijving", typed)
    _black_out(ib_client, typed, "omschrijving", "Kooistra")
    response = _black_out(ib_client, typed, "omschrijving", "kastanje", version=stale)
    assert "laad de pagina opnieuw" in response.content.decode().lower()
    assert "kastanje" in _text(typed, "omschrijving")


def test_beheer_may_not_black_out(typed, beheerder_client):
    assert 'data-target="onderwerp"' not in _page(beheerder_client, typed)
    start = ONDERWERP.index("Kooistra")
    beheerder_client.post(
        reverse("admin:chats_submission_redaction_add", args=[typed.pk]),
        {
            "target": "onderwerp",
            "target_id": typed.pk,
            "start": start,
            "end": start + len("Kooistra"),
            "label": "PERSON",
            "versie": "0",
        },
    )
    assert _text(typed, "onderwerp") == ONDERWERP


def test_the_zaak_message_says_the_other_records_of_the_zaak_are_not_changed(
    typed, ib_client, make_record
):
    # Review 45: "Woo toont de tekst niet meer" was untrue for the zaak's other records.
    make_record(TEXTS, zaak=typed.zaak, index=False)
    make_record(TEXTS, zaak=typed.zaak, index=False)
    page = _black_out(ib_client, typed, "zaak", "Tuinstraat", label="ADDRESS").content.decode()
    assert "Woo toont de tekst niet meer bij dit archiefstuk" in page
    assert "2 andere archiefstukken van deze zaak zijn niet gewijzigd" in page


def test_the_zaak_message_names_no_others_when_there_are_none(typed, ib_client):
    page = _black_out(ib_client, typed, "zaak", "Tuinstraat", label="ADDRESS").content.decode()
    assert "bij dit archiefstuk" in page
    assert "niet gewijzigd" not in page
