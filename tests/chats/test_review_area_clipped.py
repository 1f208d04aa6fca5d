"""An area typed in percent that reaches beyond the image is blacked out as far as the image
goes: the part inside it. That was done silently, so Informatiebeheer read "Gebied weggelakt"
and did not learn that the measures it typed were not the ones kept. The message now says the
area was cut off at the edge and which measures were kept; the box drawn on the image shows
the kept area (the same on the Woo officer's assessment page)."""

import pytest
from django.urls import reverse

from chats.constants import UploadKind
from chats.review.forms import area_clipped_note
from tests.factories import MediaItemFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

CUT = "Het gebied liep buiten de afbeelding"


@pytest.fixture
def shot():
    submission = SubmissionFactory(upload_kind=UploadKind.SCREENSHOTS)
    return MediaItemFactory(submission=submission, seq=0)


def _draw(client, item, **measures):
    url = reverse("admin:chats_submission_media_area", args=[item.submission_id, item.pk])
    response = client.post(url, measures, follow=True)
    return [str(m) for m in response.context["messages"]], response.content.decode()


def test_an_area_beyond_the_edge_is_cut_off_and_the_message_says_so(ib_client, shot):
    notices, page = _draw(ib_client, shot, x=90, y=10, breedte=30, hoogte=95)
    shot.refresh_from_db()
    (area,) = shot.areas
    assert (area["x"], area["y"], area["breedte"], area["hoogte"]) == (0.9, 0.1, 0.1, 0.9)
    (notice,) = notices
    assert notice.startswith("Gebied weggelakt in schermafbeelding 1")
    assert CUT in notice
    assert "breedte 10 % en hoogte 90 %" in notice
    # The box on the image is the one kept.
    assert 'data-x="0.900000" data-y="0.100000" data-w="0.100000" data-h="0.900000"' in page


def test_an_area_inside_the_image_says_nothing_of_an_edge(ib_client, shot):
    notices, _ = _draw(ib_client, shot, x=10, y=10, breedte=30, hoogte=20)
    assert notices and not any(CUT in n for n in notices)


def test_the_note_rounds_as_a_person_reads_it():
    assert area_clipped_note(x=10, y=10, breedte=90, hoogte=90) == ""
    note = area_clipped_note(x=90.1, y=0, breedte=30, hoogte=100)
    assert "breedte 9,9 % en hoogte 100 %" in note
