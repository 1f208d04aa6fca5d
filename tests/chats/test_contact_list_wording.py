"""Walk of beheer45: the contact list's messages read as Dutch.

Failed on main: Django's own wording said "De contactgegeven … is met succes toegevoegd" (it is
"het contactgegeven", and "met succes" is a translation) and a second entry of the same value was
refused with "Contactgegeven met deze Soort en Nummer, adres of naam bestaat al.".
"""

import pytest
from django.contrib.messages import get_messages

from chats.models import OrganisationContact

pytestmark = pytest.mark.django_db

LIST = "/admin/chats/organisationcontact/"


def _messages(response) -> list[str]:
    """The messages this response added (those of earlier requests were not shown yet)."""
    storage = get_messages(response.wsgi_request)
    return [str(m) for m in storage._queued_messages]


def _plain(html: str) -> str:
    import re  # noqa: PLC0415

    return re.sub(r"<[^>]+>", "", html)


def test_adding_says_het_contactgegeven_is_toegevoegd(beheerder_client):
    response = beheerder_client.post(
        f"{LIST}add/", {"kind": "telefoon", "value": "0522 85 4411", "active": "on"}
    )
    assert response.status_code == 302
    [message] = map(_plain, _messages(response))
    assert message == "Het contactgegeven ‘Telefoonnummer: 0522 85 4411’ is toegevoegd."


def test_add_another_and_continue_say_what_comes_next(beheerder_client):
    response = beheerder_client.post(
        f"{LIST}add/",
        {"kind": "naam", "value": "De Plataan", "active": "on", "_addanother": "1"},
    )
    [message] = map(_plain, _messages(response))
    assert message == (
        "Het contactgegeven ‘Naam van een organisatie: De Plataan’ is toegevoegd. "
        "Hieronder kunt u nog een contactgegeven toevoegen."
    )
    contact = OrganisationContact.objects.get(value="De Plataan")
    response = beheerder_client.post(
        f"{LIST}{contact.pk}/change/",
        {"kind": "naam", "value": "De Plataan", "omschrijving": "Kantoor", "_continue": "1"},
    )
    [message] = map(_plain, _messages(response))
    assert message == (
        "Het contactgegeven ‘Naam van een organisatie: De Plataan’ is gewijzigd. "
        "Hieronder kunt u het verder wijzigen."
    )


def test_changing_and_deleting_read_correctly(beheerder_client):
    contact = OrganisationContact.objects.create(kind="naam", value="Noorderboog")
    response = beheerder_client.post(
        f"{LIST}{contact.pk}/change/", {"kind": "naam", "value": "Noorderboog", "active": "on"}
    )
    assert list(map(_plain, _messages(response))) == [
        "Het contactgegeven ‘Naam van een organisatie: Noorderboog’ is gewijzigd."
    ]
    response = beheerder_client.post(f"{LIST}{contact.pk}/delete/", {"post": "yes"})
    assert list(map(_plain, _messages(response))) == [
        "Het contactgegeven ‘Naam van een organisatie: Noorderboog’ is verwijderd."
    ]


def test_deleting_several_and_switching_on_the_list_read_correctly(beheerder_client):
    OrganisationContact.objects.all().delete()
    a = OrganisationContact.objects.create(kind="naam", value="De Plataan")
    b = OrganisationContact.objects.create(kind="naam", value="Reestmond")
    response = beheerder_client.post(
        LIST,
        {
            "form-TOTAL_FORMS": "2",
            "form-INITIAL_FORMS": "2",
            "form-0-id": str(a.pk),
            "form-1-id": str(b.pk),
            "_save": "Opslaan",
        },
    )
    assert _messages(response) == ["2 contactgegevens gewijzigd."]
    response = beheerder_client.post(
        LIST, {"action": "delete_selected", "_selected_action": [a.pk, b.pk], "post": "yes"}
    )
    assert _messages(response) == ["2 contactgegevens verwijderd."]


@pytest.mark.parametrize("value", ["14 0522", "info@meppel.nl"])
def test_the_same_entry_twice_is_refused_in_plain_dutch(beheerder_client, value):
    kind = "email" if "@" in value else "telefoon"
    OrganisationContact.objects.get_or_create(kind=kind, value=value)
    response = beheerder_client.post(f"{LIST}add/", {"kind": kind, "value": value, "active": "on"})
    page = response.content.decode()
    assert response.status_code == 200
    assert f"Dit gegeven staat al in de lijst als ‘{value}’" in page
    assert "bestaat al" not in page
