"""Walk of beheer45: the municipality's contact list must not keep a resident readable.

Failed on main: Beheer added "Jan" as "Naam van een organisatie" and "06-41234567" as a
telephone number without a word of warning; after that every Jan and that mobile number stayed
readable in every chat. A 06 number can be the municipality's own (its WhatsApp number is one),
so that one needs an explicit confirmation instead of a refusal; so does an e-mail address that
looks like a person's.
"""

import pytest

from chats.models import OrganisationContact
from chats.redaction import ChatContext, detect
from chats.selectors import organisation_contacts

pytestmark = pytest.mark.django_db

ADD = "/admin/chats/organisationcontact/add/"
CONFIRM = "Dit is een gegeven van de gemeente, geen privégegeven"


def _post(client, kind, value, **extra):
    data = {"kind": kind, "value": value, "omschrijving": "", "active": "on", **extra}
    return client.post(ADD, data)


def _errors(response) -> str:
    assert response.status_code == 200, "the form was expected back with an error"
    return response.content.decode()


@pytest.mark.parametrize("value", ["Jan", "Brouwer", "Esther", "jansen"])
def test_a_persons_first_name_or_surname_alone_is_no_organisation_name(beheerder_client, value):
    page = _errors(_post(beheerder_client, "naam", value))
    assert "voornaam of achternaam" in page
    assert "blijft in alle gesprekken leesbaar" in page
    assert not OrganisationContact.objects.filter(kind="naam", value=value).exists()


@pytest.mark.parametrize("value", ["AH", "X"])
def test_a_single_word_of_less_than_three_letters_is_refused(beheerder_client, value):
    page = _errors(_post(beheerder_client, "naam", value))
    assert "te kort" in page
    assert not OrganisationContact.objects.filter(kind="naam", value=value).exists()


@pytest.mark.parametrize("value", ["De Schakel", "Rova", "Noorderboog", "Stadsbeheer", "GGD"])
def test_organisation_names_are_still_accepted(beheerder_client, value):
    response = _post(beheerder_client, "naam", value)
    assert response.status_code == 302
    assert OrganisationContact.objects.filter(kind="naam", value=value).exists()


def test_a_persons_full_name_needs_the_confirmation(beheerder_client):
    page = _errors(_post(beheerder_client, "naam", "Jan Brouwer"))
    assert "lijkt op de naam van een persoon" in page
    response = _post(beheerder_client, "naam", "Jan Brouwer", not_private="on")
    assert response.status_code == 302


@pytest.mark.parametrize("value", ["06-41234567", "+31 6 41234567", "0641234567"])
def test_a_mobile_number_is_refused_without_the_confirmation(beheerder_client, value):
    page = _errors(_post(beheerder_client, "telefoon", value))
    assert "06-nummer" in page and CONFIRM in page
    assert "Vul een Nederlands telefoonnummer in" not in page  # (it is a valid number)
    assert not OrganisationContact.objects.filter(kind="telefoon", value=value).exists()


def test_the_municipal_whatsapp_number_is_accepted_once_confirmed(beheerder_client):
    response = _post(beheerder_client, "telefoon", "06 1400 0522", not_private="on")
    assert response.status_code == 302
    assert OrganisationContact.objects.filter(kind="telefoon", value="06 1400 0522").exists()


def test_a_landline_needs_no_confirmation(beheerder_client):
    assert _post(beheerder_client, "telefoon", "0522 85 4411").status_code == 302


@pytest.mark.parametrize(
    "value", ["jan.brouwer@ziggo.nl", "j.brouwer@bouwbedrijf.nl", "brouwer1970@gmail.com"]
)
def test_a_personal_looking_mailbox_needs_the_confirmation(beheerder_client, value):
    page = _errors(_post(beheerder_client, "email", value))
    assert "privé" in page and CONFIRM in page
    assert not OrganisationContact.objects.filter(kind="email", value=value).exists()
    assert _post(beheerder_client, "email", value, not_private="on").status_code == 302


