"""The detector runs on untrusted chat text: long runs of one character must stay linear.

A regex whose two adjacent quantifiers can split the same run of spaces ("[ ]*:?[ ]+") takes
time quadratic in its length: 16,000 spaces after a known lower-case surname took seconds.
"""

import time

from chats.redaction import detect


def test_a_long_run_of_spaces_after_a_known_lower_case_surname_stays_fast():
    text = ("bos" + " " * 20_000 + "x. ") * 2
    started = time.process_time()
    detect(text, known_names=["Jan Bos"])
    # Linear work is a few hundredths of a second; the quadratic pattern took over 5 s here.
    assert time.process_time() - started < 2.0


def test_a_birth_date_after_a_known_lower_case_surname_is_still_found():
    text = "gegevens: bos 12-03-1980 en verder niks"
    spans = detect(text, known_names=["Jan Bos"])
    assert any(text[s.start : s.end] == "bos" for s in spans)
