"""The notices the review pages show after a decision quote the onderwerp as typed and the
words just redacted; they are kept on the server (the session), never in a cookie the browser
keeps and sends back with every request."""

import base64

import pytest
from django.urls import reverse

from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def _cookie_text(response) -> str:
    cookie = response.cookies.get("messages")
    if cookie is None:
        return ""
    value = cookie.value.split(":", 1)[0]  # signed: the payload before the signature
    padded = value + "=" * (-len(value) % 4)
    try:
        return base64.urlsafe_b64decode(padded).decode("utf-8", "replace") + cookie.value
    except ValueError:
        return cookie.value


def test_the_notice_after_a_rejection_keeps_the_onderwerp_out_of_cookies(
    ib_client, django_capture_on_commit_callbacks
):
    submission = processed_submission(onderwerp="Schutting van Ria Mol")
    url = reverse("admin:chats_submission_reject", args=[submission.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = ib_client.post(url, {"reason": "niet_archiefwaardig", "note": ""})
    assert response.status_code == 302
    assert "messages" not in response.cookies, _cookie_text(response)
    page = ib_client.get(response["Location"]).content.decode()
    assert "Schutting van Ria Mol" in page  # the notice is still shown, once
