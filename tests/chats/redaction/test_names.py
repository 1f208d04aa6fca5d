"""Names: lexicons, tussenvoegsels, titles, lower case, participants and what is not a name."""

import pytest

from chats.redaction import images
from chats.redaction.lexicon import load
from chats.redaction.names import NameFinder, name_tail_end
from chats.redaction.spans import resolve


def names(text: str, known=()) -> list[str]:
    return sorted(text[s.start : s.end] for s in resolve(NameFinder(load(), known).find(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("groet, Henk Veenstra (06-42202805)", ["Henk Veenstra"]),
        ("mijn moeder (Lotte van 't Hul) is gevallen", ["Lotte van 't Hul"]),
        ("Bewoner heet Ilse de Boer, geboren 1966", ["Ilse de Boer"]),
        ("Melder Mohamed ter Horst geeft aan", ["Mohamed ter Horst"]),
        ("Wie heeft het nummer van Pieter van der Meer?", ["Pieter van der Meer"]),
        ("graag contact met mevr. Kaya-de Vries", ["Kaya-de Vries"]),
        ("Aanvrager Tjitske in 't Veld woont hier", ["Tjitske in 't Veld"]),
    ],
)
def test_it_finds_full_names_with_tussenvoegsels(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik bel namens mijn buurvrouw mevr. Postma", ["Postma"]),
        ("Mevrouw Zwiers belt zo terug", ["Zwiers"]),
        ("De verhuurder, dhr Bert Veenstra, zegt", ["Bert Veenstra"]),
        ("Dhr. Van der Veen belde over zijn bezwaar", ["Van der Veen"]),
        ("De familie Oosterveld wil een gesprek", ["Oosterveld"]),
        ("De heer Koops komt langs", ["Koops"]),
    ],
)
def test_it_leaves_titles_out_of_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met vriendelijke groet, B. el Amrani", ["B. el Amrani"]),
        ("t.n.v. G. Meijer", ["G. Meijer"]),
        ("t.n.v. R.A. Hofstra", ["R.A. Hofstra"]),
        ("klant j. de boer belt over bezwaar", ["j. de boer"]),
    ],
)
def test_it_finds_initials_with_a_surname(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn naam is bram zwiers, ik woon hier", ["bram zwiers"]),
        ("geb datum 20-9-1957, naam hennie postma.", ["hennie postma"]),
        ("iban NL24BUNQ8698412068 naam anouk de vries", ["anouk de vries"]),
        ("bel jan even: hij weet het", ["jan"]),
        ("Ik ruil met jan als dat lukt", ["jan"]),
        ("gefeliciteerd anouk!! 🎉", ["anouk"]),
        ("👍 top dank je wel! fatima", ["fatima"]),
    ],
)
def test_it_finds_lower_case_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A chat's subject ends in a Dutch word that is also a first name: a word, not a
        # signature (issue 17: the subject "Info-avond wolf 21-11" was unfindable).
        ("Info-avond wolf 21-11", []),
        ("Overleg wolf", []),
        # A name after a greeting or a break still ends the message as a signature.
        ("groetjes roos", ["roos"]),
        ("dank je wel! roos", ["roos"]),
        ("bedankt fatima", ["fatima"]),
    ],
)
def test_a_word_that_is_also_a_first_name_ends_a_title_as_a_word(text, expected):
    assert names(text) == expected


def test_it_finds_first_names_alone_where_a_name_goes():
    assert names("Buurman Sjoerd zegt dat het gemeld is") == ["Sjoerd"]
    assert names("Sanne is ziek. Nummer van Sanne is bekend") == ["Sanne", "Sanne"]
    assert names("lunch om 9.00? Mirjam en Hennie gaan ook") == ["Hennie", "Mirjam"]
    assert names("chauffeur is Bouke, tel volgt") == ["Bouke"]


def test_it_finds_the_names_of_a_name_list():
    assert names("Deze week hebben Ilse, Femke en Daan dienst") == ["Daan", "Femke", "Ilse"]


@pytest.mark.parametrize(
    "text",
    [
        "Ben er over 10 min",
        "ik ben blij dat het gelukt is",
        "Ik kom 15 jan terug van vakantie",
        "er ligt een boom op de Beatrixlaan",
        "boom op de Willem Alexanderlaan",
        "Gerrit van Groenservice Reest BV",
        "Contactpersoon bij Schoonmaak Totaal Meppel is bekend",
        "Bouwvergunning voor de Burgemeester Knappertlaan",
        "Takken langs de Reest bij Rogat en Nijeveen",
        "Meldingen kunnen via WhatsApp of Teams",
        "Aanvraag traplift ligt bij de WMO",
        "gebdatum staat ook op het id-bewijs",
        "Post komt retour",
        "bij de Kleine Oever",
    ],
)
def test_it_leaves_words_streets_places_and_companies_alone(text):
    found = names(text)
    assert found in ([], ["Gerrit"])  # "Gerrit" is a person; the company after him is not


