"""Walk 53: the onderwerp "Hostile chat_long_line.zip" went to Woo as "Hostile chat_[NAAM].zip":
"long" and "line" are rare first names, but the parts of a file name joined by _ or . are words
of the name, no person. A file name holding a frequent first name or surname is still redacted
("Foto_jan_de_vries.jpg", "export van chat_Henk.txt")."""

from types import SimpleNamespace

import pytest

from chats.redaction.context import ChatContext


def _onderwerp(text: str) -> str:
    from chats.pipeline.build import redact_free_texts  # (a Django module: imported here)

    submission = SimpleNamespace(onderwerp=text, omschrijving="")
    return redact_free_texts(submission, context=ChatContext(), replacements={})[0]


@pytest.mark.parametrize(
    "text", ["Hostile chat_long_line.zip", "chat.long.line.zip", "Export_Long_Line.txt"]
)
def test_the_parts_of_a_file_name_are_no_person(text):
    assert _onderwerp(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Foto_jan_de_vries.jpg", "Foto_[NAAM].jpg"),
        ("export van chat_Henk.txt", "export van chat_[NAAM].txt"),
        ("Melding van Line Bakker over de boom", "Melding van [NAAM] over de boom"),
    ],
)
def test_a_known_name_in_a_file_name_or_a_sentence_stays_redacted(text, redacted):
    assert _onderwerp(text) == redacted
