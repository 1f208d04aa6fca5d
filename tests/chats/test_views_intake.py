"""The intake form at real sizes (Android exports with hundreds of media files) and what is
refused at intake instead of failing later: through the real view and upload handlers."""

import io
import zipfile

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from chats.models import StoredFile, Submission
from tests.conftest import ANDROID_CHAT, INTAKE_FORM, IOS_CHAT, jpeg_bytes
from tests.fixtures.intake.clamd import clamd_scanner  # noqa: F401  (pytest fixture)

pytestmark = pytest.mark.django_db

FORM = {"upload_kind": "android_export", **INTAKE_FORM}
PHOTO = jpeg_bytes(8, 8)


def post_form(client, files, follow=False, **overrides):
    data = {**FORM, **overrides, "files": files}
    return client.post(reverse("submission_new"), data, follow=follow)


def android_files(media: int) -> list[io.BytesIO]:
    """The chat .txt plus `media` small photos, as a phone's file picker sends them."""
    chat = io.BytesIO(ANDROID_CHAT.encode())
    chat.name = "WhatsApp-chat met Jan Jansen.txt"
    files = [chat]
    for i in range(media):
        photo = io.BytesIO(PHOTO)
        photo.name = f"IMG-20240312-WA{i:04d}.jpg"
        files.append(photo)
    return files


