"""Judging, the request page and the export start read a request of thousands of documents
once (bench/woo_judge_bench.py): what they show and write stays what it was.

The unassessed documents are counted in the database; the request page takes its record lines
and its unassessed list from one reading; judging a whole record inserts its judgements at once.
"""

import pytest
from django.urls import reverse

from audit.actions import AuditAction
from audit.models import AuditEvent
from chats.constants import UploadKind
from tests.conftest import png_bytes
from woo.assessment import assessment_page, record_lines, request_overview
from woo.besluit import beoordeling_save, beoordeling_save_record, passage_add
from woo.constants import Oordeel
from woo.documents import documents, judgement_of, judgements, unassessed, unassessed_count
from woo.models import WooBeoordeling
from woo.services import WooError, selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_of_three(woo_user, verzoek, make_record, make_media):
    """A whole chat (three messages, one with a phone number), one message of another chat on
    its own, and a screenshot record of two screenshots."""
    chat = make_record(["Eerste.", "Bel [TELEFOONNUMMER].", "Derde bericht hier."])
    other = make_record(["Los gekozen.", "Niet gekozen."])
    shots = make_record([], index=False)
    shots.upload_kind = UploadKind.SCREENSHOTS
    shots.save(update_fields=["upload_kind"])
    for width in (61, 62):
        make_media(shots, None, original=png_bytes(width, 40), derived=png_bytes(width, 30))
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)
    chosen = other.messages.get(seq=1)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=other.pk, message_id=chosen.pk)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=shots.pk)
    return chat, other, shots


def _missing_one_by_one(verzoek):
    by_message, by_media = judgements(verzoek)
    return [d for d in documents(verzoek) if judgement_of(d, by_message, by_media) is None]


def test_unassessed_counts_what_each_document_check_finds(woo_user, verzoek, request_of_three):
    chat, other, shots = request_of_three
    assert unassessed_count(verzoek) == 6
    first_shot = shots.media.order_by("seq").first()
    beoordeling_save(
        user=woo_user, verzoek=verzoek, media_id=first_shot.pk, oordeel=Oordeel.OPENBAAR
    )
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=chat.messages.get(seq=2).pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )
    # A judgement of a message that is not selected counts for nothing.
    WooBeoordeling.objects.create(
        verzoek=verzoek,
        submission=other,
        message=other.messages.get(seq=2),
        document_ref="WA-x bericht 2",
        oordeel=Oordeel.OPENBAAR,
        beoordeeld_door=woo_user,
    )
    expected = _missing_one_by_one(verzoek)
    found = unassessed(verzoek)
    assert found.count == len(expected) == 4
    assert found.first == expected
    assert unassessed_count(verzoek) == 4


def test_nothing_unassessed_once_all_is_judged(woo_user, verzoek, request_of_three):
    for record in request_of_three:
        beoordeling_save_record(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
        )
    found = unassessed(verzoek)
    assert (found.count, found.first) == (0, [])


def test_the_request_overview_is_the_record_lines_and_the_unassessed(
    woo_user, verzoek, request_of_three
):
    chat, other, shots = request_of_three
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=chat.pk, oordeel=Oordeel.OPENBAAR
    )
    lines, missing = request_overview(verzoek)
    assert lines == record_lines(verzoek)
    assert [(line.submission_id, line.documents, line.assessed) for line in lines] == [
        (chat.pk, 3, 3),
        (other.pk, 1, 0),
        (shots.pk, 2, 0),
    ]
    # 'Openbaar' with a redacted phone number is 'deels openbaar' for the record.
    assert lines[0].oordeel == Oordeel.DEELS_OPENBAAR
    expected = unassessed(verzoek)
    assert (missing.count, missing.first) == (expected.count, expected.first) == (3, expected.first)


