"""Issue 17, round 51 (w30): causes found on set 30, fixed at the general level.

- A chat that misspells a long typed word while typing, past its first letter, is found by it
  where the archive also holds the word itself: a letter typed twice ("sluipverkeeer"), and in a word of ten letters or more a
  letter left out ("muurschilering", "burgerbraad", "Betoncentale") or two letters swapped
  (woo.expansion.letter_slips; round 50 only knew the doubled letter written once). No word of
  the dictionary nor an inflection of one is a slip ("lachten" is no "klachten").

Every test but the guards fails on main 34ea3639.
"""

import pytest

from tests.woo.test_search_round19 import filler, ids, run


def test_a_letter_typed_twice_left_out_or_swapped_is_a_slip_of_a_long_word():
    from woo.expansion import letter_slips  # noqa: PLC0415

    assert "grofvuill" in letter_slips("grofvuil")
    assert "sluipverkeeer" in letter_slips("sluipverkeer")
    assert "muurschilering" in letter_slips("muurschildering")
    assert "betoncentale" in letter_slips("betoncentrale")
    assert "burgerbraad" in letter_slips("burgerberaad")
    assert "burgerbearad" in letter_slips("burgerberaad")
    assert "muurschilering" in letter_slips("muurschilderingen")  # of its singular too
    assert "coffeshop" in letter_slips("coffeeshop")  # round 50's slip stays one


def test_no_word_of_the_dictionary_and_no_short_word_is_a_slip():
    from woo.expansion import letter_slips  # noqa: PLC0415

    assert "lachten" not in letter_slips("klachten")  # the first letter is typed
    # Also in a word long enough to lose a letter ("klachten" has eight: it loses none).
    assert not {"choolplein", "sschoolplein", "cshoolplein"} & letter_slips("schoolplein")
    assert "klachte" not in letter_slips("klachten")  # an inflection of "klacht"
    assert "sporthal" not in letter_slips("sporthallen")  # its singular is no slip
    # Nor a plural or infinitive of a dictionary word the plain endings miss (review rev3b):
    # "aanpakken" (aanpak) is no slip of "aanplakken", "terrassen" (terras) none of "terassen".
    assert "aanpakken" not in letter_slips("aanplakken")
    assert "terrassen" not in letter_slips("terassen")
    assert "vleermuizen" not in letter_slips("vleermuizne")
    # Of eight letters none is left out (doubled_letter_slips has none to write once).
    assert not {slip for slip in letter_slips("sporthal") if len(slip) < 8}
    assert not letter_slips("gevel")


def test_a_word_longer_than_any_dutch_compound_gets_no_slips():
    # The slips of a word grow with its length squared and are cached per word: a typed string
    # of hundreds of letters would fill the cache with megabytes (review rev3b).
    from woo.expansion import SLIP_UP_TO, letter_slips  # noqa: PLC0415

    assert letter_slips("arbeidsongeschiktheidsverzekering")  # 33 letters: still a word
    assert not letter_slips("a" + "bcdefghij" * 5)
    assert SLIP_UP_TO >= 35


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("held", "slipped", "typed"),
    [
        # a letter left out
        (
            "De muurschildering op de sporthal is {day} af",
            "Mensen boos over de zwemmer op de muurschilering",
            "muurschildering",
        ),
        # a letter typed twice (held in five chats: not split)
        (
            "Het sluipverkeer door Nijeveen is {day} geteld",
            "Weer bewoners over het sluipverkeeer op de dijk",
            "sluipverkeer",
        ),
        # two letters swapped
        (
            "Het burgerberaad komt {day} bijeen",
            "Het advies van het burgerbearad is binnen",
            "burgerberaad",
        ),
    ],
    ids=["left-out", "typed-twice", "swapped"],
)
def test_a_typed_word_finds_the_chat_that_misspells_it(make_record, held, slipped, typed):
    filler(make_record)
    for day in ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"):
        make_record([held.format(day=day), "Mooi"])
    chat = make_record([slipped, "Ik bel ze"])
    outcome = run(typed)
    assert chat.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_word_that_is_the_typed_word_without_its_first_letter_is_no_slip(make_record):
    # Guard: "ze lachten" is no misspelling of "klachten".
    filler(make_record)
    complaints = [
        make_record([f"Er zijn {day} weer klachten over de stank", "Ik bel ze"])
        for day in ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")
    ]
    laughter = make_record(["Ze lachten om de stank", "Haha"])
    outcome = run("klachten")
    assert {record.pk for record in complaints} <= set(ids(outcome.records))  # the search ran
    assert laughter.pk not in ids(outcome.records)


@pytest.mark.django_db
def test_the_help_says_what_rounds_50_and_51_changed(woo_client):
    html = woo_client.get("/woo/zoeken/").content.decode()
    assert "<code>muurschildering</code> vindt ook <em>muurschilering</em>" in html
