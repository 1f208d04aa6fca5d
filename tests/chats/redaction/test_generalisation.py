"""Issue 12, round 6: the causes behind blind_text_5's misses and false hits, as general rules.

Every case is a variant written for the rule (other names, word order, formats); none is a
sentence of a measured set."""

import pytest

from chats.redaction import detect, detect_chat


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect(text)]


def found_in_chat(messages: list[str], participants: list[str]) -> list[list[tuple[str, str]]]:
    spans = detect_chat(messages, participants=participants)
    return [
        [(t[s.start : s.end], s.label) for s in ss] for t, ss in zip(messages, spans, strict=True)
    ]


def persons(text: str) -> list[str]:
    return [value for value, label in found(text) if label == "PERSON"]


# --- titles and offices are no persons ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Werkbezoek van de Koning op 12 mei, Koning komt om 10 uur aan",
        "Op bezoek bij Koning en Koningin in Den Haag",
        "Morgen opent de Prinses het nieuwe gemeentehuis",
        "Uitnodiging van de commissaris van de Koning voor de nieuwjaarsreceptie",
    ],
)
def test_an_office_standing_alone_is_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commissaris van de Koning Jetta Klijnsma opent het pand", "Jetta Klijnsma"),
        ("Gisteren kwam Koningin Maxima langs bij de school", "Maxima"),
        ("Prinses Amalia opent de tentoonstelling", "Amalia"),
    ],
)
def test_an_office_before_a_name_is_a_title_left_out_of_the_name(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik heb mevrouw Koning gesproken over de heg", "Koning"),
        ("Wethouder Prins opent de brug", "Prins"),
        ("Bel Anna Koning even terug", "Anna Koning"),
    ],
)
def test_an_office_word_after_a_title_or_first_name_is_still_a_surname(text, name):
    assert name in persons(text)


# --- a street named after a titled person is a street ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Er staat een camper bij de Mr. Harm Smeengelaan",
        "Lantaarnpaal kapot aan de Dr. Anton Philipsweg",
        "Wegafsluiting op de Ds. Jan Hendrikstraat vanaf maandag",
    ],
)
def test_a_street_named_after_a_titled_person_holds_no_person(text):
    assert persons(text) == []


def test_a_titled_surname_before_van_and_a_street_stays_a_person():
    assert persons("ik bel namens dhr. Wolters van Julianastraat 12") == ["Wolters"]


# --- capitalised words that are no names: channels, firms, bands -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stuur de stukken via Zivver, niet per mail",
        "De vergoeding loopt via Vigere",
        "Ze is aangemeld via Argonaut voor een werkplek",
        "Optreden van Polderbeats op het plein",
        "Contract met Dorpsfeestcommissie getekend",
        "Tekenaar is Architectenbureau Hulshof, niet de eigenaar",
        "De offerte kwam van Timmerbedrijf Spoelder & Zn",
        "Bakkerij Grooten & Zonen levert de broodjes",
    ],
)
def test_channels_firms_and_bands_are_no_persons(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik hoorde het via Bouke", "Bouke"),
        ("Het loopt via Jansen van de buitendienst", "Jansen"),
        ("Optreden geregeld met Wiebren", "Wiebren"),
    ],
)
def test_a_name_after_via_or_met_stays_a_name(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "firm",
    [
        "Architectenbureau Hulshof",
        "Timmerbedrijf Hulshof & Zn",
        "Hulshof & Zonen",
        "Hulshof en Zn.",
    ],
)
def test_a_firm_named_after_a_person_of_the_chat_stays_a_firm(firm):
    chat = ["Kun jij de aanvraag van Gert Hulshof bekijken?", f"Tekenaar is {firm}, zijn broer"]
    found = found_in_chat(chat, ["Sonja Veen", "Wessel Bruins"])
    assert found[0] == [("Gert Hulshof", "PERSON")]
    assert found[1] == []


