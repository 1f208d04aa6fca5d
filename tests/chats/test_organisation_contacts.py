"""The municipality's own contact data: a list Beheer edits, seeded, handed to the detector."""

import pytest
from django.urls import reverse

from chats.models import OrganisationContact
from chats.redaction import ChatContext, detect
from chats.selectors import organisation_contacts

pytestmark = pytest.mark.django_db


def test_the_list_is_seeded_with_the_switchboard_and_role_mailboxes():
    values = set(OrganisationContact.objects.values_list("value", flat=True))
    assert {"14 0522", "info@meppel.nl"} <= values


def test_the_switchboard_is_kept_and_a_residents_number_is_redacted():
    context = ChatContext(organisation=organisation_contacts())
    text = "Bel 14 0522 of 140522; de melder: 06-12345678, mail info@meppel.nl of j.bos@gmail.com"
    found = [text[s.start : s.end] for s in detect(text, context=context)]
    assert found == ["06-12345678", "j.bos@gmail.com"]


def test_a_department_number_beheer_adds_is_kept_and_an_inactive_one_is_not():
    text = "Afdeling Vergunningen: 0522 85 44 00"
    assert detect(text)  # a person's number, as far as the text alone tells
    row = OrganisationContact.objects.create(kind="telefoon", value="0522-854400")
    assert detect(text, context=ChatContext(organisation=organisation_contacts())) == []
    row.active = False
    row.save()
    assert detect(text, context=ChatContext(organisation=organisation_contacts()))


def test_an_organisation_name_beheer_adds_is_never_a_person():
    text = "Ik heb Tjoelke Aardema gebeld over de sleutel"
    assert detect(text)  # two name-like words: a person, as far as the text alone tells
    OrganisationContact.objects.create(kind="naam", value="Tjoelke  Aardema")
    assert detect(text, context=ChatContext(organisation=organisation_contacts())) == []


def test_beheer_edits_the_list_in_the_admin(client, make_user):
    client.force_login(make_user("bea", "Beheerder", staff=True))
    response = client.post(
        reverse("admin:chats_organisationcontact_add"),
        {"kind": "iban", "value": "NL91 ABNA 0417 1643 00", "omschrijving": "Test", "active": "on"},
    )
    assert response.status_code == 302
    assert OrganisationContact.objects.filter(kind="iban").exists()
    assert "NL91ABNA0417164300" in organisation_contacts().ibans
