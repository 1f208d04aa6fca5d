"""A name established as a person anywhere around a chat is redacted everywhere in it.

Processing learns persons not only from the messages: the onderwerp and omschrijving the
employee typed, a contact card, an attachment's file name and the text read from an attachment
(PDF, photo, screenshot) name persons too, and each of them is known while the messages, the
attachments and the free texts are examined. "Mol" alone is an ordinary word the detector
leaves readable ("Mol komt morgen langs"), unless the chat established Mol as a person.
"""

import zipfile

import pytest

from chats.constants import UploadKind
from chats.models import MediaItem, Message
from demo.generators.documents import text_pdf
from tests.chats import test_attachments as attachments
from tests.chats.redaction_passes import MOL_LINE, android_export, prepared_chat, watch_detector
from tests.chats.test_attachments import _processed, pdf_box
from tests.conftest import SUBMISSION_FIELDS

pytestmark = pytest.mark.django_db

private_temp_root = attachments.private_temp_root
employee = attachments.employee


def _texts(submission) -> list[str]:
    return list(
        Message.objects.filter(submission=submission)
        .order_by("seq")
        .values_list("text_redacted", flat=True)
    )


def test_the_detector_alone_leaves_the_surname_readable():
    """The premise of every test here."""
    from chats.redaction import detect

    assert not detect(MOL_LINE)


def test_a_person_named_in_the_onderwerp_is_redacted_in_the_messages_and_attachments(
    employee, tmp_path, monkeypatch
):
    monkeypatch.setitem(SUBMISSION_FIELDS, "onderwerp", "Schutting van Ria Mol")
    pdf = text_pdf([["Verslag van het overleg", MOL_LINE]])
    paths = android_export(
        tmp_path, [MOL_LINE, "verslag.pdf (bestand bijgevoegd)"], {"verslag.pdf": pdf}
    )
    submission = _processed(employee, paths, UploadKind.ANDROID_EXPORT)
    assert "Mol" not in _texts(submission)[0]
    item = MediaItem.objects.get(submission=submission)
    assert "verslag" in item.ocr_text_redacted.lower()
    assert "Mol" not in item.ocr_text_redacted
    assert "Mol" not in submission.onderwerp_redacted


def test_a_person_named_in_the_omschrijving_is_redacted_in_the_messages(
    employee, tmp_path, monkeypatch
):
    monkeypatch.setitem(SUBMISSION_FIELDS, "omschrijving", "Melding van mevrouw Mol.")
    submission = _processed(
        employee, android_export(tmp_path, [MOL_LINE]), UploadKind.ANDROID_EXPORT
    )
    assert "Mol" not in _texts(submission)[0]


VCARD_MOL = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ria Mol\r\nN:Mol;Ria;;;\r\n"
    "TEL;TYPE=CELL:+31 6 12345678\r\nEND:VCARD\r\n"
)


def test_a_contact_cards_name_is_a_known_person_for_the_messages(employee, tmp_path):
    export = tmp_path / "WhatsApp Chat - Schutting.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr(
            "_chat.txt",
            "[12-03-2024 09:15:02] Gerrit Mulder: \u200e<bijgevoegd: 00000002-contact.vcf>\n"
            f"[12-03-2024 09:16:10] Gerrit Mulder: {MOL_LINE}\n"
            "[12-03-2024 09:20:00] Mila de Vries: Dank u, ik kijk ernaar.\n",
        )
        archive.writestr("00000002-contact.vcf", VCARD_MOL)
    submission = _processed(employee, [export], UploadKind.IOS_EXPORT)
    assert "Mol" not in _texts(submission)[1]


def test_a_name_in_an_attachments_file_name_is_a_known_person(employee, tmp_path):
    pdf = text_pdf([["Kopie van het paspoort"]])
    paths = android_export(
        tmp_path,
        ["paspoort_Mol.pdf (bestand bijgevoegd)", MOL_LINE],
        {"paspoort_Mol.pdf": pdf},
    )
    submission = _processed(employee, paths, UploadKind.ANDROID_EXPORT)
    texts = _texts(submission)
    assert "Mol" not in texts[0]
    assert "Mol" not in texts[1]


def test_a_name_read_in_an_attachment_is_redacted_in_the_messages_and_later_attachments(
    employee, tmp_path
):
    first = text_pdf([["Aanvraag van Ria Mol voor een schutting."]])
    later = text_pdf([[MOL_LINE]])
    paths = android_export(
        tmp_path,
        [MOL_LINE, "aanvraag.pdf (bestand bijgevoegd)", "vervolg.pdf (bestand bijgevoegd)"],
        {"aanvraag.pdf": first, "vervolg.pdf": later},
    )
    submission = _processed(employee, paths, UploadKind.ANDROID_EXPORT)
    assert "Mol" not in _texts(submission)[0]
    for item in MediaItem.objects.filter(submission=submission):
        assert item.ocr_text_redacted.strip(), item.name
        assert "Mol" not in item.ocr_text_redacted, item.name


