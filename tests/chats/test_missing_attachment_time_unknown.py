"""The missing-attachment flag names a message whose time is unknown by its date only: the
parser puts such a message (a header with a time that does not exist) at midnight, and the
flag said '00:00', a time the employee will not find on the phone."""

from datetime import date, datetime

from chats.pipeline.build import _parse_flags, media_missing_message, survey_chat

# Eastern Arabic digits: only in such an export can a header hold an hour like 25.
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _flag(tmp_path, lines: list[str]) -> str:
    chat = tmp_path / "WhatsApp-chat met Jan Jansen.txt"
    chat.write_text("".join(f"{line.translate(ARABIC)}\n" for line in lines), encoding="utf-8")
    survey = survey_chat(chat, media_names=[])
    return next(f.message for f in _parse_flags(survey) if f.code == "media_missing")


def test_a_message_without_a_time_is_named_by_its_date(tmp_path):
    message = _flag(
        tmp_path,
        [
            "12-03-2024 09:20 - Jan Jansen: Goedemorgen",
            "12-03-2024 25:10 - Jan Jansen: IMG-20240312-WA0001.jpg (bestand bijgevoegd)",
        ],
    )
    assert "00:00" not in message
    assert message.endswith(": bij het bericht van 12-03-2024 (tijd onbekend).")


def test_a_message_sent_at_midnight_keeps_its_time(tmp_path):
    message = _flag(
        tmp_path,
        [
            "12-03-2024 25:10 - Jan Jansen: IMG-20240312-WA0001.jpg (bestand bijgevoegd)",
            "13-03-2024 00:00 - Jan Jansen: IMG-20240313-WA0002.jpg (bestand bijgevoegd)",
        ],
    )
    assert message.endswith(
        ": bij de berichten van 12-03-2024 (tijd onbekend) en 13-03-2024 00:00."
    )


def test_the_message_names_a_date_without_a_time_as_such():
    assert media_missing_message(2, [date(2024, 3, 12), datetime(2024, 3, 12, 9, 5)]).endswith(
        ": bij de berichten van 12-03-2024 (tijd onbekend) en 12-03-2024 09:05."
    )
