"""Walk 40: dates a Woo officer can mistype are refused in Dutch, and the search form's errors
are tied to their fields for screen readers."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from woo.besluit import verzoek_verdagen
from woo.models import WooVerzoek
from woo.services import WooError, selectie_add

pytestmark = pytest.mark.django_db


def test_a_new_request_cannot_be_received_in_the_future(woo_client):
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = woo_client.post(
        reverse("woo:verzoek_new"),
        {"nummer": "WOO-2026-900", "onderwerp": "Parkeren", "ontvangen_op": tomorrow.isoformat()},
    )
    html = response.content.decode()
    assert not WooVerzoek.objects.filter(nummer="WOO-2026-900").exists()
    assert "De datum van ontvangst kan niet in de toekomst liggen." in html
    # What was typed stays in the form.
    assert 'value="WOO-2026-900"' in html and 'value="Parkeren"' in html


def test_a_request_received_today_is_accepted(woo_client):
    today = timezone.localdate()
    woo_client.post(
        reverse("woo:verzoek_new"),
        {"nummer": "WOO-2026-901", "onderwerp": "Parkeren", "ontvangen_op": today.isoformat()},
    )
    assert WooVerzoek.objects.get(nummer="WOO-2026-901").ontvangen_op == today


def test_an_extension_cannot_be_dated_before_receipt(woo_user, verzoek):
    with pytest.raises(WooError, match="niet vóór de ontvangst"):
        verzoek_verdagen(
            user=woo_user, verzoek=verzoek, op=verzoek.ontvangen_op - timedelta(days=1)
        )
    verzoek.refresh_from_db()
    assert verzoek.verdaagd_op is None


def test_an_extension_before_receipt_is_refused_on_the_request_page(woo_client, verzoek):
    day = (verzoek.ontvangen_op - timedelta(days=30)).isoformat()
    response = woo_client.post(
        reverse("woo:termijn", args=[verzoek.pk]), {"actie": "verdagen", "datum": day}, follow=True
    )
    assert "niet vóór de ontvangst" in response.content.decode()
    verzoek.refresh_from_db()
    assert verzoek.verdaagd_op is None


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"q": "boom", "zaaknummer": "Z-0000-999999"}, "zaaknummer"),
        ({"q": "boom", "van": "2025-01-01", "tot": "2024-01-01"}, "tot"),
        ({"q": "boom", "van": "geen datum"}, "van"),
    ],
)
def test_search_errors_are_tied_to_their_fields(woo_client, query, field):
    html = woo_client.get(reverse("woo:search"), query).content.decode()
    tag = re.search(rf'<(?:input|select)[^>]*\bid="id_{field}"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in tag
    described = re.search(r'aria-describedby="([^"]+)"', tag).group(1).split()
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    assert described and all(i in ids for i in described), (described, tag)
    error_id = f"id_{field}_error"
    assert error_id in described
    error_text = re.search(rf'id="{error_id}"[^>]*>(.*?)</', html, re.S).group(1)
    assert error_text.strip()


def _tag(html: str, element_id: str) -> str:
    return re.search(rf'<input[^>]*\bid="{element_id}"[^>]*>', html).group(0)


@pytest.mark.parametrize(
    ("action", "field_id"), [("opschorten", "opschorting-datum"), ("verdagen", "verdagen-datum")]
)
def test_a_refused_term_date_stays_in_its_field_with_the_error(
    woo_client, verzoek, action, field_id
):
    """The day typed came back as today's, the reason at the top of the page and the form folded
    away: a second press of the button would register today instead."""
    typed = (verzoek.ontvangen_op - timedelta(days=3)).isoformat()
    response = woo_client.post(
        reverse("woo:termijn", args=[verzoek.pk]), {"actie": action, "datum": typed}, follow=True
    )
    html = response.content.decode()
    tag = _tag(html, field_id)
    assert f'value="{typed}"' in tag and 'aria-invalid="true"' in tag
    error_id = re.search(r'aria-describedby="([^"]+)"', tag).group(1)
    error = re.search(rf'id="{error_id}"[^>]*>(.*?)</', html, re.S).group(1)
    assert "vóór de ontvangst" in error
    # The folded "Termijn verdagen of opschorten" is open, so the field is seen.
    assert " open" in html[: html.index(tag)].rsplit("<details", 1)[1].split(">", 1)[0]
    # Another date field keeps today's date and no error.
    other = "verdagen-datum" if field_id != "verdagen-datum" else "opschorting-datum"
    assert "aria-invalid" not in _tag(html, other)


def test_a_refused_objection_date_stays_in_its_field(woo_client, woo_user, verzoek):
    verzoek.status = "afgehandeld"
    verzoek.besluit_op = timezone.localdate()
    verzoek.save()
    typed = (verzoek.besluit_op - timedelta(days=2)).isoformat()
    response = woo_client.post(
        reverse("woo:bezwaar", args=[verzoek.pk]),
        {"actie": "ingesteld", "datum": typed},
        follow=True,
    )
    html = response.content.decode()
    tag = _tag(html, "bezwaar-datum")
    assert f'value="{typed}"' in tag and 'aria-invalid="true"' in tag
    error_id = re.search(r'aria-describedby="([^"]+)"', tag).group(1)
    assert "vóór de datum van het besluit" in re.search(
        rf'id="{error_id}"[^>]*>(.*?)</', html, re.S
    ).group(1)


def test_a_refused_synonym_group_names_its_field_and_takes_focus(woo_client):
    """One word for a synonym group was shown red under the field only: no aria-invalid, no link
    from the field to the error, nothing that took focus, so a screen reader heard nothing."""
    html = woo_client.post(
        reverse("woo:synoniemen"), {"woorden": "boom", "toelichting": "bomen"}
    ).content.decode()
    tag = _tag(html, "id_woorden")
    assert 'value="boom"' in tag and 'aria-invalid="true"' in tag
    described = re.search(r'aria-describedby="([^"]+)"', tag).group(1).split()
    texts = [re.search(rf'id="{i}"[^>]*>(.*?)</', html, re.S).group(1) for i in described]
    assert any("ten minste twee woorden" in text for text in texts), texts
    assert 'id="foutoverzicht"' in html and "data-focus-on-load" in html
    assert 'value="bomen"' in _tag(html, "id_toelichting")


@pytest.mark.parametrize(
    ("posted", "refusal"),
    [
        ({"oordeel": "reeds_openbaar", "reeds_openbaar_url": "www.meppel nl/besluit"}, "link"),
        ({"toelichting": "eerst navragen"}, "Kies een beoordeling"),
    ],
)
def test_a_judgement_the_form_refuses_returns_at_its_document_with_what_was_chosen(
    woo_client, woo_user, verzoek, make_record, posted, refusal
):
    """A mistyped vindplaats (or no choice) was refused at the top of the page, like no other
    refusal of a judgement: the officer's choice, link and remark were gone."""
    record = make_record(["Eerste bericht.", "Tweede bericht."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    message = record.messages.order_by("seq").last()
    response = woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, record.pk]),
        {"bericht": message.pk, "pagina": "1", "anker": f"bericht-nr-{message.seq + 1}", **posted},
    )
    assert response.url.endswith(f"#bericht-nr-{message.seq + 1}")
    html = woo_client.get(response.url).content.decode()
    alert = re.search(
        rf'id="fout-bericht-nr-{message.seq + 1}"[^>]*>(.*?)</div>', html, re.S
    ).group(1)
    assert refusal in alert
    form = html[html.index(f'id="fout-bericht-nr-{message.seq + 1}"') :]
    for value in (posted.get("reeds_openbaar_url"), posted.get("toelichting")):
        if value:
            assert f'value="{value}"' in form.split("</form>", 1)[0]


def test_a_refused_judgement_of_all_documents_returns_open_with_the_choices(
    woo_client, woo_user, verzoek, make_record
):
    """'Niet openbaar' for all documents without a ground was refused at the top of the page,
    with the all-documents form folded away again and the choice and remark gone."""
    record = make_record(["Eerste bericht.", "Tweede bericht."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    response = woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, record.pk]),
        {"oordeel": "niet_openbaar", "toelichting": "intern beraad", "pagina": "1"},
    )
    assert response.url.endswith("#alles-beoordelen")
    html = woo_client.get(response.url).content.decode()
    details = re.search(r'<details[^>]*id="alles-beoordelen"[^>]*>', html).group(0)
    assert " open" in details
    part = html[html.index(details) :].split("</form>", 1)[0]
    assert "ten minste één weigeringsgrond" in re.search(
        r'role="alert"[^>]*>(.*?)</div>', part, re.S
    ).group(1)
    assert re.search(r'<input[^>]*value="niet_openbaar"[^>]*checked', part)
    assert 'value="intern beraad"' in part
