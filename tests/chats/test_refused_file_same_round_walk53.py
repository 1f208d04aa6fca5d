"""Walk 53: on /bewaren/ a refused file (an .exe renamed .jpg) was named only after the other
fields' errors were put right: one more round for the employee. The file's error comes with the
field errors now, the refused file named for the script (which puts the others back)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from chats.models import Submission
from tests.conftest import INTAKE_FORM, jpeg_bytes

pytestmark = pytest.mark.django_db

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def _files():
    return [
        SimpleUploadedFile("scherm.jpg", jpeg_bytes(16, 16), content_type="image/jpeg"),
        SimpleUploadedFile("foto.jpg", EXE, content_type="image/jpeg"),
    ]


def test_a_refused_file_is_named_with_the_other_field_errors(client, medewerker):
    client.force_login(medewerker)
    data = {**INTAKE_FORM, "onderwerp": "", "upload_kind": "screenshots", "files": _files()}
    response = client.post(reverse("submission_new"), data)
    html = response.content.decode()
    assert "onderwerp" in response.context["form"].errors
    assert response.context["form"].errors.get("files"), "the file's error in the same round"
    assert "foto.jpg" in html
    assert 'data-refused="1"' in html
    assert not Submission.objects.exists()


def test_valid_files_with_a_field_error_are_not_refused(client, medewerker):
    client.force_login(medewerker)
    files = [SimpleUploadedFile("scherm.jpg", jpeg_bytes(16, 16), content_type="image/jpeg")]
    data = {**INTAKE_FORM, "onderwerp": "", "upload_kind": "screenshots", "files": files}
    response = client.post(reverse("submission_new"), data)
    assert "files" not in response.context["form"].errors
    assert "data-refused" not in response.content.decode()
