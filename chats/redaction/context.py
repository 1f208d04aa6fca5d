"""What the detector may know beyond one message: the chat and the organisation.

A message is short; the chat around it says more. ``ChatContext`` carries that knowledge as plain
data (the detector imports no Django): the names of the people in the conversation (participants,
and names seen as a person elsewhere in the chat), and the organisation's own contact data
(switchboard and department numbers, role mailboxes, its bank accounts), which is no personal
data and stays visible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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


def email_key(raw: str) -> str:
    return raw.strip().lower()


def iban_key(raw: str) -> str:
    return _SPACE_RE.sub("", raw).upper()


@dataclass(frozen=True)
class OrganisationContacts:
    """The organisation's own numbers, mailboxes and accounts, as comparison keys; ``names``
    are names of organisations, buildings and systems that are never a person ("De Schakel")."""

    phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    ibans: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        *,
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
        ibans: Iterable[str] = (),
        names: Iterable[str] = (),
    ) -> OrganisationContacts:
        """Contacts as people write them ("14 0522", "Info@Meppel.nl", "NL.. BNGH ...")."""
        return cls(
            phones=frozenset(k for k in map(phone_key, phones) if k),
            emails=frozenset(k for k in map(email_key, emails) if k),
            ibans=frozenset(k for k in map(iban_key, ibans) if k),
            names=tuple(sorted({_SPACE_RE.sub(" ", n).strip() for n in names} - {""})),
        )

    def __bool__(self) -> bool:
        return bool(self.phones or self.emails or self.ibans or self.names)

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


@dataclass(frozen=True)
class ChatContext:
    """Chat-level knowledge for the detector; hashable, so detectors can be cached per context.

    ``known_persons``: names of people in this chat (participants, names found as a person in
    another message); every mention is personal data, also where the word is an ordinary one.
    ``organisation``: contact data of the organisation itself, never redacted.
    """

    known_persons: tuple[str, ...] = ()
    organisation: OrganisationContacts = OrganisationContacts()

    def with_persons(self, names: Iterable[str]) -> ChatContext:
        """This context with ``names`` added to the known persons (order kept, no repeats)."""
        merged = tuple(dict.fromkeys((*self.known_persons, *(n for n in names if n))))
        return ChatContext(known_persons=merged, organisation=self.organisation)
