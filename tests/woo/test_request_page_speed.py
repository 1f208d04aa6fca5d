"""The request page of a large request (bench/woo_judge_bench.py --others 4: 24,500 documents)
counts its records' documents and derives their judgements in the database instead of cutting
every document's text as the release does: what it shows stays what the release derives.
"""

import contextlib
import hashlib
import json
from unittest import mock

import pytest
from django.urls import reverse

from chats.constants import UploadKind
from chats.models import MediaItem
from tests.conftest import png_bytes
from woo.assessment import assessment_page, request_overview
from woo.constants import Oordeel, PassageBron
from woo.documents import record_judgement, unassessed
from woo.models import WooBeoordeling, WooPassage
from woo.release import release_items
from woo.release_jobs import assessment_state
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def _judge(user, verzoek, record, oordeel, *, seqs=None, gronden=()):
    """Judge the record's messages (or screenshots) with these seqs (all when None)."""
    docs = [*record.messages.order_by("seq"), *record.media.filter(message__isnull=True)]
    for doc in docs:
        if seqs is not None and doc.seq not in seqs:
            continue
        is_message = doc.__class__.__name__ == "Message"
        WooBeoordeling.objects.update_or_create(
            verzoek=verzoek,
            message=doc if is_message else None,
            media=None if is_message else doc,
            defaults={
                "submission": record,
                "document_ref": f"{record.pk}-{doc.seq}",
                "oordeel": oordeel,
                "gronden": list(gronden),
                "beoordeeld_door": user,
            },
        )


def _passage(user, verzoek, *, message=None, media=None, **fields):
    fields.setdefault("grond", "5.1.2i")
    return WooPassage.objects.create(
        verzoek=verzoek, message=message, media=media, aangemaakt_door=user, **fields
    )


def _screenshots(make_record, make_media, *, ocr_redacted=("", "")):
    shots = make_record([], index=False)
    shots.upload_kind = UploadKind.SCREENSHOTS
    shots.save(update_fields=["upload_kind"])
    for width, text in zip((61, 62), ocr_redacted, strict=True):
        make_media(
            shots,
            None,
            original=png_bytes(width, 40),
            derived=png_bytes(width, 30),
            ocr=text.replace("[NAAM]", "Jan"),
            ocr_redacted=text,
        )
    return shots


