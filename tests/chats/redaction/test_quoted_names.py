"""A name quoted or bracketed after a role word, and typographic quotes (issue 12, screenshots).

Found on the second blind screenshot set: "Buurman ‘…’ rijdt …" left the surname readable. Two
causes: typographic quotes (which iPhones and WhatsApp type) counted as sentence breaks, so the
quoted word stood at a "sentence start"; and a role word only introduced a name after a plain
space, and not at all when the role word opened the sentence and the name is also a word.
"""

import pytest

from chats.redaction import detect


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Buurvrouw \u2018Molenaar\u2019 staat weer op de stoep.", "Molenaar"),
        ("Mijn collega \u201cVisser\u201d belt u morgen.", "Visser"),
        ("De buurman 'Kramer' heeft de heg gesnoeid.", "Kramer"),
        ('Buurman "Dekker" parkeert op de hoek.', "Dekker"),
        ("Collega Brouwer komt vanmiddag langs.", "Brouwer"),
        ("Dat weet mijn buurvrouw (Timmerman) ook.", "Timmerman"),
        ("Wethouder \u2018Koning\u2019 opent de markt.", "Koning"),
        # A listed surname that is no word, between typographic quotes after a role word.
        ("Buurvrouw \u2018Oosterhuis\u2019 belt steeds.", "Oosterhuis"),
    ],
)
def test_a_quoted_or_bracketed_name_after_a_role_word_is_a_person(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hij noemde het \u2018Gezellig\u2019 en ging weg.",
        "De buurman zei: \u2018Kom maar\u2019 en deed open.",
        "Het \u2018Bouwbesluit\u2019 zegt daar niets over.",
        "Zij is \u2018Bouwmeester\u2019 van beroep.",
    ],
)
def test_a_quoted_ordinary_word_without_a_role_word_is_no_person(text):
    assert persons(text) == []