def test_the_assessment_page_counts_the_judged_documents(woo_user, verzoek, request_of_three):
    chat, _, _ = request_of_three
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=chat.messages.get(seq=1).pk,
        oordeel=Oordeel.OPENBAAR,
    )
    page = assessment_page(verzoek, chat.pk)
    assert (page.count, page.assessed, page.record_oordeel) == (3, 1, "")
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=chat.pk, oordeel=Oordeel.OPENBAAR
    )
    page = assessment_page(verzoek, chat.pk)
    assert (page.count, page.assessed, page.record_oordeel) == (3, 3, Oordeel.DEELS_OPENBAAR)


def test_judging_a_record_at_once_writes_what_judging_one_by_one_writes(
    woo_user, verzoek, request_of_three
):
    chat, _, shots = request_of_three
    passage_add(
        user=woo_user,
        verzoek=verzoek,
        message_id=chat.messages.get(seq=3).pk,
        passage="bericht",
        grond="5.1.2i",
    )
    beoordeling_save_record(
        user=woo_user,
        verzoek=verzoek,
        submission_id=chat.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.2", "5.1.2e"],
        toelichting="  Intern beraad.  ",
    )
    beoordeling_save_record(
        user=woo_user,
        verzoek=verzoek,
        submission_id=shots.pk,
        oordeel=Oordeel.REEDS_OPENBAAR,
        reeds_openbaar_url=" https://meppel.nl/besluit ",
    )
    rows = list(
        WooBeoordeling.objects.filter(verzoek=verzoek)
        .order_by("pk")
        .values_list(
            "submission_id",
            "message__seq",
            "media__seq",
            "document_ref",
            "oordeel",
            "gronden",
            "toelichting",
            "reeds_openbaar_url",
            "beoordeeld_door",
        )
    )
    ref, shot_ref = f"WA-{chat.pk:06d}", f"WA-{shots.pk:06d}"
    judged = (Oordeel.NIET_OPENBAAR, ["5.1.2e", "5.2"], "Intern beraad.", "", woo_user.pk)
    shown = (Oordeel.REEDS_OPENBAAR, [], "", "https://meppel.nl/besluit", woo_user.pk)
    assert rows == [
        (chat.pk, 1, None, f"{ref} bericht 2", *judged),
        (chat.pk, 2, None, f"{ref} bericht 3", *judged),
        (chat.pk, 3, None, f"{ref} bericht 4", *judged),
        (shots.pk, None, 1, f"{shot_ref} schermafbeelding 1 van 2", *shown),
        (shots.pk, None, 2, f"{shot_ref} schermafbeelding 2 van 2", *shown),
    ]
    # One moment for the whole record, and one audit row per action, in order.
    moments = set(
        WooBeoordeling.objects.filter(submission=chat).values_list("beoordeeld_op", flat=True)
    )
    assert len(moments) == 1
    audit = list(
        AuditEvent.objects.filter(action=AuditAction.WOO_DOCUMENT_ASSESSED)
        .order_by("pk")
        .values("detail")
    )
    assert [row["detail"] for row in audit] == [
        {
            "documents": [f"{ref} berichten 2-4"],
            "count": 3,
            "oordeel": Oordeel.NIET_OPENBAAR,
            "gronden": ["5.1.2e", "5.2"],
        },
        {
            "documents": [f"{shot_ref} schermafbeeldingen 1-2"],
            "count": 2,
            "oordeel": Oordeel.REEDS_OPENBAAR,
            "gronden": [],
        },
    ]


def test_the_request_page_lists_the_unassessed_after_judging(
    woo_client, woo_user, verzoek, request_of_three
):
    chat, other, shots = request_of_three
    woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, chat.pk]), {"oordeel": "openbaar"}
    )
    html = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert f"WA-{other.pk:06d} bericht 2" in html
    assert f"WA-{shots.pk:06d} schermafbeelding 1 van 2" in html
    assert f"WA-{chat.pk:06d} bericht 2" not in html


