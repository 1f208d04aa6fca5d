"""Everyday chat lines for the search tests: an archive needs enough of them to tell which words
are common (fewer than 200 messages cannot tell, and then shows no exchange)."""

SMALL_TALK = [
    "Goedemorgen!",
    "Koffie?",
    "Prima",
    "Ik zit tot 11 uur in overleg",
    "Ben je morgen op kantoor?",
    "Top, dank je",
    "Ik werk morgen thuis",
]


def archive_with_small_talk(make_record, n: int = 15):
    """Other conversations of small talk, so that the archive knows which words are common."""
    for _ in range(n):
        make_record(SMALL_TALK * 2)
