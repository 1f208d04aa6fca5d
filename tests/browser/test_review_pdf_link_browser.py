"""The link to an archived record's PDF on the review page is recognisable as a link (walk of
stop 26: axe-core's link-in-text-block: the admin's link colour on grey text at 2.6:1 and no
underline, so only colour set it apart)."""

import pytest

from chats.constants import RENDITION_KEY, FileRole
from tests.browser.test_a11y_browser import checker  # noqa: F401 - fixture
from tests.factories import StoredFileFactory, processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_pdf_link_of_an_archived_record_passes_axe(checker, make_user):  # noqa: F811
    make_user("ib", "Informatiebeheer", staff=True)
    archived = processed_submission(onderwerp="Gearchiveerd gesprek", gearchiveerd=True)
    StoredFileFactory(
        submission=archived,
        role=FileRole.DERIVED,
        derived_key=RENDITION_KEY,
        original_name="archiefstuk.pdf",
        mime_type="application/pdf",
        content=b"%PDF-1.7 archiefstuk",
    )
    checker.login("ib")
    checker.visit("gearchiveerd met PDF", f"/admin/chats/submission/{archived.pk}/beoordelen/")
    assert checker.page.locator("#rv-pdf").is_visible()
    checker.assert_clean()
