"""The redacted onderwerp and omschrijving Informatiebeheer edits are read by the detector with
the chat's persons (walk 46): a name found as a person in the chat is not saved without a choice,
black it out or save it anyway (audited)."""

import pytest
from django.urls import reverse

from audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def url(name, pk):
    return reverse(f"admin:chats_submission_{name}", args=[pk])


def test_a_person_of_the_chat_in_the_edited_onderwerp_asks_for_a_choice(ib_client, submission):
    before = submission.onderwerp_redacted
    response = ib_client.post(
        url("free_text", submission.pk),
        {
            "onderwerp_redacted": "Omgewaaide boom, melding Piet de Boer",
            "omschrijving_redacted": "",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "Bevat mogelijk persoonsgegevens: ‘Piet de Boer’. Weglakken of toch opslaan?" in html
    # What was typed comes back, with the two choices.
    assert 'value="Omgewaaide boom, melding Piet de Boer"' in html
    assert "Weglakken en opslaan" in html and "Toch opslaan" in html
    submission.refresh_from_db()
    assert submission.onderwerp_redacted == before
    assert not AuditEvent.objects.filter(action="submission.free_text_changed").exists()


def test_weglakken_saves_the_text_with_the_person_blacked_out(ib_client, submission):
    ib_client.post(
        url("free_text", submission.pk),
        {
            "onderwerp_redacted": "Omgewaaide boom, melding Piet de Boer",
            "omschrijving_redacted": "",
            "keuze": "weglakken",
        },
    )
    submission.refresh_from_db()
    assert "Piet de Boer" not in submission.onderwerp_redacted
    assert submission.onderwerp_redacted.startswith("Omgewaaide boom, melding [")


def test_toch_opslaan_saves_it_as_typed_and_the_audit_row_says_so(ib_client, submission):
    ib_client.post(
        url("free_text", submission.pk),
        {
            "onderwerp_redacted": "Omgewaaide boom, melding Piet de Boer",
            "omschrijving_redacted": "",
            "keuze": "toch",
        },
    )
    submission.refresh_from_db()
    assert submission.onderwerp_redacted == "Omgewaaide boom, melding Piet de Boer"
    event = AuditEvent.objects.get(action="submission.free_text_changed")
    assert event.detail["possible_personal_data_kept"] >= 1
    assert "Piet" not in str(event.detail)


def test_a_participant_in_the_omschrijving_is_found_too(ib_client, submission):
    response = ib_client.post(
        url("free_text", submission.pk),
        {"onderwerp_redacted": "Omgewaaide boom", "omschrijving_redacted": "Gemeld door Mila."},
        follow=True,
    )
    assert "‘Mila’" in response.content.decode()


def test_a_text_without_personal_data_is_saved_at_once(ib_client, submission):
    ib_client.post(
        url("free_text", submission.pk),
        {"onderwerp_redacted": "Omgewaaide boom Hoofdstraat", "omschrijving_redacted": ""},
    )
    submission.refresh_from_db()
    assert submission.onderwerp_redacted == "Omgewaaide boom Hoofdstraat"