@pytest.fixture
def every_source_of_a_blackout(woo_user, verzoek, make_record, make_media):
    """Records judged 'openbaar' (or mixed) that each withhold something in another way, and
    records that withhold nothing; the first record is left partly unassessed."""
    user = woo_user
    records = {}

    def add(name, record, *, message_id=None):
        records[name] = record
        selectie_add(user=user, verzoek=verzoek, submission_id=record.pk, message_id=message_id)
        return record

    partly = add("partly", make_record(["Een.", "Twee [NAAM].", "Drie.", "Vier."]))
    _judge(user, verzoek, partly, Oordeel.OPENBAAR, seqs={2})
    placeholder = add("placeholder", make_record(["Eerste.", "Bel [TELEFOONNUMMER]."]))
    _judge(user, verzoek, placeholder, Oordeel.OPENBAAR)
    # Written in small letters it is the sender's text, not a placeholder.
    small = add("small letters", make_record(["Mijn [naam] is haas.", "Oké."]))
    _judge(user, verzoek, small, Oordeel.OPENBAAR)
    manual = add("manual", make_record(["Gewoon bericht.", "Nog een bericht."]))
    _judge(user, verzoek, manual, Oordeel.OPENBAAR)
    _passage(user, verzoek, message=manual.messages.get(seq=2), start=0, end=3)
    # A ground given to a placeholder that is not there blacks out nothing.
    override = add("override alone", make_record(["Alleen tekst.", "Ook tekst."]))
    _judge(user, verzoek, override, Oordeel.OPENBAAR)
    _passage(
        user,
        verzoek,
        message=override.messages.get(seq=1),
        start=0,
        end=4,
        bron=PassageBron.AUTOMATISCH,
    )
    photos = {}
    for name in ("photo area", "photo ocr passage", "photo ocr placeholder", "photo plain"):
        record = add(name, make_record(["Foto.", "Tekst."]))
        _judge(user, verzoek, record, Oordeel.OPENBAAR)
        photos[name] = make_media(
            record,
            record.messages.get(seq=1),
            original=png_bytes(63, 40),
            derived=png_bytes(63, 30),
            ocr="Jan Jansen" if name == "photo ocr placeholder" else "bord",
            ocr_redacted="[NAAM]" if name == "photo ocr placeholder" else "bord",
        )
    _passage(user, verzoek, media=photos["photo area"], x=0.1, y=0.1, breedte=0.2, hoogte=0.2)
    _passage(user, verzoek, media=photos["photo ocr passage"], start=0, end=2)
    shots_area = add("screenshot area", _screenshots(make_record, make_media))
    _judge(user, verzoek, shots_area, Oordeel.OPENBAAR)
    _passage(
        user,
        verzoek,
        media=shots_area.media.order_by("seq").last(),
        x=0.1,
        y=0.1,
        breedte=0.2,
        hoogte=0.2,
    )
    shots_ocr = add(
        "screenshot placeholder",
        _screenshots(make_record, make_media, ocr_redacted=("bord", "Van [NAAM]")),
    )
    _judge(user, verzoek, shots_ocr, Oordeel.OPENBAAR)
    shots_plain = add(
        "screenshot plain", _screenshots(make_record, make_media, ocr_redacted=("bord", "boom"))
    )
    _judge(user, verzoek, shots_plain, Oordeel.OPENBAAR)
    shots_open = add("screenshots unassessed", _screenshots(make_record, make_media))
    grounds = add("ground given", make_record(["Een.", "Twee."]))
    _judge(user, verzoek, grounds, Oordeel.OPENBAAR, seqs={1}, gronden=["5.1.2e"])
    _judge(user, verzoek, grounds, Oordeel.BUITEN_VERZOEK, seqs={2})
    outside = add("outside", make_record(["Een.", "Twee."]))
    _judge(user, verzoek, outside, Oordeel.OPENBAAR, seqs={1})
    _judge(user, verzoek, outside, Oordeel.BUITEN_VERZOEK, seqs={2})
    public = add("already public", make_record(["Een.", "Twee [NAAM]."]))
    _judge(user, verzoek, public, Oordeel.OPENBAAR, seqs={1})
    _judge(user, verzoek, public, Oordeel.REEDS_OPENBAAR, seqs={2})
    withheld = add("withheld", make_record(["Een [NAAM].", "Twee."]))
    _judge(user, verzoek, withheld, Oordeel.NIET_OPENBAAR, gronden=["5.2"])
    mixed = add("mixed", make_record(["Een.", "Twee."]))
    _judge(user, verzoek, mixed, Oordeel.OPENBAAR, seqs={1})
    _judge(user, verzoek, mixed, Oordeel.NIET_OPENBAAR, seqs={2}, gronden=["5.2"])
    single = make_record(["Niet gekozen.", "Los gekozen [NAAM]."])
    add("one message", single, message_id=single.messages.get(seq=2).pk)
    _judge(user, verzoek, single, Oordeel.OPENBAAR, seqs={2})
    # Not in the request: its own judgement and blackouts count nowhere.
    other = make_record(["Ander [NAAM]."])
    _judge(user, verzoek, other, Oordeel.OPENBAAR)
    return records, shots_open


def _no_release_items():
    """Building every document's release item (cutting its text) fails the test."""
    refused = mock.Mock(side_effect=AssertionError("every document's release item"))
    stack = contextlib.ExitStack()
    stack.enter_context(mock.patch("woo.release.release_items", refused))
    stack.enter_context(mock.patch("woo.assessment.release_items", refused, create=True))
    return stack


def _as_the_release_derives(verzoek):
    """(record, documents, assessed, derived judgement) from every document's release item."""
    per = {}
    for item in release_items(verzoek):
        per.setdefault(item.doc.submission_id, []).append(item.oordeel)
    return [
        (sub, len(found), sum(1 for o in found if o), record_judgement(found))
        for sub, found in per.items()
    ]


def test_the_request_overview_derives_what_the_release_derives(verzoek, every_source_of_a_blackout):
    records, _ = every_source_of_a_blackout
    lines, missing = request_overview(verzoek)
    assert [
        (line.submission_id, line.documents, line.assessed, line.oordeel) for line in lines
    ] == _as_the_release_derives(verzoek)
    derived = {name: lines[n].oordeel for n, name in enumerate(records)}
    assert derived == {
        "partly": "",
        "placeholder": Oordeel.DEELS_OPENBAAR,
        "small letters": Oordeel.OPENBAAR,
        "manual": Oordeel.DEELS_OPENBAAR,
        "override alone": Oordeel.OPENBAAR,
        "photo area": Oordeel.DEELS_OPENBAAR,
        "photo ocr passage": Oordeel.DEELS_OPENBAAR,
        "photo ocr placeholder": Oordeel.DEELS_OPENBAAR,
        "photo plain": Oordeel.OPENBAAR,
        "screenshot area": Oordeel.DEELS_OPENBAAR,
        "screenshot placeholder": Oordeel.DEELS_OPENBAAR,
        "screenshot plain": Oordeel.OPENBAAR,
        "screenshots unassessed": "",
        "ground given": Oordeel.DEELS_OPENBAAR,
        "outside": Oordeel.OPENBAAR,
        "already public": Oordeel.OPENBAAR,
        "withheld": Oordeel.NIET_OPENBAAR,
        "mixed": Oordeel.DEELS_OPENBAAR,
        "one message": Oordeel.DEELS_OPENBAAR,
    }
    assert [line.record_ref for line in lines] == [
        line.record_ref for line in request_overview(verzoek)[0]
    ]
    expected = unassessed(verzoek)
    assert (missing.count, missing.first) == (expected.count, expected.first)
    assert missing.count == 5  # three messages of 'partly', two screenshots


