"""The index holds redacted text of archived records only, and follows archiving."""

import pytest

from chats.constants import SubmissionStatus
from chats.signals import submission_archived
from tests.conftest import png_bytes
from tests.factories import SelectielijstResultaatFactory, ZaaktypeFactory
from tests.woo.conftest import SECRET_PHONE
from woo.constants import EntrySource
from woo.indexing import index_submission
from woo.models import SearchEntry

pytestmark = pytest.mark.django_db

# The entries of messages and images; each record also has one of its subject
# (tests/woo/test_subject_search.py).
TEXTS = SearchEntry.objects.exclude(source=EntrySource.ONDERWERP)


def test_only_archived_records_are_indexed(make_record):
    archived = make_record(["De boom is omgewaaid."])
    waiting = make_record(["De boom is omgewaaid."], status=SubmissionStatus.TE_BEOORDELEN)
    rejected = make_record(["De boom is omgewaaid."], status=SubmissionStatus.AFGEWEZEN)
    assert TEXTS.filter(submission=archived).count() == 1
    assert not SearchEntry.objects.filter(submission__in=[waiting, rejected]).exists()


def test_only_redacted_text_of_messages_in_the_record_is_indexed(make_record):
    record = make_record(
        [
            ("Bel mij op [TELEFOONNUMMER].", f"Bel mij op {SECRET_PHONE}."),
            "Niet geselecteerd door Informatiebeheer.",
            "",
        ],
        excluded_seqs=(2,),
    )
    texts = list(TEXTS.filter(submission=record).values_list("text", flat=True))
    assert texts == ["Bel mij op [TELEFOONNUMMER]."]
    assert not SearchEntry.objects.filter(text__contains=SECRET_PHONE).exists()


def test_ocr_text_of_media_in_the_record_is_indexed_redacted(make_record, make_media):
    record = make_record(["Zie foto.", "Niet in het archiefstuk."], excluded_seqs=(2,))
    first, second = record.messages.order_by("seq")
    make_media(
        record,
        first,
        original=png_bytes(),
        derived=png_bytes(),
        ocr=f"Kenteken en {SECRET_PHONE}",
        ocr_redacted="Kenteken en [TELEFOONNUMMER]",
    )
    make_media(record, second, original=png_bytes(), derived=png_bytes(), ocr_redacted="geheim")
    index_submission(submission_id=record.pk)
    ocr = SearchEntry.objects.get(submission=record, source="ocr")
    assert ocr.text == "Kenteken en [TELEFOONNUMMER]"
    assert ocr.message_id == first.pk
    assert not SearchEntry.objects.filter(text__contains="geheim").exists()


def test_indexing_twice_gives_the_same_entries(make_record):
    record = make_record(["Eén.", "Twee.", "Drie."])
    first = list(SearchEntry.objects.filter(submission=record).values_list("seq", "text"))
    assert index_submission(submission_id=record.pk) == 4  # three messages and the subject
    second = list(SearchEntry.objects.filter(submission=record).values_list("seq", "text"))
    assert sorted(first) == sorted(second)


def test_a_record_that_is_no_longer_archived_leaves_the_index(make_record):
    record = make_record(["De boom is omgewaaid."])
    record.status = SubmissionStatus.TE_BEOORDELEN
    record.save()
    assert index_submission(submission_id=record.pk) == 0
    assert not SearchEntry.objects.filter(submission=record).exists()


def test_the_archiving_signal_indexes_the_record(make_record):
    record = make_record(["Wateroverlast in de kelder."], index=False)
    assert not SearchEntry.objects.filter(submission=record).exists()
    submission_archived.send(sender=None, submission_id=record.pk)
    assert TEXTS.filter(submission=record).count() == 1


def test_filter_columns_are_copied_from_the_record(make_record, zaak):
    record = make_record(["Tekst."], zaak=zaak, afdeling="ruimte", gesprekspartner="collega")
    entry = TEXTS.get(submission=record)
    assert (entry.zaak_id, entry.afdeling, entry.gesprekspartner) == (zaak.pk, "ruimte", "collega")
    assert entry.sent_at == record.messages.get().sent_at


def test_highlight_markers_in_message_text_are_stripped(make_record):
    record = make_record(["nep\ue000markering\ue001"])
    assert TEXTS.get(submission=record).text == "nep markering"


def test_archiving_through_the_review_makes_the_record_findable(
    make_record, make_user, zaak, django_capture_on_commit_callbacks
):
    from chats.review.services import review_archive
    from woo.query import parse_query
    from woo.search import SearchFilters, search

    record = make_record(
        [("Bel [TELEFOONNUMMER] over de dakkapel.", f"Bel {SECRET_PHONE} over de dakkapel.")],
        status=SubmissionStatus.TE_BEOORDELEN,
        index=False,
    )
    resultaat = SelectielijstResultaatFactory(
        procestype__naam="Meldingen behandelen",
        nummer="15.1",
        naam="Afgehandeld",
        waardering="vernietigen",
        bewaartermijn="P1Y",
        procestermijn="",
    )
    reviewer = make_user("di", "Informatiebeheer", staff=True)
    with django_capture_on_commit_callbacks(execute=True):
        review_archive(submission_id=record.pk, zaak=zaak, user=reviewer, resultaat=resultaat)
    found = search(parse_query("dakkapel"), SearchFilters(zaak_id=zaak.pk))
    assert [r.submission.pk for r in found.records] == [record.pk]
    assert search(parse_query(SECRET_PHONE), SearchFilters()).record_count == 0


def test_the_zaaktype_filter_column_follows_the_zaak(make_record, zaak):
    from woo.query import parse_query
    from woo.search import SearchFilters, search

    record = make_record(["Melding over een lantaarnpaal."], zaak=zaak)
    assert TEXTS.get(submission=record).zaaktype == ""
    zaak.zaaktype = ZaaktypeFactory(
        identificatie="MELDING-OR", omschrijving="Melding", procestype=None
    )
    zaak.save()
    found = search(parse_query("lantaarnpaal"), SearchFilters(zaaktype="MELDING-OR"))
    assert [r.submission.pk for r in found.records] == [record.pk]
    index_submission(submission_id=record.pk)
    assert TEXTS.get(submission=record).zaaktype == "MELDING-OR"
