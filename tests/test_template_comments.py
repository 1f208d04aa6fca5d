"""Django's {# ... #} comment ends at the line's end: one spread over lines is shown to users.

The walk of stop 49 found an English developer note on every Woo record page opened from the
search: a {# #} comment over three lines in templates/woo/_record_hits.html. Notes over several
lines belong in {% comment %} ... {% endcomment %}.
"""

from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _unclosed_comment_lines(text: str) -> list[int]:
    """Numbers of the lines where a {# opens without its #} on the same line."""
    unclosed = []
    for number, line in enumerate(text.splitlines(), start=1):
        rest = line
        while "{#" in rest:
            rest = rest[rest.index("{#") + 2 :]
            if "#}" not in rest:
                unclosed.append(number)
                break
            rest = rest[rest.index("#}") + 2 :]
    return unclosed


def test_an_unclosed_comment_is_found():
    assert _unclosed_comment_lines("a {# note #} b\n{# spread\n over #}\n") == [2]


@pytest.mark.parametrize(
    "path",
    sorted(TEMPLATES.rglob("*.html")) + sorted(TEMPLATES.rglob("*.txt")),
    ids=lambda path: str(path.relative_to(TEMPLATES)),
)
def test_no_template_spreads_a_short_comment_over_lines(path):
    assert _unclosed_comment_lines(path.read_text(encoding="utf-8")) == []
