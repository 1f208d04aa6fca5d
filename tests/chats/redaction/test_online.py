"""E-mail addresses and personal social-media links."""

import pytest

from chats.redaction import detect, redact_text
from chats.redaction.online import (
    find_emails,
    find_map_locations,
    find_personal_urls,
    find_social_handles,
)


def emails(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_emails(text)]


def urls(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_personal_urls(text)]


def test_it_finds_private_and_work_addresses_of_persons():
    text = "mail mirjam610@gmail.com of s.bos@meppel.nl."
    assert emails(text) == ["mirjam610@gmail.com", "s.bos@meppel.nl"]


@pytest.mark.parametrize("mailbox", ["info@meppel.nl", "post@meppel.nl", "secretariaat@meppel.nl"])
def test_it_leaves_role_mailboxes_alone(mailbox):
    assert emails(f"mail naar {mailbox}") == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/mohamed.dolfing",
        "facebook.com/marloes.bos.12",
        "https://www.instagram.com/janbakk/",
        "https://www.linkedin.com/in/jan-yilmaz-ecab89",
        "https://nl.linkedin.com/in/gea-van-der-wal",
        "https://www.tiktok.com/@mirjam.vandijk",
        "x.com/roelofvanthul",
        "https://twitter.com/wietse_bakker",
    ],
)
def test_it_finds_profile_links_without_trailing_punctuation(url):
    assert urls(f"zie {url}. Daar staat het") == [url]


@pytest.mark.parametrize(
    "text", ["www.meppel.nl/melding", "https://www.facebook.com/gemeentemeppel", "facebook.com"]
)
def test_it_leaves_organisation_and_bare_site_links_alone(text):
    assert urls(f"kijk op {text}") == []


@pytest.mark.parametrize(
    "mailbox", ["wijkteam@meppel.nl", "burgerzaken@meppel.nl", "planning@firma.nl"]
)
def test_it_leaves_team_mailboxes_named_by_an_ordinary_word_alone(mailbox):
    from chats.redaction.lexicon import load

    assert find_emails(f"mail {mailbox}", load()) == []


def test_a_first_name_mailbox_is_a_persons_address():
    from chats.redaction.lexicon import load

    assert emails("mail jan@meppel.nl") == ["jan@meppel.nl"]
    assert len(find_emails("mail henk@bouwbedrijf-drenthe.nl", load())) == 1


def test_a_topic_mailbox_that_is_also_a_rare_surname_is_kept():
    # "Schade" and "Afval" are surnames too, but rare ones; a common surname is a person's box.
    from chats.redaction.lexicon import load

    assert find_emails("foto's naar schade@gemeente.nl", load()) == []
    assert emails("mail bakker@gemeente.nl") == ["bakker@gemeente.nl"]


@pytest.mark.parametrize(
    "mailbox", ["openbareruimte@meppel.nl", "groenonderhoud@meppel.nl", "sportzaken@gemeente.nl"]
)
def test_a_mailbox_named_by_two_ordinary_words_is_the_organisations(mailbox):
    # Walkthrough: "openbareruimte@meppel.nl" was blacked out while "subsidies@" stayed.
    from chats.redaction.lexicon import load

    assert find_emails(f"mail {mailbox}", load()) == []


@pytest.mark.parametrize(
    "mailbox", ["janbakker@gmail.com", "keesbos@meppel.nl", "petravos@hotmail.com"]
)
def test_a_mailbox_glued_from_a_first_name_and_a_surname_is_a_persons(mailbox):
    from chats.redaction.lexicon import load

    assert len(find_emails(f"mail {mailbox}", load())) == 1


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Volg mij op TikTok @joris_vd_berg, daar staan de filmpjes.", "@joris_vd_berg"),
        ("insta: @sanne.dekker.92", "@sanne.dekker.92"),
        ("Mijn snapchat is @kimpie_k", "@kimpie_k"),
    ],
)
def test_it_finds_a_handle_after_the_name_of_its_network(text, handle):
    assert [text[s.start : s.end] for s in find_social_handles(text)] == [handle]


