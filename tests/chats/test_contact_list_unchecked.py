"""Entries listed before the contact list's form checked values (stop 45) are looked at again.

Failed on main: an entry saved before the checks (a resident's 06 number, a first name as an
"organisation") stayed readable in every chat with no sign in the list; the checks only ran when
an entry was changed. Such entries now wait for Beheer (chats 0027): they are redacted again,
marked in the list, and kept readable once Beheer confirms, changes or switches them off.
"""

import pytest

from audit.models import AuditEvent
from chats.contact_list import contact_save, mark_unchecked_entries
from chats.models import OrganisationContact
from chats.redaction import ChatContext, detect
from chats.selectors import organisation_contacts, organisation_keep_values

pytestmark = pytest.mark.django_db

LIST = "/admin/chats/organisationcontact/"


def _old(kind, value, **extra):
    """An entry as it stood before the checks: created without the form."""
    return OrganisationContact.objects.create(kind=kind, value=value, **extra)


def _mark() -> int:
    return mark_unchecked_entries(OrganisationContact.objects, AuditEvent.objects)


def _found(text: str) -> set[str]:
    spans = detect(text, context=ChatContext(organisation=organisation_contacts()))
    return {text[s.start : s.end] for s in spans}


def test_old_private_looking_or_refused_entries_are_marked_and_others_are_not():
    mobile = _old("telefoon", "06 4123 4567")
    first_name = _old("naam", "Jan")
    mailbox = _old("email", "j.brouwer@gmail.com")
    switchboard = _old("telefoon", "0522 85 44 11")
    role_box = _old("email", "vergunningen@meppel.nl")
    school = _old("naam", "De Sprong")
    assert _mark() == 3
    marked = set(OrganisationContact.objects.filter(nog_te_controleren=True))
    assert marked == {mobile, first_name, mailbox}
    assert not {switchboard, role_box, school} & marked
    assert _mark() == 0  # once


def test_a_marked_entry_is_redacted_again_until_it_is_looked_at():
    _old("telefoon", "06 4123 4567", omschrijving="oud")
    _old("naam", "Jan")
    text = "Jan Brouwer belde vanaf 06 4123 4567 over de container."
    assert not _found(text) >= {"06 4123 4567"}  # kept readable before the mark
    _mark()
    assert _found(text) >= {"Jan Brouwer", "06 4123 4567"}
    assert "06 4123 4567" not in organisation_keep_values()


def test_a_value_confirmed_in_the_log_is_not_marked(beheerder_client):
    # Entered with the confirmation since stop 45: the audit row says so (by the value's hash).
    response = beheerder_client.post(
        f"{LIST}add/",
        {
            "kind": "telefoon",
            "value": "06 1400 0522",
            "omschrijving": "WhatsApp van de gemeente",
            "active": "on",
            "not_private": "on",
        },
    )
    assert response.status_code == 302
    assert _mark() == 0
    contact = OrganisationContact.objects.get(value="06 1400 0522")
    contact.value = "06 1400 0523"  # another value than the one confirmed
    contact.save()
    assert _mark() == 1


def test_the_list_shows_the_marked_entry_and_filters_on_it(beheerder_client):
    _old("telefoon", "06 4123 4567")
    _old("telefoon", "0522 85 44 11")
    _mark()
    page = beheerder_client.get(LIST).content.decode()
    assert page.count("Nog te controleren: wordt in nieuw verwerkte gesprekken weggelakt") == 1
    assert 'class="field-controle">-</td>' not in page  # a checked entry's cell stays empty
    filtered = beheerder_client.get(f"{LIST}?nog_te_controleren__exact=1").content.decode()
    assert "06 4123 4567" in filtered and "0522 85 44 11" not in filtered


def test_the_form_asks_the_confirmation_and_then_keeps_it_readable_again(beheerder_client):
    contact = _old("telefoon", "06 1400 0522", omschrijving="WhatsApp")
    _mark()
    url = f"{LIST}{contact.pk}/change/"
    page = beheerder_client.get(url).content.decode()
    assert "in nieuw verwerkte gesprekken" in page and "mobiel nummer" in page
    data = {"kind": "telefoon", "value": "06 1400 0522", "omschrijving": "WhatsApp"}
    refused = beheerder_client.post(url, {**data, "active": "on"})
    assert refused.status_code == 200 and "mobiel nummer" in refused.content.decode()
    contact.refresh_from_db()
    assert contact.nog_te_controleren
    assert (
        beheerder_client.post(url, {**data, "active": "on", "not_private": "on"}).status_code == 302
    )
    contact.refresh_from_db()
    assert not contact.nog_te_controleren
    assert "06 1400 0522" in organisation_keep_values()


def test_switching_a_marked_entry_off_needs_no_confirmation(beheerder_client):
    contact = _old("naam", "Jan")
    _mark()
    url = f"{LIST}{contact.pk}/change/"
    response = beheerder_client.post(url, {"kind": "naam", "value": "Jan", "omschrijving": ""})
    assert response.status_code == 302
    contact.refresh_from_db()
    assert not contact.active and contact.nog_te_controleren


def test_saving_from_the_list_does_not_clear_the_mark(beheerder):
    contact = _old("telefoon", "06 4123 4567")
    _mark()
    contact.refresh_from_db()
    contact.omschrijving = "anders"
    contact_save(contact=contact, user=beheerder)
    contact.refresh_from_db()
    assert contact.nog_te_controleren
    contact.value = "0522 85 95 00"  # changed into a landline: nothing left to confirm
    contact_save(contact=contact, user=beheerder)
    contact.refresh_from_db()
    assert not contact.nog_te_controleren
