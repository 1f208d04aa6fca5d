"""Consistent pseudonyms for a conversation's participants ("Inwoner 1", "Medewerker")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from chats.redaction.lexicon import words

DEFAULT_ROLE = "Deelnemer"

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PARTICLES = words("van de der den het 't ter ten te in op uit el al von la le du da")


def name_key(name: str) -> str:
    """How names are compared: their words, case-folded ("B. el Amrani" -> "b el amrani")."""
    return " ".join(_WORD_RE.findall(name)).casefold() or " ".join(name.split()).casefold()


class Pseudonymizer:
    """Gives every participant of one conversation a stable pseudonym based on their role.

    A role held by one participant gives the bare role ("Medewerker"); a role held by more is
    numbered in order of appearance ("Inwoner 1", "Inwoner 2"). Lookups are case-insensitive
    and also work with a first name alone when that first name belongs to one participant.
    """

    def __init__(self, participants: Mapping[str, str] | Iterable[str] = ()) -> None:
        """``participants``: name -> role ("Inwoner", "Medewerker", ...) or just names."""
        items = (
            list(participants.items())
            if isinstance(participants, Mapping)
            else [(name, DEFAULT_ROLE) for name in participants]
        )
        self._by_key: dict[str, str] = {}
        self._names: dict[str, str] = {}  # key -> name as first given
        self._role_counts: dict[str, int] = {}
        # Roles held by one participant at the start keep the bare role name.
        role_totals = Counter(
            {name_key(name): (role or DEFAULT_ROLE).strip() for name, role in items}.values()
        )
        self._single_roles = {role for role, total in role_totals.items() if total == 1}
        for name, role in items:
            self.add(name, role)

    def add(self, name: str, role: str = DEFAULT_ROLE) -> str:
        """Register a participant (idempotent) and return their pseudonym."""
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        role = (role or DEFAULT_ROLE).strip()
        number = self._role_counts.get(role, 0) + 1
        self._role_counts[role] = number
        pseudonym = role if role in self._single_roles and number == 1 else f"{role} {number}"
        self._by_key[key] = pseudonym
        self._names[key] = name
        return pseudonym

    def pseudonym_for(self, name: str) -> str | None:
        """The pseudonym for a full name or an unambiguous first name, any case; None if unknown."""
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        return self._first_names().get(key)

    def replacements(self) -> dict[str, str]:
        """Every name form (full name, unambiguous first name) mapped to its pseudonym."""
        out = dict(self._first_names())
        out.update(self._by_key)
        return out

    @property
    def participants(self) -> dict[str, str]:
        """Participant names as registered, mapped to their pseudonyms."""
        return {self._names[key]: pseudonym for key, pseudonym in self._by_key.items()}

    def _first_names(self) -> dict[str, str]:
        """First name -> pseudonym, only for first names that belong to a single participant."""
        owners: dict[str, set[str]] = {}
        for key, pseudonym in self._by_key.items():
            words = key.split(" ")
            if len(words) > 1 and words[0] not in _PARTICLES and _WORD_RE.fullmatch(words[0]):
                owners.setdefault(words[0], set()).add(pseudonym)
        return {
            first: next(iter(pseudonyms))
            for first, pseudonyms in owners.items()
            if len(pseudonyms) == 1 and first not in self._by_key
        }
