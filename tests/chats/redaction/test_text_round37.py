"""Issue 12, round 37: causes behind the errors of blind_text_35, as general rules (names in a
script without capitals before what a person does or after "her name is", a postcode with a
spaced dash, a first name with a genitive s, a participant's short form opening the message,
a hamlet's house behind which something stands, "familie Van <place>", an appointment's date,
firms and public buildings before their address, words that are no names).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found, found_in_chat, persons

# --- names.py: names in Arabic and Ge'ez script -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a kinship word and "is" before the name
        ("de dochter is ሳባ, ze is 8", "ሳባ"),
        ("zijn vrouw is نادية, zij tekent", "نادية"),
        # Arabic "his/her/my name" opening the run
        ("geboren 2-2-2020. اسمه يوسف كريم", "يوسف كريم"),
        ("ok. اسمي خالد", "خالد"),
        # two or three words as the subject of a Dutch verb
        ("سعاد يوسف belt morgen terug", "سعاد يوسف"),
        ("ja, ኣማኑኤል ገብሩ heeft de brief al", "ኣማኑኤል ገብሩ"),
        ("nee. عمر فاروق حداد vroeg naar de pas", "عمر فاروق حداد"),
    ],
)
def test_a_name_in_a_script_without_capitals_is_found_by_where_it_stands(
    text: str, name: str
) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "إن شاء الله komt het goed",
        "الحمد لله is alles goed gegaan",
        "ok السلام عليكم is voor iedereen",
        "شكرا جزيلا is genoeg",
    ],
)
def test_a_phrase_in_such_a_script_before_a_verb_is_no_name(text: str) -> None:
    assert not persons(text)


# --- places.py: a postcode with a spaced dash -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("Veldweg 3, 7948 - BN Nijeveen", "7948 - BN"),
        ("adres: Kerkpad 10, 7941 - TR", "7941 - TR"),
        ("postcode 7942 - AX", "7942 - AX"),
    ],
)
def test_a_postcode_with_a_spaced_dash_is_found(text: str, postcode: str) -> None:
    assert (postcode, "POSTCODE") in found(text)


@pytest.mark.parametrize(
    "text", ["de uitslag was 2024 - NL kampioen", "zie regel 3000 - AB en verder", "1500 - km"]
)
def test_a_number_and_capitals_after_a_spaced_dash_are_no_postcode_elsewhere(text: str) -> None:
    assert not [v for v, label in found(text) if label == "POSTCODE"]


# --- names.py: a first name with a genitive s -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok, Mariekes nummer is 0612345678", "Mariekes"),
        ("Gerards moeder belt morgen", "Gerards"),
        ("is dat Annekes fiets?", "Annekes"),
    ],
)
def test_a_first_name_with_a_genitive_s_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["het Engels examen is morgen", "Hans komt morgen", "de Fries spreekt het"]
)
def test_a_word_ending_in_s_is_no_genitive_of_a_name(text: str) -> None:
    assert all(value not in ("Engels", "Fries") for value in persons(text))


@pytest.mark.parametrize(
    "text", ["de rit gaat met Taxi Hendriks vandaag", "bij Garage Gerards binnen"]
)
def test_a_firms_last_word_ending_in_s_is_no_genitive(text: str) -> None:
    assert not persons(text)


# --- names.py: a participant's short form opening the message --------------------------------


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("gj er is een boom omgewaaid op de Kerkweg", "gj"),
        ("gj er staat een auto op de stoep", "gj"),
        ("mart er ligt een matras bij de container", "mart"),
        ("prisc huisbezoek BSN-check, graag vandaag", "prisc"),
        ("prisc inschrijving BRP, graag vandaag", "prisc"),
        ("gj inschrijving BRP, graag vandaag", "gj"),
    ],
)
def test_a_short_form_of_a_participant_opening_the_message_is_that_person(
    text: str, short: str
) -> None:
    spans = found_in_chat(
        [text, "ok"], ["Gerrit-Jan Mulder", "Martijn Bos", "Priscilla Dam", "Ilse Kok"]
    )
    assert (short, "PERSON") in spans[0]


@pytest.mark.parametrize("text", ["ok er is een lek", "nou er staat een auto", "ja er ligt wat"])
def test_a_word_before_er_is_no_person(text: str) -> None:
    spans = found_in_chat([text, "ok"], ["Gerrit-Jan Mulder", "Martijn Bos"])
    assert not [v for v, label in spans[0] if label == "PERSON"]


# --- addresses.py: "achter <hamlet> 12" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("een schuur achter Kolderveen 58 vergunning nodig?", "Kolderveen 58"),
        ("caravan achter Nijentap 8 🚐 mag dat", "Nijentap 8"),
    ],
)
def test_a_hamlets_house_behind_which_something_stands_is_an_address(
    text: str, address: str
) -> None:
    assert (address, "ADDRESS") in found(text)


def test_a_count_after_a_hamlet_is_no_house() -> None:
    assert not [v for v, label in found("ik reed achter Darp 3 keer rond") if label == "ADDRESS"]


# --- names.py: "familie Van <place>" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("familie Van Ruinen 🙂 ja echt", "Van Ruinen"),
        ("de fam. Van Havelte belt morgen", "Van Havelte"),
    ],
)
def test_a_family_named_van_a_place_with_a_capital_is_a_surname(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_first_name_van_that_surname_in_the_same_message_is_the_family() -> None:
    text = "familie Van Ruinen, Piet en Gerda van Ruinen, Eikenlaan 4"
    assert "Gerda van Ruinen" in persons(text)


@pytest.mark.parametrize(
    "text", ["Henk van Rogat belt morgen", "mijn familie van Ruinen komt ook", "Gerda van Ruinen"]
)
def test_van_a_place_without_that_family_is_where_someone_is_from(text: str) -> None:
    assert all("Ruinen" not in value and "Rogat" not in value for value in persons(text))


# --- birthdates.py: a date after a weekday is an appointment ---------------------------------


def test_a_date_after_a_weekday_is_no_birth_date_the_chat_gave() -> None:
    spans = found_in_chat(
        ["mevrouw Jantje Hulst-Post, geb. 14 maart 1931, wordt 95", "bezoek op zaterdag 14 maart?"],
        ["Joke Mol", "Ilse Kok"],
    )
    assert not [v for v, label in spans[1] if label == "DATE_OF_BIRTH"]
    assert ("14 maart 1931", "DATE_OF_BIRTH") in spans[0]


# --- organisations: firms by name and by their kind --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "de brug wordt hersteld door Hollandia",
        "zij werkt nu bij Pius Floris",
        "Fietsspecialist Bosma heeft de fiets",
        "de ringen komen van Juwelier Mulder",
    ],
)
def test_a_firm_is_no_person(text: str) -> None:
    assert not persons(text)


def test_a_firm_named_after_a_surname_the_chat_knows_is_no_person() -> None:
    spans = found_in_chat(
        ["betaald door A. Kamps", "de taart komt van Banketspecialist Kamps"],
        ["Joke Mol", "Ilse Kok"],
    )
    assert not [v for v, label in spans[1] if label == "PERSON"]


# --- addresses.py: a public building or a listed body before its address ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "de sleutel ligt bij de Beatrixschool, Schoolstraat 12",
        "les in de Margrietschool, Dorpsweg 4 in Nijeveen",
        "intake bij Humanitas, Kerkplein 3, om 10 uur",
        "training in de Sportcampus Zuid op Sportlaan 9",
    ],
)
def test_the_address_of_a_building_or_a_body_named_before_it_is_no_home(text: str) -> None:
    assert not [v for v, label in found(text) if label == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Jansen, Schoolstraat 12", "Schoolstraat 12"),
        ("bij de school, ik woon Dorpsweg 4", "Dorpsweg 4"),
    ],
)
def test_a_home_after_a_name_or_a_clause_stays_an_address(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


# --- addresses.py: the year of a scheme ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "aanvragen via de Regeling Sportstimulering 2026",
        "subsidie Dorpsvernieuwing 2025 is open",
        "het Programma Wijkvernieuwing 2027",
    ],
)
def test_a_scheme_and_its_year_is_no_address(text: str) -> None:
    assert not [v for v, label in found(text) if label == "ADDRESS"]


# --- names.py: words that are no names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("de babs is Marieke, zij doet het", "babs"),
        ("het huwelijk op vrijdag, babs is Marieke", "babs"),
        ("trouwambtenaar is Joop", "trouwambtenaar"),
        ("een mevrouw voert de eenden", "voert"),
        ("een meneer haalt ze op", "haalt"),
        ("dank joe wel, Harm", "joe"),
        ("I moved from Leeds in May", "Leeds"),
        ("we came from Bristol last year", "Bristol"),
        ("Das Kennzeichen ist deutsch", "Kennzeichen"),
        ("wir haben einen Wohnwagen", "Wohnwagen"),
    ],
)
def test_a_role_a_verb_a_dialect_pronoun_a_place_or_a_german_noun_is_no_name(
    text: str, word: str
) -> None:
    assert all(word not in value for value in persons(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de babs is Marieke, zij doet het", "Marieke"),
        ("dank joe wel, Harm", "Harm"),
        ("een mevrouw Jansen belde", "Jansen"),
        ("a message from Joe Smith", "Joe Smith"),
        ("the letter was from Joe Smith", "Joe Smith"),
        ("wir kommen mit meinem Mann Dieter", "Dieter"),
    ],
)
def test_the_person_beside_them_stays_a_person(text: str, name: str) -> None:
    assert name in persons(text)


# --- detector.py: the account a treasurer keeps -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "penningmeester is Kees Bos. hun rekening NL20 INGB 0001 2345 67",
        "de penningmeester, Ans Kok, zegt: de rekening is NL20INGB0001234567",
    ],
)
def test_their_account_where_the_treasurer_is_named_is_the_clubs(text: str) -> None:
    assert not [v for v, label in found(text) if label == "IBAN"]


@pytest.mark.parametrize(
    "text",
    [
        "penningmeester Kees Bos, zijn eigen rekening NL20 INGB 0001 2345 67",
        "hun rekening NL20INGB0001234567, dan betalen ze zelf",
    ],
)
def test_a_persons_or_a_couples_account_stays_an_iban(text: str) -> None:
    assert [v for v, label in found(text) if label == "IBAN"]


# --- names.py: a person named like the pet in the same message ---------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bram is de hond, Bram Jansen belt morgen", "Bram Jansen"),
        ("Sam is de kat. Sam Bakker komt langs", "Sam Bakker"),
    ],
)
def test_a_full_name_opened_by_the_pets_name_is_a_person(text: str, person: str) -> None:
    assert person in persons(text)


@pytest.mark.parametrize(
    ("text", "pet"),
    [("Boris 😂 nee, Boris is de hond", "Boris"), ("Bram is de hond, Bram blaft veel", "Bram")],
)
def test_the_pets_name_alone_stays_no_person(text: str, pet: str) -> None:
    assert pet not in persons(text)


# --- names.py: a name's word likened to a thing -------------------------------------------------


def test_a_lower_case_word_likened_to_a_thing_is_the_word() -> None:
    spans = found_in_chat(
        ["Hoe heet die aannemer?", "haha bakker zoals de winkel 😅 Henk Bakker? nummer?"],
        ["Joke Mol", "Ilse Kok"],
    )
    persons_ = [v for v, label in spans[1] if label == "PERSON"]
    assert "bakker" not in persons_
    assert "Henk Bakker" in persons_
