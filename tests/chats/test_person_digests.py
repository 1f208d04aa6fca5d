"""A record's persons kept as keyed hashes past the purge (chats.person_digests): what is kept,
and how a later text finds them again, only among the records it is about."""

import pytest

from chats.person_digests import (
    digests_of,
    keyed_digest,
    known_persons_in,
    person_digests_store,
    query_persons,
)
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def test_a_name_is_kept_whole_and_by_the_words_that_stand_for_the_person_alone():
    kept = digests_of(["mevrouw Ria van der Mol", "Zoë Zieliński"])
    expected = {keyed_digest(w) for w in ("ria van der mol", "ria", "mol")}
    expected |= {keyed_digest(w) for w in ("zoe zielinski", "zoe", "zielinski")}
    assert kept == expected
    # No particle, title or place on its own: "van", "mevrouw", "Meppel" stay ordinary words.
    for word in ("van", "der", "mevrouw", "meppel"):
        assert keyed_digest(word) not in digests_of([f"Jan {word.title()}", f"{word} Jansen"])


def test_the_key_decides_the_hash(settings):
    before = keyed_digest("mol")
    settings.ARCHIEF_PERSON_DIGEST_KEY = "een-andere-sleutel"
    assert keyed_digest("mol") != before


def test_a_later_text_finds_the_persons_of_its_own_records_only():
    named, other = SubmissionFactory(), SubmissionFactory()
    person_digests_store(named, ["Ria Mol"])
    text = "Ria Mol belde; mol en Vos komen morgen."
    assert known_persons_in([text], submission_ids=[named.pk]) == ["Ria Mol", "Mol", "Ria"]
    assert known_persons_in([text], submission_ids=[other.pk]) == []
    assert known_persons_in([text]) == ["Ria Mol", "Mol", "Ria"]  # the whole archive
    # Stored twice, kept once.
    assert person_digests_store(named, ["Ria Mol"]) == 0


def test_a_search_query_names_a_surname_alone_but_not_an_ordinary_word_typed_in_lower_case():
    assert query_persons("jansen container") == ["Jansen"]
    assert query_persons("Storm schade") == ["Storm"]
    assert query_persons("storm schade") == []


def test_a_rotated_secret_key_still_finds_the_persons_of_records_purged_before(settings):
    """The hashes are kept for good and cannot be made again after the purge: rotating
    SECRET_KEY (the old one in SECRET_KEY_FALLBACKS, as Django rotates it) or moving to a key
    of their own must not silently stop redacting "Mol" of a record that named Ria Mol."""
    named = SubmissionFactory()
    settings.ARCHIEF_PERSON_DIGEST_KEY = ""
    old = settings.SECRET_KEY
    person_digests_store(named, ["Ria Mol"])
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = "nieuw-" + "x" * 60, [old]
    assert known_persons_in(["mol belde"], submission_ids=[named.pk]) == ["Mol"]
    # A key of their own later: the hashes made with the derived one are still recognised.
    settings.ARCHIEF_PERSON_DIGEST_KEY = "eigen-sleutel-" + "y" * 40
    assert known_persons_in(["mol belde"], submission_ids=[named.pk]) == ["Mol"]
    # New hashes are made with the current key only.
    other = SubmissionFactory()
    person_digests_store(other, ["Kees Vos"])
    assert keyed_digest("vos") in set(other.person_digests.values_list("digest", flat=True))
    # That key rotated in turn: the old one in ARCHIEF_PERSON_DIGEST_KEY_FALLBACKS.
    settings.ARCHIEF_PERSON_DIGEST_KEY_FALLBACKS = [settings.ARCHIEF_PERSON_DIGEST_KEY]
    settings.ARCHIEF_PERSON_DIGEST_KEY = "derde-sleutel-" + "z" * 40
    assert known_persons_in(["vos en mol"], submission_ids=[named.pk, other.pk]) == ["Mol", "Vos"]
    # Without the old keys nothing is recognised: the hashes are worthless without their key.
    settings.ARCHIEF_PERSON_DIGEST_KEY_FALLBACKS, settings.SECRET_KEY_FALLBACKS = [], []
    settings.SECRET_KEY = "weer-een-andere-" + "w" * 50
    assert known_persons_in(["vos en mol"], submission_ids=[named.pk, other.pk]) == []