@pytest.mark.parametrize(
    "text",
    [
        "Instagram: @gemeentemeppel",
        "mail jan.smit@example.org voor instagram",
        "We zien elkaar @ 10 uur, zet het op insta",
    ],
)
def test_it_leaves_the_municipalitys_handle_and_e_mail_addresses_alone(text):
    assert find_social_handles(text) == []


@pytest.mark.parametrize("mailbox", ["oekraine@meppel.nl", "nijeveen@meppel.nl"])
def test_a_place_or_country_at_the_municipalitys_domain_is_a_team_mailbox(mailbox):
    # Imported here: the lexicon loads in a second; the other tests here run without it.
    from chats.redaction.lexicon import load

    assert find_emails(f"vragen via {mailbox}.", load()) == []


# --- round 14 (screenshots, tuned on blind10): chat links and link pages of a person ---------


@pytest.mark.parametrize(
    "url",
    [
        "wa.me/31687654321",
        "https://wa.me/31612300456",
        "https://api.whatsapp.com/send?phone=31655512345",
        "t.me/rikdekker_88",
        "linktr.ee/femke.jansen",
        "https://linktr.ee/bram_de_vries",
    ],
)
def test_a_chat_link_or_link_page_of_a_person_is_personal(url):
    assert urls(f"stuur een berichtje via {url}. Tot dan") == [url]


def test_a_chat_link_page_without_a_person_stays():
    assert urls("Zie https://linktr.ee/ of wa.me voor uitleg.") == []


# --- a place on a map: links and coordinates (red team 30) --------------------------------------


@pytest.mark.parametrize(
    "text, personal",
    [
        (
            "Ik woon hier: https://www.google.nl/maps/place/Zuideinde+41,+7941+GJ+Meppel/"
            "@52.6965,6.1875,17z, tot zo",
            "https://www.google.nl/maps/place/Zuideinde+41,+7941+GJ+Meppel/@52.6965,6.1875,17z",
        ),
        (
            "https://www.google.com/maps/@52.7012,6.2033,18z",
            "https://www.google.com/maps/@52.7012,6.2033,18z",
        ),
        ("kom maar naar maps.app.goo.gl/pQ7rTzWb3 dan", "maps.app.goo.gl/pQ7rTzWb3"),
        ("https://goo.gl/maps/AbCdEfGh", "https://goo.gl/maps/AbCdEfGh"),
        (
            "https://maps.apple.com/?ll=52.7012,6.2033&q=Gemarkeerde%20locatie",
            "https://maps.apple.com/?ll=52.7012,6.2033&q=Gemarkeerde%20locatie",
        ),
        (
            "zie https://www.openstreetmap.org/#map=19/52.70120/6.20330.",
            "https://www.openstreetmap.org/#map=19/52.70120/6.20330",
        ),
        (
            "https://waze.com/ul?ll=52.7012,6.2033&navigate=yes",
            "https://waze.com/ul?ll=52.7012,6.2033&navigate=yes",
        ),
        ("Mijn tuin ligt op 52.70120, 6.20330 achter de schuur", "52.70120, 6.20330"),
        ("coördinaten 52,7012 6,2033 graag", "52,7012 6,2033"),
        ("staat op 52°42'04.3\"N 6°12'11.9\"E", "52°42'04.3\"N 6°12'11.9\"E"),
    ],
)
def test_a_place_on_a_map_is_personal(text, personal):
    found = [text[s.start : s.end] for s in find_map_locations(text)]
    assert found == [personal]
    label = "URL_PERSONAL" if "/" in personal or "goo.gl" in personal else "ADDRESS"
    assert label in {s.label for s in detect(text)}
    assert personal not in redact_text(text, detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrag is 1.250,50 euro, 12.30 uur",
        "versie 2.1, build 3.14",
        "De aanslag 2024.1234 en kenmerk 77.1234 staan op de brief",
        "https://www.meppel.nl/afval en www.mijnafvalwijzer.nl",
        "stand 3.5 tegen 2.0",
    ],
)
def test_amounts_numbers_and_other_links_are_no_place(text):
    assert find_map_locations(text) == []
