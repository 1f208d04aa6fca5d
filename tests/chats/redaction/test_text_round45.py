"""Issue 12, round 45: causes behind the errors of blind_text_43, as general rules (birth dates
told without a cue before them: compact digits before "geboren", "is toch van <date>", a year
written "'71", the English "when was ... born?" answered; a landline beside a web site or an
on-call service's line; an account the trade register lists; a service's mailbox; a reply word
opening a list of names; a firm by the work it does, a firm answering a question for a trade,
payees of a payment run; a word capitalised in mid-sentence before a surname; an unlisted first
name before a double surname; a participant introduced, greeted, clipped before the topic or
closing the message; the initials of a double first name alone; the chat's one-word person
named again, in capitals or in lower case; a particle surname in lower case; a roster of
pronouns and a name; a lower-case full name asked about; case workers' roles before a name).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat, persons
from tests.chats.redaction.detected import labelled as _labels


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


def _chat_persons(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return [[v for v, lab in spans if lab == "PERSON"] for spans in _chat(texts, participants)]


# --- birthdates.py: birth dates without a cue before them -----------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("zij is 17031996 geboren, dus volwassen", "17031996"),
        ("de jongen is 22092008 geboren", "22092008"),
        ("ok. sem is toch van 11-02-2011?", "11-02-2011"),
        ("hij is wel van 5 juni 1972", "5 juni 1972"),
        ("en haar moeder is van 14 mei '49", "14 mei '49"),
    ],
)
def test_a_birth_date_told_without_a_cue_before_it(text: str, date: str) -> None:
    assert date in _labels(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "de vergunning is toch van 04-05-2019?",
        "de brief is 12051961 verstuurd",
        "het contract is van 1 maart '24",
    ],
)
def test_a_date_of_a_thing_stays_a_date(text: str) -> None:
    assert _labels(text, "DATE_OF_BIRTH") == []


def test_the_english_question_when_born_is_answered_by_the_date() -> None:
    chat = _chat(["When was your son born?", "14.03.2019, his name is Bohdan"])
    assert ("14.03.2019", "DATE_OF_BIRTH") in chat[1]


# --- phones.py: a landline beside a web site, an on-call service's line ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "een container bestelt u via www.afvalmeppel.nl of bellen met 0522 46 12 00",
        "aanmelden via https://meppel.nl/markt of bel 0522 459 300",
        "ok. het nummer van de piketdienst is 06 4410 2398",
    ],
)
def test_a_services_line_is_no_persons(text: str) -> None:
    assert _labels(text, "PHONE") == []


def test_a_persons_number_beside_a_site_stays() -> None:
    assert _labels("kijk op www.vv-nijeveen.nl en bel mij op 06 4410 2398", "PHONE") == [
        "06 4410 2398"
    ]


# --- detector.py: an account the trade register lists ------------------------------------------


def test_an_account_from_the_trade_register_is_the_firms() -> None:
    assert (
        _labels("het rekeningnummer uit het handelsregister: NL44 INGB 0658 1123 90", "IBAN") == []
    )


def test_his_own_account_stays() -> None:
    assert _labels("zijn rekening is NL44 INGB 0658 1123 90", "IBAN") == ["NL44 INGB 0658 1123 90"]


# --- online.py: a service's mailbox ---------------------------------------------------------


def test_a_services_mailbox_is_no_persons() -> None:
    assert _labels("stuur het naar handhavingsdienst@assen.nl", "EMAIL") == []


def test_a_persons_mailbox_with_that_word_stays() -> None:
    assert _labels("mail naar kees.dienst@gmail.com", "EMAIL") == ["kees.dienst@gmail.com"]


# --- names.py: a reply word opening a list, a firm by its work ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [("Begrepen, ilse belt morgen terug", "ilse"), ("Geregeld en Sanne komt ook", "Sanne")],
)
def test_a_reply_word_opening_a_list_of_names_is_no_name(text: str, name: str) -> None:
    assert persons(text) == [name]


def test_a_list_of_unlisted_names_stays() -> None:
    assert persons("Wiebrand, Gwenny en Thibaud") == ["Wiebrand", "Gwenny", "Thibaud"]


@pytest.mark.parametrize(
    "text", ["Gevelreiniging Van Dijk komt dinsdag", "ja, Bodemsanering De Vries doet het"]
)
def test_a_firm_by_the_work_it_does_is_no_person(text: str) -> None:
    assert persons(text) == []


# --- organisations.py: a firm answering a trade asked for, payees of a payment run -----------


def test_the_firm_answering_a_trade_asked_for_is_no_person() -> None:
    names = _chat_persons(["aannemer?", "Dijkhuis, uitvoerder Gert Mol"])
    assert names[1] == ["Gert Mol"]


def test_a_person_answering_a_trade_asked_for_stays() -> None:
    assert _chat_persons(["aannemer?", "Henk Post, die belt je"])[1] == ["Henk Post"]


def test_payees_of_a_payment_run_are_firms() -> None:
    names = _chat_persons(
        [
            "betaald: Van Oord € 12.000,00, Dura € 3.400,50, Grondwerk Noord € 800,00",
            "de tweede, Dura heeft een nieuwe factuur",
        ]
    )
    assert names == [[], []]


# --- detector.py: a word capitalised before a surname, a double surname ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("op naam van mijn zus, Vrede Mensah. zij woont hier", "Vrede Mensah"),
        ("aanvraag namens Geluk Asante voor een uitkering", "Geluk Asante"),
        ("dat is Hoop Jansen, mijn buurvrouw", "Hoop Jansen"),
    ],
)
def test_a_word_capitalised_before_a_surname_is_a_first_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["we gaan naar Nieuwe Kerk", "sloot langs Oude Rijksweg", "vraag aan Ruim Baan"]
)
def test_capitalised_words_of_places_stay(text: str) -> None:
    assert persons(text) == []


def test_an_unlisted_first_name_before_a_double_surname() -> None:
    assert persons("brief aan Willemina Kok-Veenstra gestuurd") == ["Willemina Kok-Veenstra"]


def test_a_place_before_a_double_surname_stays_apart() -> None:
    assert "Meppel Bakker-Hofman" not in persons("in Meppel Bakker-Hofman gezien")


# --- names.py: case workers' roles before a name -----------------------------------------------


@pytest.mark.parametrize("text", ["Behandelaar wordt Ferry.", "de handhaver wordt Ferry, die belt"])
def test_a_case_workers_role_before_a_first_name(text: str) -> None:
    assert len(persons(text)) == 1


# --- detector.py: participants introduced, greeted, clipped ----------------------------------


def test_a_participant_introduced_by_a_first_name_that_is_a_word() -> None:
    names = _chat_persons(
        ["goedemiddag, ik ben Dag. waar moet ik zijn", "Hallo Dag! Bij de balie"],
        ("Loket", "Dag Eriksen"),
    )
    assert names == [["Dag"], ["Dag"]]


@pytest.mark.parametrize(
    ("text", "participant", "clip"),
    [
        ("hoi ro heb jij de sleutel?", "Rosalie Dijk", "ro"),
        ("hee sv, de lijst staat klaar", "Svenja Kok", "sv"),
        ("lis subsidie: aanvraag van de club", "Lisanne Vos", "lis"),
        ("prima, zeg het maar ger", "Gerlinde Wind", "ger"),
    ],
)
def test_a_participants_clip_greeted_opening_or_closing(
    text: str, participant: str, clip: str
) -> None:
    assert clip in _chat_persons([text], ("Ineke Brouwer", participant))[0]


@pytest.mark.parametrize(
    "text", ["hoi ik ben er", "kom maar op", "dat klopt toch wel", "hoi allemaal, de lijst"]
)
def test_words_after_a_greeting_or_closing_stay(text: str) -> None:
    assert _chat_persons([text], ("Ineke Brouwer", "Ikram Wolf"))[0] == []


# --- detector.py: the initials of a double first name alone -------------------------------------


@pytest.mark.parametrize(
    ("first", "later", "initials"),
    [
        ("penningmeester Jan Willem Post is er ook", "ok ik vraag het aan jw", "jw"),
        ("- Anne-Fleur Dekker 06 1234 5678", "klopt die van af? die is nieuw", "af"),
    ],
)
def test_the_initials_of_a_double_first_name_alone(first: str, later: str, initials: str) -> None:
    assert initials in _chat_persons([first, later])[1]


def test_other_initials_alone_stay() -> None:
    assert _chat_persons(["penningmeester Jan Willem Post", "ik vraag het aan pw"])[1] == []


# --- detector.py: the chat's one-word person named again ---------------------------------------


def test_the_chats_one_word_person_capitalised_again() -> None:
    names = _chat_persons(["haar dochter Lot is er ook", "fijn. Lot zei dat de deur klemt"])
    assert names[1] == ["Lot"]


@pytest.mark.parametrize("text", ["het wordt storm Lot volgens het KNMI", "Taxi Lot rijdt"])
def test_a_thing_named_like_the_chats_person_stays(text: str) -> None:
    assert _chat_persons(["haar dochter Lot is er ook", text])[1] == []


def test_the_chats_person_in_lower_case_after_a_verb_of_sending() -> None:
    names = _chat_persons(["ja pomp Reest, Bas is erheen", "ik stuur bas daarna ook"])
    assert names[1] == ["bas"]


def test_a_particle_surname_in_lower_case() -> None:
    names = _chat_persons(["aanvrager Ria de Vries, via de balie", "kun jij de vries bellen?"])
    assert names[1] == ["de vries"]


def test_a_roster_and_the_name_again_in_lower_case() -> None:
    names = _chat_persons(
        ["rooster pasen: ik 1e, jij 2e, post 3e?", "post is weg. sem dan?", "sem post? die is ziek"]
    )
    assert names[0] == ["post"]
    assert "post" in names[1]
    assert names[2] == ["sem post"]


@pytest.mark.parametrize("text", ["ik koffie, jij thee, de rest water", "echt waar? nee"])
def test_lists_and_questions_of_words_stay(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "offerte van Judo Supplies voor de matten",
        "Die van Hekwerk Bosma?",
    ],
)
def test_firms_of_a_word_and_a_name_stay(text: str) -> None:
    assert persons(text) == []


def test_the_chats_person_as_part_of_a_firm_or_place_stays() -> None:
    names = _chat_persons(
        ["haar dochter Lot belde net", "Café de Lot opent, Lot's Lunchroom ook, we zitten in Lot"]
    )
    assert names[1] == []


def test_a_private_number_for_an_on_call_service_stays() -> None:
    text = "mijn privénummer voor het piket: 06-44019283"
    assert _labels(text, "PHONE") == ["06-44019283"]
