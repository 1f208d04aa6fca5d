"""A screenshot judged openbaar that Informatiebeheer withholds afterwards is not counted or
exported as released: the request's line, the release's items and metadata, and the check
before export follow the one serving rule (chats.selectors.servable_media_q)."""

import pytest

from chats.constants import MediaRelease, UploadKind
from tests.conftest import png_bytes
from woo.assessment import assessment_page, record_lines, request_overview
from woo.besluit import beoordeling_save_record, require_assessed
from woo.constants import Oordeel
from woo.documents import unassessed, unassessed_count
from woo.release import _metadata, inventory_rows, release_items
from woo.services import WooError, selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def judged_then_withheld(woo_user, verzoek, make_record, make_media):
    """A selected record of two screenshots, both judged openbaar; Informatiebeheer then
    withheld the second."""
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    shown = make_media(record, None, original=png_bytes(61, 40), derived=png_bytes(61, 30))
    withheld = make_media(record, None, original=png_bytes(62, 40), derived=png_bytes(62, 30))
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    withheld.release = MediaRelease.ACHTERGEHOUDEN
    withheld.save(update_fields=["release"])
    return record, shown, withheld


def test_the_request_line_does_not_count_a_withheld_screenshot_as_openbaar(
    verzoek, judged_then_withheld
):
    record, _, _ = judged_then_withheld
    [line] = record_lines(verzoek)
    assert line.documents == 2
    # Its judgement no longer holds: it is to be judged again, the record is not openbaar.
    assert line.assessed == 1
    assert line.oordeel != Oordeel.OPENBAAR
    lines, missing = request_overview(verzoek)
    assert missing.count == 1
    assert [doc.media_id for doc in missing.first] == [judged_then_withheld[2].pk]
    assert assessment_page(verzoek, record.pk).record_oordeel != Oordeel.OPENBAAR


def test_the_release_does_not_count_or_export_a_withheld_screenshot_as_released(
    woo_user, verzoek, judged_then_withheld
):
    _, shown, withheld = judged_then_withheld
    items = {item.doc.media_id: item for item in release_items(verzoek)}
    assert items[shown.pk].released
    assert not items[withheld.pk].released
    assert items[withheld.pk].oordeel_label != "Openbaar"
    rows = {row[2]: row for row in inventory_rows(list(items.values()), published=str)}
    assert rows[items[withheld.pk].doc.ref][6] != "Openbaar"
    metadata = dict(_metadata(verzoek, list(items.values()), str))
    assert "Openbaar: 2" not in metadata["Beoordeling"]
    assert "(openbaar)" not in metadata["Archiefstukken"]
    # The export and the decision are refused until the officer judges it again.
    assert unassessed_count(verzoek) == 1
    assert unassessed(verzoek).count == 1
    with pytest.raises(WooError, match="1 document is nog niet beoordeeld"):
        require_assessed(user=woo_user, verzoek=verzoek, what="exporteren")


def test_released_again_by_informatiebeheer_the_judgement_holds_again(
    verzoek, judged_then_withheld
):
    _, _, withheld = judged_then_withheld
    withheld.release = MediaRelease.VRIJGEGEVEN
    withheld.save(update_fields=["release"])
    [line] = record_lines(verzoek)
    assert (line.assessed, line.oordeel) == (2, Oordeel.OPENBAAR)
    assert all(item.released for item in release_items(verzoek))
    assert unassessed_count(verzoek) == 0


def test_a_withheld_screenshot_judged_niet_openbaar_stays_judged(
    woo_user, verzoek, judged_then_withheld
):
    from woo.besluit import beoordeling_save

    record, _, withheld = judged_then_withheld
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        media_id=withheld.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )
    [line] = record_lines(verzoek)
    assert (line.assessed, line.oordeel) == (2, Oordeel.DEELS_OPENBAAR)
    assert unassessed_count(verzoek) == 0
    items = {item.doc.media_id: item for item in release_items(verzoek)}
    assert items[withheld.pk].oordeel == Oordeel.NIET_OPENBAAR


def test_judging_the_unassessed_at_once_takes_a_lapsed_judgement_along(
    woo_user, verzoek, judged_then_withheld
):
    """'Judge every unassessed document' covers the screenshot whose judgement lapsed: it is
    counted as unassessed, so leaving it out would leave the officer unable to finish."""
    from woo.models import WooBeoordeling

    record, shown, withheld = judged_then_withheld
    judged = beoordeling_save_record(
        user=woo_user,
        verzoek=verzoek,
        submission_id=record.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )
    assert judged == 1
    assert WooBeoordeling.objects.get(media=withheld).oordeel == Oordeel.NIET_OPENBAAR
    assert WooBeoordeling.objects.get(media=shown).oordeel == Oordeel.OPENBAAR
    assert unassessed_count(verzoek) == 0
