"""Walk 42 in a real browser: a screenshot withheld after it was judged openbaar is not
counted as openbaar on the request page and the export is refused; the return form's refusal
stands at its field."""

import pytest
from playwright.sync_api import expect

from chats.constants import MediaRelease, UploadKind
from tests.conftest import png_bytes
from tests.factories import processed_submission
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_screenshot_withheld_after_judging_is_not_counted_openbaar(
    page,
    live_server,
    login,
    woo_user,
    verzoek,
    make_record,
    make_media,
):
    shots = make_record([], index=False)
    shots.upload_kind = UploadKind.SCREENSHOTS
    shots.save(update_fields=["upload_kind"])
    make_media(shots, None, original=png_bytes(61, 40), derived=png_bytes(61, 30))
    withheld = make_media(shots, None, original=png_bytes(62, 40), derived=png_bytes(62, 30))
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=shots.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=shots.pk, oordeel=Oordeel.OPENBAAR
    )
    withheld.release = MediaRelease.ACHTERGEHOUDEN  # Informatiebeheer, afterwards
    withheld.save(update_fields=["release"])

    page.set_viewport_size({"width": 1280, "height": 900})
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/")
    line = page.locator("tr", has_text=f"WA-{shots.pk:06d}")
    expect(line.locator("td[data-label=Beoordeeld]")).to_have_text("1 van 2")
    expect(line.locator("td.woo-oordeel")).not_to_contain_text("Openbaar")
    page.click("#export-start")
    page.wait_for_load_state()
    refusal = page.locator(".alert-danger, .alert-error").first.inner_text()
    assert "Exporteren kan niet: 1 document is nog niet beoordeeld" in refusal
    assert f"WA-{shots.pk:06d} schermafbeelding 2 van 2" in refusal
    page.click(f"#nog-te-beoordelen a:has-text('WA-{shots.pk:06d} schermafbeelding 2 van 2')")
    # The address is enough ("commit"); the check below waits for the screenshot itself.
    page.wait_for_url(
        f"**/beoordelen/{shots.pk}/#schermafbeelding-{withheld.pk}", wait_until="commit"
    )
    expect(page.locator(f"#schermafbeelding-{withheld.pk} .woo-withheld-released")).to_be_visible()


def test_the_return_forms_refusal_stands_at_its_field(page, live_server, login, make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(messages=3)
    page.set_viewport_size({"width": 1280, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    page.locator("#rv-return button[type=submit]").click()
    page.wait_for_load_state()
    question = page.locator("#id_question")
    expect(question).to_have_attribute("aria-invalid", "true")
    expect(question).to_have_attribute("aria-describedby", "id_question_fout")
    expect(page.locator("#id_question_fout")).to_have_text("Schrijf de vraag aan de indiener.")
    expect(page.locator("#id_question_fout")).to_be_visible()
    # The browser's accessibility tree names the error as the field's description.
    description = page.evaluate(
        "() => document.getElementById(document.getElementById('id_question')"
        ".getAttribute('aria-describedby')).textContent"
    )
    assert description == "Schrijf de vraag aan de indiener."
