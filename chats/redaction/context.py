"""What the detector may know beyond one message: the chat and the organisation.

A message is short; the chat around it says more. ``ChatContext`` carries that knowledge as plain
data (the detector imports no Django): the names of the people in the conversation (participants,
and names seen as a person elsewhere in the chat), and the organisation's own contact data
(switchboard and department numbers, role mailboxes, its bank accounts, the addresses of its
buildings), which is no personal data and stays visible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

_NON_DIGIT_RE = re.compile(r"\D")
_SPACE_RE = re.compile(r"\s+")
# The number in a WhatsApp chat link ("wa.me/31612345678", "api.whatsapp.com/send?phone=316...").
_CHAT_LINK_NUMBER_RE = re.compile(r"(?:wa\.me/|phone=)\+?(\d{8,15})", re.I)


def phone_key(raw: str) -> str:
    """A phone number's comparison key: its digits in national form ("+31 522 ..." -> "0522...")."""
    digits = _NON_DIGIT_RE.sub("", raw)
    stripped = raw.strip()
    if stripped.startswith("+"):
        digits = "0" + digits[2:] if digits.startswith("31") else "00" + digits
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if digits.startswith("00") and not stripped.startswith(("+", "00")):
        digits = digits[1:]
    # "+31 (0)522 ...": the trunk zero written twice.
    if "(0)" in raw.replace(" ", "") and digits.startswith("00"):
        digits = digits[1:]
    return digits


# "Grote Oever 26", "grote oever 26 A", "Grote Oever 26-a, 7941 BC Meppel": street, house
# number, toevoeging, then optionally the postcode and the place.
_ADDRESS_RE = re.compile(
    r"\s*(?P<street>[^\d,]*[^\W\d][^\d,]*?)\s*(?P<number>\d{1,5})"
    r"(?:\s*[-/]?\s*(?P<suffix>[a-z]{1,2}|\d{1,4})(?![^\W\d]))?"
    r"(?:\s*,?\s*(?P<postcode>[1-9]\d{3}\s?[a-z]{2})(?![^\W\d]))?"
    r"(?P<rest>[\s,]*[^\W\d][^\d]*)?\s*\Z",
    re.I,
)
_POSTCODE_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*([1-9]\d{3}[ ]?[A-Za-z]{2})(?![^\W\d])")


def address_parts(raw: str) -> tuple[str, str]:
    """An address's comparison key ("grote oever 26-a": street and house number with its
    toevoeging, case and spaces evened out) and its postcode ("7941bc", "" when not written);
    ("", "") when ``raw`` is no street with a house number."""
    match = _ADDRESS_RE.match(raw)
    if not match:
        return "", ""
    street = " ".join(match["street"].replace(".", ". ").split()).lower()
    suffix = f"-{match['suffix'].lower()}" if match["suffix"] else ""
    key = f"{street} {match['number'].lstrip('0')}{suffix}"
    return key, _SPACE_RE.sub("", match["postcode"] or "").lower()


_ADDRESS_KEY_RE = re.compile(r"(?P<street>.+) (?P<number>\d+)(?:-(?P<suffix>\w+))?")


def postcode_after(text: str, end: int) -> re.Match[str] | None:
    """The postcode written right after an address ending at ``end`` ("..., 7941 BC")."""
    return _POSTCODE_AFTER_RE.match(text, end)


def email_key(raw: str) -> str:
    return raw.strip().lower()


def iban_key(raw: str) -> str:
    return _SPACE_RE.sub("", raw).upper()


