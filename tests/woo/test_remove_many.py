"""A whole day or a whole record comes out of a request in one action (left from walk 27: after
"Hele dag toevoegen" of 1,561 messages by mistake, each message had to be taken out on its own,
page by page of the selection)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.actions import AuditAction
from audit.models import AuditEvent
from woo.constants import VerzoekStatus
from woo.models import WooSelectie

pytestmark = pytest.mark.django_db


def _add_day(client, verzoek, record, day="2024-03-12"):
    client.post(
        f"/woo/verzoeken/{verzoek.pk}/toevoegen/meerdere/",
        {"soort": "dag", "archiefstuk": record.pk, "dag": day},
    )


def test_a_day_in_the_request_is_taken_out_from_its_heading(make_record, woo_client, verzoek):
    record = make_record([f"Bericht {n} over de Stationsweg." for n in range(5)])
    _add_day(woo_client, verzoek, record)
    page = woo_client.get(
        f"/woo/archiefstukken/{record.pk}/", {"verzoek": verzoek.pk}
    ).content.decode()
    assert "Hele dag in WOO-2025-007" in page
    assert "woo-remove-day" in page and "/woo/verzoeken/" in page

    response = woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
        {"soort": "dag", "archiefstuk": record.pk, "dag": "2024-03-12"},
        follow=True,
    )
    assert not WooSelectie.objects.filter(verzoek=verzoek).exists()
    assert "5 berichten uit WOO-2025-007 gehaald." in response.content.decode()
    [event] = AuditEvent.objects.filter(action=AuditAction.WOO_SELECTIE_REMOVED)
    assert event.detail["submission_id"] == record.pk
    assert len(event.detail["message_ids"]) == 5
    assert event.detail["whole_record"] is False


def test_taking_out_a_day_leaves_the_other_days_and_other_records(
    make_record, woo_client, woo_user, verzoek
):
    record = make_record([f"Bericht {n} over de Stationsweg." for n in range(5)])
    other = make_record(["Ander archiefstuk."])
    _add_day(woo_client, verzoek, record)
    WooSelectie.objects.create(verzoek=verzoek, submission=other, toegevoegd_door=woo_user)
    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
        {"soort": "dag", "archiefstuk": record.pk, "dag": "2024-03-13"},
    )
    assert WooSelectie.objects.filter(verzoek=verzoek, submission=record).count() == 5
    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
        {"soort": "dag", "archiefstuk": record.pk, "dag": "2024-03-12"},
    )
    assert not WooSelectie.objects.filter(verzoek=verzoek, submission=record).exists()
    assert WooSelectie.objects.filter(verzoek=verzoek, submission=other).exists()


def test_a_record_comes_out_whole_from_the_request_page(make_record, woo_client, verzoek):
    record = make_record([f"Bericht {n} over de Stationsweg." for n in range(5)])
    _add_day(woo_client, verzoek, record)
    page = woo_client.get(f"/woo/verzoeken/{verzoek.pk}/").content.decode()
    assert "woo-remove-record" in page and "data-confirm=" in page
    # The buttons sit side by side in a box of their own: a flex cell is no table cell (its
    # border stops short of the row, and some screen readers lose the column).
    assert '<td class="d-flex' not in page and '<div class="d-flex flex-wrap gap-2">' in page

    response = woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
        {"soort": "archiefstuk", "archiefstuk": record.pk},
        follow=True,
    )
    assert not WooSelectie.objects.filter(verzoek=verzoek).exists()
    assert "uit WOO-2025-007 gehaald (5 berichten)." in response.content.decode()


def test_nothing_to_take_out_says_so(make_record, woo_client, verzoek):
    record = make_record(["Bericht over de Stationsweg."])
    response = woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
        {"soort": "archiefstuk", "archiefstuk": record.pk},
        follow=True,
    )
    assert "Hiervan staat niets in WOO-2025-007." in response.content.decode()


def test_a_closed_request_keeps_its_selection(make_record, woo_client, verzoek):
    record = make_record([f"Bericht {n}." for n in range(3)])
    _add_day(woo_client, verzoek, record)
    type(verzoek).objects.filter(pk=verzoek.pk).update(status=VerzoekStatus.AFGEHANDELD)
    response = woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
        {"soort": "archiefstuk", "archiefstuk": record.pk},
        follow=True,
    )
    assert WooSelectie.objects.filter(verzoek=verzoek).count() == 3
    assert "kan niet meer worden gewijzigd" in response.content.decode()


def test_an_employee_without_the_woo_role_cannot_take_anything_out(
    make_record, woo_client, logged_in, make_user, verzoek
):
    record = make_record([f"Bericht {n}." for n in range(3)])
    _add_day(woo_client, verzoek, record)
    employee = logged_in(make_user("mw", "Medewerker"))
    response = employee.post(
        f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
        {"soort": "archiefstuk", "archiefstuk": record.pk},
    )
    assert response.status_code == 403
    assert WooSelectie.objects.filter(verzoek=verzoek).count() == 3


@pytest.mark.parametrize("dag", ["", "12-03-2024", "2024-02-30"])
def test_a_day_that_is_no_date_takes_nothing_out(make_record, woo_client, verzoek, dag):
    record = make_record([f"Bericht {n}." for n in range(3)])
    _add_day(woo_client, verzoek, record)
    response = woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
        {"soort": "dag", "archiefstuk": record.pk, "dag": dag},
        follow=True,
    )
    assert "Kies een geldige dag." in response.content.decode()
    assert WooSelectie.objects.filter(verzoek=verzoek).count() == 3


def test_taking_out_a_day_locks_only_the_selection(make_record, woo_client, verzoek):
    # The day is found through the messages' times and the selection is ordered by its request:
    # a plain FOR UPDATE locked the archive's message rows and the request's row too, for as
    # long as the removal and its judgements took.
    record = make_record([f"Bericht {n}." for n in range(3)])
    _add_day(woo_client, verzoek, record)
    with CaptureQueriesContext(connection) as queries:
        woo_client.post(
            f"/woo/verzoeken/{verzoek.pk}/uithalen/meerdere/",
            {"soort": "dag", "archiefstuk": record.pk, "dag": "2024-03-12"},
        )
    assert not WooSelectie.objects.filter(verzoek=verzoek).exists()
    locking = [q["sql"] for q in queries.captured_queries if "FOR UPDATE" in q["sql"]]
    if connection.features.has_select_for_update_of:
        assert locking and all('FOR UPDATE OF "woo_wooselectie"' in sql for sql in locking)
