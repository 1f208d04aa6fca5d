"""Walk 49: a rejected upload that was already sent again still offered "Opnieuw insturen" and
did not link to the new one; the list showed both with nothing tying them together."""

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def _pair(medewerker):
    rejected = SubmissionFactory(
        submitted_by=medewerker, status=SubmissionStatus.AFGEWEZEN, onderwerp="Grofvuil Meppel"
    )
    again = SubmissionFactory(
        submitted_by=medewerker,
        status=SubmissionStatus.TE_BEOORDELEN,
        onderwerp="Grofvuil Meppel",
        resubmission_of=rejected,
    )
    return rejected, again


def test_the_rejected_one_links_to_its_resubmission_and_offers_no_second(logged_in, medewerker):
    rejected, again = _pair(medewerker)
    html = logged_in(medewerker).get(reverse("submission_detail", args=[rejected.pk])).content
    html = html.decode()
    assert 'id="opnieuw-ingestuurd"' in html
    assert f'href="{reverse("submission_detail", args=[again.pk])}"' in html
    assert "U hebt dit gesprek opnieuw ingestuurd" in html
    assert 'id="opnieuw-insturen"' not in html
    assert f"?opnieuw={rejected.pk}" not in html


def test_the_resubmission_links_back_to_the_one_it_replaces(logged_in, medewerker):
    rejected, again = _pair(medewerker)
    html = logged_in(medewerker).get(reverse("submission_detail", args=[again.pk])).content
    html = html.decode()
    assert "Opnieuw ingestuurd na" in html
    assert f'href="{reverse("submission_detail", args=[rejected.pk])}"' in html


def test_the_list_says_which_one_was_sent_again(logged_in, medewerker):
    rejected, again = _pair(medewerker)
    html = logged_in(medewerker).get(reverse("submission_list")).content.decode()
    assert f"opnieuw ingestuurd als inzending {again.pk}" in html


def test_a_rejected_one_never_sent_again_is_still_offered(logged_in, medewerker):
    rejected = SubmissionFactory(submitted_by=medewerker, status=SubmissionStatus.AFGEWEZEN)
    html = logged_in(medewerker).get(reverse("submission_detail", args=[rejected.pk])).content
    assert b'id="opnieuw-insturen"' in html
    assert b'id="opnieuw-ingestuurd"' not in html


def test_someone_elses_resubmission_is_not_linked(logged_in, make_user, medewerker):
    rejected = SubmissionFactory(submitted_by=medewerker, status=SubmissionStatus.AFGEWEZEN)
    SubmissionFactory(
        submitted_by=make_user("ander", "Medewerker"),
        status=SubmissionStatus.TE_BEOORDELEN,
        resubmission_of=rejected,
    )
    html = logged_in(medewerker).get(reverse("submission_detail", args=[rejected.pk])).content
    assert b'id="opnieuw-ingestuurd"' not in html
    assert b'id="opnieuw-insturen"' in html