def test_it_finds_known_participant_names_in_any_case_and_by_first_name():
    known = ["Jan de Vries", "Fatima El Amrani"]
    text = "JAN DE VRIES belde, jan zegt dat fatima komt"
    assert names(text, known) == ["JAN DE VRIES", "fatima", "jan"]


def test_a_participant_name_that_is_an_everyday_word_is_not_blacked_out_everywhere():
    assert names("mama zegt dat het goed is", ["Mama"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wethouder De Boer opent het speelveld", ["De Boer"]),
        ("Van der Meer belde net", ["Van der Meer"]),
        ("Bakker van de buitendienst heeft gekeken", ["Bakker"]),
    ],
)
def test_it_finds_a_surname_standing_alone_with_its_capitalised_particle(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["7943 PM De Schiphorst", "naar Den Haag", "Van het Hoofdkantoor", "haar WMO-indicatie"],
)
def test_places_head_offices_and_acronym_compounds_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gegevens: Wilhelmina (Mien) de Vries, Kerkstraat 4", ["Wilhelmina (Mien) de Vries"]),
        ("Cliënt J.M. (Jo) Postma belde", ["J.M. (Jo) Postma"]),
        ("mevr. H. 'Hanneke' Zwiers komt langs", ["H. 'Hanneke' Zwiers"]),
        ("melder hendrika (riek) bosma", ["hendrika (riek) bosma"]),
    ],
)
def test_a_roepnaam_in_brackets_is_part_of_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik heb Erik (buitendienst) gevraagd", ["Erik"]),
        ("Melder Piet (Zwolle) Bakker", ["Bakker", "Piet"]),
        ("Bel Johanna (Jo) even", ["Jo", "Johanna"]),
    ],
)
def test_brackets_after_a_name_join_it_only_to_a_surname(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A first name and an everyday word as surname, with a verb people do after it.
        ("Gisteren: Mirjam Goed belde over de bus", ["Mirjam Goed"]),
        ("Teamleider Sander Mooi heeft al drie keer gemaild", ["Sander Mooi"]),
        ("Bedankt Karin Goed gedaan", ["Karin"]),
        # A capitalised word after a place word is that place, not a person.
        ("Controle bedrijventerrein Oevelgunne: vier busjes", []),
        ("Er staat een caravan op parkeerterrein Wheeme", []),
        ("In de wijk Nijstad is de stroom uitgevallen", []),
    ],
)
def test_round_four_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A listed surname right after a sentence-opening imperative or answer word.
        ("Vergeet Hoekstra niet, die wil het ook", ["Hoekstra"]),
        ("Stuur Zwiers even de agenda", ["Zwiers"]),
        ("Nee Brouwer heeft het niet gezien", ["Brouwer"]),
        ("Vergeet Grote Markt niet", []),
    ],
)
def test_round_four_names_after_an_opening_verb(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stuur Suite4 het bestand",  # no word is cut out of a word with a digit ("Suit")
        "Busjes 34FHVP. Parkeren op de Beatrixlaan",  # the plate's last letter is no initial
    ],
)
def test_no_name_inside_a_word_with_digits(text):
    assert names(text) == []


def test_an_everyday_word_as_surname_at_the_end_of_a_sentence():
    assert names("Die zijn van Gerrit Kleine. Ik heb hem gebeld") == ["Gerrit Kleine"]


def test_junior_and_senior_after_a_surname_are_no_name():
    assert names("Ook die van meneer Poortinga junior?") == ["Poortinga"]


