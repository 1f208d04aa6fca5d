"""Checks of the municipality's own contact data that Beheer enters (chats.OrganisationContact).

A value the detector is told to keep visible must be what its kind says: a number that is no
telephone number, a mailbox without an @ or an IBAN with a wrong check digit would keep nothing
visible (or the wrong thing).
"""

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from stdnum import iban

from chats.redaction.context import address_parts


def contact_value_problem(kind: str, value: str) -> str:
    """The Dutch reason `value` is not a valid contact of `kind`; "" when it is."""
    if kind == "telefoon":
        try:
            number = phonenumbers.parse(value, "NL")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            return (
                "Vul een Nederlands telefoonnummer in, bijvoorbeeld ‘14 0522’ of ‘0522 85 95 00’."
            )
    elif kind == "email":
        try:
            validate_email(value)
        except ValidationError:
            return "Vul een geldig e-mailadres in, bijvoorbeeld ‘info@meppel.nl’."
    elif kind == "iban" and not iban.is_valid(value):
        return "Dit IBAN klopt niet (controlegetal); neem het over zoals het gepubliceerd is."
    elif kind == "adres" and not _street_address(value):
        return (
            "Vul een straat met huisnummer in, eventueel met postcode, bijvoorbeeld "
            "‘Grote Oever 26’ of ‘Grote Oever 26, 7941 BC Meppel’."
        )
    return ""


def contact_key(kind: str, value: str) -> str:
    """The form two writings of the same contact share: a number in international format, a
    mailbox in lower case, an IBAN compact, an address as street and house number (case, spaces
    and the postcode evened out); a name with its spaces collapsed (its case is kept:
    the detector keeps a name as it is written)."""
    value = " ".join(value.split())
    if kind == "telefoon":
        try:
            number = phonenumbers.parse(value, "NL")
        except phonenumbers.NumberParseException:
            return "".join(ch for ch in value if ch.isdigit())
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if kind == "email":
        return value.lower()
    if kind == "iban":
        return iban.compact(value)
    if kind == "adres":
        return address_parts(value)[0] or value.lower()
    return value


def _street_address(value: str) -> bool:
    """A street and house number; a postbox or reply number is none (and stays visible anyway)."""
    key = address_parts(value)[0]
    return bool(key) and not key.startswith(("postbus ", "antwoordnummer "))
