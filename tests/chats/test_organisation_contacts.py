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
