"""The review page's transcript: a page number past the end shows the last page, and 0,
negative and non-numeric ones the first, and the page says so in its status messages."""

import pytest
from django.urls import reverse

from chats.review import selectors
from tests.factories import processed_submission
from tests.paging import admin_notice, getter

pytestmark = pytest.mark.django_db


def test_a_page_number_that_does_not_exist_is_said_on_the_review_page(ib_client, monkeypatch):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 2)
    submission = processed_submission()  # six messages on one day: three pages
    get = getter(ib_client, reverse("admin:chats_submission_review", args=[submission.pk]))

    assert admin_notice(get({})) == "" and admin_notice(get({"pagina": "3"})) == ""
    beyond = get({"dag": "2024-03-12", "pagina": "39"})
    assert admin_notice(beyond) == "Pagina 39 bestaat niet; u ziet de laatste pagina (3)."
    assert "pagina 3 van 3" in beyond
    assert admin_notice(get({"pagina": "0"})) == "Pagina 0 bestaat niet; u ziet de eerste pagina."
    assert admin_notice(get({"pagina": "-3"})) == "Pagina -3 bestaat niet; u ziet de eerste pagina."
    rubbish = get({"dag": "2024-03-12", "pagina": "abc"})
    assert admin_notice(rubbish) == "‘abc’ is geen paginanummer; u ziet de eerste pagina."
    assert "pagina 1 van 3" in rubbish
