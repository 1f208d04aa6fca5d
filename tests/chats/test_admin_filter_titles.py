"""The review queue's filters are headed in plain Dutch by what they filter: "Datumvolgorde
onzeker", not Django's "Op datumvolgorde onzeker" (which read as "on uncertain date order")."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _filter_headings(html: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", heading).strip()
        for heading in re.findall(
            r'<details data-filter-title="[^"]*" open>\s*<summary>(.*?)</summary>', html, re.S
        )
    ]


def test_the_review_queue_filters_are_headed_in_plain_dutch(ib_client, submission):
    html = ib_client.get(reverse("admin:chats_submission_changelist")).content.decode()
    headings = _filter_headings(html)
    assert "Datumvolgorde onzeker" in headings
    assert {"Status", "Afdeling"} <= set(headings)
    assert not [heading for heading in headings if heading.startswith("Op ")]
    assert "Op datumvolgorde onzeker" not in html


def test_other_admin_lists_follow_the_same_headings(beheerder_client):
    html = beheerder_client.get(reverse("admin:chats_organisationcontact_changelist")).content
    headings = _filter_headings(html.decode())
    assert headings and "In gebruik" in headings
    assert not [heading for heading in headings if heading.startswith("Op ")]
