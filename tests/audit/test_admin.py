"""The audit log in the admin: Dutch labels for old and new rows, read-only, a cheap filter."""

import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from audit import events
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:audit_auditevent_changelist")
SUBMISSION = SimpleNamespace(
    _meta=SimpleNamespace(label_lower="chats.submission"), pk=7, status="afgewezen"
)


@pytest.fixture
def rows(beheerder):
    """A new row and two rows written with legacy codes before audit.events existed."""
    new = events.submission_rejected(submission=SUBMISSION, actor=beheerder, reason="dubbel")
    old = AuditEvent.objects.create(action="inzending.afgewezen", actor_name="inge")
    other = AuditEvent.objects.create(action="woo.record_view", actor_name="woo")
    return new, old, other


def label_cells(html: str) -> list[str]:
    return re.findall(r'<td class="field-label">([^<]*)</td>', html)


def test_the_list_shows_dutch_labels_for_new_and_legacy_codes(beheerder_client, rows):
    with CaptureQueriesContext(connection) as queries:
        html = beheerder_client.get(CHANGELIST).content.decode()
    # The beheerder's own login is a row of the log too.
    assert sorted(label for label in label_cells(html) if label != "Ingelogd") == [
        "Inzending afgewezen",
        "Inzending afgewezen",
        "Woo: archiefstuk bekeken",
    ]
    # The filter is a fixed list of labels, not a DISTINCT over the whole log.
    assert not any("DISTINCT" in query["sql"] and '"action"' in query["sql"] for query in queries)
    assert "Woo-verzoek geëxporteerd" in html  # a filter choice


def test_the_filter_finds_an_event_under_its_new_and_legacy_codes(beheerder_client, rows):
    new, old, other = rows
    response = beheerder_client.get(CHANGELIST, {"action": "submission.rejected"})
    shown = {event.pk for event in response.context["cl"].result_list}
    assert shown == {new.pk, old.pk}


def test_the_row_page_shows_label_and_code_and_offers_no_change(beheerder_client, rows):
    new, _, _ = rows
    response = beheerder_client.get(reverse("admin:audit_auditevent_change", args=[new.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Inzending afgewezen" in html and "submission.rejected" in html
    assert 'name="_save"' not in html


def test_a_search_for_an_archiefstuk_number_finds_the_events_of_that_record(
    beheerder_client, beheerder
):
    """Walk 29: 'WA-000003', the number every page shows for a record, found 0 audit rows; the
    rows store the submission's id ('3'). The number finds that record's rows and no others."""
    record = SimpleNamespace(_meta=SimpleNamespace(label_lower="chats.submission"), pk=3)
    mine = events.submission_rejected(submission=record, actor=beheerder, reason="dubbel")
    # Another record's row, and a Woo request's row with the same id: neither may be found.
    events.submission_rejected(submission=SUBMISSION, actor=beheerder, reason="dubbel")
    AuditEvent.objects.create(
        action="woo_verzoek.created", object_type="woo.wooverzoek", object_id="3"
    )
    for term in ("WA-000003", "wa-3", " WA-000003 "):
        found = beheerder_client.get(CHANGELIST, {"q": term}).context["cl"].result_list
        assert [event.pk for event in found] == [mine.pk], term
    html = beheerder_client.get(CHANGELIST).content.decode()
    assert "archiefstuk (WA-000003)" in html


def test_a_search_for_a_woo_request_number_finds_the_events_of_that_request(
    beheerder_client, beheerder
):
    """Stop 29 noticed: the audit log could not be searched by a Woo request's number (the rows
    store its id). The number as the Woo pages show it finds that request's rows only."""
    from woo.models import WooVerzoek  # audit may not import woo; the test may

    mine, other = (
        WooVerzoek.objects.create(nummer=nummer, onderwerp="Stremming", aangemaakt_door=beheerder)
        for nummer in ("WOO-2026-041", "WOO-2026-0410")
    )
    wanted = events.woo_verzoek_created(verzoek=mine, actor=beheerder)
    events.woo_verzoek_created(verzoek=other, actor=beheerder)
    # A record's row with the same id: not found.
    AuditEvent.objects.create(
        action="submission.rejected", object_type="chats.submission", object_id=str(mine.pk)
    )
    for term in ("WOO-2026-041", "woo-2026-041 "):
        found = beheerder_client.get(CHANGELIST, {"q": term}).context["cl"].result_list
        assert [event.pk for event in found] == [wanted.pk], term
    html = beheerder_client.get(CHANGELIST).content.decode()
    assert "Woo-verzoek (WOO-2024-017)" in html


def test_a_search_for_an_archiefstuk_number_finds_its_attachments_rows_too(
    beheerder_client, beheerder
):
    """Walk 30: a PDF of WA-000012 withheld and released again, its photos opened: those rows name
    the attachment (chats.mediaitem) and carry the record in their detail, and a search for
    the record's number left them out. The attachments of another record stay out."""
    record = SimpleNamespace(_meta=SimpleNamespace(label_lower="chats.submission"), pk=12)
    own = events.submission_rejected(submission=record, actor=beheerder, reason="dubbel")
    released = AuditEvent.objects.create(
        action="media.released",
        object_type="chats.mediaitem",
        object_id="40",
        detail={"seq": 2, "release": "vrijgegeven", "submission_id": 12},
    )
    opened = AuditEvent.objects.create(
        action="media.downloaded",
        object_type="chats.mediaitem",
        object_id="41",
        detail={"seq": 3, "role": "review", "submission_id": 12},
    )
    # Another record's attachment whose own id is 12: not this record's.
    AuditEvent.objects.create(
        action="media.withheld",
        object_type="chats.mediaitem",
        object_id="12",
        detail={"seq": 0, "release": "achtergehouden", "submission_id": 5},
    )
    for term in ("WA-000012", "wa-12"):
        found = beheerder_client.get(CHANGELIST, {"q": term}).context["cl"].result_list
        assert sorted(event.pk for event in found) == sorted([own.pk, released.pk, opened.pk])


def test_the_list_names_the_object_in_dutch_with_its_number(beheerder_client, rows):
    # Stop 30's walk: the list showed "chats.submission" and "7" where people read a record's
    # number as WA-000007.
    html = beheerder_client.get(CHANGELIST).content.decode()
    cells = re.findall(r'<td class="field-object_shown">([^<]*)</td>', html)
    assert "inzending WA-000007" in cells
    assert "chats.submission" not in "".join(cells)
    # The filter offers the object types by their Dutch names too.
    assert ">inzending</a>" in html


def test_an_object_type_of_a_model_that_no_longer_exists_is_shown_as_stored():
    from audit.admin import object_shown

    event = AuditEvent(action="x", object_type="oud.model", object_id="5")
    assert object_shown(event) == "oud.model 5"
    assert object_shown(AuditEvent(action="x")) == ""
