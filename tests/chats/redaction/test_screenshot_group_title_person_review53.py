"""Review 53: round 48 drops every person in a group's title over its members' line ("Koningsdag
Blankenstein\n..., jij"), also a person the group is named after: "Afscheid Henk Bakker" went to
Woo readable. A given name with a surname in the title is a person still."""

from tests.chats.redaction.test_screenshot_round48 import KEEP, STRIP, rows
from tests.chats.redaction.test_screenshot_text import words_covered as covered


def test_a_person_a_group_is_named_after_stays_redacted():
    text = "Afscheid Henk Bakker\nWim £, Ria Smit *, Kees #, jij\nGISTEREN"
    assert {"Henk", "Bakker"} <= covered(text, rows(text, keep_values=KEEP), strip=STRIP)


def test_a_groups_title_of_a_place_stays_readable():
    text = "Snoeiafval Blankenstein\nWim £, Jildou trommel *, Buren Smit #, jij\nGISTEREN"
    assert not {"Snoeiafval", "Blankenstein"} & covered(
        text, rows(text, keep_values=KEEP), strip=STRIP
    )
