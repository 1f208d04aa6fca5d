"""A Woo officer reading a record for a request can add a whole day from the day's heading,
without searching first (walk of stop 26: 'Hele dag toevoegen' was only offered next to a
search hit, so a day of a 5,000-message chat with no word to search for could only be added
message by message)."""

import pytest

from woo.models import WooSelectie

pytestmark = pytest.mark.django_db


def test_each_day_heading_offers_to_add_that_day(make_record, woo_client, verzoek):
    record = make_record([f"Bericht {n} over de Stationsweg." for n in range(5)])
    page = woo_client.get(
        f"/woo/archiefstukken/{record.pk}/", {"verzoek": verzoek.pk}
    ).content.decode()
    assert page.count('class="btn btn-sm btn-link p-0 woo-add-day-heading"') == 1
    assert (
        'Hele dag<span class="visually-hidden"> (12 maart 2024)</span> toevoegen aan WOO-2025-007'
        in page
    )

    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/toevoegen/meerdere/",
        {"soort": "dag", "archiefstuk": record.pk, "dag": "2024-03-12"},
    )
    assert WooSelectie.objects.filter(verzoek=verzoek).count() == 5


def test_without_a_request_no_day_is_offered(make_record, woo_client):
    record = make_record(["Bericht over de Stationsweg."])
    assert (
        "woo-add-day-heading"
        not in woo_client.get(f"/woo/archiefstukken/{record.pk}/").content.decode()
    )


def test_a_day_already_in_the_request_is_not_offered_again(make_record, woo_client, verzoek):
    # Left from stop 26: after "Hele dag toevoegen" the heading (and each hit's "Hele dag")
    # still offered the same day; a click only said the messages were there already.
    record = make_record([f"Bericht {n} over de Stationsweg." for n in range(5)])
    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/toevoegen/meerdere/",
        {"soort": "dag", "archiefstuk": record.pk, "dag": "2024-03-12"},
    )
    page = woo_client.get(
        f"/woo/archiefstukken/{record.pk}/", {"verzoek": verzoek.pk, "zoek": "stationsweg"}
    ).content.decode()
    assert "woo-add-day" not in page
    assert "Hele dag in WOO-2025-007" in page


def test_a_day_partly_in_the_request_is_still_offered(make_record, woo_client, woo_user, verzoek):
    record = make_record([f"Bericht {n} over de Stationsweg." for n in range(5)])
    first = record.messages.order_by("seq").first()
    WooSelectie.objects.create(
        verzoek=verzoek, submission=record, message=first, toegevoegd_door=woo_user
    )
    page = woo_client.get(
        f"/woo/archiefstukken/{record.pk}/", {"verzoek": verzoek.pk}
    ).content.decode()
    assert page.count("woo-add-day-heading") == 1
    assert "Hele dag in WOO-2025-007" not in page
