"""Chat-level context: the chat's people and the organisation's own contact data."""

import pytest

from chats.redaction import ChatContext, OrganisationContacts, detect, detect_chat, persons_in


def found(text, **kwargs):
    return [(text[s.start : s.end], s.label) for s in detect(text, **kwargs)]


def test_a_surname_that_is_a_word_is_redacted_once_the_chat_knows_the_person():
    text = "Mol komt morgen terug"
    assert found(text) == []
    context = ChatContext(known_persons=("Ria Mol",))
    assert found(text, context=context) == [("Mol", "PERSON")]


def test_an_ordinary_word_stays_when_only_its_lower_case_form_is_in_the_text():
    context = ChatContext(known_persons=("Ria Mol",))
    assert found("er zit een mol in het grasveld", context=context) == []


def test_names_seen_as_a_person_in_one_message_are_learned_for_the_chat():
    chat = ["Gesprek met mevrouw Kraai over de heg", "Ria Mol was er ook bij", "storm op komst"]
    learned = persons_in(chat)
    assert "Kraai" in learned and "Ria Mol" in learned
    context = ChatContext(known_persons=learned)
    assert found("Kraai en Mol hier.", context=context) == [("Kraai", "PERSON"), ("Mol", "PERSON")]


def test_the_organisations_own_numbers_mailboxes_and_accounts_stay():
    org = OrganisationContacts.of(
        phones=["0522 85 12 34"],
        emails=["Wijkteam.Noord@meppel.nl"],
        ibans=["NL91 ABNA 0417 1643 00"],
    )
    context = ChatContext(organisation=org)
    text = "Bel +31 522 851234 of mail wijkteam.noord@meppel.nl, betalen op NL91ABNA0417164300"
    assert found(text, context=context) == []
    # Without the list the same number is a person's.
    assert ("+31 522 851234", "PHONE") in found(text)


def test_a_residents_number_is_still_redacted_next_to_the_switchboard():
    org = OrganisationContacts.of(phones=["14 0522", "0522 85 12 34"])
    text = "Bel 14 0522 of 0522-851234; de melder heeft 06-12345678"
    assert found(text, context=ChatContext(organisation=org)) == [("06-12345678", "PHONE")]


def test_a_participant_or_learned_name_that_is_a_word_is_found_in_lower_case_where_a_name_goes():
    chat = [
        "meneer bos heeft weer gebeld over de lantaarnpaal",
        "veen heeft trouwens ook gebeld",
        "roos, heb je de sleutel?",
        "bas heeft de borden besteld",
        "in het bos ligt een boom",
        "de bas speakers doen het niet",
        "de roos in de tuin bloeit",
        "het veen is nat",
    ]
    spans = detect_chat(chat, participants=["Ria Veen", "Roos Hendriks", "Bas Smid"])
    named = [
        [text[s.start : s.end] for s in found_] for text, found_ in zip(chat, spans, strict=True)
    ]
    assert named == [["bos"], ["veen"], ["roos"], ["bas"], [], [], [], []]


def test_organisation_and_role_parts_of_a_participant_name_are_no_persons():
    chat = ["Burgerzaken is vandaag dicht", "De aannemer komt morgen", "Koopman spreekt om 3 uur"]
    spans = detect_chat(
        chat,
        participants=[
            "Gemeente Meppel - Burgerzaken",
            "Aannemer Roelofs - Kees Boer",
            "Wethouder Koopman",
        ],
    )
    assert [[text[s.start : s.end] for s in f] for text, f in zip(chat, spans, strict=True)] == [
        [],
        [],
        ["Koopman"],
    ]


def test_a_storm_keeps_its_name_also_when_a_participant_has_it():
    assert detect_chat(["storm Bert komt eraan"], participants=["Bert Storm"]) == [[]]


def test_a_date_answering_a_question_for_the_birth_date_is_a_birth_date():
    chat = [
        "Meneer staat aan de balie voor een parkeervergunning",
        "Wat is zijn geboortedatum?",
        "3 juni 1958, en hij woont alleen",
        "Afspraak wordt 14-05-2027",
    ]
    spans = detect_chat(chat)
    assert [(chat[2][s.start : s.end], s.label) for s in spans[2]] == [
        ("3 juni 1958", "DATE_OF_BIRTH")
    ]
    assert spans[3] == []


