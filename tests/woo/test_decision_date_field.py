"""The day of the decision ("Verzoek afhandelen") is refused like the other days of the request
page: the typed day stays in its field with the reason next to it, instead of today's date and a
message at the top, where a second press of the button would decide on today."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def _tag(html: str, element_id: str) -> str:
    return re.search(rf'<input[^>]*\bid="{element_id}"[^>]*>', html).group(0)


def _error_of(html: str, tag: str) -> str:
    error_id = re.search(r'aria-describedby="([^"]+)"', tag).group(1)
    return re.search(rf'id="{error_id}"[^>]*>(.*?)</', html, re.S).group(1)


def _close(client, verzoek, day: str):
    return client.post(reverse("woo:verzoek_close", args=[verzoek.pk]), {"datum": day}, follow=True)


@pytest.mark.parametrize(
    ("days", "reason"), [(3, "in de toekomst"), (-40, "vóór de ontvangst van het verzoek")]
)
def test_a_refused_decision_day_stays_in_its_field_with_the_reason(
    woo_client, verzoek, days, reason
):
    verzoek.ontvangen_op = timezone.localdate() - timedelta(days=20)
    verzoek.save()
    typed = (timezone.localdate() + timedelta(days=days)).isoformat()
    html = _close(woo_client, verzoek, typed).content.decode()
    tag = _tag(html, "besluit-datum")
    assert f'value="{typed}"' in tag and 'aria-invalid="true"' in tag
    assert reason in _error_of(html, tag)
    verzoek.refresh_from_db()
    assert verzoek.is_open


def test_a_decision_day_that_is_no_date_is_refused_in_its_field(woo_client, verzoek):
    html = _close(woo_client, verzoek, "31-02-2026").content.decode()
    tag = _tag(html, "besluit-datum")
    assert 'aria-invalid="true"' in tag
    assert "geldige datum" in _error_of(html, tag)
    verzoek.refresh_from_db()
    assert verzoek.is_open


def test_the_refused_day_is_shown_once_and_then_today_again(woo_client, verzoek):
    typed = (timezone.localdate() + timedelta(days=3)).isoformat()
    _close(woo_client, verzoek, typed)
    html = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    tag = _tag(html, "besluit-datum")
    assert "aria-invalid" not in tag
    assert f'value="{timezone.localdate().isoformat()}"' in tag


def test_a_request_decided_in_another_tab_says_so_whatever_day_was_typed(
    woo_client, woo_user, verzoek
):
    verzoek.status = "afgehandeld"
    verzoek.besluit_op = timezone.localdate()
    verzoek.save()
    typed = (timezone.localdate() + timedelta(days=3)).isoformat()
    html = _close(woo_client, verzoek, typed).content.decode()
    assert "Dit Woo-verzoek is al afgehandeld." in html
    assert "in de toekomst" not in html


def test_the_decision_and_objection_days_are_checked_by_the_server_in_dutch(woo_client, verzoek):
    from tests.chats.test_forms_speak_dutch import forms_checked_by_the_browser

    page = reverse("woo:verzoek_detail", args=[verzoek.pk])
    assert forms_checked_by_the_browser(woo_client.get(page).content.decode()) == []
    verzoek.status = "afgehandeld"
    verzoek.besluit_op = timezone.localdate()
    verzoek.save()
    html = woo_client.get(page).content.decode()
    assert 'id="bezwaar-datum"' in html
    assert forms_checked_by_the_browser(html) == []
