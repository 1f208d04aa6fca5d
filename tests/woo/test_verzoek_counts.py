"""Counts a Woo officer reads on the record and request pages have a thousands dot, as the
search page's do ("1.001 treffers", not "1001")."""

import pytest

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
    assert "<td>0 van 1.001</td>" in detail
    assert "<summary>Selectie (1.001)</summary>" in detail
    assert "<li>en nog 991</li>" in detail

    # Walk of stop 27: the judging page said "1001 van 1.001 documenten beoordeeld".
    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/alles/",
        {"oordeel": "openbaar"},
    )
    judged = woo_client.get(f"/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/").content
    assert "1.001 van 1.001 documenten beoordeeld" in judged.decode()
