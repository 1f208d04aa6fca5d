"""A record's persons as keyed hashes: what survives the purge of their names (AVG).

The purge takes the participants' names and the original texts; text typed about the record
afterwards (a zaak's description changed later, a Woo officer's remark or request onderwerp, a
search) must still be redacted with the persons the record named. Keeping the names, even
encrypted, would keep the personal data the purge is for. Instead each name the record names as
a person, and each word of it that can stand for the person alone, is kept as an HMAC-SHA256
with a key outside the database (settings.ARCHIEF_PERSON_DIGEST_KEY, else derived from
SECRET_KEY): a word of a later text is hashed the same way and compared. Without the key a
list of names cannot be tried against a hash; with it, a list of common names can (the name
lists' 34,000 names hash in under a second): the hashes are pseudonymised personal data, as
safe as the key kept apart from the database and its backups. A hash made with a key is found
only with that key (see audit.digests on rotating it).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from django.db import connection

from accounts import prepared
from audit.digests import person_digest, person_lookup_digests

from .models import PersonDigest, Submission
from .redaction import lexicon

# A word of a name: letters, apostrophes and hyphens inside ("d'Ancona", "Smit-Bakker" is two).
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words joined into one person's name at most: "Jan Willem van der Berg-Smit".
MAX_NAME_WORDS = 6
# Hashes looked up per query.
_CHUNK = 5000


def keyed_digest(text: str) -> str:
    """The HMAC-SHA256 (hex) of `text` with the archive's person-digest key (audit.digests)."""
    return person_digest(text)


def _lookup_digests(text: str) -> list[str]:
    """The hashes `text` may be kept under: with the current key and each earlier one."""
    return person_lookup_digests(text)


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


@functools.cache
def _lex():
    return lexicon.load()


def _stands_alone(word: str) -> bool:
    """Whether a word of a person's name may stand for the person alone: no particle or
    title, not a single letter, and no place or everyday word that is not also a name ("de",
    "familie", "Meppel" stay; "Mol" and "Vos" are surnames too and count)."""
    lex = _lex()
    if len(word) < 2 or word in lexicon.PARTICLES or word.rstrip(".") in lexicon.TITLES:
        return False
    if word in lex.places:
        return False
    return word not in lex.dutch_words or word in lex.surnames or word in lex.first_names


def digests_of(persons: Iterable[str]) -> set[str]:
    """The hashes kept for `persons`: each whole name (titles left out) and each of its words
    that may stand for the person alone."""
    out: set[str] = set()
    for person in persons:
        words = [_folded(m[0]) for m in _words(person or "")]
        words = [w for w in words if w.rstrip(".") not in lexicon.TITLES]
        if not words:
            continue
        if len(words) > 1 or _stands_alone(words[0]):
            out.add(keyed_digest(" ".join(words)))
        out.update(keyed_digest(w) for w in words if _stands_alone(w))
    return out


def person_digests_store(submission: Submission, persons: Sequence[str]) -> int:
    """Keep the hashes of `persons` (the record's, see chats.purge.record_persons) for
    `submission`, besides those it has; returns how many were added."""
    digests = digests_of(persons)
    have = set(
        PersonDigest.objects.filter(submission=submission, digest__in=digests).values_list(
            "digest", flat=True
        )
    )
    new = [PersonDigest(submission=submission, digest=d) for d in sorted(digests - have)]
    PersonDigest.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def _candidates(texts: Iterable[str]) -> dict[str, list[str]]:
    """Every run of up to MAX_NAME_WORDS words in `texts` by its hashes (one per key, see
    audit.digests.person_keys), with the runs as written."""
    out: dict[str, list[str]] = {}
    for text in texts:
        if not text:
            continue
        words = _words(text)
        for i in range(len(words)):
            for j in range(i, min(i + MAX_NAME_WORDS, len(words))):
                written = text[words[i].start() : words[j].end()]
                if "\n" in written:
                    break
                run = " ".join(_folded(m[0]) for m in words[i : j + 1])
                for key in _lookup_digests(run):
                    out.setdefault(key, []).append(written)
    return out


def known_persons_in(
    texts: Iterable[str], *, submission_ids: Iterable[int] | None = None
) -> list[str]:
    """The names in `texts` that a record named as a person (those of `submission_ids`; None:
    any record of the archive), as written there: a word alone with its capital, so the
    detector takes it for the person ("Erfgrens mol" knows "Mol"). A query per 5,000 runs."""
    candidates = _candidates(texts)
    keys = sorted(candidates)
    ids = None if submission_ids is None else list(submission_ids)
    matched: set[str] = set()
    for at in range(0, len(keys), _CHUNK):  # a release's remarks: many words, a query per chunk
        chunk = keys[at : at + _CHUNK]
        if ids is None:
            matched.update(_known_digests(chunk))
            continue
        rows = PersonDigest.objects.filter(digest__in=chunk, submission_id__in=ids)
        matched.update(rows.values_list("digest", flat=True).distinct())
    found: dict[str, None] = {}
    for digest in sorted(matched):
        for written in candidates[digest]:
            found[written[:1].upper() + written[1:] if " " not in written else written] = None
    # The longest first: "Ria Mol" before "Mol".
    return sorted(found, key=lambda name: (-len(name.split()), name))


def _known_digests(keys: list[str]) -> list[str]:
    """Those of the keys any record named as a person: one plain query (every search asks,
    for the audit log; the ORM's building of it cost more than the query itself)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The keys as one array: one text for any number of them, prepared once per
            # connection (accounts.prepared).
            prepared.execute(
                cursor,
                "chats_known_digests",
                f"SELECT DISTINCT digest FROM {PersonDigest._meta.db_table} "
                "WHERE digest = ANY(%s::varchar[])",
                [list(keys)],
            )
        else:
            cursor.execute(
                f"SELECT DISTINCT digest FROM {PersonDigest._meta.db_table} "
                f"WHERE digest IN ({', '.join(['%s'] * len(keys))})",
                keys,
            )
        return [digest for (digest,) in cursor.fetchall()]


def query_persons(query: str) -> list[str]:
    """The persons a search query (a few words an officer typed) names: those any record of
    the archive named, and a word alone that the name lists know as a person's name: in any
    case when it is no ordinary word ("jansen"), with its capital when it is also one
    ("Bakker", "Storm"; "storm schutting" stays). A query has no sentence around a name to
    tell it by; an ordinary word taken out here still leaves the query's hash."""
    lex = _lex()
    alone = []
    for m in _words(query or ""):
        low = _folded(m[0])
        named = low in lex.surnames or low in lex.first_names
        if (named and low not in lex.dutch_words) or (
            m[0][:1].isupper() and lex.is_person_name(low)
        ):
            alone.append(m[0][:1].upper() + m[0][1:])
    return list(dict.fromkeys((*known_persons_in([query]), *alone)))


def query_digest(query: str) -> str:
    """The keyed hash of a search query as typed (case and spacing aside): the audit log keeps
    this instead of what the redaction took out, so an investigation holding the key can still
    establish whether someone searched for a given name, and nobody reading the log can."""
    return keyed_digest(" ".join(_folded(query or "").split()))
