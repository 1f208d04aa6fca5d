"""The assessment pages: passages through the forms, grounds of personal data, read-only when
closed, the legal hold in the admin for Informatiebeheer."""

import pytest
from django.urls import reverse

from tests.factories import WooVerzoekFactory
from woo.besluit import beoordeling_save_record, verzoek_close
from woo.constants import Oordeel, PassageBron
from woo.models import WooPassage
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(make_record):
    return make_record(
        [
            ("Bel [TELEFOONNUMMER] over het bod van 40.000 euro.", "Bel 0612345678 over het bod."),
            "Tweede bericht.",
        ]
    )


@pytest.fixture
def selected(woo_user, verzoek, record):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record


def _page(client, verzoek, record) -> str:
    return client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()


def test_personal_data_shows_with_ground_5_1_2e_and_its_ground_can_change(
    woo_client, verzoek, selected
):
    html = _page(woo_client, verzoek, selected)
    assert "Persoonsgegeven [TELEFOONNUMMER]: <strong>5.1.2e</strong>" in html
    message = selected.messages.get(seq=1)
    woo_client.post(
        reverse("woo:passage_grond", args=[verzoek.pk, selected.pk]),
        {"bericht": message.pk, "start": 4, "grond": "5.1.1d"},
    )
    stored = WooPassage.objects.get()
    assert (stored.start, stored.end, stored.grond, stored.bron) == (
        4,
        20,
        "5.1.1d",
        PassageBron.AUTOMATISCH,
    )
    assert "Persoonsgegeven [TELEFOONNUMMER]: <strong>5.1.1d</strong>" in _page(
        woo_client, verzoek, selected
    )


def test_personal_data_cannot_be_un_blacked(woo_client, woo_user, verzoek, selected):
    message = selected.messages.get(seq=1)
    woo_client.post(
        reverse("woo:passage_grond", args=[verzoek.pk, selected.pk]),
        {"bericht": message.pk, "start": 4, "grond": "5.1.1d"},
    )
    stored = WooPassage.objects.get()
    response = woo_client.post(
        reverse("woo:passage_delete", args=[verzoek.pk, selected.pk, stored.pk]), follow=True
    )
    assert "blijft weggelakt" in response.content.decode()
    assert WooPassage.objects.exists()


def test_a_passage_through_the_form_and_undone(woo_client, verzoek, selected):
    message = selected.messages.get(seq=1)
    url = reverse("woo:passage", args=[verzoek.pk, selected.pk])
    missing = woo_client.post(
        url, {"bericht": message.pk, "passage": "niet in de tekst", "grond": "5.1.2b"}, follow=True
    )
    assert "Deze tekst staat niet in het bericht" in missing.content.decode()
    woo_client.post(url, {"bericht": message.pk, "passage": "40.000 euro", "grond": "5.1.2b"})
    passage = WooPassage.objects.get()
    assert message.text_redacted[passage.start : passage.end] == "40.000 euro"
    html = _page(woo_client, verzoek, selected)
    assert "Passage “40.000 euro”: <strong>5.1.2b</strong>" in html
    woo_client.post(reverse("woo:passage_delete", args=[verzoek.pk, selected.pk, passage.pk]))
    assert not WooPassage.objects.exists()


def test_a_closed_request_shows_its_judgements_without_forms(
    woo_client, woo_user, verzoek, selected
):
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=selected.pk, oordeel=Oordeel.OPENBAAR
    )
    verzoek_close(user=woo_user, verzoek=verzoek)
    html = _page(woo_client, verzoek, selected)
    assert "Beoordeling opslaan" not in html and "Weglakken" not in html
    assert "Deels openbaar (5.1.2e)" in html  # the phone number is blacked out


def test_the_request_page_links_every_unassessed_document(woo_client, verzoek, selected):
    html = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Nog 2 documenten niet beoordeeld" in html
    link = reverse("woo:beoordelen", args=[verzoek.pk, selected.pk])
    assert f'href="{link}?bericht=2#bericht-nr-3"' in html


def test_a_link_to_a_message_opens_the_page_that_holds_it(
    woo_client, woo_user, verzoek, make_record
):
    record = make_record([f"Bericht {n}." for n in range(1, 61)])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    url = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    html = woo_client.get(url, {"bericht": 55}).content.decode()
    assert 'id="bericht-nr-56"' in html and "Pagina 2 van 2" in html


def test_only_woo_officers_assess(client, make_user, verzoek, selected):
    client.force_login(make_user("mila", "Medewerker"))
    assert client.get(reverse("woo:beoordelen", args=[verzoek.pk, selected.pk])).status_code == 403
    response = client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, selected.pk]), {"oordeel": "openbaar"}
    )
    assert response.status_code == 403
    assert not verzoek.beoordelingen.exists()


def test_informatiebeheer_sees_the_records_on_hold_in_the_admin(client, ib, verzoek, selected):
    client.force_login(ib)
    html = client.get(reverse("admin:woo_bewaarplicht_changelist")).content.decode()
    assert f"WA-{selected.pk:06d}" in html and "WOO-2025-007" in html
    assert "zolang het verzoek in behandeling is" in html


