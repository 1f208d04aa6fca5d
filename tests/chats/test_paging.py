"""The page number in an address (?pagina=N): pure code, no database."""

from chats.paging import MAX_PAGE, asked_page


def test_a_page_number_with_leading_zeros_is_that_page():
    # "?pagina=00000000000002" is page 2 (int() reads it so), not a number past every page.
    asked = asked_page("00000000000002")
    assert (asked.value, asked.number) == (2, 2)
    assert asked.notice(shown=2, last=3) == ""
    assert asked_page("-00000000000003").value == -3


def test_a_number_longer_than_any_page_is_past_the_end_or_before_the_start():
    assert asked_page("9" * 40).number == MAX_PAGE
    assert asked_page("9" * 40).notice(shown=3, last=3).endswith("u ziet de laatste pagina (3).")
    assert asked_page("-" + "9" * 40).number == 1