# --- places abroad: after "in", "uit" a capitalised word no list knows is a place --------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nieuwe inwoners uit Eritrea, Tesfay en Senait Abraha", ["Tesfay", "Senait Abraha"]),
        ("Ze komt uit Polen, Agnieszka Nowak", ["Agnieszka Nowak"]),
        ("Geboren in Kraków, Marta Zielińska", ["Marta Zielińska"]),
        ("Meneer Haddad is verhuisd vanuit Aleppo", ["Haddad"]),
    ],
)
def test_a_place_abroad_after_in_or_uit_is_no_person(text, names):
    assert persons(text) == names


# --- a participant's first name that is an everyday word -----------------------------------------


@pytest.mark.parametrize(
    ("participant", "message", "expected"),
    [
        ("Job Koning", "Job belt hem vanmiddag terug", [("Job", "PERSON")]),
        ("Wil Bakker", "Wil komt morgen de sleutel brengen", [("Wil", "PERSON")]),
        ("Ben Mulder", "Ik heb Ben gevraagd of hij kan", [("Ben", "PERSON")]),
        ("Wil Bakker", "Wil je de sleutel brengen?", []),
        ("Ben Mulder", "Ben er over 10 minuten", []),
        ("Job Koning", "Die job is klaar", []),
    ],
)
def test_a_participants_first_name_that_is_an_everyday_word_where_a_name_goes(
    participant, message, expected
):
    assert found_in_chat([message], ["Petra Meinen", participant]) == [expected]


# --- a lower-case name before a comma and a verb: the verb is no second name ---------------------


@pytest.mark.parametrize(
    ("participant", "message", "name"),
    [
        ("Hennie Mulderink", "Prima. hennie, wil jij de gids zijn?", "hennie"),
        ("Kees Brink", "goed plan. kees, ben jij er morgen?", "kees"),
        ("Sanne Paap", "sanne, mag ik je wat vragen?", "sanne"),
    ],
)
def test_a_verb_after_an_addressed_lower_case_name_is_no_name(participant, message, name):
    assert found_in_chat([message], ["Joris Spoelstra", participant]) == [[(name, "PERSON")]]


# --- "Van" opening a sentence before a first name is the preposition ----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Van Willeke ter Beek kwam een klacht binnen", "Willeke ter Beek"),
        ("Van Kees Jansen een mail gehad over de heg", "Kees Jansen"),
        ("Van Marieke gehoord dat het klaar is", "Marieke"),
    ],
)
def test_van_before_a_first_name_at_the_start_is_no_particle(text, name):
    assert persons(text) == [name]


def test_van_before_a_surname_at_the_start_stays_a_particle():
    assert persons("Van Dijk belde over de container") == ["Van Dijk"]


# --- occupations and households before a surname ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Boer Harmsen, Kolderveen 8. Trailer op het erf", "Harmsen"),
        ("Tuinman Brinkhuis komt morgen", "Brinkhuis"),
        ("Het gezin Haddad woont er sinds mei", "Haddad"),
        ("Glazenwasser Wolbers is klaar met de ramen", "Wolbers"),
    ],
)
def test_an_occupation_or_household_before_a_surname_makes_it_a_person(text, name):
    assert name in persons(text)


# --- a BSN named in the sentence outweighs a reference word before the number -------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("BSN voor het dossier: 3674.18.253", "3674.18.253"),
        ("Het BSN staat ook in het dossier, 209 494 177", "209 494 177"),
        ("burgerservicenummer voor de referentie: 762984594", "762984594"),
    ],
)
def test_a_bsn_named_earlier_in_the_sentence_before_a_reference_word(text, number):
    assert (number, "BSN") in found(text)


def test_a_reference_number_with_no_bsn_in_the_sentence_stays():
    assert found("Dossier 278086998 is gesloten. BSN volgt later") == []


