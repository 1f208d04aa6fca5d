"""chats.selectors.servable_file: the one rule every serving path of an attachment goes through."""

import pytest
from django.urls import reverse

from chats.archiving import record_messages
from chats.constants import FileRole, MediaRelease, ServingRole
from chats.selectors import servable_file, servable_media
from tests.factories import MediaItemFactory, MessageFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

SHOWN_OUTSIDE_REVIEW = {MediaRelease.GEANONIMISEERD, MediaRelease.VRIJGEGEVEN}


@pytest.mark.parametrize("release", list(MediaRelease))
@pytest.mark.parametrize("role", list(ServingRole))
def test_each_role_gets_the_derivative_only_when_the_release_allows_it(release, role):
    media = MediaItemFactory(release=release)
    stored = servable_file(media, for_role=role)
    if role == ServingRole.REVIEW or release in SHOWN_OUTSIDE_REVIEW:
        assert stored == media.derived and stored.role == FileRole.DERIVED
    else:
        assert stored is None
    # The queryset form says the same.
    assert servable_media(for_role=role).filter(pk=media.pk).exists() == (stored is not None)


def test_never_the_original_nor_a_purged_derivative():
    media = MediaItemFactory(release=MediaRelease.VRIJGEGEVEN)
    media.derived = media.original
    assert servable_file(media, for_role=ServingRole.REVIEW) is None
    media = MediaItemFactory(release=MediaRelease.GEANONIMISEERD)
    media.derived.purged_at = media.derived.created_at
    for role in ServingRole:
        assert servable_file(media, for_role=role) is None


def test_an_unknown_role_is_an_error():
    with pytest.raises(ValueError):
        servable_file(MediaItemFactory(), for_role="iedereen")


def test_the_archive_pdf_shows_only_redacted_or_released_images():
    submission = SubmissionFactory()
    message = MessageFactory(submission=submission, text="")
    for release in MediaRelease:
        MediaItemFactory(submission=submission, message=message, release=release)
    rendered = list(record_messages(submission))
    assert len(rendered[0].images) == 2
    # Each withheld one is named with why (walk48): withheld by Informatiebeheer, a contact card.
    withheld_by_ib, contact_card = sorted(rendered[0].attachments)
    assert withheld_by_ib.endswith(": achtergehouden door Informatiebeheer, niet opgenomen")
    assert contact_card.endswith(": niet opgenomen, een contactkaart wordt nooit opgenomen")


def test_the_review_page_plays_withheld_audio_and_offers_the_release(ib_client, submission):
    media = submission.media.get()
    media.release = MediaRelease.ACHTERGEHOUDEN
    media.mime_type = "audio/ogg"
    media.save()
    media.derived.mime_type = "audio/ogg"
    media.derived.save()
    page = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    html = page.content.decode()
    src = reverse("admin:chats_submission_media", args=[submission.pk, media.pk])
    assert f'<audio controls preload="none" src="{src}"' in html
    assert "Vrijgeven voor Woo" in html
    response = ib_client.post(
        reverse("admin:chats_submission_media_release", args=[submission.pk, media.pk])
    )
    assert response.status_code == 302
    media.refresh_from_db()
    assert media.release == MediaRelease.VRIJGEGEVEN
    ib_client.post(
        reverse("admin:chats_submission_media_release", args=[submission.pk, media.pk]),
        {"achterhouden": "1"},
    )
    media.refresh_from_db()
    assert media.release == MediaRelease.ACHTERGEHOUDEN


def test_a_contact_card_cannot_be_released_from_the_review_page(ib_client, submission):
    media = submission.media.get()
    media.release = MediaRelease.NOOIT
    media.save()
    response = ib_client.post(
        reverse("admin:chats_submission_media_release", args=[submission.pk, media.pk]),
        follow=True,
    )
    assert "nooit vrijgegeven" in response.content.decode()
    media.refresh_from_db()
    assert media.release == MediaRelease.NOOIT