def test_closing_and_an_objection_through_the_request_page(woo_client, woo_user, verzoek, selected):
    from datetime import timedelta

    from django.utils import timezone

    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=selected.pk, oordeel=Oordeel.OPENBAAR
    )
    closed = woo_client.post(reverse("woo:verzoek_close", args=[verzoek.pk]), follow=True)
    until = timezone.localdate() + timedelta(weeks=6)
    assert "de bewaarplicht loopt tot en met" in closed.content.decode()
    verzoek.refresh_from_db()
    assert verzoek.bewaarplicht_tot == until
    url = reverse("woo:bezwaar", args=[verzoek.pk])
    today = timezone.localdate().isoformat()
    page = woo_client.post(url, {"actie": "ingesteld", "datum": today}, follow=True)
    assert "zolang bezwaar of beroep loopt" in page.content.decode()
    verzoek.refresh_from_db()
    assert verzoek.bewaarplicht_tot is None
    woo_client.post(url, {"actie": "afgerond", "datum": today})
    verzoek.refresh_from_db()
    assert verzoek.bewaarplicht_tot == until


def test_a_refused_judgement_returns_at_its_document_with_the_choices_kept(
    woo_client, verzoek, selected
):
    """'Niet openbaar' without a ground: the reason at the message, the officer's choice kept."""
    message = selected.messages.get(seq=1)
    response = woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, selected.pk]),
        {
            "bericht": message.pk,
            "anker": "bericht-nr-2",
            "oordeel": Oordeel.NIET_OPENBAAR,
            "toelichting": "Overleg met de aannemer",
        },
        follow=True,
    )
    html = response.content.decode()
    assert 'id="fout-bericht-nr-2"' in html
    assert "Niet opgeslagen: Geef bij" in html
    assert (
        f'value="{Oordeel.NIET_OPENBAAR}" id="oordeel-bericht-nr-2-{Oordeel.NIET_OPENBAAR}" checked'
        in html
    )
    assert 'value="Overleg met de aannemer"' in html
    # Shown once: the next visit shows the stored state again.
    assert 'id="fout-bericht-nr-2"' not in _page(woo_client, verzoek, selected)


def test_the_bulk_judgement_offers_no_deels_openbaar_and_says_why(woo_client, verzoek, selected):
    """Walkthrough: 'Deels openbaar' was offered for all documents at once, then refused."""
    html = _page(woo_client, verzoek, selected)
    bulk = html[
        html.index('action="' + reverse("woo:beoordeling_record", args=[verzoek.pk, selected.pk])) :
    ]
    bulk = bulk[: bulk.index("</form>")]
    assert 'id="oordeel-alles-openbaar"' in bulk
    assert 'id="oordeel-alles-deels_openbaar"' not in bulk
    assert "met ‘Openbaar’ wordt een document waarin passages zijn weggelakt" in bulk
    # Per document it stays.
    assert 'value="deels_openbaar"' in html[html.index("</form>") :]


def test_a_judgement_without_its_choice_returns_at_its_document_with_the_note_kept(
    woo_client, verzoek, selected
):
    """The judgement form is checked by the server (novalidate): sent without a 'Beoordeling',
    the reason must show at the document and what was typed stay, as for a refused judgement;
    on main the page came back at its top with 'Kies een beoordeling.' and the note lost."""
    message = selected.messages.get(seq=1)
    response = woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, selected.pk]),
        {
            "bericht": message.pk,
            "anker": "bericht-nr-2",
            "gronden": ["5.1.2e"],
            "toelichting": "Overleg met de aannemer",
        },
    )
    assert response["Location"].endswith("#bericht-nr-2")
    html = woo_client.get(response["Location"]).content.decode()
    assert 'id="fout-bericht-nr-2"' in html
    assert "Niet opgeslagen: Kies een beoordeling." in html
    assert 'value="Overleg met de aannemer"' in html


def test_a_refused_judgement_stays_with_its_record(
    woo_client, woo_user, verzoek, selected, make_record
):
    """Review41: the refused judgement's note (it may name people) is kept in the session under
    an anchor ('bericht-nr-2') every record has. Another record's page opened before its own (a
    second tab) showed that note in its own form, to be saved there; it must not, and the note
    must still come back on its own record's page."""
    other = make_record(["Een ander gesprek.", "Nog een bericht."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=other.pk)
    message = selected.messages.get(seq=1)
    woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, selected.pk]),
        {
            "bericht": message.pk,
            "anker": "bericht-nr-2",
            "gronden": ["5.1.2e"],
            "toelichting": "Buurvrouw Jansen belde over de aannemer",
        },
    )
    assert "Buurvrouw Jansen" not in _page(woo_client, verzoek, other)
    assert 'value="Buurvrouw Jansen belde over de aannemer"' in _page(woo_client, verzoek, selected)


def test_a_refused_passage_stays_with_its_record(woo_client, woo_user, verzoek, selected):
    """Review40: a refused passage's typed text (it may name people) is kept in the session by
    message alone. The same record in a second request shows that message too, so its page
    showed the text typed for the other request in its own form, to be saved there; and any
    other page opened first (a second tab) ended it. Like a refused judgement, it must come back
    on its own request's page only."""
    other = WooVerzoekFactory(nummer="WOO-2025-008", onderwerp="Kermis", aangemaakt_door=woo_user)
    selectie_add(user=woo_user, verzoek=other, submission_id=selected.pk)
    message = selected.messages.get(seq=1)
    woo_client.post(
        reverse("woo:passage", args=[verzoek.pk, selected.pk]),
        {
            "bericht": message.pk,
            "anker": "bericht-nr-2",
            "passage": "Buurvrouw Jansen belde",
            "grond": "5.1.2e",
        },
    )
    assert "Buurvrouw Jansen" not in _page(woo_client, other, selected)
    assert 'value="Buurvrouw Jansen belde"' in _page(woo_client, verzoek, selected)
