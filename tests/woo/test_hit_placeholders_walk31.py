"""A hit shows its redaction placeholders as the labelled mark every other message shows (walk
31: in a record opened at a hit, the hit messages read '… herstellen. [NAAM]' in plain text while
the messages around them showed the dark 'NAAM' mark, so a weggelakt persoonsgegeven looked like
text the sender typed)."""

from types import SimpleNamespace

from django.utils.safestring import mark_safe

from woo.search import Snippet
from woo.templatetags.woo_tags import _hit_items, hit_or_text, placeholders

HIT_HTML = "de <mark>aannemer</mark> komt maandag de bestrating herstellen. [NAAM]"
MARK = '<span class="woo-redacted" title="weggelakt persoonsgegeven">NAAM</span>'


def test_a_hit_message_on_the_record_page_marks_its_placeholder():
    message = SimpleNamespace(pk=7, text_redacted="de aannemer komt maandag. [NAAM]")
    html = hit_or_text(message, {7: mark_safe(HIT_HTML)})
    assert "<mark>aannemer</mark>" in html
    assert html.endswith(MARK)
    assert "[NAAM]" not in html


def test_a_message_that_is_no_hit_is_marked_as_before():
    message = SimpleNamespace(pk=8, text_redacted="Bel [TELEFOONNUMMER] <b>")
    assert hit_or_text(message, {7: mark_safe(HIT_HTML)}) == placeholders(message.text_redacted)


def test_a_hit_under_a_search_result_marks_its_placeholder():
    snippet = Snippet(
        entry_id=1,
        message_id=7,
        media_id=None,
        source="message",
        seq=388,
        sent_at=None,
        html=mark_safe(HIT_HTML),
    )
    html = _hit_items(
        [snippet], False, None, "/woo/archiefstukken/3/", "zoek=aannemer", None, None, False, None
    )
    assert MARK in html
    assert "[NAAM]" not in html


def test_a_placeholder_cut_off_by_the_snippet_stays_text():
    # A snippet cut at its width can end in '[NAAM' without the bracket: no mark, no lost text.
    message = SimpleNamespace(pk=7, text_redacted="")
    html = hit_or_text(message, {7: mark_safe("herstellen. [NAAM")})
    assert html == "herstellen. [NAAM"