# --- addresses: a neighbour's number, an answer to "Adres?", a capitalised street word ---------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Eikenlaan 3. De buurvrouw is nummer 5 a", "nummer 5 a"),
        ("Overlast, de bewoner van nummer 12 klaagt", "nummer 12"),
        ("Buren op nr. 7b hebben het ook gezien", "nr. 7b"),
    ],
)
def test_a_neighbours_or_residents_house_number_is_an_address(text, number):
    assert (number, "ADDRESS") in found(text)


def test_a_house_number_of_no_one_stays():
    assert found("De lantaarnpaal bij nummer 12 is kapot") == []


@pytest.mark.parametrize(
    ("question", "answer", "address"),
    [
        ("Adres?", "Kolderveen 12, achter de schuur", "Kolderveen 12"),
        ("Wat is het adres?", "De Wijk 4. Eigenaar is onbekend", "De Wijk 4"),
        ("Waar woont ze?", "Havelte 3a, bij de kerk", "Havelte 3a"),
    ],
)
def test_an_answer_to_an_address_question_opens_with_the_address(question, answer, address):
    assert (address, "ADDRESS") in found_in_chat([question, answer], ["Laura Vos", "Dirk Bos"])[1]


def test_an_answer_to_another_question_is_no_address():
    assert found_in_chat(["Welk team?", "Meppel 2, de jeugd"], ["Laura Vos", "Dirk Bos"])[1] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Melding over de Rietlanden, Rietlanden 12 heeft last", "Rietlanden 12"),
        ("Container blijft staan voor Korenakkers 7 tot vrijdag", "Korenakkers 7"),
        ("Woning van Woonconcept, Rozenhof 40", "Rozenhof 40"),
    ],
)
def test_a_capitalised_street_word_inside_a_sentence_with_a_number_is_an_address(text, address):
    assert (address, "ADDRESS") in found(text)


@pytest.mark.parametrize(
    "text",
    ["Speeltuin 3 is dicht, de andere open", "Kerkhof 2 van de 3 is vol", "Ik heb er 12 gezien"],
)
def test_an_ordinary_word_opening_a_sentence_before_a_number_stays(text):
    assert [v for v, label in found(text) if label == "ADDRESS"] == []


# --- a landline handed on for someone to call is an organisation's ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dat is de woningcorporatie. Geef haar 0522 12 34 00, dan helpen ze verder",
        "Dat is de woningcorporatie, bel ze op 0522 20 30 40",
        "Anders bellen via 038 123 4500, dan verbinden ze door",
        "Verwijs hem maar naar 0521 59 10 00",
        "Ik bel de organisator via 0522 24 00 00",
    ],
)
def test_a_landline_handed_on_to_call_is_an_organisations(text):
    assert [v for v, label in found(text) if label == "PHONE"] == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bel haar op 06 12 34 56 78", "06 12 34 56 78"),
        ("Geef hem mijn nummer 0522 24 68 13", "0522 24 68 13"),
        ("Geef hem 06-41234567, dat is zijn dochter", "06-41234567"),
        ("Graag contact met mij opnemen via 0522 838904", "0522 838904"),
        ("Bel haar via 0522 24 91 07, ze is thuis", "0522 24 91 07"),
    ],
)
def test_a_mobile_or_own_number_handed_on_stays_a_persons(text, number):
    assert (number, "PHONE") in found(text)


# --- a surname in apposition to a role word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De melder is de overbuurman, Kuiper", "Kuiper"),
        ("Klacht kwam van de buurvrouw, Hofstede.", "Hofstede"),
        ("Eigenaar van de hond is bekend: Molenaar. Ik bel hem", "Molenaar"),
    ],
)
def test_a_surname_closing_a_sentence_about_a_role_is_that_person(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["De buurman klaagt over de Kerkstraat, Meppel.", "Melding van een bewoner, Prima."]
)
def test_a_place_or_word_closing_such_a_sentence_stays(text):
    assert persons(text) == []


