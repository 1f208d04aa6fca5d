"""Review 53: causes the screenshot tuner traced to the shared text detector, on variants of our
own: a person's Flickr photo stream, a BSN with a letter typed or read for a digit after the word
BSN, and a house number of any length with its toevoeging written against it."""

import pytest
from stdnum.nl import bsn as stdnum_bsn

from chats.redaction.online import find_personal_urls
from tests.chats.redaction.detected import found, labelled


def urls(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_personal_urls(text)]


# --- 1. A person's photo stream on Flickr ------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "flickr.com/photos/harmkeboer",
        "https://www.flickr.com/photos/wiebe_dijkstra88/albums/72157720011",
        "www.flickr.com/photos/tineke.vd.veen/53120998471",
        "https://flickr.com/photos/194402217@N07",
    ],
)
def test_a_persons_flickr_photo_stream_is_a_personal_link(url):
    text = f"Kijk maar op {url}, daar staan ze allemaal."
    assert urls(text) == [url]
    assert labelled(text, "URL_PERSONAL") == [url]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.flickr.com/photos/tags/meppel",
        "flickr.com/photos/",
        "https://www.flickr.com/photos/gemeentemeppel/",
    ],
)
def test_flickrs_tag_pages_and_the_municipalitys_stream_stay(url):
    assert urls(f"Kijk maar op {url} voor de foto's") == []


# --- 2. A BSN with an O for a 0 or an l/I for a 1, after the word BSN ----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mijn BSN is O69328341, klopt dat?", "O69328341"),
        ("bsn: 1O2345673", "1O2345673"),
        ("Het BSN van mijn zoon is 11o456786.", "11o456786"),
        ("burgerservicenummer l1O456798 graag aanpassen", "l1O456798"),
        ("BSN 23O.517.006 staat op de brief", "23O.517.006"),
        ("sofinummer: I10 456 786", "I10 456 786"),
    ],
)
def test_a_cued_bsn_with_a_letter_for_a_digit_that_passes_the_11_proef(text, value):
    assert value in labelled(text, "BSN")


def test_the_variants_pass_the_11_proef_only_read_as_digits():
    for value in ("069328341", "102345673", "110456786", "110456798", "230517006"):
        assert stdnum_bsn.is_valid(value), value


@pytest.mark.parametrize(
    "text",
    [
        # no cue: an order's or a parcel's code keeps its letters
        "Pakket O69328341 is onderweg.",
        "Code 1O2345673 ingevoerd",
        # a cue, but the digits so read fail the 11-proef
        "bsn: 1O2345672",
        "BSN is O69328342",
        # a word of letters only is no number
        "BSN lOOI",
    ],
)
def test_no_bsn_without_the_cue_or_without_the_11_proef(text):
    assert labelled(text, "BSN") == []


def test_a_plain_nine_digit_number_without_cue_stays_as_it_is():
    # 069328341 passes the 11-proef on its own; 102345678 does not and stays untouched
    assert labelled("Pakket 102345678 is onderweg.", "BSN") == []


# --- 3. A house number with its toevoeging, one to four digits -----------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "Sweelinckstraat 115zw",
        "Sweelinckstraat 47zw",
        "Oude Veerweg 204bis",
        "Kerkstraat 112 hs",
        "Kerkstraat 112hs",
        "Molenstraat 318rd",
        "Molenstraat 113rd",
        "Hoofdstraat 1012bis",
        "Hoofdstraat 1012a",
        "Prinsengracht 209hg",
        "Zuideinde 9bv",
        "Zuideinde 214c",
        "Zuideinde 214 d",
        "Grote Oost 1021-II",
        "Grote Oost 1104-IV",
    ],
)
def test_a_street_with_a_house_number_and_its_toevoeging(address):
    text = f"Ik woon sinds maart op de {address} in Meppel."
    assert address in labelled(text, "ADDRESS"), found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mevrouw Hekman, Sweelinckstraat 115zw", "Sweelinckstraat 115zw"),
        ("omdat ze op nr. 208zw wonen", "nr. 208zw"),
        ("Sietske Dam van nummer 131rd", "nummer 131rd"),
    ],
)
def test_the_glued_toevoeging_after_a_name_or_a_number_word(text, address):
    assert address in labelled(text, "ADDRESS"), found(text)


@pytest.mark.parametrize(
    "text", ["Hij werd Wereldkampioen 3rd place", "Finale Meppel 23rd edition"]
)
def test_an_english_ordinal_is_no_toevoeging(text):
    assert labelled(text, "ADDRESS") == []


def test_a_dashed_postcode_in_capitals_is_still_one():
    # "-II", "-IV" is a floor (no postcode has an I); other capitals after a dash stay a postcode
    assert labelled("Het adres is 7941-AB Meppel", "POSTCODE") == ["7941-AB"]
