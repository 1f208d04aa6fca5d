"""Walk 45: an employee scrolls and takes several screenshots, so the last messages of one are
the first of the next. They go into the record once, the review page says so, and
Informatiebeheer can put them back when they were different messages after all."""

from pathlib import Path

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import UploadKind
from chats.pipeline.screenshot_overlap import Bubble, fold, overlap
from chats.processing import submission_process
from chats.services import IncomingFile, submission_create
from demo.generators.screenshots import MESSAGES, RESIDENT_EMAIL, render_whatsapp_screenshot
from tests.conftest import SUBMISSION_FIELDS as FIELDS

pytestmark = pytest.mark.django_db

NOTICE = "2 berichten dubbel in schermafbeelding 1 en 2 — één keer opgenomen"


@pytest.fixture(autouse=True)
def private_temp_root(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


def screenshots(tmp_path: Path, *windows: tuple[int, int]) -> list[Path]:
    """One Android screenshot per window of the demo chat's messages (scrolled on)."""
    paths = []
    for number, (start, end) in enumerate(windows, start=1):
        path = tmp_path / f"Screenshot_{number}.png"
        render_whatsapp_screenshot(
            1080,
            2400,
            dark=True,
            messages=MESSAGES[start:end],
            date_chip="" if start else "VANDAAG",
        ).save(path)
        paths.append(path)
    return paths


def process(user, paths: list[Path]):
    submission = submission_create(
        user=user,
        files=[IncomingFile(path=p, client_name=p.name) for p in paths],
        upload_kind=UploadKind.SCREENSHOTS,
        **FIELDS,
    )
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    return submission


def test_overlapping_screenshots_keep_each_message_once(make_user, ib_client, tmp_path):
    # Messages 0-4 on the first screenshot, 3-7 on the second: 3 and 4 on both.
    submission = process(make_user("mila", "Medewerker"), screenshots(tmp_path, (0, 5), (3, 8)))
    first, second = submission.media.order_by("seq")
    assert "Mijn mail is" in first.ocr_text and "postcode van de straat" in first.ocr_text
    assert "Mijn mail is" not in second.ocr_text
    assert "postcode van de straat" not in second.ocr_text
    assert "Dat is" in second.ocr_text and "groetjes henk" in second.ocr_text
    assert "postcode van de straat" not in second.ocr_text_redacted
    # Every redaction and word place of the second still points into its shorter text.
    for span in second.redactions.all():
        assert 0 <= span.start < span.end <= len(second.ocr_text)
    assert all(e <= len(second.ocr_text) for _, e, *_ in second.ocr_boxes["words"])
    assert any(NOTICE in f["message"] for f in submission.flags)

    review = reverse("admin:chats_submission_review", args=[submission.pk])
    html = ib_client.get(review).content.decode()
    assert NOTICE in html
    assert "Toch apart opnemen" in html

    restore = reverse("admin:chats_submission_overlap_restore", args=[submission.pk, second.pk])
    ib_client.post(restore)
    second.refresh_from_db()
    submission.refresh_from_db()
    assert "Mijn mail is" in second.ocr_text and "postcode van de straat" in second.ocr_text
    assert second.ocr_text.index("postcode van de straat") < second.ocr_text.index("Dat is")
    # The e-mail address put back is blacked out again.
    assert "Mijn mail is" in second.ocr_text_redacted
    assert RESIDENT_EMAIL not in second.ocr_text_redacted
    for span in second.redactions.all():
        assert second.ocr_text[span.start : span.end].strip()
    assert second.overlap == {}
    assert not any(NOTICE in f["message"] for f in submission.flags)
    event = AuditEvent.objects.filter(action="submission.selection_changed").latest("pk")
    assert event.detail["scope"] == "screenshot_overlap" and event.detail["changed"] == 2
    assert NOTICE not in ib_client.get(review).content.decode()


def test_screenshots_that_do_not_overlap_keep_all_their_text(make_user, tmp_path):
    submission = process(make_user("mila", "Medewerker"), screenshots(tmp_path, (0, 3), (4, 8)))
    first, second = submission.media.order_by("seq")
    assert "Ik ben" in first.ocr_text
    assert "postcode van de straat" in second.ocr_text
    assert second.overlap == {}
    assert not any("dubbel" in f["message"] for f in submission.flags)


def bubble(side: str, text: str, top: float = 0.5) -> Bubble:
    return Bubble(0, len(text), side, fold(text), top)


def test_ocr_noise_is_folded_but_side_and_size_count():
    # A misread letter or two ("meldinq", "naarn") is the same message.
    assert (
        overlap(
            [bubble("out", "Dank voor uw melding! Mag ik uw naam?")],
            [bubble("out", "Dank voor uw meldinq! Mag ik uw naarn?")],
        )
        == 1
    )
    assert (
        overlap(
            [bubble("in", "Goedemorgen"), bubble("out", "Dank voor uw melding! Mag ik uw naam?")],
            [bubble("out", "Dank voor uw melding!  Mag ik uw naam ?"), bubble("in", "Ja")],
        )
        == 1
    )
    # The other side: someone else said it.
    assert not overlap(
        [bubble("in", "Dank voor uw melding! Mag ik uw naam?")],
        [bubble("out", "Dank voor uw melding! Mag ik uw naam?")],
    )
    # One short word alone proves nothing.
    assert not overlap([bubble("in", "Oké")], [bubble("in", "Oké")])
    # Only the end of the first against the start of the second.
    assert not overlap(
        [bubble("in", "Dank voor uw melding! Mag ik uw naam?"), bubble("out", "Tot morgen dan")],
        [bubble("in", "Dank voor uw melding! Mag ik uw naam?")],
    )


def test_the_notice_names_the_button_that_puts_the_messages_back():
    # Walk 46: the notice is read on the review page itself; "op de beoordelingspagina terug te
    # zetten" sent the reader looking for another page.
    from chats.pipeline.screenshot_overlap import overlap_notice

    notice = overlap_notice(2, 1, 2)
    assert notice == (
        "2 berichten dubbel in schermafbeelding 1 en 2 — één keer opgenomen (uit "
        "schermafbeelding 2 gehaald; terug te zetten met ‘Toch apart opnemen’ bij "
        "schermafbeelding 2)"
    )
    assert "beoordelingspagina" not in overlap_notice(1, 2, 3)
