"""Walk 45: the phone's chrome (status bar, "laatst gezien ...", the input bar, WhatsApp Web's
chat list) is no message: it stays out of a screenshot's text, which Woo search indexes and the
PDF prints, while a message that reads like it ("ik ben er om 09:41") stays."""

from pathlib import Path

import pytest

from chats.constants import UploadKind
from chats.pipeline.screenshot_text import is_input_hint, is_presence, is_status_bar
from chats.processing import submission_process
from chats.services import IncomingFile, submission_create
from demo.generators.screenshots import render_whatsapp_screenshot
from tests.conftest import SUBMISSION_FIELDS as FIELDS

pytestmark = pytest.mark.django_db

MESSAGES = (
    ("in", "Ik ben er om 09:41 bij het gemeentehuis.", "09:38"),
    ("out", "Online aanvragen kan ook.", "09:40"),
    ("in", "Bericht ontvangen, dank u.", "09:41"),
)
CHROME = ("KPN", "4G", "87%", "laatst gezien", "Typ een bericht")


@pytest.fixture(autouse=True)
def private_temp_root(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


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


@pytest.mark.parametrize("ios", [False, True], ids=["android", "iphone"])
def test_chrome_stays_out_of_the_screenshots_text(make_user, tmp_path, ios):
    path = tmp_path / "Screenshot_20240312.png"
    render_whatsapp_screenshot(
        1080,
        2400,
        ios=ios,
        dark=True,
        messages=MESSAGES,
        status=("09:41 KPN 4G", "87%"),
        subtitle="laatst gezien vandaag om 08:12",
        input_hint="Typ een bericht",
    ).save(path)
    submission = process(make_user("mila", "Medewerker"), [path])
    item = submission.media.get()
    for text in (item.ocr_text, item.ocr_text_redacted):
        for chrome in CHROME:
            assert chrome not in text
        # The messages stay whole, also where they read like the chrome.
        assert "Ik ben er om 09:41 bij het" in text
        assert "Online aanvragen kan ook." in text
        assert "Bericht ontvangen, dank u." in text
    # The word boxes still index the text that is left (a redaction added in review is drawn
    # where its words stand).
    rows = item.ocr_boxes["words"]
    assert rows
    assert all(0 <= start < end <= len(item.ocr_text) for start, end, *_ in rows)
    assert {item.ocr_text[start:end] for start, end, *_ in rows} >= {"gemeentehuis.", "Online"}


@pytest.mark.parametrize(
    "words",
    [
        ["09:41"],
        ["09:41", "KPN", "4G", "87%"],
        ["14.07", "al", "=", "5G", "100%"],
        ["Odido", "LTE"],
    ],
)
def test_status_bar_forms(words):
    assert is_status_bar(words)


@pytest.mark.parametrize(
    "words",
    [
        ["ik", "ben", "er", "om", "09:41"],
        ["om", "09:41"],
        ["KPN", "belde", "om", "09:41"],
        ["87%", "van", "de", "aanvragen"],
    ],
)
def test_messages_are_no_status_bar(words):
    assert not is_status_bar(words)


@pytest.mark.parametrize(
    "line",
    [
        "online",
        "laatst gezien vandaag om 08:12",
        "typt...",
        "Ria typt…",
        "tik hier voor contactinfo",
        "Kees - buurman neemt audio op...",
    ],
)
def test_presence_forms(line):
    assert is_presence(line.split())


@pytest.mark.parametrize("line", ["Online aanvragen kan ook.", "ik was online", "laatst"])
def test_messages_are_no_presence(line):
    assert not is_presence(line.split())


@pytest.mark.parametrize(
    "line", ["Bericht", "© Bericht @", "Typ een bericht", "Typ een bericht ..."]
)
def test_input_hint_forms(line):
    assert is_input_hint(line.split())


@pytest.mark.parametrize("line", ["Bericht ontvangen, dank u.", "bericht volgt", "Typ een brief"])
def test_messages_are_no_input_hint(line):
    assert not is_input_hint(line.split())
