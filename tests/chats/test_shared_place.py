"""Where a stretch of the screenshot that kept two screenshots' shared messages stands in the next
screenshot's cut text (chats.pipeline.screenshot_overlap.shared_place)."""

from chats.pipeline.screenshot_overlap import shared_place

KEPT = "Goedemorgen, de paal is kapot\n09:12\nIk ben Henk, bel me gerust\n09:17"
CUT = "Ik ben Henk, bel me gerust\n09:17"


def _at(word: str, text: str = KEPT) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_a_word_of_a_shared_message_is_placed_in_the_cut_text():
    shared, place = shared_place(KEPT, CUT, *_at("gerust"))
    assert shared and CUT[place[0] : place[1]] == "gerust"


def test_a_word_of_the_kept_copys_own_lines_is_not_shared():
    assert shared_place(KEPT, CUT, *_at("kapot")) == (False, None)


def test_a_word_read_differently_by_ocr_is_placed_on_the_whole_word():
    cut = "Ik ben Henk, bel me gervst\n09:17"
    shared, place = shared_place(KEPT, cut, *_at("gerust"))
    assert shared and cut[place[0] : place[1]] == "gervst"


def test_without_a_tail_that_reads_as_the_cut_text_the_same_text_counts():
    cut = "Heel iets anders, gerust"
    shared, place = shared_place(KEPT, cut, *_at("gerust"))
    assert shared and cut[place[0] : place[1]] == "gerust"
    assert shared_place(KEPT, cut, *_at("kapot")) == (False, None)


# --- shared_marks: the one way a mark by hand follows into the next screenshot (stop 48) -------


def test_marks_of_the_shared_messages_are_placed_in_the_cut_text_once():
    from chats.pipeline.screenshot_overlap import shared_marks

    marks = [(*_at("Henk"), "PERSON"), (*_at("gerust"), "PERSON"), (*_at("kapot"), "PERSON")]
    placed, unplaced = shared_marks(KEPT, marks, CUT)
    assert [CUT[s:e] for s, e, _label in placed] == ["Henk", "gerust"]
    assert not unplaced
    # What is there already (a mark kept with the cut messages) is not placed again.
    again, _ = shared_marks(KEPT, marks, CUT, taken=[tuple(placed[0][:2])])
    assert [CUT[s:e] for s, e, _label in again] == ["gerust"]