def test_a_date_answering_another_question_stays():
    chat = ["Wanneer is de aanvraag binnengekomen?", "12-09-2026, via het formulier"]
    assert detect_chat(chat)[1] == []


def test_a_surname_after_a_reported_dat_is_a_person_for_the_rest_of_the_chat():
    chat = [
        "Anja zegt dat Schoenmaker zijn winkel sluit",
        "Ja, Schoenmaker belde er vanochtend over",
        "De schoenmaker in de Kerkstraat bedoel je?",
    ]
    spans = detect_chat(chat)
    assert [chat[1][s.start : s.end] for s in spans[1]] == ["Schoenmaker"]
    assert spans[2] == []


def test_a_known_surname_that_is_an_everyday_word_is_found_with_its_capital_where_a_name_goes():
    chat = [
        "Kan Groot vandaag de sleutel ophalen?",  # participant Mireille Groot, mid-sentence
        "Groot heeft gelijk, de sleutel ligt hier",  # first word, a verb people do after it
        "Groot gelijk, dat klopt",  # the word
        "Het is een groot probleem",
        "Dat wordt Groot Onderhoud",  # part of a longer proper noun
    ]
    spans = detect_chat(chat, participants=["Mireille Groot", "Afdeling Burgerzaken"])
    assert [[chat[i][s.start : s.end] for s in found] for i, found in enumerate(spans)] == [
        ["Groot"],
        ["Groot"],
        [],
        [],
        [],
    ]


def test_a_birth_date_answered_after_a_short_reply_without_numbers():
    chat = ["Geboortedatum van de aanvrager?", "Even zoeken", "07-10-1966"]
    assert [(chat[2][s.start : s.end], s.label) for s in detect_chat(chat)[2]] == [
        ("07-10-1966", "DATE_OF_BIRTH")
    ]


def test_a_known_surname_without_particles_does_not_take_the_street_after_it():
    chat = ["Mevrouw Bloemendaal van de Ossebroeken belde over de brug"]
    spans = detect_chat(chat, participants=["Truus Bloemendaal", "Wijkteam Noord"])
    assert [chat[0][s.start : s.end] for s in spans[0]] == ["Bloemendaal"]


def test_a_birth_date_asked_for_without_a_question_mark_or_two_messages_back():
    chat = [
        "Graag de geb.datum en het adres van meneer",
        "2 februari 1957, Wapserveen 12",
        "Meneer Post heeft zijn geboortedatum gemaild",
        "Wat staat erin?",
        "30-11-1968 volgens hem",
    ]
    spans = detect_chat(chat)
    assert [(chat[1][s.start : s.end], s.label) for s in spans[1]] == [
        ("2 februari 1957", "DATE_OF_BIRTH"),
        ("Wapserveen 12", "ADDRESS"),
    ]
    assert [(chat[4][s.start : s.end], s.label) for s in spans[4]] == [
        ("30-11-1968", "DATE_OF_BIRTH")
    ]


def test_a_date_after_a_birth_date_remark_stays_when_an_event_follows_it():
    chat = ["Geboortedatum klopt niet in het systeem", "01-03-2025 is de afspraak gemaakt"]
    assert detect_chat(chat)[1] == []


def test_a_known_surname_that_is_a_word_after_a_conjunction_dat():
    chat = ["Zeg maar dat Veen er om vier uur is", "Dat Veen is een mooi gebied"]
    spans = detect_chat(chat, participants=["Anne Veen", "Secretariaat"])
    assert [chat[0][s.start : s.end] for s in spans[0]] == ["Veen"]
    assert spans[1] == []


def test_a_surname_after_a_role_word_is_known_for_the_rest_of_the_chat():
    chat = ["Die schapen zijn van boer Smid", "ok ik bel smid wel even"]
    spans = detect_chat(chat)
    assert [chat[1][s.start : s.end] for s in spans[1]] == ["smid"]


def test_a_date_answering_how_old_someone_is_or_after_a_longer_lead():
    chat = ["Hoe oud is de zoon?", "14-02-2009, hij zit op het Dingstede", "Geboortedatum?"]
    chat += ["Dezelfde als die van haar man: 8 mei 1951"]
    spans = detect_chat(chat)
    assert [(chat[1][s.start : s.end], s.label) for s in spans[1]] == [
        ("14-02-2009", "DATE_OF_BIRTH")
    ]
    assert [(chat[3][s.start : s.end], s.label) for s in spans[3]] == [
        ("8 mei 1951", "DATE_OF_BIRTH")
    ]


