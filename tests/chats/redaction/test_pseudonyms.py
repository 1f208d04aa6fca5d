"""Consistent pseudonyms per conversation."""

from chats.redaction import Pseudonymizer


def test_a_role_held_once_is_bare_and_a_shared_role_is_numbered():
    p = Pseudonymizer(
        {"Jan de Vries": "Inwoner", "Kees Bakker": "Medewerker", "Ali Kaya": "Inwoner"}
    )
    assert p.pseudonym_for("Jan de Vries") == "Inwoner 1"
    assert p.pseudonym_for("Ali Kaya") == "Inwoner 2"
    assert p.pseudonym_for("Kees Bakker") == "Medewerker"


def test_lookups_ignore_case_spacing_and_accept_a_first_name_alone():
    p = Pseudonymizer({"Jan de Vries": "Inwoner"})
    assert p.pseudonym_for("JAN  de vries") == "Inwoner"
    assert p.pseudonym_for("jan") == "Inwoner"
    assert p.pseudonym_for("Piet") is None


def test_a_first_name_shared_by_two_participants_is_not_guessed():
    p = Pseudonymizer({"Jan de Vries": "Inwoner", "Jan Smit": "Medewerker"})
    assert p.pseudonym_for("jan") is None
    assert p.pseudonym_for("Jan Smit") == "Medewerker"


def test_names_without_roles_become_numbered_participants():
    p = Pseudonymizer(["Anna", "+31 6 12345678"])
    assert p.participants == {"Anna": "Deelnemer 1", "+31 6 12345678": "Deelnemer 2"}


def test_adding_a_participant_later_keeps_earlier_pseudonyms():
    p = Pseudonymizer({"Jan de Vries": "Inwoner"})
    assert p.add("Ali Kaya", "Inwoner") == "Inwoner 2"
    assert p.add("jan de vries", "Inwoner") == "Inwoner"
    assert p.pseudonym_for("Jan de Vries") == "Inwoner"


def test_replacements_cover_full_names_and_unambiguous_first_names():
    p = Pseudonymizer({"Jan de Vries": "Inwoner", "Kees Bakker": "Medewerker"})
    assert p.replacements() == {
        "jan de vries": "Inwoner",
        "kees bakker": "Medewerker",
        "jan": "Inwoner",
        "kees": "Medewerker",
    }
