"""Informatiebeheer blacks out an area of a screenshot on the review page in Chromium (walk 46):
"Vergroten" shows it at the page's width, dragging over it fills the area form (the Woo page's
component), and the derivative has the black box; the area is undone again."""

import io
import shutil

import pytest
from django.core.files.storage import default_storage
from PIL import Image
from playwright.sync_api import expect

from chats.constants import UploadKind
from chats.models import MediaItem
from chats.services import IncomingFile, submission_create
from demo.generators.screenshots import render_whatsapp_screenshot
from tests.conftest import SUBMISSION_FIELDS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]


def test_an_area_is_dragged_blacked_out_and_undone(page, live_server, login, make_user, tmp_path):
    employee = make_user("medewerker", "Medewerker")
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    path = tmp_path / "Screenshot_20240312.png"
    render_whatsapp_screenshot(720, 1600).save(path)
    submission = submission_create(
        user=employee,
        files=[IncomingFile(path=path, client_name=path.name)],
        upload_kind=UploadKind.SCREENSHOTS,
        **SUBMISSION_FIELDS,
    )
    shot = MediaItem.objects.get(submission=submission)

    page.set_viewport_size({"width": 1280, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    image = page.locator(f'.woo-shot[data-media="{shot.pk}"] img')
    image.scroll_into_view_if_needed()
    small = image.bounding_box()["width"]
    assert small > 200  # no longer a ~110 px thumbnail
    page.get_by_role("button", name="Vergroten (Schermafbeelding 1)").click()
    enlarge = page.locator(f'.rv-enlarge[aria-controls="rv-shot-{shot.pk}"]')
    expect(enlarge).to_have_attribute("aria-expanded", "true")
    expect(enlarge).to_have_accessible_name("Verkleinen (Schermafbeelding 1)")
    assert image.bounding_box()["width"] > small

    image.scroll_into_view_if_needed()
    box = image.bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.1, box["y"] + box["height"] * 0.5)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.55, steps=5)
    page.mouse.up()
    form = page.locator(f'.woo-area-form[data-media="{shot.pk}"]')
    expect(form).to_be_visible()  # the folded form opened
    assert 45 < float(form.locator("input[name=y]").input_value()) < 55
    form.get_by_role("button", name="Gebied weglakken").click()
    page.wait_for_load_state()
    expect(page.locator("ul.messagelist")).to_contain_text("Gebied weggelakt")

    shot.refresh_from_db()
    shot.derived.refresh_from_db()
    with default_storage.open(shot.derived.file.name, "rb") as fh:
        derived = Image.open(io.BytesIO(fh.read())).convert("L")
    assert derived.getpixel((int(720 * 0.3), int(1600 * 0.52))) == 0
    expect(page.locator(f'.woo-shot[data-media="{shot.pk}"] .woo-area')).to_have_count(1)

    page.get_by_role("button", name="Gebied 1 ongedaan maken (Schermafbeelding 1)").click()
    page.wait_for_load_state()
    expect(page.locator("ul.messagelist")).to_contain_text("Gebied ongedaan gemaakt")
    shot.refresh_from_db()
    assert shot.areas == []
