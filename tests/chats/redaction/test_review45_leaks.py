"""review45: residents' data that the last stop's exceptions (rounds 33-35: a shop "<Ware> by"
its maker, a route that ends "at" a place, a firm called "they", foreign greetings, more
organisations, a firm's kind closing its name before a landline, English words in English
messages) let through, and writing the fold did not yet read (a combining mark NFKC composes
with no letter, a handle typed without its "@")."""

from __future__ import annotations

import pytest

from tests.chats.redaction.detected import covered, found, found_in_chat, persons

# --- "<Ware> by <name>": only a shop's ware; any other noun or participle records who did it --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Visit by Kowalczyk next week, please prepare the file", "Kowalczyk"),
        ("Delivery by Okonkwo on Monday, he has the keys", "Okonkwo"),
        ("Invoice by Wrzesniewski is still open", "Wrzesniewski"),
        ("Call by Mekonnen at 10, about the benefit", "Mekonnen"),
        ("Pickup by Tesfamariam tomorrow, she lives at Kerkstraat 5", "Tesfamariam"),
        ("Driven by Kowalczyk to the station", "Kowalczyk"),
    ],
)
def test_only_a_shops_ware_before_by_makes_a_business(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    "text", ["Brows by Ineke, op afspraak", "Nails by Lan, Kruisstraat 9", "Lashes by Mirjam"]
)
def test_a_shop_by_its_maker_stays_a_business(text: str) -> None:
    assert persons(text) == []


# --- "<verb> at <name>": a taxi, a bus or a meeting goes to a person's home -------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The taxi arrives at Tesfaye tomorrow morning", "Tesfaye"),
        ("the bus starts at Okonkwo every morning", "Okonkwo"),
        ("The van is parked at Wrzesniewski tonight", "Wrzesniewski"),
        ("Meeting starts at Mekonnen, bring the file", "Mekonnen"),
        ("the ambulance arrives at Kowalczyk in ten minutes", "Kowalczyk"),
    ],
)
def test_a_vehicle_or_meeting_at_a_name_is_at_a_person(text: str, name: str) -> None:
    assert covered(text, name)


def test_a_route_that_ends_at_a_place_stays_a_place() -> None:
    assert persons("the parade starts at the church and ends at Oldengaerde") == []


# --- "<name>, they ...": a household's state is no firm's work --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I visited Okonkwo, they have no heating since Monday", "Okonkwo"),
        ("Spoke with Wrzesniewski, they are waiting for the benefit", "Wrzesniewski"),
        ("I phoned Mekonnen, they will send the papers tomorrow", "Mekonnen"),
        ("Went to Kowalczyk, they come to the counter on Friday", "Kowalczyk"),
    ],
)
def test_they_after_a_person_is_a_household(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "I will ask Dijkhuis for the roof, they do the repairs",
        "we use Brouwer, they are fast and cheap",
    ],
)
def test_they_doing_a_firms_work_stays_a_firm(text: str) -> None:
    assert persons(text) == []


# --- a greeting or thanks of another language before a name -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cheers Okonkwo", "Okonkwo"),
        ("Cheers Wrzesniewski, tot morgen", "Wrzesniewski"),
        ("Gracias Okonkwo", "Okonkwo"),
        ("Bonsoir Okonkwo", "Okonkwo"),
        ("Buongiorno Mekonnen, ik bel over de aanvraag", "Mekonnen"),
        ("Spasibo Kowalczyk", "Kowalczyk"),
        ("Obrigado Tesfamariam", "Tesfamariam"),
        ("Slm Okonkwo", "Okonkwo"),
        ("Asc Mekonnen, mijn paspoort is verlopen", "Mekonnen"),
        ("Bonjour Okonkwo", "Okonkwo"),
        ("Hello Okonkwo", "Okonkwo"),
        ("Thanks Okonkwo, I will send it", "Okonkwo"),
    ],
)
def test_a_name_greeted_in_any_language_is_a_person(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    "text", ["Cheers, tot morgen", "Hello Everyone, welcome", "Cheers Team!", "Bonjour Meppel"]
)
def test_a_greeting_alone_or_to_a_group_is_no_name(text: str) -> None:
    assert persons(text) == []


# --- "Chao": a greeting only with its accent; without, a Chinese surname -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb Chao gebeld over de uitkering",
        "Chao woont op de Kerkstraat 5",
        "Chao, ik wil graag een afspraak",
    ],
)
def test_chao_without_its_accent_is_a_surname(text: str) -> None:
    assert covered(text, "Chao")


def test_chao_with_its_accent_stays_a_greeting() -> None:
    assert persons("Chào, ik wil graag een afspraak") == []


# --- an organisation's one word after a title is that person's surname ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mevrouw Cargill belde over haar uitkering", "Cargill"),
        ("Mw. Ogterop heeft gebeld over de huur", "Ogterop"),
        ("meneer Libau komt morgen langs", "Libau"),
        ("Dhr. Windesheim belde, hij is verhuisd", "Windesheim"),
        ("Mrs Strukton called about her permit", "Strukton"),
    ],
)
def test_an_organisations_word_after_a_title_is_a_surname(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize("text", ["Schouwburg Ogterop is dicht", "Ik werk bij Cargill"])
def test_the_organisation_alone_stays_no_person(text: str) -> None:
    assert persons(text) == []


# --- a combining mark NFKC composes with no letter parts no name ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Python lower-cases "İ" to "i" + U+0307: "YİLMAZ".lower()
        ("mevrouw Yi\u0307lmaz belde over haar uitkering", "Yi\u0307lmaz"),
        ("Bel Pieter J\u0430\u0301nsen even", "J\u0430\u0301nsen"),  # Cyrillic а with an acute
        ("Mevrouw O\u0336konkwo belde", "O\u0336konkwo"),  # a strike-through
        ("Ik heb mevrouw Kowalc\u0332zyk gesproken", "Kowalc\u0332zyk"),  # an underline
    ],
)
def test_a_stray_combining_mark_leaves_the_name_whole(text: str, name: str) -> None:
    assert covered(text, name)


