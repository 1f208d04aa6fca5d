"""Checks of the municipality's own contact data that Beheer enters (chats.OrganisationContact).

A value the detector is told to keep visible must be what its kind says: a number that is no
telephone number, a mailbox without an @ or an IBAN with a wrong check digit would keep nothing
visible (or the wrong thing).
"""

import re
from functools import cache

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from stdnum import iban

from chats.redaction import lexicon
from chats.redaction.context import address_parts

# What every entry does, said on the form and in the refusals.
KEPT_READABLE = (
    "Wat in deze lijst staat, blijft in alle gesprekken leesbaar: het wordt nooit weggelakt, ook "
    "niet bij een inwoner met hetzelfde nummer, e-mailadres of dezelfde naam. Zet hier alleen "
    "gegevens van de gemeente zelf, nooit die van een inwoner of het privénummer van een collega."
)
# The municipality's own mail domain (and its subdomains): its mailboxes need no confirmation.
MUNICIPAL_MAIL_DOMAINS = ("meppel.nl",)
# Mailboxes of private persons: an address there looks personal whatever its name part.
PRIVATE_MAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.nl",
        "outlook.com",
        "outlook.nl",
        "live.com",
        "live.nl",
        "msn.com",
        "icloud.com",
        "me.com",
        "yahoo.com",
        "yahoo.nl",
        "ziggo.nl",
        "kpnmail.nl",
        "kpnplanet.nl",
        "planet.nl",
        "home.nl",
        "hetnet.nl",
        "xs4all.nl",
        "online.nl",
        "telfort.nl",
        "casema.nl",
        "upcmail.nl",
        "chello.nl",
        "quicknet.nl",
        "solcon.nl",
        "zeelandnet.nl",
        "tele2.nl",
        "caiway.nl",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.net",
        "gmx.de",
    ]
)
MIN_NAME_LETTERS = 3


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


def masked_contact(kind: str, value: str) -> str:
    """A number or mailbox as the audit log shows it: "06-…4567", "j…@gmail.com" (enough to
    recognise one's own, too little to call or mail it); other kinds unchanged."""
    key = contact_key(kind, value)
    if kind == "telefoon":
        digits = "0" + key[3:] if key.startswith("+31") else key
        return f"{digits[:2]}-…{digits[-4:]}"
    if kind == "email":
        local, _, domain = key.rpartition("@")
        return f"{local[:1]}…@{domain}"
    return value


def _street_address(value: str) -> bool:
    """A street and house number; a postbox or reply number is none (and stays visible anyway)."""
    key = address_parts(value)[0]
    return bool(key) and not key.startswith(("postbus ", "antwoordnummer "))


@cache
def _lexicon() -> lexicon.Lexicon:
    return lexicon.load()


def _name_words(value: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", value)]


def name_problem(value: str) -> str:
    """Why `value` may not be kept as an organisation's name: a single word that the detector's
    name lists know as a person's first name or surname ("Jan", "Brouwer"), or a single word too
    short to be a name ("AH"). Listed, it would keep every person of that name readable."""
    words = value.split()
    if len(words) != 1:
        return ""
    letters = _name_words(value)
    if sum(len(w) for w in letters) < MIN_NAME_LETTERS:
        return (
            f"‘{value}’ is te kort voor de naam van een organisatie (minstens {MIN_NAME_LETTERS} "
            "letters): zo’n korte naam blijft in alle gesprekken leesbaar, ook waar hij iets "
            "anders betekent. Schrijf de naam voluit."
        )
    if len(letters) == 1 and _lexicon().is_person_name(letters[0]):
        return (
            f"‘{value}’ is ook een voornaam of achternaam van personen. Als naam van een "
            "organisatie blijft die naam in alle gesprekken leesbaar, ook bij inwoners die zo "
            "heten. Schrijf de naam van de organisatie voluit, bijvoorbeeld ‘Bakkerij Brouwer’ "
            "of ‘De Schakel’."
        )
    return ""


def private_doubt(kind: str, value: str) -> str:
    """The Dutch reason `value` looks like a private person's contact, which Beheer must confirm
    is the municipality's before it is kept readable; "" when it does not.

    A mobile (06) number: the municipality's WhatsApp number is one, but most are private. An
    e-mail address outside the municipality's domain at a provider of private mailboxes or with a
    person's name in it ("jan.brouwer@", "j.brouwer@"). A name that is a first name followed by
    names people carry ("Jan Brouwer")."""
    value = " ".join(value.split())
    if kind == "telefoon":
        try:
            number = phonenumbers.parse(value, "NL")
        except phonenumbers.NumberParseException:
            return ""
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            return (
                f"‘{value}’ is een mobiel nummer (06-nummer): dat is meestal een privénummer. "
                "Is het een nummer van de gemeente zelf, zoals het WhatsApp-nummer van de "
                "gemeente, vink dan hieronder ‘Dit is een gegeven van de gemeente, geen "
                "privégegeven’ aan."
            )
    elif kind == "email" and _personal_mailbox(value):
        return (
            f"‘{value}’ lijkt een privé-e-mailadres of het adres van één persoon buiten de "
            "gemeente. Is het echt een adres van de gemeente, vink dan hieronder ‘Dit is een "
            "gegeven van de gemeente, geen privégegeven’ aan."
        )
    elif kind == "naam" and _persons_full_name(value):
        return (
            f"‘{value}’ lijkt op de naam van een persoon. Is het echt de naam van een "
            "organisatie, gebouw of systeem van de gemeente, vink dan hieronder ‘Dit is een "
            "gegeven van de gemeente, geen privégegeven’ aan."
        )
    return ""


def _personal_mailbox(value: str) -> bool:
    local, _, domain = value.lower().rpartition("@")
    if not local:
        return False
    if any(domain == d or domain.endswith("." + d) for d in MUNICIPAL_MAIL_DOMAINS):
        return False
    if domain in PRIVATE_MAIL_DOMAINS:
        return True
    parts = [p for p in re.split(r"[._\-+]+", local) if p]
    words = [re.sub(r"\d+", "", p) for p in parts]
    lex = _lexicon()
    if len(words) == 1:
        return words[0] in lex.first_names and lex.is_person_name(words[0])
    # "jan.brouwer", "j.brouwer", "jan.de.vries": an initial or a name among its parts
    return any(len(w) == 1 for w in words) or any(lex.is_person_name(w) for w in words if w)


def _persons_full_name(value: str) -> bool:
    """A first name followed by words that are all person names ("Jan Brouwer", "Jan de Vries")."""
    words = _name_words(value)
    if len(words) < 2:
        return False
    lex = _lexicon()
    first, rest = words[0], [w for w in words[1:] if w not in lexicon.PARTICLES]
    return (
        first in lex.first_names
        and lex.is_person_name(first)
        and bool(rest)
        and all(lex.is_person_name(w) for w in rest)
    )


def refused_reason(kind: str, value: str) -> str:
    """Why the form refuses `value` for an entry in use (no confirmation helps); "" when not."""
    value = " ".join(value.split())
    problem = contact_value_problem(kind, value)
    if not problem and kind == "naam":
        problem = name_problem(value)
    return problem


def unchecked_reason(kind: str, value: str) -> str:
    """Why an entry listed before the form's checks may not be kept readable without Beheer
    looking at it: the value the form now refuses, or why it looks private; "" when neither."""
    return refused_reason(kind, value) or private_doubt(kind, " ".join(value.split()))