def test_judging_a_record_again_changes_only_its_selected_documents(
    woo_user, verzoek, request_of_three
):
    chat, other, shots = request_of_three
    for record in request_of_three:
        beoordeling_save_record(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
        )
    # A judgement left from before its message was taken out of the selection.
    left = WooBeoordeling.objects.create(
        verzoek=verzoek,
        submission=other,
        message=other.messages.get(seq=2),
        document_ref="WA-x bericht 3",
        oordeel=Oordeel.OPENBAAR,
        beoordeeld_door=woo_user,
    )
    for record in (other, shots):
        changed = beoordeling_save_record(
            user=woo_user,
            verzoek=verzoek,
            submission_id=record.pk,
            oordeel=Oordeel.BUITEN_VERZOEK,
            only_unassessed=False,
        )
        assert changed == (1 if record == other else 2)
    oordelen = dict(WooBeoordeling.objects.filter(verzoek=verzoek).values_list("pk", "oordeel"))
    assert oordelen.pop(left.pk) == Oordeel.OPENBAAR
    by_record = {
        record.pk: set(
            WooBeoordeling.objects.filter(verzoek=verzoek, submission=record)
            .exclude(pk=left.pk)
            .values_list("oordeel", flat=True)
        )
        for record in request_of_three
    }
    assert by_record == {
        chat.pk: {Oordeel.OPENBAAR},
        other.pk: {Oordeel.BUITEN_VERZOEK},
        shots.pk: {Oordeel.BUITEN_VERZOEK},
    }


def test_one_judgement_finds_its_document_as_the_list_of_documents_has_it(
    woo_user, verzoek, request_of_three, make_record
):
    chat, other, shots = request_of_three
    listed = {(d.message_id, d.media_id): d for d in documents(verzoek)}
    for message in [chat.messages.get(seq=3), other.messages.get(seq=1)]:
        saved = beoordeling_save(
            user=woo_user, verzoek=verzoek, message_id=message.pk, oordeel=Oordeel.OPENBAAR
        )
        doc = listed[(message.pk, None)]
        assert (saved.submission_id, saved.document_ref) == (doc.submission_id, doc.ref)
    shot = shots.media.order_by("seq").last()
    saved = beoordeling_save(user=woo_user, verzoek=verzoek, media_id=shot.pk, oordeel="openbaar")
    assert saved.document_ref == listed[(None, shot.pk)].ref
    assert saved.document_ref.endswith("schermafbeelding 2 van 2")
    # Not selected: a message of a record chosen in part, or of a record not in the request.
    unselected = [other.messages.get(seq=2), make_record(["Elders."]).messages.get()]
    for message in unselected:
        with pytest.raises(WooError, match="hoort niet bij de selectie"):
            beoordeling_save(
                user=woo_user, verzoek=verzoek, message_id=message.pk, oordeel=Oordeel.OPENBAAR
            )
    with pytest.raises(WooError, match="hoort niet bij de selectie"):
        beoordeling_save(user=woo_user, verzoek=verzoek, message_id=10**9, oordeel="openbaar")


def test_one_records_judgements_are_those_its_documents_look_up(
    woo_user, verzoek, request_of_three
):
    for record in request_of_three:
        beoordeling_save_record(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
        )
    # A judgement kept without its record reference still belongs to its message's record.
    chat, _, shots = request_of_three
    WooBeoordeling.objects.filter(message__submission=chat, message__seq=1).update(submission=None)
    everything = judgements(verzoek)
    for record in request_of_three:
        docs = documents(verzoek, submission_id=record.pk)
        by_message, by_media = judgements(verzoek, submission_id=record.pk)
        assert [judgement_of(d, by_message, by_media) for d in docs] == [
            judgement_of(d, *everything) for d in docs
        ]
        assert len(by_message) + len(by_media) == len(docs)
    page = assessment_page(verzoek, chat.pk)
    assert (page.count, page.assessed, page.record_oordeel) == (3, 3, Oordeel.DEELS_OPENBAAR)
    assert assessment_page(verzoek, shots.pk).assessed == 2
