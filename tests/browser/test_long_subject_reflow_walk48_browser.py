"""A long unbroken onderwerp wraps at 320 CSS pixels (walk48): on "Mijn inzendingen" and the
review page a subject without spaces pushed the page sideways."""

import pytest

from tests.browser.conftest import log_in_by_cookie
from tests.browser.test_reflow_browser import PASSWORD, narrow, too_wide  # noqa: F401 - fixture
from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG = "Boomschademeldingkerkstraatwaarbijdebewonerbelde" * 3


def test_a_long_subject_wraps_for_the_employee_and_informatiebeheer(
    narrow,  # noqa: F811
    live_server,
    make_user,
):
    user = make_user("medewerker", "Medewerker")
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission(submitted_by=user, onderwerp=LONG)
    base = live_server.url
    log_in_by_cookie(narrow, base, "medewerker", PASSWORD)
    wide = too_wide(narrow, base, ["/mijn-inzendingen/", f"/mijn-inzendingen/{submission.pk}/"])
    narrow.context.clear_cookies()
    log_in_by_cookie(narrow, base, "ib", PASSWORD)
    wide += too_wide(narrow, base, [f"/admin/chats/submission/{submission.pk}/beoordelen/"])
    assert not wide, "\n".join(wide)
