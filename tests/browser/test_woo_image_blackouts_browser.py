"""A Woo officer blacks out a passage by selecting text in a screenshot's OCR text, draws an area
over a photo attached to a message, makes the release on the worker and downloads it: the
withheld text is not in the PDF and the photo's area is black in its pixels."""

import io

import pytest
from pypdf import PdfReader

from chats.constants import UploadKind
from tests.browser.selection import select_text_in
from tests.conftest import png_bytes
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.models import WooPassage
from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def select_ocr_text(page, element_id: int, text: str) -> None:
    select_text_in(page, f'.woo-text[data-ocr="{element_id}"]', text)


def test_ocr_passage_and_photo_area_through_the_page_into_the_release(
    page,
    live_server,
    login,
    woo_user,
    verzoek,
    make_record,
    make_media,
    zaak,
):
    shots = make_record([], zaak=zaak, index=False)
    shots.upload_kind = UploadKind.SCREENSHOTS
    shots.save(update_fields=["upload_kind"])
    screenshot = make_media(
        shots,
        None,
        original=png_bytes(300, 200),
        derived=png_bytes(300, 200),
        ocr="Het bod is veertigduizend euro, zegt Jan",
        ocr_redacted="Het bod is veertigduizend euro, zegt [NAAM]",
    )
    chat = make_record(["Zie de foto van de gevel."], zaak=zaak)
    photo = make_media(
        chat, chat.messages.get(), original=png_bytes(200, 100), derived=png_bytes(200, 100)
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=shots.pk)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)

    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/beoordelen/{shots.pk}/")
    select_ocr_text(page, screenshot.pk, "veertigduizend euro")
    form = page.locator(f'.woo-ocr-form[data-ocr="{screenshot.pk}"]')
    assert form.locator("input[name=passage]").input_value() == "veertigduizend euro"
    form.locator("select[name=grond]").select_option("5.1.2b")
    form.locator("button:has-text('Weglakken')").click()
    page.wait_for_load_state()
    assert "blijft de afbeelding uit de openbaarmaking" in page.content()
    passage = WooPassage.objects.get(media=screenshot)
    assert (passage.start, passage.end, passage.x) == (11, 30, None)

    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/beoordelen/{chat.pk}/")
    image = page.locator(f'.woo-shot[data-media="{photo.pk}"] img')
    image.scroll_into_view_if_needed()
    box = image.bounding_box()
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    area_form = page.locator(f'.woo-area-form[data-media="{photo.pk}"]')
    assert float(area_form.locator("input[name=hoogte]").input_value()) > 40
    area_form.locator("button:has-text('Gebied weglakken')").click()
    page.wait_for_load_state()
    assert (
        f"Gebied in bijlage {photo.seq + 1}: 5.1.2e" in page.locator(".woo-blackouts").inner_text()
    )

    for record in (shots, chat):
        beoordeling_save_record(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
        )
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/")
    page.click("#export-start")
    page.wait_for_load_state()
    assert "Klaar: gemaakt op" in page.locator("#export-status").inner_text()
    with page.expect_download() as download:
        page.click("#export-pdf")
    with open(download.value.path(), "rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    # The blank screenshot has no words to place the passage on: it is left out.
    assert "veertigduizend" not in text and "Afbeelding niet openbaar (5.1.2b)" in text
    images = [i.image.convert("RGB") for p in reader.pages for i in p.images]
    painted = next(i for i in images if i.size == (200, 100))
    assert painted.getpixel((150, 20)) == (17, 17, 17)
    assert painted.getpixel((150, 90)) != (17, 17, 17)
