"""Issue 12: processing applies the detector's rules across messages, as detect_chat does.

The detector's quality figures (bench/pii_score.py --chats, the redaction corpus tests,
``python -m chats.redaction``) are computed with ``detect_chat``, which reads a chat's messages
with each other: a birth date answering "Geboortedatum?", a BSN answering "BSN?", an address
answering "Adres?", a postcode of words after an address, a house number repeated, a chat's
surname named again alone. Processing must store exactly those spans, or a date the bench
counts as covered stays readable in the archive and for the Woo.
"""

import zipfile

import pytest

from chats.constants import UploadKind
from chats.models import Message
from chats.pipeline import build
from chats.redaction import ChatContext, detect, detect_chat, redact_text
from chats.selectors import organisation_contacts
from tests.chats import test_attachments as attachments
from tests.chats.redaction_passes import android_export
from tests.chats.test_attachments import _processed

pytestmark = pytest.mark.django_db

private_temp_root = attachments.private_temp_root
employee = attachments.employee

RESIDENT = "Gerrit Mulder"

# (the resident's lines, the values the chat's rules must cover there)
CASES = [
    (["Wat is uw geboortedatum?", "12-03-1961"], ["12-03-1961"]),
    (["BSN?", "9354 127 12"], ["9354 127 12"]),
    (["Adres?", "De Schiphorst 4, eigenaar van de schuur"], ["De Schiphorst 4"]),
    (["Woont u op de Vinkenstraat 12?", "ja, 7942 he"], ["7942 he"]),
    (
        ["Buurvrouw Greet van nummer 17 klaagt over de heg.", "dan is nummer 17 haar adres toch?"],
        ["nummer 17"],
    ),
    (
        [
            "Ik heb gebeld met Johan Kuipers over de schutting.",
            "kuipers zegt dat hij morgen komt",
        ],
        ["kuipers"],
    ),
]
# A firm with a service line is no person, wherever the chat names it.
FIRM = ["Wijkstra heeft een storingsnummer: 0522 123 456", "Bel Wijkstra maar, die komt snel."]


def _stored(submission) -> list[Message]:
    return list(Message.objects.filter(submission=submission).order_by("seq"))


def _as_detect_chat(submission) -> tuple[list[Message], list[list]]:
    """The stored messages, and detect_chat's spans for their texts with the context processing
    has (the participants, the organisation's contacts)."""
    messages = _stored(submission)
    names = list(submission.participants.order_by("seq").values_list("name", flat=True))
    context = ChatContext(organisation=organisation_contacts())
    return messages, detect_chat([m.text for m in messages], participants=names, context=context)


def _assert_as_detect_chat(submission) -> None:
    messages, expected = _as_detect_chat(submission)
    names = list(submission.participants.order_by("seq").values_list("name", flat=True))
    _, pseudonymizer = build.pseudonymize(
        names, user=submission.submitted_by, gesprekspartner=submission.gesprekspartner
    )
    replacements = pseudonymizer.replacements()
    for message, spans in zip(messages, expected, strict=True):
        stored = sorted(
            (r.start, r.end, r.label) for r in message.redactions.filter(media__isnull=True)
        )
        assert stored == sorted((s.start, s.end, s.label) for s in spans), message.text
        assert message.text_redacted == (
            redact_text(message.text, spans, replacements=replacements) if spans else message.text
        )


def _ios_export(tmp_path, lines: list[str]):
    path = tmp_path / "WhatsApp Chat - Mulder.zip"
    chat = "".join(
        f"[12-03-2024 09:{10 + i:02d}:00] {RESIDENT}: {line}\n" for i, line in enumerate(lines)
    )
    chat += "[12-03-2024 10:00:00] Mila de Vries: Dank u, ik kijk ernaar.\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", chat)
    return [path]


def test_each_case_is_one_the_detector_finds_only_across_messages():
    """The premise: per message, with the participants known, the values stay readable."""
    context = ChatContext().with_persons([RESIDENT, "Mila de Vries"])
    for lines, values in CASES:
        for value in values:
            line = [line for line in lines if value in line][-1]  # (where it is said again)
            start = line.index(value)
            assert not any(
                s.start < start + len(value) and start < s.end
                for s in detect(line, context=context)
            ), value


@pytest.mark.parametrize("kind", [UploadKind.ANDROID_EXPORT, UploadKind.IOS_EXPORT])
def test_processing_stores_detect_chats_spans(employee, tmp_path, kind):
    lines = [line for chat, _ in CASES for line in chat] + FIRM
    paths = (
        android_export(tmp_path, lines)
        if kind == UploadKind.ANDROID_EXPORT
        else _ios_export(tmp_path, lines)
    )
    submission = _processed(employee, paths, kind)
    _assert_as_detect_chat(submission)
    redacted = [m.text_redacted for m in _stored(submission)]
    joined = "\n".join(redacted)
    # the birth date, BSN, address and postcode
    assert "12-03-1961" not in joined
    assert "9354 127 12" not in joined
    assert "De Schiphorst 4" not in joined
    assert "7942 he" not in joined
    assert "kuipers" not in joined
    assert "dan is nummer 17" not in joined
    # the firm with a service line stays readable
    assert "Bel Wijkstra maar" in joined


@pytest.mark.parametrize("lines", [chat for chat, _ in CASES], ids=lambda lines: lines[0][:20])
def test_each_chat_alone_is_stored_as_detect_chat_finds_it(employee, tmp_path, lines):
    submission = _processed(employee, android_export(tmp_path, lines), UploadKind.ANDROID_EXPORT)
    _assert_as_detect_chat(submission)


def test_a_chat_redacted_again_for_a_person_from_an_attachment_keeps_the_chat_rules(
    employee, tmp_path
):
    """An attachment that names a person the chat had not: the messages are redacted again, and
    still as detect_chat finds them (the birth date answered stays covered)."""
    from demo.generators.documents import text_pdf

    pdf = text_pdf([["Verslag van het overleg", "Aanwezig: Ria Mol, bewoner"]])
    lines = [
        "Geboortedatum?",
        "12-03-1961",
        "Mol komt morgen langs.",
        "brief.pdf (bestand bijgevoegd)",
    ]
    submission = _processed(
        employee, android_export(tmp_path, lines, {"brief.pdf": pdf}), UploadKind.ANDROID_EXPORT
    )
    joined = "\n".join(m.text_redacted for m in _stored(submission))
    assert "12-03-1961" not in joined
    assert "Mol komt" not in joined


def test_a_chat_over_the_bound_is_flagged_for_informatiebeheer(employee, tmp_path, settings):
    """Above ARCHIEF_CHAT_RULES_MAX_CHARS the messages are examined one by one, and the review
    says that the checks across messages were not made."""
    settings.ARCHIEF_CHAT_RULES_MAX_CHARS = 10
    submission = _processed(
        employee, android_export(tmp_path, CASES[0][0]), UploadKind.ANDROID_EXPORT
    )
    assert any(f.get("code") == "chat_rules_skipped" for f in submission.flags), submission.flags
    flag = next(f for f in submission.flags if f.get("code") == "chat_rules_skipped")
    assert "berichten" in flag["message"]


def test_the_bound_is_a_setting():
    from django.conf import settings

    assert settings.ARCHIEF_CHAT_RULES_MAX_CHARS >= 1_000_000
    assert build.chat_rules_pass is not None
