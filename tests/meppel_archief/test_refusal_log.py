"""A refused page is logged as one line (walkthrough: every 403 wrote a whole traceback)."""

import logging

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_refused_page_is_one_log_line_without_a_traceback(client, make_user, caplog):
    client.force_login(make_user("mila", "Medewerker"))
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert client.get(reverse("woo:search")).status_code == 403
    refused = [r for r in caplog.records if r.name == "django.request"]
    assert refused and all(r.exc_info is None for r in refused)
    assert "Forbidden" in refused[0].getMessage()