def zip_file(members: dict[str, bytes], name: str = "WhatsApp-chat met Jan Jansen.zip"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    buffer.seek(0)
    buffer.name = name
    return buffer


def field_errors(response) -> list[str]:
    assert response.status_code in (200, 400, 413), response.status_code
    return response.context["form"].errors.get("files", [])


def kind_errors(response) -> list[str]:
    """A refusal where only 'Wat uploadt u?' is wrong hangs on that choice: the files stay."""
    assert response.status_code == 200, response.status_code
    assert not response.context["form"].errors.get("files")
    return response.context["form"].errors.get("upload_kind", [])


# --- Android with many media files ------------------------------------------------------------


@pytest.mark.parametrize("media", [55, 300])
def test_an_android_export_with_hundreds_of_media_files_is_accepted(client, medewerker, media):
    client.force_login(medewerker)
    response = post_form(client, android_files(media))
    assert response.status_code == 302, field_errors(response)
    submission = Submission.objects.get()
    assert submission.files.filter(role="origineel").count() == media + 1


def test_an_android_export_with_a_thousand_media_files_is_accepted(client, medewerker):
    client.force_login(medewerker)
    response = post_form(client, android_files(1000))
    assert response.status_code == 302, field_errors(response)
    assert StoredFile.objects.filter(role="origineel").count() == 1001


def test_too_many_files_get_the_dutch_limit_message_with_the_form_kept(
    client, medewerker, settings
):
    settings.ARCHIEF_MAX_FILES = 20
    client.force_login(medewerker)
    response = post_form(client, android_files(25))
    errors = field_errors(response)
    assert any("maximaal 20 bestanden" in e for e in errors), errors
    assert response.context["form"]["onderwerp"].value() == "Omgewaaide boom"
    assert Submission.objects.count() == 0


def test_more_files_than_django_parses_get_the_form_and_a_dutch_message(
    client, medewerker, settings
):
    # Beyond Django's own guard (TooManyFilesSent) the form comes back, not an error page.
    settings.ARCHIEF_MAX_FILES = 20
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 30
    client.force_login(medewerker)
    response = post_form(client, android_files(40))
    assert response.status_code == 413
    html = response.content.decode()
    assert "WhatsAppgesprek bewaren" in html
    assert "maximaal 20 bestanden" in html
    assert "Dit verzoek kon niet worden verwerkt" not in html
    assert Submission.objects.count() == 0


def test_form_fields_beyond_djangos_memory_limit_get_the_form_and_a_dutch_message(
    client, medewerker, settings
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    client.force_login(medewerker)
    response = post_form(client, android_files(1), omschrijving="x" * 5000)
    assert response.status_code == 413
    html = response.content.decode()
    assert "WhatsAppgesprek bewaren" in html
    assert "te groot" in html
    assert Submission.objects.count() == 0


def test_files_together_over_the_total_get_the_dutch_message(client, medewerker, settings):
    settings.ARCHIEF_MAX_TOTAL_SIZE = 10 * len(PHOTO)
    client.force_login(medewerker)
    response = post_form(client, android_files(30))
    errors = field_errors(response)
    assert any("samen te groot" in e for e in errors), errors
    assert Submission.objects.count() == 0


def test_one_file_over_the_file_limit_gets_the_dutch_message(client, medewerker, settings):
    settings.ARCHIEF_MAX_FILE_SIZE = len(ANDROID_CHAT.encode()) + 10
    big = io.BytesIO(jpeg_bytes(300, 300) + b"\0" * 5000)
    big.name = "IMG-20240312-WA9999.jpg"
    client.force_login(medewerker)
    response = post_form(client, [*android_files(2), big])
    errors = field_errors(response)
    assert any("IMG-20240312-WA9999.jpg" in e and "te groot" in e for e in errors), errors


def test_uploads_over_the_limits_are_not_written_to_disk_beyond_them(
    client, medewerker, settings, tmp_path
):
    """Files past the count limit are not stored in the upload temp dir at all."""
    settings.ARCHIEF_MAX_FILES = 5
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    written: list[int] = []

    from chats import uploadhandlers

    original = uploadhandlers.HashingUploadHandler.file_complete

    def spy(self, file_size):
        uploaded = original(self, file_size)
        written.append(sum(p.stat().st_size for p in tmp_path.iterdir()))
        return uploaded

    uploadhandlers.HashingUploadHandler.file_complete = spy
    try:
        client.force_login(medewerker)
        response = post_form(client, android_files(20))
    finally:
        uploadhandlers.HashingUploadHandler.file_complete = original
    assert any("maximaal 5 bestanden" in e for e in field_errors(response))
    assert max(written) <= len(ANDROID_CHAT.encode()) + 5 * len(PHOTO)


def test_an_android_export_as_a_zip_of_the_folder_is_accepted_and_processed(
    client, medewerker, django_capture_on_commit_callbacks
):
    # OneDrive downloads a folder as a zip with the folder inside.
    members = {"WhatsApp Chat met Jan/WhatsApp-chat met Jan Jansen.txt": ANDROID_CHAT.encode()}
    for i in range(40):
        members[f"WhatsApp Chat met Jan/IMG-20240312-WA{i:04d}.jpg"] = PHOTO
    client.force_login(medewerker)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_form(client, [zip_file(members, "OneDrive_1_12-03-2024.zip")])
    assert response.status_code == 302, field_errors(response)
    submission = Submission.objects.get()
    assert submission.upload_kind == "android_export"
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN, submission.failure_reason
    assert submission.message_count == 3


# --- refused at intake, with a reason that fits ------------------------------------------------


def test_a_zip_with_only_folders_is_refused_as_empty(client, medewerker):
    client.force_login(medewerker)
    response = post_form(client, [zip_file({"WhatsApp Chat/": b""})], upload_kind="ios_export")
    errors = field_errors(response)
    assert any("ZIP-bestand is leeg" in e for e in errors), errors
    assert Submission.objects.count() == 0


def test_a_zip_with_only_mac_junk_is_refused_as_empty(client, medewerker):
    client.force_login(medewerker)
    junk = zip_file({"__MACOSX/._x": b"\0\5\26\7" + b"\0" * 40, ".DS_Store": b"\0\0\0\1Bud1"})
    response = post_form(client, [junk], upload_kind="ios_export")
    errors = field_errors(response)
    assert any("ZIP-bestand is leeg" in e for e in errors), errors
    assert Submission.objects.count() == 0


@pytest.mark.parametrize("kind", ["ios_export", "android_export"])
def test_a_zip_without_a_chat_is_refused(client, medewerker, kind):
    client.force_login(medewerker)
    photos = zip_file({"IMG-1.jpg": PHOTO, "IMG-2.jpg": PHOTO})
    response = post_form(client, [photos], upload_kind=kind)
    errors = field_errors(response)
    assert any("geen WhatsApp-chat" in e for e in errors), errors
    assert Submission.objects.count() == 0


def test_a_zip_whose_text_is_no_chat_is_refused(client, medewerker):
    client.force_login(medewerker)
    notes = zip_file({"_chat.txt": b"Boodschappenlijst\nmelk\nbrood\n", "IMG-1.jpg": PHOTO})
    response = post_form(client, [notes], upload_kind="ios_export")
    errors = field_errors(response)
    assert any("geen WhatsApp-chat" in e for e in errors), errors
    assert Submission.objects.count() == 0


def test_a_zip_with_a_chat_and_a_text_attachment_is_accepted(client, medewerker):
    client.force_login(medewerker)
    export = zip_file({"_chat.txt": IOS_CHAT.encode(), "notulen.txt": b"Notulen van het overleg\n"})
    response = post_form(client, [export], upload_kind="ios_export")
    assert response.status_code == 302, field_errors(response)


def test_only_a_photo_chosen_as_android_export_says_the_chat_file_is_missing(client, medewerker):
    photo = io.BytesIO(PHOTO)
    photo.name = "IMG-20240312-WA0001.jpg"
    client.force_login(medewerker)
    response = post_form(client, [photo])
    errors = kind_errors(response)
    assert errors
    assert not any("geen ZIP-bestand" in e for e in errors), errors
    assert any(".txt" in e and "Schermafbeeldingen" in e for e in errors), errors


def test_only_a_photo_chosen_as_iphone_export_suggests_screenshots(client, medewerker):
    photo = io.BytesIO(PHOTO)
    photo.name = "IMG_0001.jpg"
    client.force_login(medewerker)
    response = post_form(client, [photo], upload_kind="ios_export")
    errors = kind_errors(response)
    assert any("Schermafbeeldingen" in e for e in errors), errors


def test_an_export_chosen_as_screenshots_says_to_choose_the_export(client, medewerker):
    client.force_login(medewerker)
    export = zip_file({"_chat.txt": IOS_CHAT.encode()})
    response = post_form(client, [export], upload_kind="screenshots")
    errors = kind_errors(response)
    assert any("export" in e.lower() and "iPhone" in e for e in errors), errors


def test_an_android_zip_with_loose_files_next_to_it_is_refused_with_a_fitting_reason(
    client, medewerker
):
    client.force_login(medewerker)
    export = zip_file({"WhatsApp-chat met Jan Jansen.txt": ANDROID_CHAT.encode()})
    response = post_form(client, [export, *android_files(1)[1:]])
    errors = field_errors(response)
    assert any("óf" in e for e in errors), errors


# --- no "Dank u wel" above "Verwerking mislukt" ----------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_no_thank_you_message_when_processing_already_failed(client, medewerker, settings, request):
    """A submission that passes intake but fails in (eager) processing shows no green text."""
    from tests.fixtures.intake.files import EICAR

    scanner = request.getfixturevalue("clamd_scanner")
    settings.CLAMAV_SOCKET = str(scanner.socket_path)
    # Malware is found by the worker's scanner only: intake cannot know it.
    export = zip_file({"_chat.txt": IOS_CHAT.encode(), "00000007-Verslag.txt": EICAR + b"\n"})
    client.force_login(medewerker)
    response = post_form(client, [export], upload_kind="ios_export", follow=True)
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.MISLUKT
    html = response.content.decode()
    assert "Verwerking mislukt" in html
    assert "wordt nu verwerkt" not in html
    assert "Dank u wel" not in html


def test_no_upload_temp_file_is_left_after_the_request(client, medewerker, settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "uploads")
    client.force_login(medewerker)
    assert post_form(client, android_files(300)).status_code == 302
    refused = post_form(client, android_files(3), upload_kind="screenshots")
    assert refused.status_code == 200
    assert list((tmp_path / "uploads").iterdir()) == []


def test_an_empty_file_among_others_is_named(client, medewerker):
    # Walk 28: Django's own "Het verstuurde bestand is leeg." did not say which of the chosen
    # files was empty; the intake's message names it.
    client.force_login(medewerker)
    empty = io.BytesIO(b"")
    empty.name = "IMG-20240312-WA0007.jpg"
    response = post_form(client, [*android_files(2), empty])
    assert field_errors(response) == ["Het bestand ‘IMG-20240312-WA0007.jpg’ is leeg."]
    assert not Submission.objects.exists()


# --- The zaaknummer the employee types (walk 48) --------------------------------------------


def test_a_zaaknummer_not_of_the_zaaksysteems_form_gets_the_dutch_reason(client, medewerker):
    client.force_login(medewerker)
    response = post_form(client, android_files(0), zaaknummer="hallo wereld 123")
    assert response.status_code == 200
    errors = response.context["form"].errors.get("zaaknummer", [])
    assert errors and "Z-2024-000123" in errors[0] and "leeg" in errors[0], errors
    assert not Submission.objects.exists()


def test_a_short_zaaknummer_is_refused_with_the_padded_one_suggested(client, medewerker):
    client.force_login(medewerker)
    response = post_form(client, android_files(0), zaaknummer="Z-2024-12")
    assert "Bedoelt u Z-2024-000012?" in response.context["form"].errors["zaaknummer"][0]


def test_a_zaaknummer_in_lower_case_with_spaces_is_kept_in_the_zaaksysteems_form(
    client, medewerker
):
    client.force_login(medewerker)
    post_form(client, android_files(0), zaaknummer=" z-2024-000123 ")
    assert Submission.objects.get().zaaknummer == "Z-2024-000123"
