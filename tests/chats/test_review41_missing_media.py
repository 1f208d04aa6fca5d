"""Found reviewing walk 41's missing-attachment flag with message dates (review 41)."""

from chats.pipeline.build import _parse_flags, survey_chat


def _flag(tmp_path, lines: list[str]) -> str:
    chat = tmp_path / "WhatsApp-chat met Jan Jansen.txt"
    chat.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    survey = survey_chat(chat, media_names=[])
    return next(f.message for f in _parse_flags(survey) if f.code == "media_missing")


def test_photos_sent_in_one_minute_do_not_hide_a_later_missing_attachment(tmp_path):
    """Two photos sent in the same minute, then three more missing ones: the flag named the
    first three minutes as if they were all ('bij de berichten van 09:20, 09:21 en 09:22'), and
    the attachment of 09:23 was not said to be missing too ('onder meer')."""
    lines = [
        f"12-03-2024 09:{minute} - Jan Jansen: IMG-20240312-WA000{i}.jpg (bestand bijgevoegd)"
        for i, minute in enumerate((20, 20, 21, 22, 23))
    ]
    message = _flag(tmp_path, lines)
    assert message.startswith("5 bijlagen")
    assert "bij onder meer de berichten van 12-03-2024 09:20, 12-03-2024 09:21 en " in message


def test_two_messages_of_one_minute_are_not_called_one_message(tmp_path):
    """Two photos missing, sent in the same minute: the flag said 'bij het bericht van ...' as
    if one message lacked both, and the employee looked for one message."""
    lines = [
        f"12-03-2024 09:20 - Jan Jansen: IMG-20240312-WA000{i}.jpg (bestand bijgevoegd)"
        for i in range(2)
    ]
    message = _flag(tmp_path, lines)
    assert message.endswith(": bij de berichten van 12-03-2024 09:20.")
