"""Personal data written with Unicode look-alikes or invisible characters is found as the plain
form, and redaction covers exactly the original characters (uni44, issue 12).

The detector reads a folded view of the text (NFKC, format characters left out, every space a
space, every decimal digit 0-9) and maps what it finds back; text that holds none of these
characters is read as before.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chats.redaction import ChatContext, detect, detect_chat, persons_in, redact_text
from chats.redaction.images import boxes_for_spans, detect_in_ocr
from tests.chats.redaction.test_screenshot_text import ocr_of

# Zero-width space, zero-width joiner, soft hyphen, word joiner.
INVISIBLE = ("\u200b", "\u200d", "\u00ad", "\u2060")


def covered(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text)]


def to_full_width(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)


def digits_in(value: str, zero: str) -> str:
    """``value`` with its digits written in the script whose zero is ``zero``."""
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in value)


# --- full-width forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "item"),
    [
        ("Bel me op {} graag", "06-12345678"),
        ("mijn rekening is {} hoor", "NL91ABNA0417164300"),
        ("postcode {} Meppel", "7941 AB"),
        ("mail {} maar", "jan.jansen@gmail.com"),
        ("mijn kenteken is {} toch", "AB-123-C"),
    ],
)
def test_full_width_items_are_found_over_their_own_characters(template, item):
    text = template.format(to_full_width(item))

    assert covered(text) == [to_full_width(item)]


def test_a_bsn_grouped_with_ideographic_spaces_is_found():
    item = "１１１\u3000２２２\u3000３３３"

    assert covered(f"mijn bsn is {item}") == [item]


# --- invisible characters ---------------------------------------------------------------------


@pytest.mark.parametrize("mark", INVISIBLE)
@pytest.mark.parametrize(
    ("template", "item"),
    [
        ("Bel {} even", "06{}12345678"),
        ("Bel {} even", "06 1234{}5678"),
        ("mail {} graag", "jan.jansen@gma{}il.com"),
        ("Mijn buurvrouw {} belde", "Ria Mo{}l"),
        ("ik woon op {} in Meppel", "Kerkstraat 1{}2"),
    ],
)
def test_an_invisible_character_inside_an_item_is_covered_with_it(mark, template, item):
    item = item.format(mark)
    text = template.format(item)

    assert item in covered(text)
    assert mark not in redact_text(text, detect(text))


@pytest.mark.parametrize("mark", INVISIBLE)
def test_an_invisible_character_inside_a_trigger_word_keeps_it_a_trigger(mark):
    text = f"mijn pas{mark}poort nummer is NXC4R1234"

    assert covered(text) == ["NXC4R1234"]


# --- other spaces and digits ------------------------------------------------------------------


@pytest.mark.parametrize("space", ["\u2002", "\u2003", "\u205f", "\u3000"])
def test_other_unicode_spaces_inside_numbers_read_as_spaces(space):
    phone = f"06{space}12345678"
    iban = space.join(["NL91", "ABNA", "0417", "1643", "00"])
    postcode = f"7941{space}AB"

    assert covered(f"Bel {phone} even") == [phone]
    assert covered(f"iban {iban} graag") == [iban]
    assert covered(f"postcode {postcode} Meppel") == [postcode]


@pytest.mark.parametrize("zero", ["\u0660", "\u06f0", "\u0966", "\u09e6"])
def test_decimal_digits_of_other_scripts_read_as_digits(zero):
    phone = digits_in("06-12345678", zero)
    postcode = digits_in("7941", zero) + " AB"

    assert covered(f"Bel {phone} even") == [phone]
    assert covered(f"postcode {postcode} Meppel") == [postcode]


def test_a_name_with_a_decomposed_accent_is_found_whole():
    name = "Ange\u0301lique Terpstra"  # "é" typed as "e" and a combining acute accent

    assert covered(f"Groeten van {name}") == [name]


# --- e-mail addresses spelled out in capitals -------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "J PUNT JANSEN APENSTAARTJE GMAIL PUNT COM",
        "Jan Punt Jansen Apenstaartje Gmail Punt Com",
        "J PUNT JANSEN AT GMAIL PUNT COM",
        "J.JANSEN (AT) GMAIL.COM",
    ],
)
def test_a_spelled_out_address_in_capitals_is_an_email_address(address):
    text = f"mijn mail is {address}"

    assert covered(text) == [address]
    assert redact_text(text, detect(text)) == "mijn mail is [E-MAILADRES]"


def test_a_role_mailbox_spelled_in_capitals_stays():
    assert covered("mail naar INFO APENSTAARTJE MEPPEL PUNT NL") == []


# --- profile links and handles ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("kijk op facebook.com/meppelfotogirl voor de foto's", "facebook.com/meppelfotogirl"),
        ("zie instagram.com/meppel1985", "instagram.com/meppel1985"),
        ("op tiktok @meppelboy", "@meppelboy"),
    ],
)
def test_a_handle_that_adds_a_word_or_number_to_the_towns_name_is_personal(text, item):
    assert covered(text) == [item]


@pytest.mark.parametrize(
    "text",
    [
        "kijk op facebook.com/meppel",
        "kijk op facebook.com/gemeentemeppel",
        "kijk op facebook.com/meppelcentraal",
        "kijk op instagram.com/meppelsnieuws",
        "volg ons op tiktok @meppel",
    ],
)
def test_the_towns_own_pages_stay(text):
    assert covered(text) == []


# --- the paths that read the detector ---------------------------------------------------------


def test_redaction_keeps_the_original_characters_around_the_items():
    text = "Ｈｏｉ! Bel 06\u200b12345678 of ０６-１２３４５６７８, groet Ria Mo\u00adl"

    assert redact_text(text, detect(text)) == (
        "Ｈｏｉ! Bel [TELEFOONNUMMER] of [TELEFOONNUMMER], groet [NAAM]"
    )


def test_a_chat_maps_its_spans_to_each_original_message():
    texts = [
        "Wat is uw geboorte\u200bdatum?",
        "１２-０３-１９６１",
        "Bel Ria Mo\u200bl op 06\u200b12345678",
    ]

    found = detect_chat(texts)

    assert [[t[s.start : s.end] for s in spans] for t, spans in zip(texts, found, strict=True)] == [
        [],
        ["１２-０３-１９６１"],
        ["Ria Mo\u200bl", "06\u200b12345678"],
    ]


def test_names_known_from_folded_text_are_found_alone_later():
    # "Ria Mo\u200bl" makes "Mol" a person of the chat, also where it is written plainly.
    assert "Ria Mol" in persons_in(["mevrouw Ria Mo\u200bl belde"])


def test_the_subject_and_description_are_redacted_over_their_own_characters():
    from chats.pipeline.build import redact_free_texts  # (a Django module: imported here)

    submission = SimpleNamespace(
        onderwerp="Melding van ０６-１２３４５６７８",
        omschrijving="Ria Mo\u200bl, pas\u200bpoort NXC4R1234",
    )

    assert redact_free_texts(submission, context=ChatContext(), replacements={}) == (
        "Melding van [TELEFOONNUMMER]",
        "[NAAM], pas\u200bpoort [DOCUMENTNUMMER]",
    )


@pytest.mark.parametrize(
    "number", [digits_in("0612345678", "\u0660"), "06\u200b12345678", "０６１２３４５６７８"]
)
def test_screenshot_text_maps_the_span_to_the_words_box(number):
    text = f"Bel me op {number} graag"
    ocr = ocr_of(text)

    spans = detect_in_ocr(ocr, known_names=(), detect=detect)

    assert [(text[s:e], label) for s, e, label in spans] == [(number, "PHONE")]
    (box,) = boxes_for_spans(ocr, spans)
    word = next(w for w in ocr.words if w.text == number)
    assert box.left <= word.left and box.right >= word.left + word.width


# --- guards: text without such characters is read as before ---------------------------------


def test_an_ellipsis_reads_as_its_three_dots():
    typed = "Bel Jan Jansen… 06-12345678… of mail j.bakker@ziggo.nl…"

    assert covered(typed) == covered(typed.replace("…", "..."))
    assert {"Jan Jansen", "06-12345678", "j.bakker@ziggo.nl"} <= set(covered(typed))


@pytest.mark.parametrize(
    "text",
    [
        "Bel me op 06-12345678, groet Jan Jansen",
        "mevrouw De Vries woont op Kerkstraat 12, 7941 AB Meppel, BSN 111222333",
        "mail j.bakker@ziggo.nl of info@meppel.nl, NL91ABNA0417164300",
        "Geboren 12-03-1961, kenteken AB-123-C, zie facebook.com/marloes.beuker.7",
    ],
)
def test_invisible_characters_anywhere_change_nothing_but_themselves(text):
    # A zero-width space after every third character: the same items, each over its own
    # characters, and the redacted text is the plain one with the marks left outside the items.
    marked = "".join(c + ("\u200b" if i % 3 == 2 else "") for i, c in enumerate(text))

    plain = redact_text(text, detect(text))

    assert redact_text(marked, detect(marked)).replace("\u200b", "") == plain
    assert len(detect(marked)) == len(detect(text))