@pytest.mark.parametrize("show", [1, 2, 3, 4, 10])
def test_the_first_unassessed_are_in_record_order(
    woo_user, verzoek, make_record, make_media, every_source_of_a_blackout, show
):
    # Screenshots before the messages of a later record, messages before a later screenshot.
    later = make_record(["Later een.", "Later twee."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=later.pk)
    found = request_overview(verzoek, show=show)[1]
    expected = unassessed(verzoek, show=show)
    assert (found.count, found.first) == (expected.count, expected.first)
    assert found.count == 7


def test_the_request_page_does_not_cut_every_documents_text(
    woo_client, verzoek, every_source_of_a_blackout
):
    records, _ = every_source_of_a_blackout
    with _no_release_items():
        response = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Archiefstukken ({len(records)})" in page
    assert "Nog 5 documenten niet beoordeeld" in page
    assert "Deels openbaar" in page and "Niet openbaar" in page


def test_a_records_assessment_page_derives_what_the_release_derives(
    verzoek, every_source_of_a_blackout
):
    records, _ = every_source_of_a_blackout
    expected = {
        sub: (count, assessed, oordeel)
        for sub, count, assessed, oordeel in (_as_the_release_derives(verzoek))
    }
    with _no_release_items():
        found = {
            record.pk: (page.count, page.assessed, page.record_oordeel)
            for record in records.values()
            for page in [assessment_page(verzoek, record.pk)]
        }
    assert found == expected
    # A page shows its own documents' judgements.
    withheld = assessment_page(verzoek, records["mixed"].pk)
    assert [row.oordeel for row in withheld.rows] == [Oordeel.OPENBAAR, Oordeel.NIET_OPENBAAR]
    partly = assessment_page(verzoek, records["partly"].pk)
    assert [row.oordeel for row in partly.rows] == ["", Oordeel.DEELS_OPENBAAR, "", ""]


def _state_as_stored_releases_have_it(verzoek):
    """The assessment state as releases made so far stored it (their grondslag): every row
    written with json.dumps on its own line. Hashing it faster must give the same digest, or
    every stored export would read as stale ('Verouderd')."""
    digest = hashlib.sha256()
    header = (verzoek.nummer, verzoek.onderwerp, verzoek.ontvangen_op, verzoek.besluit_op)
    digest.update(json.dumps(header, default=str).encode() + b"|")
    queries = (
        verzoek.selecties.order_by("pk").values_list("pk", "submission_id", "message_id"),
        WooBeoordeling.objects.filter(verzoek=verzoek)
        .order_by("pk")
        .values_list(
            "pk",
            "message_id",
            "media_id",
            "oordeel",
            "gronden",
            "toelichting",
            "reeds_openbaar_url",
            "beoordeeld_op",
        ),
        WooPassage.objects.filter(verzoek=verzoek)
        .order_by("pk")
        .values_list(
            "pk", "message_id", "media_id", "start", "end", "x", "y", "breedte", "hoogte", "grond"
        ),
        MediaItem.objects.filter(submission_id__in=verzoek.selecties.values("submission_id"))
        .order_by("pk")
        .values_list("pk", "release"),
    )
    for rows in queries:
        for row in rows:
            digest.update(json.dumps(row, default=str).encode())
            digest.update(b"\n")
        digest.update(b"|")
    return digest.hexdigest()


def test_the_assessment_state_is_the_digest_stored_releases_have(
    woo_user, verzoek, every_source_of_a_blackout
):
    records, _ = every_source_of_a_blackout
    WooBeoordeling.objects.filter(verzoek=verzoek).update(
        toelichting='Zie "bijlage" — één\nregel', reeds_openbaar_url="https://example.org/ä"
    )
    verzoek.onderwerp = 'Bomen \u2014 "centrum"'
    verzoek.save(update_fields=["onderwerp"])
    assert assessment_state(verzoek) == _state_as_stored_releases_have_it(verzoek)
