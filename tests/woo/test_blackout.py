"""Which stretches are withheld and on which ground: pure functions, no database."""

from woo import grounds
from woo.blackout import Blackout, Piece, all_blackouts, find_passage, pieces, placeholder_blackouts
from woo.documents import record_judgement

TEXT = "Bel [TELEFOONNUMMER] of mail [E-MAILADRES] over het bod van 40.000 euro."


def test_placeholders_are_withheld_on_5_1_2e_unless_overridden():
    found = placeholder_blackouts(TEXT, {29: "5.1.1d"})
    assert [(b.start, b.end, b.grond, b.auto) for b in found] == [
        (4, 20, "5.1.2e", True),
        (29, 42, "5.1.1d", True),
    ]


def test_a_bsn_is_withheld_on_the_absolute_ground_for_identification_numbers():
    # Woo art. 5.1 lid 1 sub e: the BSN is a national identification number (AVG art. 87), an
    # absolute ground; the walk of stop 48 found it on 5.1.2e like any other personal data.
    text = "BSN [BSN], bel [TELEFOONNUMMER]"
    found = placeholder_blackouts(text)
    assert [b.grond for b in found] == ["5.1.1e", "5.1.2e"]
    assert [b.grond for b in placeholder_blackouts(text, {4: "5.1.2e"})] == ["5.1.2e", "5.1.2e"]
    assert grounds.personal_data_ground("[BSN]") == grounds.IDENTIFICATION_NUMBER == "5.1.1e"
    assert grounds.BY_CODE[grounds.IDENTIFICATION_NUMBER].absoluut


def test_pieces_never_hold_the_withheld_text():
    start = TEXT.index("40.000")
    blackouts = all_blackouts(TEXT, [(start, start + len("40.000 euro"), "5.1.2b")])
    cut = pieces(TEXT, blackouts)
    released = "".join(p.text for p in cut)
    assert "40.000" not in released and "TELEFOON" not in released and "E-MAIL" not in released
    assert [p.grond for p in cut if p.grond] == ["5.1.2e", "5.1.2e", "5.1.2b"]
    assert cut[0] == Piece("Bel ")


def test_overlapping_stretches_are_joined_so_nothing_leaks():
    joined = all_blackouts("abcdefghij", [(1, 5, "5.2"), (3, 8, "5.1.2e")])
    assert joined == [Blackout(1, 8, "5.2")]


def test_a_passage_is_found_where_it_was_selected_or_else_its_first_occurrence():
    text = "ja en ja"
    assert find_passage(text, "ja", start=6) == (6, 8)
    assert find_passage(text, "ja", start=3) == (0, 2)
    assert find_passage(text, "nee") is None


def test_the_record_judgement_follows_from_its_documents():
    assert record_judgement(["openbaar", "openbaar"]) == "openbaar"
    assert record_judgement(["openbaar", "niet_openbaar"]) == "deels_openbaar"
    assert record_judgement(["openbaar", "reeds_openbaar"]) == "openbaar"
    assert record_judgement(["niet_openbaar", "buiten_verzoek"]) == "niet_openbaar"
    assert record_judgement(["buiten_verzoek"]) == "buiten_verzoek"
    assert record_judgement(["openbaar", ""]) == ""


def test_every_ground_has_a_dutch_label_and_unique_code():
    codes = [g.code for g in grounds.GRONDEN]
    assert len(codes) == len(set(codes))
    assert all(g.omschrijving and g.artikel for g in grounds.GRONDEN)
    assert grounds.ordered(["5.2", "5.1.2e", "5.1.1a"]) == ["5.1.1a", "5.1.2e", "5.2"]
    assert {"BR", "8.8"} <= set(grounds.BY_CODE)  # out of scope, special laws