@dataclass(frozen=True)
class OrganisationContacts:
    """The organisation's own numbers, mailboxes and accounts, as comparison keys; ``names``
    are names of organisations, buildings and systems that are never a person ("De Schakel");
    ``addresses`` the addresses of its buildings, as (``address_parts`` key, postcode or "")."""

    phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    ibans: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()
    addresses: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(
        cls,
        *,
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
        ibans: Iterable[str] = (),
        names: Iterable[str] = (),
        addresses: Iterable[str] = (),
    ) -> OrganisationContacts:
        """Contacts as people write them ("14 0522", "Info@Meppel.nl", "NL.. BNGH ...")."""
        return cls(
            phones=frozenset(k for k in map(phone_key, phones) if k),
            emails=frozenset(k for k in map(email_key, emails) if k),
            ibans=frozenset(k for k in map(iban_key, ibans) if k),
            names=tuple(sorted({_SPACE_RE.sub(" ", n).strip() for n in names} - {""})),
            addresses=frozenset(p for p in map(address_parts, addresses) if p[0]),
        )

    def __bool__(self) -> bool:
        return bool(self.phones or self.emails or self.ibans or self.names or self.addresses)

    def owns(self, label: str, value: str) -> bool:
        """True when ``value`` (found as ``label``) is one of the organisation's own contacts."""
        if label == "PHONE":
            return phone_key(value) in self.phones
        if label == "EMAIL":
            return email_key(value) in self.emails
        if label == "IBAN":
            return iban_key(value) in self.ibans
        if label == "URL_PERSONAL" and (chat := _CHAT_LINK_NUMBER_RE.search(value)):
            return phone_key("+" + chat[1]) in self.phones  # its own WhatsApp link
        return False

    def own_addresses_in(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` writes one of the organisation's own addresses ("grote  oever 26"; case
        and spaces as they come), with the postcode after it when one is written; an address
        with another postcode than the listed one is not the organisation's."""
        found = []
        for pattern in _address_patterns(self.addresses):
            for match in pattern.finditer(text):
                after = postcode_after(text, match.end())
                if after and not self.owns_address(match[0], after[1]):
                    continue  # the same street and number in another place
                found.append((match.start(), after.end() if after else match.end()))
        return found

    def owns_address(self, address: str, postcode: str = "") -> bool:
        """True when ``address`` (street and house number, perhaps its postcode; ``postcode``
        the one written after it) is one of the organisation's own: the same street and number
        (toevoeging included), and no other postcode than the listed one."""
        key, written = address_parts(address)
        written = written or _SPACE_RE.sub("", postcode).lower()
        return bool(key) and any(
            own == key and (not listed or not written or listed == written)
            for own, listed in self.addresses
        )


@lru_cache(maxsize=64)
def _address_patterns(addresses: frozenset[tuple[str, str]]) -> list[re.Pattern[str]]:
    """A pattern per own address: its street's words with any spaces between them, the house
    number and toevoeging; no letter or digit on either side ("Grote Oever 260" is another)."""
    patterns = []
    for key in sorted({key for key, _ in addresses}):
        match = _ADDRESS_KEY_RE.fullmatch(key)
        street = "".join(
            re.escape(word) + (r"\s*" if word.endswith(".") else r"\s+")
            for word in match["street"].split()
        )
        suffix = rf"\s*[-/]?\s*{re.escape(match['suffix'])}" if match["suffix"] else ""
        patterns.append(re.compile(rf"(?<!\w){street}0*{match['number']}{suffix}(?![^\W_])", re.I))
    return patterns


@dataclass(frozen=True)
class ChatContext:
    """Chat-level knowledge for the detector; hashable, so detectors can be cached per context.

    ``known_persons``: names of people in this chat (participants, names found as a person in
    another message); every mention is personal data, also where the word is an ordinary one.
    ``organisation``: contact data of the organisation itself, never redacted.
    """

    known_persons: tuple[str, ...] = ()
    organisation: OrganisationContacts = OrganisationContacts()
    # Walk 50: the house numbers of the addresses the chat gave ("14" of "Zomerdijk 14"), so
    # "voor nummer 14" in another message is that home too.
    house_numbers: tuple[str, ...] = ()

    def with_persons(self, names: Iterable[str]) -> ChatContext:
        """This context with ``names`` added to the known persons (order kept, no repeats)."""
        merged = tuple(dict.fromkeys((*self.known_persons, *(n for n in names if n))))
        return replace(self, known_persons=merged)

    def with_house_numbers(self, numbers: Iterable[str]) -> ChatContext:
        """This context with ``numbers`` (house numbers' keys, "14a") added (no repeats)."""
        merged = tuple(dict.fromkeys((*self.house_numbers, *(n for n in numbers if n))))
        return self if merged == self.house_numbers else replace(self, house_numbers=merged)
