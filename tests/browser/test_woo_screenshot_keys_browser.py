"""Keys n and p on the Woo page of a screenshot record. After 'Volgende →' the focus sat on
the image (#afbeelding-<pk>) and n/p did nothing, since the screenshots stand outside the
message list the keys listened to; README promises them whenever the focus is in the
conversation, as on a text record."""

import pytest

from chats.constants import UploadKind
from tests.conftest import png_bytes
from woo.indexing import index_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_n_and_p_step_through_the_hits_of_a_screenshot_record(
    page, live_server, login, woo_user, make_record, make_media
):
    shots = make_record([], index=False)
    shots.upload_kind = UploadKind.SCREENSHOTS
    shots.save(update_fields=["upload_kind"])
    media = [
        make_media(
            shots,
            None,
            original=png_bytes(60 + n, 40),
            derived=png_bytes(60 + n, 30),
            ocr=text,
            ocr_redacted=text,
        )
        for n, text in enumerate(
            ["De kastanje is ziek.", "Planning van de week.", "De kastanje gaat eruit."]
        )
    ]
    index_submission(submission_id=shots.pk)
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{shots.pk}/?zoek=kastanje")
    page.click("#treffer-volgende")
    assert page.inner_text("#treffer-positie") == "treffer 1 van 2"
    assert page.evaluate("document.activeElement.id") == f"afbeelding-{media[0].pk}"
    page.keyboard.press("n")
    assert page.inner_text("#treffer-positie") == "treffer 2 van 2"
    assert page.evaluate("document.activeElement.id") == f"afbeelding-{media[2].pk}"
    page.keyboard.press("p")
    assert page.inner_text("#treffer-positie") == "treffer 1 van 2"
    # Focus on a link inside a screenshot (the image opens in a new tab) counts too.
    page.focus(f"#afbeelding-{media[0].pk} a")
    page.keyboard.press("n")
    assert page.inner_text("#treffer-positie") == "treffer 2 van 2"
    # Outside the conversation the letters still do nothing (WCAG 2.1.4).
    page.focus(".breadcrumb a")
    page.keyboard.press("p")
    assert page.inner_text("#treffer-positie") == "treffer 2 van 2"
