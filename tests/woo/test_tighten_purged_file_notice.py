"""Review 45, defect 4: after nader anonimiseren in an attachment's redacted text whose file could
not be painted, the review page said FILE_STILL_WITHHELD_AFTER_EDIT ("… de bijlage blijft
achtergehouden voor Woo. Geef haar pas vrij …") whenever the attachment was not withheld just
then. That is true only of an attachment withheld already whose file is kept. Of a contact card
(never released) it promised a release that cannot come; of an attachment of which no file is
kept it spoke of a file and a release that do not exist (and withheld it, if it was served, for a
file Woo never gets). Each case now has its own message.

The contact-card and no-file tests fail on main 1bce1751; the first is the guard.
"""

import pytest

from chats.constants import MediaRelease
from tests.woo.test_tighten_purged import (  # noqa: F401 - fixtures
    _black_out_in_image,
    _shot,
    own_store,
    purged,
)

pytestmark = pytest.mark.django_db


def _unpaintable(record, make_media, release, *, file=True):
    """A screenshot whose word places were not kept (its file cannot be painted)."""
    media = _shot(record, make_media, boxes=False)
    media.release = release
    if not file:
        media.derived = None
    media.save(update_fields=["release", "derived"])
    return media


def _said(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_withheld_already_with_its_file_kept_it_stays_withheld(
    purged,  # noqa: F811 - the fixture imported above
    make_media,
    ib_client,
):
    media = _unpaintable(purged, make_media, MediaRelease.ACHTERGEHOUDEN)
    said = _said(_black_out_in_image(ib_client, purged, media))
    assert "In het bestand zelf kon dat niet worden bijgewerkt" in said
    assert "blijft achtergehouden voor Woo" in said
    media.refresh_from_db()
    assert media.release == MediaRelease.ACHTERGEHOUDEN


def test_a_contact_card_is_never_released_and_is_not_promised_a_release(
    purged,  # noqa: F811
    make_media,
    ib_client,
):
    media = _unpaintable(purged, make_media, MediaRelease.NOOIT)
    said = _said(_black_out_in_image(ib_client, purged, media))
    assert "De tekst is weggelakt." in said
    assert "wordt nooit vrijgegeven" in said
    assert "Geef haar pas vrij" not in said
    assert "blijft achtergehouden" not in said
    media.refresh_from_db()
    assert media.release == MediaRelease.NOOIT


@pytest.mark.parametrize("release", [MediaRelease.ACHTERGEHOUDEN, MediaRelease.GEANONIMISEERD])
def test_without_a_kept_file_no_file_or_release_is_spoken_of(
    purged,  # noqa: F811
    make_media,
    ib_client,
    release,
):
    media = _unpaintable(purged, make_media, release, file=False)
    said = _said(_black_out_in_image(ib_client, purged, media))
    assert "De tekst is weggelakt." in said
    assert "geen bestand" in said
    assert "In het bestand zelf" not in said
    assert "vrij" not in said.replace("vrijgegeven", "")  # no release is asked for
    media.refresh_from_db()
    assert media.ocr_text_redacted == "Bel [TELEFOONNUMMER] [NAAM] over de kap"
    assert media.release == release  # nothing to withhold: Woo gets no file of it anyway
