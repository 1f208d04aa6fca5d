"""The audit row of a Woo search keeps what the officer searched for, but not the personal data
typed into it: the audit log is append-only and kept for good, long after the records the search
was about are destroyed; a resident's phone number, e-mail address, BSN or full name typed into
the search box would stay there readable for every auditor."""

import io

import pytest
from django.urls import reverse

from audit.actions import AuditAction
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

SEARCHED = (
    "klacht Hendrikje Scholtenhuis 06-28374619 h.scholtenhuis@ziggo.nl BSN 111222333 "
    "NL91ABNA0417164300"
)


def _logged_query(woo_client, make_record, q: str) -> str:
    make_record(["De boom aan de Hoofdstraat is omgewaaid."])
    response = woo_client.get(reverse("woo:search"), {"q": q})
    assert response.status_code == 200
    row = AuditEvent.objects.filter(action=AuditAction.WOO_ARCHIVE_SEARCHED).get()
    return row.detail["query"]


def test_a_searched_resident_leaves_no_personal_data_in_the_audit_log(woo_client, make_record):
    logged = _logged_query(woo_client, make_record, SEARCHED)
    for secret in (
        "Scholtenhuis",
        "Hendrikje",
        "28374619",
        "ziggo.nl",
        "111222333",
        "NL91ABNA0417164300",
    ):
        assert secret not in logged
    # What was searched for stays traceable: the words, and the kind of data left out.
    assert logged.startswith("klacht ")
    assert "[TELEFOONNUMMER]" in logged and "[BSN]" in logged


def test_a_search_without_personal_data_is_logged_as_typed(woo_client, make_record):
    assert _logged_query(woo_client, make_record, "omgewaaide boom") == "omgewaaide boom"


# --- a name alone: a surname, or a name one of the archive's records holds -------------------


def _searched(woo_client, q: str) -> dict:
    response = woo_client.get(reverse("woo:search"), {"q": q})
    assert response.status_code == 200
    return (
        AuditEvent.objects.filter(action=AuditAction.WOO_ARCHIVE_SEARCHED)
        .order_by("pk")
        .last()
        .detail
    )


def test_a_surname_alone_typed_into_the_search_is_not_kept(woo_client, make_record):
    """An officer looking up a neighbour types only the surname: the detector alone sees no
    person in "Brouwer" or "Jansen" without a first name or a title."""
    make_record(["De boom aan de Hoofdstraat is omgewaaid."])
    for q, name, kept in (
        ("Brouwer", "brouwer", ""),
        ("jansen container", "jansen", "container"),
        ("bezwaar Hofstede", "hofstede", "bezwaar"),
    ):
        logged = _searched(woo_client, q)["query"]
        assert name not in logged.lower(), (q, logged)
        assert kept in logged and "[NAAM]" in logged, (q, logged)


def test_a_name_a_record_of_the_archive_holds_is_not_kept_also_an_ordinary_word(
    woo_client, make_record
):
    """ "Mol" is an ordinary word the name lists do not take alone; a record named Ria Mol, so
    a search for "Mol" is a search for her, also after the purge took her name."""
    from chats.purge import originals_purge
    from tests.factories import ParticipantFactory

    record = make_record(["De schutting van Mol staat scheef."])
    ParticipantFactory(submission=record, seq=2, name="Ria Mol", pseudonym="Deelnemer B")
    originals_purge(submission_id=record.pk)
    logged = _searched(woo_client, "Mol schutting")["query"]
    assert "Mol" not in logged and "schutting" in logged, logged
    # An ordinary word no record holds as a person stays what it was.
    assert _searched(woo_client, "storm schutting")["query"] == "storm schutting"


def test_the_query_as_typed_is_kept_only_as_a_keyed_hash(woo_client, make_record):
    """What the redaction took out stays verifiable for an investigation holding the key (did
    someone look up this resident?) and unreadable for everyone else: not the plain SHA-256 of
    the words, the same for the same words typed otherwise, another for other words."""
    import hashlib

    make_record(["De boom aan de Hoofdstraat is omgewaaid."])
    first = _searched(woo_client, "Brouwer  bezwaar")["query_digest"]
    again = _searched(woo_client, "brouwer bezwaar")["query_digest"]
    other = _searched(woo_client, "Bakker bezwaar")["query_digest"]
    assert len(first) == 64 and first == again and first != other
    for plain in ("Brouwer  bezwaar", "brouwer bezwaar"):
        assert first != hashlib.sha256(plain.encode()).hexdigest()


def test_a_record_archived_before_person_hashes_existed_gets_them_from_the_command(
    woo_client, make_record
):
    """A record archived before its persons were kept as hashes, whose originals are still
    there (a Woo request holds it, or the purge waits), has none: a search for "Mol" of its
    Ria Mol was logged readable. `manage.py keep_person_digests` keeps them, once."""
    from django.core.management import call_command

    from chats.models import PersonDigest
    from tests.factories import ParticipantFactory

    record = make_record(["De schutting van Mol staat scheef."])  # archived, no hashes
    ParticipantFactory(submission=record, seq=2, name="Ria Mol", pseudonym="Deelnemer B")
    purged = make_record(["Niets bijzonders."])
    purged.originals_purged_at = purged.archived_at
    purged.save(update_fields=["originals_purged_at"])
    call_command("keep_person_digests", stdout=io.StringIO())
    assert PersonDigest.objects.filter(submission=record).exists()
    assert not PersonDigest.objects.filter(submission=purged).exists()
    kept = PersonDigest.objects.count()
    call_command("keep_person_digests", stdout=io.StringIO())
    assert PersonDigest.objects.count() == kept
    logged = _searched(woo_client, "Mol schutting")["query"]
    assert "Mol" not in logged and "schutting" in logged, logged
