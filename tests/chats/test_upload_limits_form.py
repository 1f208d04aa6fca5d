"""The upload form states its limits (walk 46) and tells the script what they are, so a file
that is too large is refused in the browser with the server's own message."""

import pytest
from django.urls import reverse

from chats.forms import SubmissionForm
from tests.conftest import INTAKE_FORM

pytestmark = pytest.mark.django_db


def test_the_help_text_states_the_limits_per_file_and_in_total(settings):
    settings.ARCHIEF_MAX_FILE_SIZE = 500 * 1024 * 1024
    settings.ARCHIEF_MAX_TOTAL_SIZE = 1024 * 1024 * 1024
    help_text = SubmissionForm().fields["files"].help_text
    assert "Hooguit 500 MB per bestand en 1 GB voor alle bestanden samen." in help_text
    assert "hooguit 1.100" in help_text


def test_the_file_input_carries_the_limits_and_the_servers_messages(client, medewerker, settings):
    settings.ARCHIEF_MAX_FILE_SIZE = 2 * 1024 * 1024
    client.force_login(medewerker)
    html = client.get(reverse("submission_new")).content.decode()
    assert f'data-max-file-size="{2 * 1024 * 1024}"' in html
    assert (
        'data-file-too-large="Het bestand ‘{naam}’ is te groot (maximaal 2 MB per bestand)."'
        in html
    )
    assert 'data-total-too-large="De bestanden zijn samen te groot (maximaal 1 GB).' in html
    assert "Hooguit 2 MB per bestand" in html


def test_a_refused_file_is_named_by_position_for_the_script(client, medewerker, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import jpeg_bytes

    client.force_login(medewerker)
    files = [
        SimpleUploadedFile("scherm.jpg", jpeg_bytes(16, 16), content_type="image/jpeg"),
        SimpleUploadedFile("notities.docx", b"PK\x03\x04 geen chat"),
    ]
    data = {**INTAKE_FORM, "upload_kind": "screenshots", "files": files}
    html = client.post(reverse("submission_new"), data).content.decode()
    assert "notities.docx" in html
    assert 'data-refused="1"' in html
