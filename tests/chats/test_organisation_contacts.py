"""Beheer's list of the municipality's own contact data accepts only what it says it is.

Walkthrough: a telephone number "hallo" and an IBAN with a wrong check digit were saved; the
detector then keeps nothing (or the wrong thing) visible.
"""

import pytest
from django.core.exceptions import ValidationError

from chats.models import OrganisationContact

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("telefoon", "hallo", "Vul een Nederlands telefoonnummer in"),
        ("telefoon", "12", "Vul een Nederlands telefoonnummer in"),
        ("email", "info(at)meppel.nl", "Vul een geldig e-mailadres in"),
        ("iban", "NL53RABO0756374399", "Dit IBAN klopt niet"),
    ],
)
def test_a_value_that_is_not_what_its_kind_says_is_refused_in_dutch(kind, value, message):
    contact = OrganisationContact(kind=kind, value=value)
    with pytest.raises(ValidationError) as refused:
        contact.full_clean()
    assert message in str(refused.value.message_dict["value"])


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("telefoon", "14 0522"),
        ("telefoon", "0522 85 95 00"),
        ("telefoon", "+31 522 859500"),
        ("telefoon", "0800-1234"),
        ("email", "wmo@meppel.nl"),
        ("iban", "NL91 ABNA 0417 1643 00"),
        ("naam", "De Schakel"),
    ],
)
def test_published_forms_are_accepted(kind, value):
    OrganisationContact(kind=kind, value=value).full_clean(validate_constraints=False)


@pytest.mark.parametrize(
    ("kind", "saved", "again"),
    [
        ("telefoon", "0522 85 4400", "0522-854400"),
        ("telefoon", "0522 85 4400", "+31 522 854 400"),
        ("email", "Leerplicht.Team@Meppel.nl", "leerplicht.team@meppel.nl"),
        ("iban", "NL91 ABNA 0417 1643 00", "nl91abna0417164300"),
        ("naam", "De Schakel", "De  Schakel"),
    ],
)
def test_the_same_contact_in_another_writing_is_refused(kind, saved, again):
    # Walk of stop 27: "0522 85 4400" and "0522-854400" were both accepted; the list then shows
    # the same number twice and a correction to one leaves the other in force.
    OrganisationContact.objects.create(kind=kind, value=saved)
    with pytest.raises(ValidationError) as refused:
        OrganisationContact(kind=kind, value=again).full_clean()
    assert f"staat al in de lijst als ‘{saved}’" in str(refused.value.message_dict["value"])


def test_a_contact_can_be_saved_again_unchanged():
    contact = OrganisationContact.objects.create(kind="telefoon", value="0522 85 4400")
    contact.omschrijving = "Publiekszaken"
    contact.full_clean()


def test_the_in_use_checkboxes_of_the_list_have_a_name_and_no_dangling_description(
    beheerder_client,
):
    # Walk 28 (axe): each "In gebruik" checkbox of the editable list had no label, and its
    # aria-describedby pointed at a help text the list does not show.
    OrganisationContact.objects.all().delete()
    OrganisationContact.objects.create(kind="email", value="wmo@meppel.nl", omschrijving="Wmo")
    html = beheerder_client.get("/admin/chats/organisationcontact/").content.decode()
    assert 'aria-label="In gebruik: wmo@meppel.nl"' in html
    assert "form-0-active_helptext" not in html


# Issue 12: the municipality's own addresses (the town hall, Stadsbeheer's yard, a service
# point) were redacted as a resident's: Beheer lists them next to the numbers and mailboxes.


def test_the_town_halls_address_is_in_the_list_from_the_start():
    town_hall = OrganisationContact.objects.get(kind="adres")
    assert town_hall.value == "Grote Oever 26, 7941 BC Meppel" and town_hall.active


def test_beheer_adds_an_address_in_the_admin(beheerder_client):
    page = beheerder_client.get("/admin/chats/organisationcontact/add/").content.decode()
    assert "Adres van de gemeente" in page
    response = beheerder_client.post(
        "/admin/chats/organisationcontact/add/",
        {
            "kind": "adres",
            "value": "Industrieweg 15, 7944 HZ Meppel",
            "omschrijving": "Werf Stadsbeheer",
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert OrganisationContact.objects.filter(
        kind="adres", value="Industrieweg 15, 7944 HZ Meppel", omschrijving="Werf Stadsbeheer"
    ).exists()


@pytest.mark.parametrize("value", ["Grote Oever", "26", "7941 BC Meppel", "Postbus 501"])
def test_an_address_without_street_and_house_number_is_refused_in_dutch(value):
    with pytest.raises(ValidationError) as refused:
        OrganisationContact(kind="adres", value=value).full_clean()
    assert "Vul een straat met huisnummer in" in str(refused.value.message_dict["value"])


@pytest.mark.parametrize("again", ["grote oever 26", "Grote  Oever 26, 7941BC", "GROTE OEVER 26"])
def test_the_town_halls_address_in_another_writing_is_refused(again):
    with pytest.raises(ValidationError) as refused:
        OrganisationContact(kind="adres", value=again).full_clean()
    assert "staat al in de lijst als ‘Grote Oever 26, 7941 BC Meppel’" in str(
        refused.value.message_dict["value"]
    )


def test_an_address_beheer_adds_or_switches_off_takes_effect_at_the_next_detection():
    from chats.redaction import ChatContext, detect  # noqa: PLC0415
    from chats.selectors import organisation_contacts  # noqa: PLC0415

    def redacted(text):
        context = ChatContext(organisation=organisation_contacts())
        return [text[s.start : s.end] for s in detect(text, context=context)]

    # (not "op de werf, Industrieweg 15": since text round 42 an address right after a yard or
    # depot is no home whatever the list says)
    text = "Kom langs op Grote Oever 26 of op Industrieweg 15."
    assert redacted(text) == ["Industrieweg 15"]
    OrganisationContact.objects.create(kind="adres", value="Industrieweg 15")
    assert redacted(text) == []
    OrganisationContact.objects.filter(kind="adres").update(active=False)
    assert redacted(text) == ["Grote Oever 26", "Industrieweg 15"]