@pytest.mark.parametrize(
    "text", ["Ah, De Vries belt vaker", "Oh, Jansen was het", "Tja, Kuipers weet het ook niet"]
)
def test_an_interjection_before_a_name_is_no_name(text):
    assert len(names(text)) == 1 and not names(text)[0].startswith(("Ah", "Oh", "Tja"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallo, met Mirjam van het Zorg-loket", ["Mirjam"]),  # a desk, not a surname
        ("Wethouder Van Dijk-Smit komt", ["Van Dijk-Smit"]),
        ("ik heb het aan femke de groot gevraagd", ["femke de groot"]),
    ],
)
def test_round_four_surnames_with_hyphens_and_lower_case_particles(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zeg maar dat Brouwer morgen langskomt", ["Brouwer"]),
        ("Ik denk wel dat Hofstede het regelt", ["Hofstede"]),
    ],
)
def test_a_surname_after_a_reported_dat_with_a_word_between(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A first name that is also an everyday word, before a finite verb (two finite verbs
        # cannot follow each other, so the first word is the subject).
        ("goedemorgen. bas is vandaag vrij", ["bas"]),
        ("ben heeft de sleutel", ["ben"]),
        ("ik ben er morgen niet", []),
        ("wil je de sleutel pakken?", []),
        ("goedemiddag allemaal, ben is er morgen niet", ["ben"]),
        ("snelheid: max is 30 in de wijk", []),
    ],
)
def test_a_lower_case_first_name_that_is_a_verb_before_a_finite_verb(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A screenshot's sender line runs into the message: the title opens the next name.
        ("Tineke Wolf Mevrouw De Groot van nummer 57", ["De Groot", "Tineke Wolf"]),
        ("Gert Wolf Meneer De Haan belde", ["De Haan", "Gert Wolf"]),
    ],
)
def test_a_title_after_a_name_is_no_surname_but_opens_the_next_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A greeting before a comma opens the message; it is no name in a list of names.
        ("Goedenavond, Marieke van de woningstichting hier", ["Marieke"]),
        # An acronym glued to a word is a brand or an organisation.
        ("Het slib is van ROVAgroen zeggen ze", []),
        # A cue word ends its sentence: the capital after the full stop opens the next one.
        ("Nee hoor, geen familie. Kunstgras is duurder", []),
        # "in" before a place is no particle of the surname ("in 't Veld" is).
        ("Zorgen over gezin Bruins in Havelte", ["Bruins"]),
    ],
)
def test_round_five_no_person_words(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A listed surname that is also a street word, capitalised after a first name.
        ("melder is Gerrit Tuin uit de Bloemenbuurt", ["Gerrit Tuin"]),
        # "een" before a capitalised common surname: one of that family.
        ("in de BRP staat nog een Visser ingeschreven", ["Visser"]),
        # A one-word firm or service before a full name: the name is a person.
        ("Schuldhulp Anouk van Dam: alles is betaald", ["Anouk van Dam"]),
        # ... but a street stays a street, and a firm's run keeps its own words.
        ("de Lange Weg is dicht", []),
    ],
)
def test_round_five_persons(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname before a firm's trade word is the firm.
        ("Het kantoor heet Dekker Bewindvoering sinds vorig jaar", []),
        ("Post gaat via Budgetbeheer Smeenk", []),
        # After a preposition and "het" a lower-case word is a thing, not a name.
        ("De sleutel ligt op het plankje naast de deur", []),
    ],
)
def test_round_five_firms_and_things(text, expected):
    assert names(text) == expected


def test_a_known_name_that_is_a_place_is_the_place_after_in():
    # "H. Emmen" is a person in this chat; "in Emmen" is still the town.
    assert names("Het bedrijf zit in Emmen", known=["H. Emmen"]) == []
    assert names("Emmen belt morgen terug", known=["H. Emmen"]) == ["Emmen"]


def test_a_lower_case_common_surname_after_a_neighbour_is_the_neighbour():
    assert names("mijn buurman mulder parkeert voor mijn inrit") == ["mulder"]
    assert names("de buurvrouw visser heeft gebeld") == ["visser"]


def test_a_known_lower_case_name_put_first_as_the_object_is_the_person():
    # "visser ken ik": the chat knows Derk Visser; "de visser" stays a fisherman.
    assert names("visser ken ik, die kreeg al een boete", known=["Derk Visser"]) == ["visser"]
    assert names("de visser ken ik niet", known=["Derk Visser"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname that is an adjective closes the line or the clause after a first name.
        ("Zoon is 17 jaar. Daan Kleine", ["Daan Kleine"]),
        ("Ingeschreven: Fenna Lange, 12 jaar", ["Fenna Lange"]),
        # Before a noun it is the adjective ("Kleine kamer"), and the first name stands alone.
        ("Anna Kleine kamer is vrij", ["Anna"]),
    ],
)
def test_an_adjective_surname_after_a_first_name_at_the_end_of_a_clause(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "end", "grown"),
    [
        ("Rosita Kong A Sing belde", len("Rosita Kong"), "Rosita Kong A Sing"),
        ("mevrouw Chin A Loi belde", len("mevrouw Chin"), "mevrouw Chin A Loi"),
        ("Ingrid Wolf-Aroma belde", len("Ingrid"), "Ingrid Wolf-Aroma"),
        ("Anna Visser Maandag", len("Anna Visser"), "Anna Visser"),
        ("Kees Bakker Kerkstraat 4", len("Kees Bakker"), "Kees Bakker"),
    ],
)
def test_the_name_tail_rule_text_and_screenshots_share(text, end, grown):
    assert text[: name_tail_end(text, end, load())] == grown
    # The screenshot path grows its person spans with the same rule.
    tails = images._name_tails(text, {(0, end, "PERSON")})
    assert tails == ({(0, len(grown), "PERSON")} if len(grown) > end else set())


