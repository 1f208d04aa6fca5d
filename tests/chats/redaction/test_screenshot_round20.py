"""Screenshot round 20 (issue 12): constructions the sixteenth blind set showed, tested with other
names, trades and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_text import covered, labels_of, list_spans, spans_of

# --- A contact saved as name and trade without an emoji ("Juni loodgieter"), also a month -------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Juni loodgieter 09:34\nDe afvoer is weer open.", {"Juni"}),
        ("Maart stratenmaker 12\nTegels liggen er weer in.", {"Maart"}),
        ("Wortel dakdekker 13:03\nFoto", {"Wortel"}),
    ],
)
def test_a_chat_list_row_of_a_name_and_a_trade_is_blacked(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Juni stratenmaker\nDe tegels liggen er weer in.", {"Juni"}),
        ("Maart loodgieter neemt audio op...", {"Maart"}),
    ],
)
def test_a_sender_label_of_a_name_and_a_trade_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text, blocks=(1,) * (text.count("\n") + 1)))


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe loodgieter 09:34\nDe afvoer is weer open.",
        "Gemeente stratenmaker 12\nTegels liggen er weer in.",
        "Goede hovenier gezocht",
    ],
)
def test_an_adjective_or_organisation_before_a_trade_names_no_person(text):
    assert "PERSON" not in labels_of(text, list_spans(text))


def test_a_month_named_contact_leaves_dates_of_that_month_readable():
    text = "Juni loodgieter\nDank je Juni. Reageer voor 5 Juni\n12 Juni 2026 ligt het klaar."
    spans = spans_of(text, blocks=(1, 1, 2))
    assert "Juni" in covered(text, spans)  # the contact and the "Dank je Juni."
    kept = {text[s:e] for s, e, _ in spans}
    dates = [i for i in range(len(text)) if text.startswith("Juni", i) and text[i - 2].isdigit()]
    assert dates and not any(s <= i < e for i in dates for s, e, _ in spans), kept


# --- A street named after a titled person, wrapped over two lines -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het feest is in het stadhuis aan de\nBurgemeester van Roijen de\nGraafweg. De uitnodiging volgt.",
        "Asbest in de schuur aan de Dokter van der\nMeulenlaan, kom je kijken?",
        "De markt op het Prins van Oranje\nPlein is verplaatst.",
    ],
)
def test_a_street_named_after_a_titled_person_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


def test_a_person_before_a_street_name_stays_a_person():
    text = "Mevrouw Annet van der Velde Kerkstraat 5 belde."
    assert {"Annet", "Velde"} <= covered(text, spans_of(text))


def test_a_titled_person_doing_something_in_a_street_stays_a_person():
    text = "Wethouder Annet Brouwer opent de Kerkstraat morgen."
    assert {"Annet", "Brouwer"} <= covered(text, spans_of(text))


# --- A village the place list lacks, named like a surname with a place's suffix -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Fijne avond vanuit Middendorp!",
        "Karin wil trouwen op 01.11.26 in\nHoogstad. Getuigen volgen.",
        "Skatebaan Middendorp: de jongeren willen er een halfpipe.\nGroeten uit Middendorp",
    ],
)
def test_a_village_named_like_a_surname_after_a_place_preposition_stays(text):
    place = next(w.strip(".!:") for w in text.split() if w.strip(".!:").endswith(("stad", "dorp")))
    spans = spans_of(text, blocks=(1,) * (text.count("\n") + 1))
    assert not any(text[s:e] == place for s, e, _ in spans)


@pytest.mark.parametrize(
    "text", ["Ik sprak Karin Middendorp gisteren.", "Mevrouw Hoogstad belde over de heg."]
)
def test_a_surname_with_a_place_suffix_stays_a_person(text):
    assert "PERSON" in labels_of(text, spans_of(text))


# --- A firm named after a person of the screenshot, its trade word after the name ---------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Tjeerd heeft Bram Visser toegevoegd\nOfferte Tjeerd Catering\nSLK-189.pdf", "Tjeerd"),
        (
            "Tjeerd heeft Bram Visser toegevoegd\nTjeerd Catering 12:13\nOfferte in de bijlage",
            "Tjeerd",
        ),
        ("Tjeerd heeft Bram Visser toegevoegd\nTjeerd Catering plaatst het bijenhotel.", "Tjeerd"),
    ],
)
def test_a_firm_named_after_a_person_with_its_trade_word_after_stays(text, firm):
    spans = spans_of(text, blocks=(1, 2, 3))
    firm_at = text.index(f"{firm} Catering")
    assert "Tjeerd" in covered(text, spans)  # the person in the notice
    assert not any(s <= firm_at < e for s, e, _ in spans)


# --- A first name that is also a month, before a surname ---------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Overlijden gemeld: Juni Okonkwo, geboren 3 maart 1950.", {"Juni", "Okonkwo,"}),
        ("Getuigen: Bram Visser en Maart\nOkafor. Tel 06 12345678.", {"Maart", "Okafor."}),
        ("Doorgestuurd van Juni Adeyemi: de heg hangt over.", {"Juni", "Adeyemi:"}),
    ],
)
def test_a_month_before_a_surname_is_a_first_name(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    ["Vanaf 3 Juni Meppel weer open.", "De markt is in Juni Zaterdag open.", "Tot Juni, groet!"],
)
def test_a_month_in_a_date_or_sentence_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))
