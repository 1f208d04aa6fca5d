"""A Woo officer assesses a mixed selection (a chat and a screenshot record), blacks out a
passage with a ground, is refused the export while one screenshot is unassessed, completes it
and exports: the PDF's text holds no withheld text and does hold the ground codes."""

import io

import pytest
from pypdf import PdfReader

from chats.constants import UploadKind
from tests.browser.selection import select_text_in
from tests.conftest import png_bytes
from woo.models import WooBeoordeling, WooPassage
from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSAGE = "veertigduizend euro"


def select_text(page, element_id: int, text: str) -> None:
    select_text_in(page, f'.woo-text[data-message="{element_id}"]', text)


def test_woo_officer_assesses_blacks_out_is_refused_then_exports(
    page,
    live_server,
    login,
    woo_user,
    verzoek,
    make_record,
    make_media,
    zaak,
):
    chat = make_record(
        [
            "De kap van de kastanje begint maandag.",
            f"Het bod van de aannemer is {PASSAGE}, zegt de wethouder.",
            ("Bel [TELEFOONNUMMER] als het misgaat.", "Bel 06-48213377 als het misgaat."),
            "Persoonlijk vind ik dit een slecht plan.",
        ],
        zaak=zaak,
    )
    shots = make_record([], zaak=zaak, index=False)
    shots.upload_kind = UploadKind.SCREENSHOTS
    shots.save(update_fields=["upload_kind"])
    screenshot = make_media(
        shots, None, original=png_bytes(1080, 720), derived=png_bytes(1080, 720)
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=shots.pk)
    messages = {m.seq: m.pk for m in chat.messages.all()}

    page.set_viewport_size({"width": 1280, "height": 900})  # a Woo officer's desktop
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/")
    assert "Nog 5 documenten niet beoordeeld" in page.content()
    page.click(f"a:has-text('Beoordelen WA-{chat.pk:06d}')")
    page.wait_for_url(f"**/beoordelen/{chat.pk}/")

    # Black out a passage of message 2 by selecting it, on ground 5.1.2b.
    select_text(page, messages[2], PASSAGE)
    form = page.locator(f'.woo-passage-form[data-message="{messages[2]}"]')
    assert form.locator("input[name=passage]").input_value() == PASSAGE
    form.locator("select[name=grond]").select_option("5.1.2b")
    form.locator("button:has-text('Weglakken')").click()
    page.wait_for_load_state()
    assert "Passage weggelakt op grond van 5.1.2b." in page.content()
    passage = WooPassage.objects.get()
    assert (passage.start, passage.end, passage.grond) == (27, 27 + len(PASSAGE), "5.1.2b")

    def judge(seq, label, *grounds):
        article = page.locator(f"#bericht-nr-{seq + 1}")
        article.get_by_label(label, exact=True).check()
        if grounds:
            # Choosing a refusal opened the grounds (walk 53).
            assert article.locator("details.woo-gronden").get_attribute("open") is not None
            for code in grounds:
                article.locator(f'input[name=gronden][value="{code}"]').check()
        article.locator("button:has-text('Beoordeling opslaan')").click()
        page.wait_for_load_state()

    judge(1, "Openbaar")
    judge(2, "Deels openbaar")
    judge(3, "Openbaar")
    judge(4, "Niet openbaar", "5.2")
    assert page.locator("#record-oordeel").inner_text() == "Deels openbaar"

    # The screenshot is still unassessed: the export is refused, and says which one.
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/")
    page.click("#export-start")
    page.wait_for_load_state()
    refusal = page.locator(".alert-danger, .alert-error").first.inner_text()
    assert "Exporteren kan niet: 1 document is nog niet beoordeeld" in refusal
    assert f"WA-{shots.pk:06d} schermafbeelding 1 van 1" in refusal
    page.click(f"#nog-te-beoordelen a:has-text('WA-{shots.pk:06d} schermafbeelding 1 van 1')")
    page.wait_for_url(f"**/beoordelen/{shots.pk}/#schermafbeelding-{screenshot.pk}")

    # Drag over the top half of the screenshot to black out an area on 5.1.2e.
    image = page.locator(f'.woo-shot[data-media="{screenshot.pk}"] img')
    image.scroll_into_view_if_needed()
    box = image.bounding_box()
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    area_form = page.locator(f'.woo-area-form[data-media="{screenshot.pk}"]')
    # A phone-sized screenshot is shown scaled down: the area is what was dragged over the image.
    assert float(area_form.locator("input[name=hoogte]").input_value()) > 40
    assert float(area_form.locator("input[name=breedte]").input_value()) > 95
    area_form.locator("button:has-text('Gebied weglakken')").click()
    page.wait_for_load_state()
    # The saved area is drawn over the image where it was dragged.
    shown = page.locator(f'.woo-shot[data-media="{screenshot.pk}"] .woo-area').first.bounding_box()
    image_box = image.bounding_box()
    assert shown["width"] > 0.95 * image_box["width"]
    assert abs(shown["x"] - image_box["x"]) < 0.03 * image_box["width"]
    assert 0.4 * image_box["height"] < shown["height"] < 0.6 * image_box["height"]
    article = page.locator(f"#schermafbeelding-{screenshot.pk}")
    article.get_by_label("Openbaar", exact=True).check()
    article.locator("button:has-text('Beoordeling opslaan')").click()
    page.wait_for_load_state()
    assert WooBeoordeling.objects.count() == 5

    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/")
    assert page.locator("#nog-te-beoordelen").count() == 0
    page.click("button:has-text('Besluit exporteren')")
    page.wait_for_load_state()
    with page.expect_download() as download:
        page.click("#export-pdf")
    with open(download.value.path(), "rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for withheld in (PASSAGE, "veertigduizend", "06-48213377", "TELEFOONNUMMER", "slecht plan"):
        assert withheld not in text
    for shown in ("De kap van de kastanje begint maandag.", "Het bod van de aannemer is 5.1.2b"):
        assert shown in text
    assert "Bel 5.1.2e" in text and "Bericht niet openbaar (5.2)" in text
    images = [i.image for p in reader.pages for i in p.images]
    assert len(images) == 1 and images[0].convert("RGB").getpixel((150, 20)) == (17, 17, 17)