# --- a name seen as a person anywhere in the chat is a person everywhere -------------------------


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        ("Fractievoorzitter Zwiep wil een afspraak", "Zwiep komt dinsdag", "Zwiep"),
        ("Gedeputeerde Brasjen opent de brug", "Morgen belt Brasjen nog", "Brasjen"),
        ("Kun jij Wiggers bellen over de schuur?", "Wiggers komt dinsdag", "Wiggers"),
    ],
)
def test_a_name_found_as_a_person_in_one_message_is_known_in_the_others(first, later, name):
    found = found_in_chat([first, later], ["Anouk Smit", "Gert Veldman"])
    assert (name, "PERSON") in found[0]
    assert (name, "PERSON") in found[1]


@pytest.mark.parametrize(
    ("participant", "message", "name"),
    [("Job Koning", "Job, kun jij even kijken?", "Job"), ("Wil Bakker", "Wil, ben je er?", "Wil")],
)
def test_a_participants_everyday_first_name_addressed_at_the_start(participant, message, name):
    assert found_in_chat([message], ["Petra Meinen", participant]) == [[(name, "PERSON")]]


def test_an_everyday_surname_of_the_chat_opening_a_reply_stays_a_word():
    assert found_in_chat(["Goed, dan doen we dat"], ["Petra Meinen", "Erik Goed"]) == [[]]


@pytest.mark.parametrize(
    "message",
    [
        "Prins Bernhard Fonds gaf subsidie",
        "Subsidie van het Prins Bernhard Cultuurfonds is binnen",
        "Aanvraag bij het Kansfonds Prins loopt nog",
    ],
)
def test_a_fund_named_after_a_person_is_no_person(message):
    assert found_in_chat([message], ["Hanneke Prins", "Jeroen Wolf"]) == [[]]


@pytest.mark.parametrize(
    ("participant", "message", "expected"),
    [
        ("Stefan Raven", "Raven gaat morgen meten", [("Raven", "PERSON")]),
        ("Erik Goed", "Goed regelt de sleutel", [("Goed", "PERSON")]),
        ("Martijn Klein", "Klein neemt de melding over", [("Klein", "PERSON")]),
        ("Erik Goed", "Goed gaat het niet met de boom", []),
        ("Martijn Klein", "Klein gaat er niet in passen", []),
    ],
)
def test_an_everyday_surname_of_the_chat_as_the_subject_of_a_doing_verb(
    participant, message, expected
):
    assert found_in_chat([message], ["Karin Meijer", participant]) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Vergunning voor festival Reestival op 15 juni",
        "Meldingen komen binnen in de app Signalen",
        "Zet het dossier in systeem Djuma",
        "Optreden van de band Kwastjes om 20 uur",
        "Subsidie voor het project Wolderwijk Zingt",
    ],
)
def test_a_word_after_a_kind_of_thing_names_that_thing(text):
    assert persons(text) == []


def test_a_name_after_a_kind_of_thing_and_a_role_stays():
    assert persons("Het festival wordt geregeld door organisator Wiebren Hoekstra") == [
        "Wiebren Hoekstra"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zijn vrouw Wil doet de administratie", "Wil"),
        ("Haar collega Ben neemt het over", "Ben"),
        ("Mijn buurman Job heeft een sleutel", "Job"),
    ],
)
def test_an_everyday_first_name_after_a_role_word_is_a_name(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Buurman de Haan van nummer 3 b heeft foto's", "de Haan"),
        ("Buurvrouw van Dijk klaagt over de heg", "van Dijk"),
        ("Collega de Vos neemt het over", "de Vos"),
    ],
)
def test_a_neighbour_or_colleague_keeps_the_surnames_particles(text, name):
    assert name in persons(text)


def test_a_colleague_of_a_team_stays_no_name():
    assert persons("Collega van de buitendienst komt kijken") == []