def test_a_surname_alone_in_a_file_name_is_a_known_person(employee, tmp_path):
    """'Bezwaarschrift Wolters.pdf': a known surname that is no word of the language; the
    detector alone leaves it readable written in capitals."""
    from chats.redaction import detect

    shouted = "WOLTERS belt terug over het bezwaar."
    assert not detect(shouted)
    paths = android_export(
        tmp_path,
        ["Bezwaarschrift Wolters.pdf (bestand bijgevoegd)", shouted],
        {"Bezwaarschrift Wolters.pdf": text_pdf([["Bezwaarschrift"]])},
    )
    submission = _processed(employee, paths, UploadKind.ANDROID_EXPORT)
    assert "WOLTERS" not in _texts(submission)[1]


def test_words_of_the_language_in_a_file_name_are_no_person():
    """Known as a person, a word is redacted in every message: "Park" or "Haven" in a file's
    name is not one."""
    from chats.redaction import file_name_persons

    for name in ("Ontwerp Park De Wheem.pdf", "Situatie Haven Zuid.pdf", "IMG-20240312-WA0001.jpg"):
        assert file_name_persons(name) == (), name
    assert file_name_persons("00000005-Pieter Bakker.vcf") == ("Pieter Bakker",)


def test_an_earlier_attachment_naming_a_person_learned_later_is_redrawn_not_withheld(
    employee, tmp_path
):
    """The first PDF says "Mol", the second names Ria Mol: the first one is made again from
    its original with Ria Mol known, so its pages are blacked out where "Mol" stood and it is
    shown like any blacked-out PDF instead of withheld until Informatiebeheer looks."""
    import io

    from pypdf import PdfReader

    from chats.constants import MediaRelease
    from tests.chats.test_attachments import _read, _share

    first = text_pdf([[MOL_LINE]])
    later = text_pdf([["Aanvraag van Ria Mol voor een schutting."]])
    paths = android_export(
        tmp_path,
        ["eerste.pdf (bestand bijgevoegd)", "tweede.pdf (bestand bijgevoegd)"],
        {"eerste.pdf": first, "tweede.pdf": later},
    )
    submission = _processed(employee, paths, UploadKind.ANDROID_EXPORT)
    item = MediaItem.objects.get(submission=submission, name__startswith="eerste")
    assert "schutting" in item.ocr_text_redacted
    assert "Mol" not in item.ocr_text_redacted
    assert item.release == MediaRelease.GEANONIMISEERD, item.flag_reason
    assert not item.flagged
    assert not any("eerste.pdf" in f["message"] for f in submission.flags or [])
    reader = PdfReader(io.BytesIO(_read(item.derived)))
    image = next(iter(reader.pages[0].images)).image.convert("L")
    assert _share(image, pdf_box(first, "Mol"), lambda p: p < 60) > 0.95
    assert _share(image, pdf_box(first, "schutting"), lambda p: p > 200) > 0.4


def test_a_later_person_is_redacted_past_a_part_found_before_in_an_earlier_attachment():
    """The earlier attachment's text had only "Ria" redacted; once "Ria Mol" is known, the
    surname after it is redacted too (the new span overlapped the old one and was dropped)."""
    from chats.constants import MediaRelease
    from chats.pipeline.build import _late_persons
    from chats.pipeline.results import MediaOut, SpanOut
    from chats.redaction import ChatContext

    text = "Verslag: Ria Mol komt morgen langs."
    item = MediaOut(
        seq=0,
        name="eerste.pdf",
        mime="application/pdf",
        ocr_text=text,
        ocr_text_redacted="Verslag: [NAAM] Mol komt morgen langs.",
        ocr_spans=(SpanOut(9, 12, "PERSON"),),
        release=MediaRelease.GEANONIMISEERD,
    )
    [late], _flags = _late_persons([item], ["Ria Mol"], ChatContext(), {})
    assert "Mol" not in late.ocr_text_redacted
    assert "morgen langs" in late.ocr_text_redacted
    assert [(s.start, s.end) for s in late.ocr_spans] == [(9, 16)]
    assert late.release == MediaRelease.ACHTERGEHOUDEN


def test_the_messages_redacted_again_are_only_those_that_may_name_the_new_person(
    tmp_path, monkeypatch
):
    """Redacting a 10,000-message chat again for one person an attachment named cost as much
    as the first redaction (6.2 s CPU); now a message that holds no word of the new names, no
    clipped first name and no initials is taken from the first redaction, and the result is
    the same as examining every message again."""
    from chats.pipeline import build
    from chats.redaction import may_name_any

    lines = [
        MOL_LINE,
        "Kevin Zieliński belt morgen terug.",
        "kev kun jij de brief nakijken?",
        "JW, heb je de stukken?",
        "zielinski was er niet",
        "Prima, dank je wel.",
        "De container staat er nog.",
    ] * 3
    chat = prepared_chat(tmp_path, lines)
    context = chat.context
    new = ["Ria Mol", "Jan-Willem Kevinsen", "Kevin Zieliński"]

    first = build.MessageFile(tmp_path / "first.tmp")
    first.write(chat.redacted("first.spill", context=context))
    first.close()
    full = chat.redacted("full.spill", context=context.with_persons(new))
    examined = watch_detector(monkeypatch)
    again = chat.redacted(
        "again.spill", context=context.with_persons(new), earlier=first, may_name=may_name_any(new)
    )
    assert again == full
    assert "Mol" not in again[0].text_redacted
    assert "Prima, dank je wel." not in examined
    assert "De container staat er nog." not in examined
    assert {"kev kun jij de brief nakijken?", "JW, heb je de stukken?"} <= set(examined)
