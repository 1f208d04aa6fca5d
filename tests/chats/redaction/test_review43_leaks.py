"""Review 43 of the detector's new "not a person / not personal" rules (c7270237 -> 2362fe36):
residents' names and numbers that c7270237 redacted and 2362fe36 let through, each with the
sentence that showed it and another of the same form."""

import pytest

from chats.redaction.detector import detect_chat
from tests.chats.redaction.detected import covered
from tests.chats.redaction.test_screenshot_round21 import lines_spans

# --- "<landline> van de <trade>": a trade's line, unless that "van de" opens the next clause ----


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Zijn vrouw belde vanaf 0522 246 813, van de schilder heeft ze nog niks gehoord.",
            "0522 246 813",
        ),
        (
            "Bel mevrouw even op 0522 246813, van de loodgieter heeft ze nog geen afspraak.",
            "0522 246813",
        ),
        (
            "Meneer belde met 0522-246813, van de woningcorporatie kreeg hij geen reactie",
            "0522-246813",
        ),
        ("Nummer van zijn moeder 0521 362 419, van de leverancier nog niets", "0521 362 419"),
        ("Terugbellen op 0522 246 813, van het bedrijf had ze geen nummer", "0522 246 813"),
        # someone's own number said before it, with an adjective or as "telefoon"
        ("Haar vaste nummer 0522-246813, van de aannemer", "0522-246813"),
        ("Haar telefoon: 0521 362 419 van de installateur", "0521 362 419"),
    ],
)
def test_a_residents_landline_before_a_clause_on_a_trade_stays_a_phone(text, phone):
    assert covered(text, phone, "PHONE")


def test_a_trades_landline_named_after_it_is_still_the_trades():
    assert not covered("gebruik 0522 246 813 van de aannemer", "0522 246 813", "PHONE")
    assert not covered(
        "bel 0521 362 419 van de loodgieter als het weer lekt", "0521 362 419", "PHONE"
    )


# --- June, May, April, August next to a number: a day only where the number counts nothing ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik heb June 3 weken niet gezien, ze woont alleen op de Kerkstraat.", "June"),
        ("Mevrouw April 2 dagen geleden gesproken over de mantelzorg.", "April"),
        ("Buurvrouw May 7 weken zwanger, graag voorrang bij de woningtoewijzing.", "May"),
        ("Heb je August 5 euro teruggegeven voor de parkeervergunning?", "August"),
        ("Volgens June 4 kinderen in huis, krap aan.", "June"),
        ("June 23 jr, zoekt een kamer in Meppel", "June"),
        # a time or a count before the number: "om 11", "met z'n 3"
        ("Om 10 uur komt April Meijer langs, om 11 June.", "June"),
        ("Met z'n 3 June en haar broer kwamen ze naar het loket.", "June"),
    ],
)
def test_an_english_month_next_to_a_count_is_a_first_name(text, name):
    assert covered(text, name, "PERSON")


def test_an_english_month_by_its_day_is_still_no_name():
    assert not covered("The meeting is on June 3 at the town hall.", "June")
    assert not covered("We moved here on 27 June, so the letter went to the old address.", "June")


# --- "Name & Surname": a firm, unless the pair are residents ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Klacht van de buren Mulder & Visser over de heg.", "Mulder"),
        ("Brief naar mevrouw Yilmaz & Meijer gestuurd, Hoofdstraat 3.", "Meijer"),
        ("Tineke & Bakker zijn getrouwd, ze vragen samen bijzondere bijstand aan.", "Tineke"),
        ("Gesproken met Fatima & Jansen, het echtpaar van de Reggersweg.", "Jansen"),
        ("De overlast komt van Okonkwo & Visser op nummer 12.", "Okonkwo"),
    ],
)
def test_a_pair_of_residents_joined_by_an_ampersand_are_persons(text, name):
    assert covered(text, name, "PERSON")


def test_a_firm_of_two_names_is_still_no_person():
    assert not covered("morgen bel ik Gerrit & Kuipers voor de dakgoot", "Kuipers")


# --- a travel verb and "naar": whom one goes to, where more is said of that person ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ze verhuist naar Mekonnen, een kennis uit de kerk, tot de woning klaar is.", "Mekonnen"),
        (
            "Mevrouw verhuist naar Abdullahi, haar buurman, want haar huis is onbewoonbaar.",
            "Abdullahi",
        ),
        ("Meneer vertrekt naar Okonkwo op nummer 12 voor de nacht.", "Okonkwo"),
    ],
)
def test_a_person_after_a_travel_verb_said_to_be_a_neighbour_or_at_a_house(text, name):
    assert covered(text, name, "PERSON")


def test_a_city_abroad_after_a_travel_verb_is_still_no_person():
    assert not covered("hij vliegt volgende week naar Kigali, dus snel graag", "Kigali")
    assert not covered("ze verhuist naar Asmara in Eritrea", "Asmara")


# --- a capitalised word after an appliance: not a make when it is the chat's own person -------


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (
            [
                "Melding van mevrouw Okonkwo, Zuideinde 12: veel lawaai 's nachts.",
                "De warmtepomp Okonkwo staat tegen de erfgrens, ik ga kijken.",
            ],
            "Okonkwo",
        ),
        (
            [
                "Mevrouw Tesfaye belde, geen warm water.",
                "de geiser Tesfaye is afgekeurd door de installateur",
            ],
            "Tesfaye",
        ),
    ],
)
def test_the_chats_person_after_an_appliance_is_no_make(texts, name):
    spans = detect_chat(texts, participants=["Petra Smit"])[1]
    at = texts[1].index(name)
    assert any(s.label == "PERSON" and s.start <= at < s.end for s in spans)


# --- a German message: a name after "dass" or a verb of saying ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ich darf Ihnen sagen, dass Okonkwo morgen kommt.", "Okonkwo"),
        ("Herr Kowalczyk darf beim Rathaus parken, sagt Tesfaye.", "Tesfaye"),
    ],
)
def test_a_name_after_dass_or_a_verb_of_saying_in_german_is_a_person(text, name):
    assert covered(text, name, "PERSON")


def test_a_name_after_an_appliance_that_the_message_names_as_a_person_is_no_make():
    text = "De airco Wrzesniewski is weggehaald, zegt meneer Wrzesniewski."
    assert covered(text, "Wrzesniewski")  # the first, the one after the appliance


def test_a_make_after_an_appliance_is_still_no_person():
    assert not covered("de boiler Inventum lekt, eigenaar is Tineke Post", "Inventum")


# --- screenshots: a month established as a first name, written again before a count ----------


@pytest.mark.parametrize(
    ("text", "again"),
    [
        ("Mevrouw Juni Bakker belde\nJuni 3 weken weg, graag terugbellen", "Juni 3"),
        ("Dank April!\nBuurvrouw April 2 dagen geleden gesproken", "April 2"),
        ("Groet aan Juni!\nJuni 06-41234567", "Juni 06"),
    ],
)
def test_a_month_that_is_a_first_name_before_a_count_or_phone_is_blacked(text, again):
    at = text.index(again)
    spans = lines_spans(text)
    assert any(label == "PERSON" and s <= at < e for s, e, label in spans)


def test_a_month_of_a_date_on_a_screenshot_is_still_no_person():
    text = "Komt goed, April.\nVergunning loopt tot 3 April 2027."
    at = text.index("April 2027")
    assert not any(label == "PERSON" and s <= at < e for s, e, label in lines_spans(text))