def test_a_date_answering_how_old_a_thing_is_stays():
    chat = ["Hoe oud is de melding?", "03-02-2025 binnengekomen"]
    assert detect_chat(chat)[1] == []


def test_a_known_name_that_is_a_word_as_what_something_should_be():
    chat = ["staat daar nog steeds bakker?", "nee, moet veen zijn toch"]
    spans = detect_chat(chat, participants=["Anne Bakker", "Joost Veen"])
    assert [chat[1][s.start : s.end] for s in spans[1]] == ["veen"]


def test_detect_chat_is_both_passes_whether_or_not_it_learns_a_name():
    """detect_chat skips its second pass when the first learns nobody new; either way each
    message is detected with the participants and the names learned from the chat known."""
    chats = [
        (["Ria Mol belde vanochtend", "Mol belt morgen terug"], ()),  # learns "Ria Mol"
        (["Groet, Anna Bakker", "Anna komt morgen"], ("Anna Bakker",)),  # learns nobody new
        (["De boom is weg", "ok"], ()),  # no names at all
    ]
    for chat, participants in chats:
        context = ChatContext().with_persons(participants)
        context = context.with_persons(persons_in(chat, context))
        expected = [detect(text, context=context) for text in chat]
        assert detect_chat(chat, participants=participants) == expected


def test_the_organisations_own_whatsapp_link_stays_and_a_residents_is_redacted():
    org = OrganisationContacts.of(phones=["06 2000 1234"])
    text = "App ons via wa.me/31620001234 of zie wa.me/31687654321"
    assert found(text, context=ChatContext(organisation=org)) == [
        ("wa.me/31687654321", "URL_PERSONAL")
    ]


# Issue 12: "kom maar langs op Grote Oever 26" names the town hall, no resident's home.
def town_hall():
    """The town hall's address and Stadsbeheer's yard in the municipality's own list."""
    addresses = ["Grote Oever 26, 7941 BC Meppel", "Industrieweg 15"]
    return ChatContext(organisation=OrganisationContacts.of(addresses=addresses))


OWN_ADDRESSES = [
    "Kom maar langs op Grote Oever 26, dan kijken we er samen naar.",
    "kom maar langs op grote oever 26",
    "Kom maar langs op GROTE OEVER 26.",
    "Het stadhuis staat op Grote  Oever 26, 7941 BC Meppel.",
    "Afhalen kan op Grote Oever 26 7941BC Meppel",
    "De werf van Stadsbeheer is Industrieweg 15, 7944 HZ Meppel.",
]


@pytest.mark.parametrize("text", OWN_ADDRESSES)
def test_the_organisations_own_addresses_stay(text):
    assert found(text, context=town_hall()) == []


@pytest.mark.parametrize("text", [t for t in OWN_ADDRESSES if t != t.lower()])
def test_without_the_list_those_addresses_are_redacted(text):
    # So the test above checks the list, not a text the detector passes anyway (the lower-case
    # one it does: no street ending, no capitals).
    assert "ADDRESS" in [label for _, label in found(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kom maar langs op Grote Oever 28, dan kijken we er samen naar.", "Grote Oever 28"),
        ("Ik woon op Grote Oever 26a, bij de brug.", "Grote Oever 26a"),
        ("Mijn adres is Zuideinde 45 in Meppel.", "Zuideinde 45"),
    ],
)
def test_another_house_number_or_a_residents_address_is_still_redacted(text, address):
    assert (address, "ADDRESS") in found(text, context=town_hall())


def test_a_residents_address_and_postcode_go_next_to_the_town_halls():
    text = "Melder woont Zuideinde 45, 7941 GA Meppel; afspraak op Grote Oever 26, 7941 BC Meppel."
    assert found(text, context=town_hall()) == [
        ("Zuideinde 45", "ADDRESS"),
        ("7941 GA", "POSTCODE"),
    ]


def test_the_town_halls_street_and_number_with_another_postcode_is_not_the_town_hall():
    text = "Post voor Grote Oever 26, 8011 AB Zwolle"
    assert ("Grote Oever 26", "ADDRESS") in found(text, context=town_hall())


def test_without_the_list_the_town_halls_address_is_redacted_like_any_address():
    assert ("Grote Oever 26", "ADDRESS") in found("Kom maar langs op Grote Oever 26")
