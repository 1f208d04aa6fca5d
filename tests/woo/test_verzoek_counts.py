"""Counts a Woo officer reads on the record and request pages have a thousands dot, as the
search page's do ("1.001 treffers", not "1001")."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_thousand_hits_added_to_a_request_are_counted_with_a_dot(
    make_record, woo_client, verzoek
):
    record = make_record([f"Laadpaal {n} aan de Stationsweg is kapot." for n in range(1001)])
    page = woo_client.get(
        f"/woo/archiefstukken/{record.pk}/", {"zoek": "laadpaal", "verzoek": verzoek.pk}
    ).content.decode()
    assert "<strong>1.001</strong> treffers voor" in page
    assert "Alle 1.001 treffers toevoegen aan WOO-2025-007" in page

    added = woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/toevoegen/meerdere/",
        {"soort": "treffers", "archiefstuk": record.pk, "zoek": "laadpaal", "per": "gesprek"},
        follow=True,
    ).content.decode()
    assert "1.001 berichten toegevoegd aan WOO-2025-007." in added

    detail = woo_client.get(f"/woo/verzoeken/{verzoek.pk}/").content.decode()
    assert "Nog 1.001 documenten niet beoordeeld" in detail
    assert '<td data-label="Beoordeeld">0 van 1.001</td>' in detail
    assert (
        "<summary>Selectie (1.001 keuzes: hele archiefstukken en losse berichten)</summary>"
        in detail
    )
    assert "<li>en nog 991</li>" in detail

    # Walk of stop 27: the judging page said "1001 van 1.001 documenten beoordeeld".
    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/alles/",
        {"oordeel": "openbaar"},
    )
    judged = woo_client.get(f"/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/").content
    assert "1.001 van 1.001 documenten beoordeeld" in judged.decode()


def test_the_request_page_adds_up_its_documents_and_says_what_the_selection_counts(
    make_record, woo_client, verzoek
):
    """Stop 29 noticed three different totals on the request page: '12 documenten' above,
    'Selectie (2)' below and per record figures without a sum. The table now has a total that
    matches the export's, and the selection says it counts choices, not documents."""
    whole = make_record([f"Bericht {n} over de kap." for n in range(10)])
    other = make_record(["De kap begint.", "Bomen weg.", "Klaar."])
    add = reverse("woo:verzoek_add", args=[verzoek.pk])
    woo_client.post(add, {"archiefstuk": whole.pk})
    for seq in (1, 3):
        message = other.messages.get(seq=seq)
        woo_client.post(add, {"archiefstuk": other.pk, "bericht": message.pk})
    detail = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert 'PDF/A, <span id="export-aantal">12 documenten' in detail
    assert re.search(
        r'<th scope="row">Totaal</th>\s*<td data-label="Documenten">12</td>\s*'
        r'<td data-label="Beoordeeld">0 van 12</td>',
        detail,
    )
    assert (
        "<summary>Selectie (3 keuzes: hele archiefstukken en losse berichten)</summary>" in detail
    )
