"""BSN (11-proef) and IBAN (check digits) detection."""

import pytest

from chats.redaction.identifiers import find_bsns, find_ibans


def bsns(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_bsns(text)]


def ibans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_ibans(text)]


@pytest.mark.parametrize(
    "written", ["111222333", "1112.22.333", "1112 22 333", "111 222 333", "111.222.333"]
)
def test_it_finds_a_valid_bsn_in_each_written_form(written):
    assert bsns(f"het nummer {written} klopt") == [written]


def test_it_ignores_nine_digits_that_fail_the_11_proef():
    assert bsns("ordernummer onbekend, ik heb 123456789 genoteerd") == []


def test_it_takes_a_mistyped_bsn_when_it_is_called_a_bsn():
    assert bsns("BSN: 123456789") == ["123456789"]


def test_it_leaves_a_valid_nine_digit_reference_after_a_reference_word():
    assert bsns("factuur 111222333 is betaald") == []


def test_it_ignores_longer_numbers_that_contain_nine_digits():
    assert bsns("inkooporder 4111222333 en 11122233399") == []


@pytest.mark.parametrize(
    "written",
    [
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "nl91abna0417164300",
        "nl91 abna 0417 1643 00",
        "DE89370400440532013000",
    ],
)
def test_it_finds_a_valid_iban_in_any_case_and_grouping(written):
    assert ibans(f"rekening {written} t.n.v. klant") == [written]


def test_a_dutch_account_with_a_wrong_check_digit_is_still_an_account():
    # Mistyped by a resident, still their account (walkthrough: generated accounts with random
    # check digits were all left readable); the shape of a Dutch IBAN at a Dutch bank is enough.
    assert ibans("rekening NL92ABNA0417164300") == ["NL92ABNA0417164300"]
    assert ibans("graag op NL53 RABO 0756 3743 99 overmaken") == ["NL53 RABO 0756 3743 99"]


def test_other_iban_shapes_with_wrong_check_digits_are_left_alone():
    # Without a checksum only the Dutch shape counts: a foreign or unknown code may be anything.
    assert ibans("kenmerk DE89370400440532013001") == []
    assert ibans("code NL92ABCD0417164300") == []
    assert ibans("betalen op NL58 BNGH 0285 1234 56") == []


def test_it_leaves_the_municipal_bng_account_alone():
    assert ibans("betalen op NL57 BNGH 0285 1234 56 o.v.v. zaak") == []


def test_it_does_not_take_the_next_word_into_the_iban():
    assert ibans("NL58 RBRB 0662 3501 03 zaak") == ["NL58 RBRB 0662 3501 03"]


def test_a_number_right_after_bsn_with_a_digit_too_many_or_too_few_is_still_a_bsn():
    # OCR reading a digit twice, or a typo: the word says whose number it is.
    for text, value in (
        ("Burgerservicenummer: 3060964119", "3060964119"),
        ("bsn 30609641", "30609641"),
    ):
        assert [(text[s.start : s.end], s.label) for s in find_bsns(text)] == [(value, "BSN")]
    assert find_bsns("factuur 3060964119") == []


def test_an_iban_with_a_space_after_the_country_code():
    text = "Rekening NL 02 ABNA 0123 4567 89 graag"
    assert [(text[s.start : s.end], s.label) for s in find_ibans(text)] == [
        ("NL 02 ABNA 0123 4567 89", "IBAN")
    ]


def test_a_number_after_bsn_is_with_a_digit_too_many_is_still_a_bsn():
    # "Mijn BSN is ...": OCR read one digit twice; the sentence says whose number it is.
    for text, value in (
        ("Mijn BSN is 3060964119 als u dat nodig heeft.", "3060964119"),
        ("Mijn burgerservicenummer is: 30609641", "30609641"),
        ("Het BSN-nummer was 3060964119", "3060964119"),
    ):
        assert [(text[s.start : s.end], s.label) for s in find_bsns(text)] == [(value, "BSN")]
    assert find_bsns("Mijn BSN is bekend, bel 3060964119") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De rekening van de buurtvereniging is NL20INGB0001234567", []),
        ("Het IBAN van onze stichting: nl20ingb0001234567, graag voor vrijdag", []),
        ("Rekening van haar is NL20INGB0001234567", ["NL20INGB0001234567"]),
    ],
)
def test_the_account_of_a_club_or_foundation_named_before_it_is_kept(text, expected):
    from chats.redaction import detect

    assert [text[s.start : s.end] for s in detect(text) if s.label == "IBAN"] == expected


