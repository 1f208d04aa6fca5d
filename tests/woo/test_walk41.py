"""Found walking the Woo search into a screenshot record (walk 41)."""

from django.urls import reverse

from tests.factories import MediaItemFactory
from tests.woo.conftest import make_record, woo_client, woo_user  # noqa: F401
from woo.indexing import index_submission


def test_a_hit_in_a_screenshots_text_is_marked_on_the_record_page(
    woo_client,  # noqa: F811 - fixtures imported above
    make_record,  # noqa: F811
):
    """Opened from the search, a record of screenshots said '2 treffers' and '0 van 2
    gemarkeerd op deze pagina': the words were nowhere marked, the text read from the
    screenshots stayed folded away and 'Volgende' went nowhere."""
    shots = make_record([], onderwerp="Melding", index=False)
    shots.upload_kind = "screenshots"
    shots.save(update_fields=["upload_kind"])
    hit = MediaItemFactory(
        submission=shots,
        message=None,
        seq=0,
        mime_type="image/png",
        ocr_text_redacted="Goedemorgen, de lantaarnpaal bij de speeltuin is kapot.",
    )
    other = MediaItemFactory(
        submission=shots,
        message=None,
        seq=1,
        mime_type="image/png",
        ocr_text_redacted="We sturen donderdag een monteur.",
    )
    index_submission(submission_id=shots.pk)

    html = woo_client.get(reverse("woo:record", args=[shots.pk]), {"zoek": "lantaarnpaal"})
    html = html.content.decode()
    start = html.index(f'id="afbeelding-{hit.pk}"')
    figure = html[html.rindex("<figure", 0, start) : html.index("</figure>", start)]
    assert "woo-hit" in figure
    assert "<details open" in figure
    assert "<mark" in figure and "lantaarnpaal</mark>" in figure
    start = html.index(f'id="afbeelding-{other.pk}"')
    figure = html[html.rindex("<figure", 0, start) : html.index("</figure>", start)]
    assert "woo-hit" not in figure
    assert "<details open" not in figure


def test_a_hit_in_a_screenshots_text_links_to_that_screenshot(
    woo_client,  # noqa: F811 - fixtures imported above
    make_record,  # noqa: F811
):
    """In the results the hit '#1 · afbeelding' was plain text: no way to the screenshot."""
    shots = make_record([], onderwerp="Melding", index=False)
    shots.upload_kind = "screenshots"
    shots.save(update_fields=["upload_kind"])
    hit = MediaItemFactory(
        submission=shots,
        message=None,
        seq=0,
        mime_type="image/png",
        ocr_text_redacted="Goedemorgen, de lantaarnpaal bij de speeltuin is kapot.",
    )
    index_submission(submission_id=shots.pk)
    html = woo_client.get(reverse("woo:search"), {"q": "lantaarnpaal"}).content.decode()
    assert f'#afbeelding-{hit.pk}">' in html
