"""Review 49: a PDF passage must be painted wholly or its pages left out."""

from chats.redaction.documents import PDF_WORDS
from woo.pdf_boxes import pdf_boxes_by_reading, pdf_passage_boxes


def test_passage_into_a_page_without_word_places_is_not_half_painted():
    # Page 0 has a text layer with word places; page 1 is rotated: its text is in the text,
    # its words have no places (documents._page: layer_words = [] when rotated).
    original = "Zie verder\n\nJan Jansen Hoofdstraat 12"
    words = [[0, 3, 0, 10, 10, 40, 30, 0], [4, 10, 0, 50, 10, 120, 30, 0]]
    layout = {PDF_WORDS: words}
    start = original.index("verder")
    end = len(original)  # over the page break into the rotated page
    boxes = pdf_passage_boxes(layout, original, original, [(start, end, "5.1.2e")])
    # Only "verder" on page 0 is boxed; the name and address on page 1 would stay readable.
    assert boxes is None or 1 in boxes, boxes


def test_reading_places_a_stretch_on_its_own_page_not_an_earlier_one():
    # Page 0 shows the same words in a picture (a letterhead): not in its text layer, so not in
    # the text the officer selects from, but read again from the drawn page.
    redacted = "Kop A\n\nDossier Jansen"
    page0 = "Kop A Dossier Jansen"
    page1 = "Dossier Jansen"

    def words(text, top):
        rows, at = [], 0
        for index, word in enumerate(text.split()):
            at = text.index(word, at)
            rows.append([at, at + len(word), 10 * index, top, 8, 8, 0])
            at += len(word)
        return rows

    start = redacted.rindex("Jansen")
    placed = pdf_boxes_by_reading(
        [(page0, words(page0, 0)), (page1, words(page1, 0))],
        redacted,
        [(start, start + len("Jansen"), "5.1.2e")],
    )
    assert placed is None or 1 in placed, placed