# --- lower-case names in screenshots' messages (screenshot round 8) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wie kent roos?", ["roos"]),
        ("wie kent iris brink?", ["iris brink"]),
        ("Sanne: wie kent merel...", ["Sanne", "merel"]),
    ],
)
def test_a_lower_case_first_name_that_is_a_word_after_kent_is_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["wie kent de weg?", "kent iemand een loodgieter?", "wie kent dit probleem?"]
)
def test_what_someone_knows_that_is_no_name_stays(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("svetlana mensah van de overkant zegt dat de auto van haar is.", ["svetlana mensah"]),
        ("kwaku asante van hiernaast belde net", ["kwaku asante"]),
    ],
)
def test_an_unknown_lower_case_word_before_a_listed_surname_opening_a_sentence_is_a_name(
    text, expected
):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["fietsenstalling achterom is dicht", "oranje aanhanger visser staat er nog"]
)
def test_lower_case_words_opening_a_sentence_without_a_surname_stay(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anne-Sophie van verderop heeft geen auto", ["Anne-Sophie"]),
        ("Pieter-Jan van de overkant belt morgen", ["Pieter-Jan"]),
    ],
)
def test_a_double_first_name_of_listed_first_names_is_a_first_name(text, expected):
    assert names(text) == expected


def test_a_hyphenated_pair_of_ordinary_words_is_no_double_first_name():
    assert names("Mei-juni van dit jaar heeft het veel geregend") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dank je wel, Zwaan!", ["Zwaan"]),
        ("Tot morgen, Spreeuw.", ["Spreeuw"]),
        ("Helemaal goed, Haas", ["Haas"]),
    ],
)
def test_a_surname_that_is_a_word_addressed_at_the_end_of_a_sentence_is_a_person(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["Dank je wel, Meppel!", "Tot morgen, Allemaal.", "Het kan, Wolf of niet."]
)
def test_a_place_or_word_at_the_end_of_a_sentence_is_no_vocative(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("er is overlast bij vink op nummer 12, al weken", ["vink"]),
        ("de kat van de groot op nummer 7 is weg", ["de groot"]),
        ("lawaai naast van der haar op nr. 31", ["van der haar"]),
    ],
)
def test_a_lower_case_surname_living_at_a_house_number_is_a_person(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["de boom bij het hek op nummer 12 is omgewaaid", "bij de deur op nummer 4 ligt afval"],
)
def test_a_thing_at_a_house_number_is_no_person(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    ["Kinderopvang Jip en Janneke komt vrijdag.", "Bakkerij Bas en Ilse sluit om zes"],
)
def test_a_firm_named_after_a_pair_of_first_names_is_no_person(text):
    assert names(text) == []


def test_a_person_after_and_behind_a_firm_is_still_a_person():
    assert names("Stichting Leergeld en Marieke komen langs") == ["Marieke"]


@pytest.mark.parametrize(
    "text",
    ["Afval staat aan de Anna Paulownastraat.", "de bus stopt aan de Johan Willem Frisolaan"],
)
def test_a_street_named_after_a_person_is_no_person(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De bewindvoerder is Henk Oude Egberink, bel hem gerust.", ["Henk Oude Egberink"]),
        ("Gisteren kwam Sanne Olde Kalter langs.", ["Sanne Olde Kalter"]),
    ],
)
def test_a_surname_opened_by_oude_or_olde_is_one_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # First names that are also a word or a hamlet, before a surname.
        ("Mijn verloofde is Lieve Hoekstra, zij belt morgen.", ["Lieve Hoekstra"]),
        ("Ik heb Linde Boersma gisteren gesproken.", ["Linde Boersma"]),
        ("Vraag het Joppe Zandstra maar.", ["Joppe Zandstra"]),
    ],
)
def test_first_names_that_are_also_words_or_places_open_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["Lieve groeten van ons allemaal", "Zij zat onder de linde."])
def test_the_word_lieve_or_linde_alone_stays(text):
    assert names(text) == []