# --- a handle typed without its "@", by the name of its network -------------------------------


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("haar account is jansen1985 op instagram", "jansen1985"),
        ("zijn insta: okonkwo.fam", "okonkwo.fam"),
        ("zoek hem op: kowalczyk_88 (instagram)", "kowalczyk_88"),
        ("snap: mekonnen22", "mekonnen22"),
        ("haar tiktok = tesfaye_m", "tesfaye_m"),
    ],
)
def test_a_handle_without_its_at_sign_is_personal(text: str, handle: str) -> None:
    assert covered(text, handle, "URL_PERSONAL")


@pytest.mark.parametrize(
    "text",
    [
        "ik zag het op instagram",
        "volg ons op instagram: gemeentemeppel",
        "versie 2.0 op instagram",
        "Zie www.meppel.nl op facebook",
    ],
)
def test_no_handle_where_none_is_named(text: str) -> None:
    assert not any(label == "URL_PERSONAL" for _, label in found(text))


# --- "type <name>": the verb told, no product's type --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("type Wrzesniewski graag in het zoekveld", "Wrzesniewski"),
        ("Please type Mekonnen in the search box", "Mekonnen"),
        ("kun je even type Kowalczyk in Procura", "Kowalczyk"),
    ],
)
def test_type_told_before_a_name_is_the_verb(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "er komt een bank bij, type Streetlife Rough",
        "kunnen we er een extra prullenbak neerzetten? type Glasdon Capital",
    ],
)
def test_a_products_type_stays_a_product(text: str) -> None:
    assert persons(text) == []


# --- a landline after the owner's full name and the trade -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Piet Bakker Hovenier? 0522 123456",
        "Anja de Vries Schoonmaak: 0522 123456",
        "Kees Mulder Installatietechniek, 0522 654321",
    ],
)
def test_a_one_man_business_named_by_its_owner_keeps_its_line_private(text: str) -> None:
    assert any(label == "PHONE" for _, label in found(text))


def test_a_firm_named_by_its_kind_keeps_its_line() -> None:
    assert not any(
        label == "PHONE" for _, label in found("Kuiper Landbouwmechanisatie? 0522 123456")
    )


# --- English words in an English message: not a name signed with Dutch greetings ---------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("have a good day, groetjes van wrzesniewski", "wrzesniewski"),
        ("thank you for your help, groeten van okonkwo", "okonkwo"),
        ("thank you, i will ask buurman okonkwo", "okonkwo"),
        ("thank you, the key is with collega wrzesniewski", "wrzesniewski"),
    ],
)
def test_a_lower_case_name_signed_in_an_english_message_stays(text: str, name: str) -> None:
    assert covered(text, name)


# --- the answer to "firm A or firm B?" that speaks of the person the name is ------------------


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        (
            "Schildersbedrijf Jansen of Bouwbedrijf Okonkwo?",
            "Okonkwo woont naast mij, die vraag ik niet",
            "Okonkwo",
        ),
        ("Hovenier Mekonnen of Tuinen Kowalczyk?", "Mekonnen, hij is mijn zwager", "Mekonnen"),
        (
            "Wie komt er, Schoonmaakbedrijf Tesfaye?",
            "Tesfaye komt zelf, hij woont op de Kerkstraat 4",
            "Tesfaye",
        ),
    ],
)
def test_a_firms_name_answered_as_a_person_stays_a_person(
    question: str, answer: str, name: str
) -> None:
    assert (name, "PERSON") in found_in_chat([question, answer], [])[1]


def test_the_firm_chosen_in_the_answer_stays_a_firm() -> None:
    spans = found_in_chat(["Bouwbedrijf Smit of Jansen Bouw?", "smit, die was goedkoper"], [])
    assert not any(label == "PERSON" for _, label in spans[1])


# --- a participant saved by the club they are of: the person, no firm -------------------------


@pytest.mark.parametrize(
    ("texts", "participant", "name"),
    [
        (
            ["Hoi, met Anja van de tennisclub. Kan ik de zaal huren?", "Anja, stuur je adres even"],
            "Tennisclub Anja",
            "Anja",
        ),
        (
            ["Wim Okonkwo hier, ik bel over de vergunning", "Dank je Wim Okonkwo"],
            "Voetbalclub Wim Okonkwo",
            "Wim Okonkwo",
        ),
        (
            ["Hallo, ik ben Marieke van de ijsclub", "Marieke Okonkwo, ok"],
            "IJsclub Marieke Okonkwo",
            "Marieke Okonkwo",
        ),
    ],
)
def test_a_participant_saved_by_their_club_is_a_person(
    texts: list[str], participant: str, name: str
) -> None:
    spans = found_in_chat(texts, [participant, "Gemeente Meppel"])
    assert (name, "PERSON") in spans[1]
