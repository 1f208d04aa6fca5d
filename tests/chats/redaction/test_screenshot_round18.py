"""Screenshot round 18 (issue 12): constructions the fourteenth blind set showed, tested with other
names, numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_text import covered, labels_of, list_spans, spans_of

# --- A notice naming contacts that are words, with a number among those added ----------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Storm Schaap heeft Zee en (06) 4121 7780 toegevoegd", {"Storm", "Schaap", "Zee"}),
        ("Hazel Tuin heeft Dauw en 06 - 41 20 33 17 toegevoegd", {"Hazel", "Tuin", "Dauw"}),
        ("Zee heeft verdwijnende berichten uitgezet", {"Zee"}),
        ("Dauw heeft het telefoonnummer gewijzigd naar 06 4471 2290", {"Dauw"}),
        ("Zon visser staat niet in uw contacten. Blokkeren of toevoegen?", {"Zon", "visser"}),
        ("U heeft Femke de smid toegevoegd", {"Femke", "de", "smid"}),
    ],
)
def test_a_notice_naming_contacts_that_are_words_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dit nummer staat niet in uw contacten. Blokkeren of toevoegen?",
        "U heeft verdwijnende berichten aangezet",
        "Het telefoonnummer gewijzigd naar het nieuwe nummer van de balie.",
    ],
)
def test_a_notice_without_a_contact_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- The floor after an address set off by a comma, also wrapped to the next line ------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Er is brand bij haar op Kerkweg 17,\n3e etage! De brandweer is er", {"17,", "3e"}),
        ("De fietsen van Molenstraat 9, 1e\netage zijn gestolen.", {"9,", "1e"}),
        ("aanvrager Kees Bos, Dorpsstraat 48, 2e verdieping, tel. 06 1163 7845.", {"48,", "2e"}),
    ],
)
def test_the_floor_after_an_address_is_blacked_with_it(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_floor_without_an_address_stays():
    text = "De vergadering is op de 2e etage van het stadhuis."
    assert not labels_of(text, spans_of(text))


# --- A surname before a comma: in capitals before initials, or before a first name -----------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Voor de kapvergunning:\naanvrager HOUT, B., Dorpsstraat 8, tel", {"HOUT,", "B.,"}),
        ("VINK, M.J. 08:46\nIk stuur de machtiging", {"VINK,", "M.J."}),
        ("VAN DER STEEN, A. 10:02\nTot straks", {"VAN", "DER", "STEEN,", "A."}),
        ("Van Hout, Ilse 09:34\nTot straks", {"Van", "Hout,", "Ilse"}),
    ],
)
def test_a_surname_before_a_comma_and_initials_or_a_first_name_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zie IBAN, K. hiervoor",
        "Groet, Ilse",
        "Bijlage A, B. en C. volgen",
    ],
)
def test_capitals_or_a_greeting_before_a_comma_are_no_surname(text):
    spans = spans_of(text)
    assert not covered(text, spans) & {"IBAN,", "Groet,", "A,", "B."}


# --- A lower-case name in a file name after a dashed document kind, wrapped on the card -------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("WOZ-bezwaar kwame\nasante.docx\nDOCX : 36 kB", {"kwame", "asante.docx"}),
        ("Zorg-aanvraag yaw\nmensah.pdf\n1 pagina", {"yaw", "mensah.pdf"}),
        ("Huur-contract kofi_boateng.pdf\n3 pagina's", {"kofi_boateng.pdf"}),
    ],
)
def test_a_name_in_a_file_name_after_a_dashed_kind_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    ["Bezwaar-brief gemeente meppel.pdf", "WOZ-beschikking groen beheer.pdf\n1 pagina"],
)
def test_a_file_name_of_words_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- Someone at whose home something lies, before the address --------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("de sleutel ligt bij De Smid\nop Kerkweg\n12 rood.", {"De", "Smid"}),
        ("het pakket ligt bij Ter Storm op Molenstraat 4.", {"Ter", "Storm"}),
        ("de ladder staat bij Storm op Molenstraat 4.", {"Storm"}),
    ],
)
def test_a_name_after_bij_before_an_address_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "de fiets staat bij Kindcentrum op Kerkweg 12.",
        "de container staat bij Schildersbedrijf op Kerkweg 12.",
    ],
)
def test_a_firm_or_a_building_after_bij_before_an_address_is_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A greeting before a first name and a surname that are words -----------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Goedemorgen Zee Tuin, de sleutel ligt bij de balie.", {"Zee", "Tuin,"}),
        ("Hallo Ragnhild Kist, de container is geleegd.", {"Ragnhild", "Kist,"}),
        ("Beste Dauw de Klerk, uw aanvraag is binnen.", {"Dauw", "de", "Klerk,"}),
    ],
)
def test_a_greeted_first_name_and_surname_are_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    ["Hallo Lieve Mensen, het feest gaat door.", "Beste Gemeente Meppel, ik heb een vraag."],
)
def test_a_greeting_to_a_group_or_an_organisation_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- Introducing oneself by one's firm: "<name> van <firm> hier:" ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Storm van Schildersbedrijf Hout hier: we beginnen maandag.", "Storm"),
        ("Goed nieuws. Zee van Team Groen hier, de bomen staan er.", "Zee"),
    ],
)
def test_a_name_introducing_itself_by_its_firm_is_blacked(text, name):
    assert name in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    ["Iemand van de gemeente hier: de lamp is stuk.", "Die van de buren hier, ze zijn weg."],
)
def test_a_pronoun_introduced_by_a_firm_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- The account holder after t.n.v. in lower case --------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("graag op NL32 DLBK 1638 4819 59 t.n.v. oksana melnyk. Mijn BSN", {"oksana", "melnyk."}),
        ("Terugbetalen op rekening tnv kwabena\nadjei, dank u", {"kwabena", "adjei,"}),
    ],
)
def test_an_account_holder_after_tnv_in_lower_case_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Graag op de rekening t.n.v. gemeente meppel.",
        "Graag op de rekening t.n.v. mijn moeder.",
        "Graag op de rekening t.n.v. het bestuur.",
    ],
)
def test_an_organisation_or_a_relative_after_tnv_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A surname after a capitalised particle after a first name ---------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Nieuw nummer 06 3451 7601. Groet, Storm\nDe Kraai", {"Storm", "De", "Kraai"}),
        ("Groet, Dauw De Klerk", {"Dauw", "De", "Klerk"}),
    ],
)
def test_a_surname_after_a_capitalised_particle_is_blacked_with_the_first_name(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_name_of_a_building_after_a_first_name_stays():
    text = "Groet, Kees De Toermalijn"
    assert "Toermalijn" not in covered(text, spans_of(text))


# --- A number the reader is told to call ("belt u") is a service's ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De taxi komt om 9 uur. Bij uitval belt u 088-0041\n700.",
        "Bij storing belt u op 088 112 4400, dag en nacht.",
    ],
)
def test_a_number_the_reader_is_told_to_call_stays(text):
    assert "PHONE" not in labels_of(text, spans_of(text))


def test_a_mobile_number_after_belt_u_mij_is_blacked():
    text = "Als u vragen heeft belt u mij op 06 1234 5678."
    assert "PHONE" in labels_of(text, spans_of(text))


# --- A chat list title with a surname after tussenvoegsels, also a place's name ---------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Tsegaye van Zwolle 10:26\n+31 6 58 24 46 16", {"Tsegaye", "van", "Zwolle"}),
        ("Oyelaran van Hattem 09:12\nTop, tot morgen", {"Oyelaran", "van", "Hattem"}),
    ],
)
def test_a_chat_list_title_with_a_surname_after_tussenvoegsels_is_blacked(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))
