"""The review page of a record whose PDF is being made follows the job in place, like the other
pages that follow a running job (walk of stop 34: a 5,000-message PDF took minutes, and every
10 s the admin's review page reloaded itself and threw the keyboard focus back to the top)."""

import re

import pytest
from django.urls import reverse

from chats.constants import RenditionState
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def _review(client, submission) -> str:
    return client.get(
        reverse("admin:chats_submission_review", args=[submission.pk])
    ).content.decode()


def _scripts(html: str) -> list[str]:
    return re.findall(r'<script src="[^"]*/js/([^"/]+\.js)"', html)


def test_the_review_page_updates_the_rendition_status_in_place_while_the_pdf_is_made(client, ib):
    archived = processed_submission(gearchiveerd=True, rendition_state=RenditionState.BEZIG)
    client.force_login(ib)
    html = _review(client, archived)
    assert "data-refresh=" in html
    # The status of the PDF is a part the follower fetches and replaces (it needs an id) ...
    status = re.search(r"<div[^>]*\bid=\"rv-rendition\"[^>]*>", html)
    assert status and "data-refresh-region" in status.group(0)
    # ... and the admin loads the same follower as the site's pages, not a reload of its own.
    site = client.get(reverse("submission_list")).content.decode()
    shared = set(_scripts(html)) & set(_scripts(site))
    assert shared, "the review page and the site's pages share no script to follow a job"
    assert 'http-equiv="refresh"' not in html


def test_once_the_pdf_is_made_the_review_page_stops_following(client, ib):
    archived = processed_submission(gearchiveerd=True, rendition_state=RenditionState.KLAAR)
    client.force_login(ib)
    html = _review(client, archived)
    assert "data-refresh=" not in html and "data-refresh-region" not in html