@pytest.mark.parametrize(
    "value", ["jan.brouwer@meppel.nl", "klantenservice@rova.nl", "leerplicht@meppel.nl"]
)
def test_municipal_and_role_mailboxes_need_no_confirmation(beheerder_client, value):
    assert _post(beheerder_client, "email", value).status_code == 302


def test_an_unchanged_confirmed_number_can_be_saved_again_without_ticking(beheerder_client):
    contact = OrganisationContact.objects.create(kind="telefoon", value="06 1400 0522")
    response = beheerder_client.post(
        f"/admin/chats/organisationcontact/{contact.pk}/change/",
        {"kind": "telefoon", "value": "06 1400 0522", "omschrijving": "WhatsApp", "active": "on"},
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.omschrijving == "WhatsApp"


def test_the_form_says_what_an_entry_does(beheerder_client):
    page = beheerder_client.get(ADD).content.decode()
    assert "blijft in alle gesprekken leesbaar" in page
    assert CONFIRM in page


def test_a_refused_first_name_keeps_the_resident_redacted(beheerder_client):
    # What the refusal protects: had "Jan" been listed, "Jan Brouwer" would stay readable.
    _post(beheerder_client, "naam", "Jan")
    text = "Jan Brouwer belde vanaf 06-41234567 over de container."
    found = detect(text, context=ChatContext(organisation=organisation_contacts()))
    assert {text[s.start : s.end] for s in found} >= {"Jan Brouwer", "06-41234567"}


def test_an_old_entry_that_is_a_first_name_can_still_be_switched_off_on_the_list(beheerder_client):
    # Listed before this check existed: Beheer must be able to take it out of use.
    OrganisationContact.objects.all().delete()
    old = OrganisationContact.objects.create(kind="naam", value="Jan")
    response = beheerder_client.post(
        "/admin/chats/organisationcontact/",
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(old.pk),
            "_save": "Opslaan",
        },
    )
    assert response.status_code == 302
    old.refresh_from_db()
    assert not old.active


CHANGELIST = "/admin/chats/organisationcontact/"


def _switch_on_in_list(client, contact):
    return client.post(
        CHANGELIST,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(contact.pk),
            "form-0-active": "on",
            "_save": "Opslaan",
        },
    )


def test_switching_an_inactive_mobile_number_on_asks_the_confirmation(beheerder_client):
    # Review 45: unchanged kind and value skipped the checks, also when it went back in use.
    contact = OrganisationContact.objects.create(
        kind="telefoon", value="06 4123 4567", active=False
    )
    data = {"kind": "telefoon", "value": "06 4123 4567", "omschrijving": "", "active": "on"}
    url = f"/admin/chats/organisationcontact/{contact.pk}/change/"
    assert "mobiel nummer" in _errors(beheerder_client.post(url, data))
    contact.refresh_from_db()
    assert not contact.active
    assert beheerder_client.post(url, {**data, "not_private": "on"}).status_code == 302
    contact.refresh_from_db()
    assert contact.active


def test_switching_an_inactive_mobile_number_on_in_the_list_is_refused(beheerder_client):
    contact = OrganisationContact.objects.create(
        kind="telefoon", value="06 4123 4567", active=False
    )
    page = _errors(_switch_on_in_list(beheerder_client, contact))
    assert "via het formulier" in page
    contact.refresh_from_db()
    assert not contact.active


def test_switching_an_inactive_first_name_on_in_the_list_is_refused(beheerder_client):
    contact = OrganisationContact.objects.create(kind="naam", value="Jan", active=False)
    assert "voornaam of achternaam" in _errors(_switch_on_in_list(beheerder_client, contact))
    contact.refresh_from_db()
    assert not contact.active


def test_the_model_refuses_a_persons_name_in_use_but_not_one_out_of_use():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        OrganisationContact(kind="naam", value="Brouwer").full_clean()
    assert "voornaam of achternaam" in str(refused.value)
    OrganisationContact(kind="naam", value="Brouwer", active=False).full_clean()
    OrganisationContact(kind="naam", value="Bakkerij Brouwer").full_clean()


def test_a_refused_name_is_said_once(beheerder_client):
    page = _errors(_post(beheerder_client, "naam", "Esther"))
    assert page.count("ook een voornaam of achternaam") == 1
