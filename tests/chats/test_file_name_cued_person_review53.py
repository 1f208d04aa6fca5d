"""Review 53: the file-name rule of redact_free_texts (walk 53) dropped every person found in a
file name whose parts are no frequent name, also a surname or an unknown name the detector found
by its cue ("Brief_mevr_Kloosterboer.pdf", "gesprek_met_Wubbolt.docx"): those were redacted
before and went to Woo readable. Only the words of a file name that are rare first names and
nothing else ("chat_long_line.zip") are no person."""

from types import SimpleNamespace

import pytest

from chats.redaction.context import ChatContext


def _onderwerp(text: str) -> str:
    from chats.pipeline.build import redact_free_texts  # (a Django module: imported here)

    submission = SimpleNamespace(onderwerp=text, omschrijving="")
    return redact_free_texts(submission, context=ChatContext(), replacements={})[0]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Brief_mevr_Kloosterboer.pdf", "Brief_mevr_[NAAM].pdf"),
        ("gesprek_met_Wubbolt.docx", "gesprek_met_[NAAM].docx"),
        ("chat_Wubbolt.zip", "chat_[NAAM].zip"),
    ],
)
def test_a_cued_surname_in_a_file_name_stays_redacted(text, redacted):
    assert _onderwerp(text) == redacted


@pytest.mark.parametrize("text", ["Hostile chat_long_line.zip", "Export_Long_Line.txt"])
def test_rare_first_names_as_words_of_a_file_name_stay_readable(text):
    assert _onderwerp(text) == text
