"""Walk of beheer45: every change of the municipality's contact list is in the audit log.

Failed on main: adding, changing, deleting, deleting several and switching "in gebruik" on the
list left no audit row, unlike the synonym list and the roles. An entry keeps data readable in
every chat, so who listed what, and when, must be traceable. A name is the municipality's own
data and is kept clear; a number or mailbox may be a mistaken private one, so the append-only
rows keep it masked, with a keyed hash to tell the same one again (review 45).
"""

import pytest

from audit.digests import contact_value_digest
from audit.models import AuditEvent
from chats.models import OrganisationContact

pytestmark = pytest.mark.django_db

LIST = "/admin/chats/organisationcontact/"


def _events(code):
    return list(AuditEvent.objects.filter(action=code).order_by("pk"))


def test_adding_an_entry_is_audited_with_its_values_and_the_confirmation(
    beheerder_client, beheerder
):
    response = beheerder_client.post(
        f"{LIST}add/",
        {
            "kind": "telefoon",
            "value": "06 1400 0522",
            "omschrijving": "WhatsApp",
            "active": "on",
            "not_private": "on",
        },
    )
    assert response.status_code == 302
    contact = OrganisationContact.objects.get(value="06 1400 0522")
    [event] = _events("organisation_contact.created")
    assert (event.actor, event.object_id) == (beheerder, str(contact.pk))
    assert event.detail == {
        "values": {
            "kind": "telefoon",
            "value": "06-…0522",
            "value_digest": contact_value_digest("+31614000522"),
            "omschrijving": "WhatsApp",
            "active": True,
        },
        "confirmed_not_private": True,
    }


def test_changing_an_entry_is_audited_with_before_and_after(beheerder_client):
    contact = OrganisationContact.objects.create(kind="email", value="wijkteam@meppel.nl")
    response = beheerder_client.post(
        f"{LIST}{contact.pk}/change/",
        {"kind": "email", "value": "sociaalteam@meppel.nl", "omschrijving": "Sociaal team"},
    )
    assert response.status_code == 302
    [event] = _events("organisation_contact.changed")
    assert event.detail["before"] == {
        "kind": "email",
        "value": "w…@meppel.nl",
        "value_digest": contact_value_digest("wijkteam@meppel.nl"),
        "omschrijving": "",
        "active": True,
    }
    assert event.detail["values"] == {
        "kind": "email",
        "value": "s…@meppel.nl",
        "value_digest": contact_value_digest("sociaalteam@meppel.nl"),
        "omschrijving": "Sociaal team",
        "active": False,
    }


def test_switching_in_use_on_the_list_is_audited(beheerder_client):
    OrganisationContact.objects.all().delete()
    contact = OrganisationContact.objects.create(kind="email", value="wmo@meppel.nl")
    response = beheerder_client.post(
        LIST,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(contact.pk),
            "_save": "Opslaan",
        },
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert not contact.active
    [event] = _events("organisation_contact.changed")
    assert (event.detail["before"]["active"], event.detail["values"]["active"]) == (True, False)


def test_deleting_one_and_several_entries_is_audited(beheerder_client):
    one = OrganisationContact.objects.create(kind="naam", value="De Plataan")
    two = OrganisationContact.objects.create(kind="naam", value="Noorderboog")
    three = OrganisationContact.objects.create(kind="naam", value="Reestmond")
    response = beheerder_client.post(f"{LIST}{one.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    response = beheerder_client.post(
        LIST,
        {"action": "delete_selected", "_selected_action": [two.pk, three.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not OrganisationContact.objects.filter(pk__in=[one.pk, two.pk, three.pk]).exists()
    deleted = _events("organisation_contact.deleted")
    assert sorted(e.detail["values"]["value"] for e in deleted) == [
        "De Plataan",
        "Noorderboog",
        "Reestmond",
    ]
    assert sorted(e.object_id for e in deleted) == sorted(str(c.pk) for c in (one, two, three))


def test_a_refused_entry_writes_no_row(beheerder_client):
    beheerder_client.post(f"{LIST}add/", {"kind": "naam", "value": "Jan", "active": "on"})
    assert not AuditEvent.objects.filter(action__startswith="organisation_contact").exists()


def test_a_mistaken_private_number_or_mailbox_never_stands_in_the_log(beheerder_client):
    phone = OrganisationContact.objects.create(kind="telefoon", value="06-41234567")
    mail = OrganisationContact.objects.create(kind="email", value="jan.brouwer@gmail.com")
    for contact in (phone, mail):
        response = beheerder_client.post(f"{LIST}{contact.pk}/delete/", {"post": "yes"})
        assert response.status_code == 302
    logged = [e.detail["values"] for e in _events("organisation_contact.deleted")]
    assert [v["value"] for v in logged] == ["06-…4567", "j…@gmail.com"]
    written = str([e.detail for e in AuditEvent.objects.all()])
    assert "41234567" not in written and "brouwer" not in written
    # Another writing of the same number has the same hash: the rows can still be matched.
    assert logged[0]["value_digest"] == contact_value_digest("+31641234567")
    assert logged[0]["value_digest"] != contact_value_digest("+31641234568")
