"""The admin shows its messages in live regions as the site's pages do: a refusal in an alert,
a confirmation in a status (a refusal in a polite status would wait behind everything else)."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _regions(html: str) -> dict[str, str]:
    pattern = r'<div role="(alert|status)"><ul class="messagelist">(.*?)</ul>'
    return dict(re.findall(pattern, html, re.S))


def test_a_refused_selection_is_an_alert_and_not_a_status(client, ib, submission):
    client.force_login(ib)
    review = reverse("admin:chats_submission_review", args=[submission.pk])
    response = client.post(f"{review}selectie/", {"actie": "alle"}, follow=True)
    regions = _regions(response.content.decode())
    assert 'class="error"' in regions["alert"]
    assert "status" not in regions


def test_a_done_selection_is_a_status_and_not_an_alert(client, ib, submission):
    client.force_login(ib)
    review = reverse("admin:chats_submission_review", args=[submission.pk])
    response = client.post(f"{review}selectie/", {"actie": "alles"}, follow=True)
    regions = _regions(response.content.decode())
    assert "berichten geselecteerd" in regions["status"]
    assert "alert" not in regions
