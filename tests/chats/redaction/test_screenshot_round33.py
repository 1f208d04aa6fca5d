"""Screenshot round 33 (issue 12): constructions blind26 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered


def labelled(text: str, spans, word: str) -> set[str]:
    at = text.index(word)
    return {label for s, e, label in spans if s <= at < e}


# --- A word opening a clause before a verb only a person does is a person ---------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Subsidie toegekend; Lepel mailt de aannemer morgen.", {"Lepel"}),
        ("Gladheid bij de school: Epe belt Wiebe na 15.15.", {"Epe"}),
        ("Storm op de Kerkweg: Lemele\nTuilagi (06 1234 5678) reed de paal om.", {"Lemele"}),
        ("Bank geleverd; Iosefa hangt hem op in Nijeveen.", {"Iosefa"}),
    ],
)
def test_a_word_opening_a_clause_before_a_persons_verb_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Storm in de wijk; Gemeente belt alle bewoners.",
        "Kabel kapot; Regen valt op de meterkast.",
        "Besluit genomen; Wethouder Financiën belt de raad.",
        "Sluiting morgen; Meppel krijgt een nieuwe brug.",
    ],
)
def test_an_organisation_weather_portfolio_or_town_opening_a_clause_stays(text):
    assert not {"Gemeente", "Regen", "Financiën", "Meppel"} & covered(text, spans_of(text))


# --- Whom one calls, who is thanked and who says so ------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("De wijkagent belt Hagel over de melding.", {"Hagel"}),
        ("Het staat in het systeem, dank Epe.", {"Epe"}),
        ("Bankje beklad, zegt Wiebe lepel. Foto volgt.", {"Wiebe", "lepel"}),
    ],
)
def test_whom_one_calls_thanks_or_quotes_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- Plates with dots, house numbers after "nr." with a slash or a letter and digit ----------


@pytest.mark.parametrize(
    ("text", "item", "label"),
    [
        ("Bestelbus 45.ZK.NT staat voor de deur", "45.ZK.NT", "LICENSE_PLATE"),
        ("Aanhanger ZT.NB.29 staat er nog", "ZT.NB.29", "LICENSE_PLATE"),
        ("Bladblazer om 7 uur, nr. 41/2.", "41/2", "ADDRESS"),
        ("Geluid op zondag, nr. 112-C3.", "112-C3", "ADDRESS"),
    ],
)
def test_dotted_plates_and_numbers_after_nr_with_toevoeging(text, item, label):
    assert label in labelled(text, spans_of(text), item)


@pytest.mark.parametrize("text", ["Versie 1.2.3 staat klaar", "Vergadering op 22.07.2026"])
def test_dotted_versions_and_dates_are_no_plates(text):
    assert not any(label == "LICENSE_PLATE" for _s, _e, label in spans_of(text))


# --- Keep: a one-word portfolio, a firm cut short, a hamlet on a location line, a meeting date


def test_a_one_word_portfolio_after_an_office_stays():
    text = "Vragen? Wethouder Financiën belt Wiebe over de schade."
    assert "Financiën" not in covered(text, spans_of(text))


def test_a_firm_cut_after_de_in_a_chat_list_stays():
    text = "Chats\nSchildersbedrijf De. 3:38\nOfferte projectnr. 3222 is."
    assert "Schildersbedrijf" not in covered(text, lines_spans(text))


def test_a_hamlet_on_a_location_line_stays_everywhere():
    text = (
        "Gemaal\nOosterhuizen, Nijeveen\n09:08\nBankje bij Oosterhuizen beklad, zegt Wiebe Lepel."
    )
    spans = lines_spans(text)
    assert "Oosterhuizen" not in covered(text, spans)
    assert {"Wiebe", "Lepel"} <= covered(text, spans)


def test_a_date_with_a_meeting_time_after_a_name_is_no_birth_date():
    text = "De gemaalwachter spreekt Wiebe 12-03-'26 om 14h00 bij de mast."
    spans = spans_of(text)
    assert "Wiebe" in covered(text, spans)
    assert "12-03-'26" not in covered(text, spans)


def test_a_birth_date_after_geb_with_a_lost_dash():
    text = "Chats\nLepel K. 09:01\nGeb. 4-7'91, mailadres."
    assert "DATE_OF_BIRTH" in labelled(text, lines_spans(text), "4-7'91")


# --- Notices, chat list rows and quotes --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ('Pluim Hagel wijzigde de groepsnaam in "Straatfeest"', {"Pluim", "Hagel"}),
        ("Ilse Bos heeft Pim * en Epe Walu toegevoegd", {"Epe", "Walu"}),
        ("Chats\n* Lepel - Wiebe 09:16\nGeb. 1974/11/15, mailadres...", {"Lepel", "Wiebe"}),
        ("Chats\nTeam... 1:21\nLepel Hagel: ik fiets straks ...", {"Lepel", "Hagel"}),
        ("Chats\n* Hagel K.J. 08:28\nMijn rekeningnummer:", {"Hagel", "K.J"}),
    ],
)
def test_notices_and_chat_list_rows_name_persons(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text", ["Chats\nMeppel B.V. 08:28\nFactuur", "Chats\nTeam... 1:21\nLet Op: de brug is dicht"]
)
def test_firms_and_warnings_in_a_chat_list_stay(text):
    assert not {"Meppel", "Let", "Op"} & covered(text, lines_spans(text))


def test_a_quoted_senders_name_above_the_quote_is_a_person():
    text = (
        "Overlast bij de speeltuin aan de Kerkweg, ligt vol glas.\n09:37\n"
        "Ruis Plank\nOverlast bij de speeltuin aan de Kerkweg\nIk kijk morgen.\n09:40"
    )
    assert {"Ruis", "Plank"} <= covered(text, lines_spans(text))


def test_the_forwarded_label_above_a_quote_stays():
    text = (
        "Doorgestuurd\nOverlast bij de speeltuin aan de Kerkweg, ligt vol glas.\n09:37\n"
        "Overlast bij de speeltuin aan de Kerkweg\nIk kijk morgen."
    )
    assert "Doorgestuurd" not in covered(text, lines_spans(text))


# --- Around persons: a bracketed neighbour, a visit, a title, "bij", "v/h" ---------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("In de tuin staat een windmolen. Buren (Hagel) klagen over geluid.", {"Hagel"}),
        ("De boa zoekt vork morgen op.", {"vork"}),
        ("De havenmeester belt Dhr. K.\u201aP. Walu, MOR-072529.", {"Dhr", "Walu"}),
        (
            "Chats\n* Lepel - Wiebe 09:16\nDe tegels gaan op bij Lepel; zakken via de gemeente.",
            set(),
        ),
        ("Tegelwippen: Wiebe Lepel v/h Sanders doen mee, wiebe@example.org.", {"v/h"}),
    ],
)
def test_words_around_persons(text, must_cover):
    spans = lines_spans(text)
    if not must_cover:  # the "bij" case: both mentions of the surname
        at = text.index("Lepel;")
        assert any(s <= at < e and label == "PERSON" for s, e, label in spans)
    assert must_cover <= covered(text, spans)