@pytest.mark.parametrize(
    "written",
    [
        "BE53 1234 5678 9012",
        "be70310180012345",
        "ES93 2100 0418 4012 3456 7890",
        "NO28 1234 5678 901",
    ],
)
def test_a_foreign_iban_is_found_by_its_mod_97_check_alone(written):
    # A Belgian, Spanish or Norwegian account's own national check digit may be mistyped (or
    # be a test value): mod-97 over the IBAN in its country's length and format confirms it.
    assert ibans(f"graag op {written} overmaken") == [written]


def test_a_foreign_iban_failing_mod_97_is_left_alone():
    assert ibans("kenmerk BE53 1234 5678 9013 graag") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Het BSN van mijn moeder is 111 222 334 en ze woont hier.", "111 222 334"),
        ("het bsn van meneer: 123.456.781", "123.456.781"),
        ("Het burgerservicenummer van haar zoon is 123456781.", "123456781"),
    ],
)
def test_a_number_after_the_bsn_of_someone_is_a_bsn_without_the_11_proef(text, value):
    # "Het BSN van mijn moeder is ...": OCR read one digit as another (7 as 1), so the 11-proef
    # fails; the sentence still says whose number it is.
    assert [(text[s.start : s.end], s.label) for s in find_bsns(text)] == [(value, "BSN")]


def test_a_number_later_in_a_sentence_about_someones_bsn_needs_the_11_proef():
    assert find_bsns("Het BSN van mijn moeder weet ik niet, zaak 123 456 781 loopt") == []


@pytest.mark.parametrize(
    ("text", "bsn"),
    [
        ("Mijn BSN is 1234 56782 en ik woon hier", "1234 56782"),
        ("bsn: 12 34 56 782", "12 34 56 782"),
        ("Het burgerservicenummer van mijn vader is 12 345 6782.", "12 345 6782"),
    ],
)
def test_a_bsn_in_an_unusual_grouping_is_found_after_the_word_bsn(text, bsn):
    assert bsns(text) == [bsn]


def test_nine_digits_in_an_unusual_grouping_without_the_word_bsn_are_no_bsn():
    assert bsns("bestelling 12 34 56 782 is onderweg") == []


@pytest.mark.parametrize(
    "written",
    ["NL91-ABNA-0417-1643-00", "DE89-3704-0044-0532-0130-00", "nl91-abna-0417-1643-00"],
)
def test_it_finds_an_iban_grouped_with_dashes(written):
    # Residents copy an account from a banking app that groups it with dashes.
    assert ibans(f"overmaken naar {written} graag") == [written]


def test_a_dashed_iban_does_not_take_the_next_dashed_word():
    assert ibans("NL91-ABNA-0417-1643-00-zaak") == ["NL91-ABNA-0417-1643-00"]


@pytest.mark.parametrize(
    "written",
    [
        "NL68 RABO 031 284 6529",
        "NL 68 RABO 031 284 652 9",
        "nl68rabo 031 284 6529",
        "DE89 3704 0044 053 201 300 0",
    ],
)
def test_it_finds_an_iban_grouped_in_threes_or_any_other_way(written):
    assert ibans(f"Mijn rekening is {written} graag.") == [written]


def test_a_loosely_grouped_number_that_fails_the_check_is_no_iban():
    assert ibans("Kenmerk DE88 3704 0044 053 201 300 0 staat erop.") == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("Scan_paspoort_BSN204568112.pdf staat in de map", "204568112"),
        ("bsnnr.204568112 van de aanvrager", "204568112"),
        ("zijn Burgerservicenummer204568112 klopt", "204568112"),
        ("sofi_nr_20456811 (een cijfer kwijt)", "20456811"),
        ("foto-bsn-204568112.jpg", "204568112"),
    ],
)
def test_a_number_glued_to_the_word_bsn_is_a_bsn(text, number):
    assert number in bsns(text)


@pytest.mark.parametrize(
    "text", ["de bsn-check is 2 keer gedaan", "jobsnummer 204568112", "absnr204568112"]
)
def test_the_letters_bsn_inside_another_word_cue_nothing(text):
    assert bsns(text) == []
