"""Review 53: a file refused by its content on a form also refused for other fields (commit
6e402ede says it in the same round) was not written to the security log, as it is when the
form is otherwise complete. It is now, once: sending the same form again with the same file,
the fields put right, is the same refusal, not a second one. Another file is a new one."""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from audit.actions import AuditAction
from audit.models import AuditEvent
from chats.models import Submission
from tests.conftest import INTAKE_FORM, jpeg_bytes

pytestmark = pytest.mark.django_db

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def _files(exe=EXE):
    return [
        SimpleUploadedFile("scherm.jpg", jpeg_bytes(16, 16), content_type="image/jpeg"),
        SimpleUploadedFile("foto.jpg", exe, content_type="image/jpeg"),
    ]


def _refusals():
    return AuditEvent.objects.filter(action=AuditAction.UPLOAD_REFUSED)


@pytest.fixture
def sent(client, medewerker):
    client.force_login(medewerker)
    token = str(uuid.uuid4())

    def send(onderwerp, exe=EXE):
        data = {**INTAKE_FORM, "onderwerp": onderwerp, "upload_kind": "screenshots"}
        data.update(form_token=token, files=_files(exe))
        return client.post(reverse("submission_new"), data)

    return send


def test_a_refused_file_on_an_incomplete_form_is_logged(sent):
    response = sent("")
    assert response.context["form"].errors.get("onderwerp")
    event = _refusals().get()
    assert event.result == "geweigerd" and event.detail["files"] == 2
    assert event.detail["reasons"] and "foto.jpg" not in str(event.detail)
    assert not Submission.objects.exists()


def test_the_same_file_sent_again_with_the_fields_put_right_is_logged_once(sent):
    sent("")
    response = sent(INTAKE_FORM["onderwerp"])
    assert response.context["form"].errors.get("files")  # still refused, still said
    assert _refusals().count() == 1


def test_another_refused_file_is_a_new_refusal(sent):
    sent("")
    sent(INTAKE_FORM["onderwerp"], exe=EXE + b"\x01")
    assert _refusals().count() == 2


def test_valid_files_on_an_incomplete_form_are_not_logged(client, medewerker):
    client.force_login(medewerker)
    files = [SimpleUploadedFile("scherm.jpg", jpeg_bytes(16, 16), content_type="image/jpeg")]
    data = {**INTAKE_FORM, "onderwerp": "", "upload_kind": "screenshots", "files": files}
    client.post(reverse("submission_new"), data)
    assert not _refusals().exists()
