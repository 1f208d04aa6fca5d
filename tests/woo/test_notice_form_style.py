"""The 'Persoonsgegeven gezien?' form on the Woo record page is styled like the other forms
(Bootstrap form classes) and stands apart from the buttons above it; on main its inputs and
button were bare browser controls and its heading touched the button above."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _form(html: str) -> str:
    return re.search(r'<form[^>]*id="melding".*?</form>', html, re.S)[0]


def _classes(tag: str) -> set[str]:
    return set(re.search(r'\bclass="([^"]*)"', tag)[1].split())


def test_the_notice_form_uses_the_form_styles(woo_client, make_record):
    record = make_record(["De kastanje is ziek."])
    html = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    form = _form(html)
    assert {"mt-4", "border-top"} <= _classes(re.search(r"<form[^>]*>", form)[0])
    assert "h6" in _classes(re.search(r"<legend[^>]*>", form)[0])
    for field in ("melding-nummer", "melding-tekst"):
        assert "form-control" in _classes(re.search(rf'<input[^>]*id="{field}"[^>]*>', form)[0])
        assert "form-label" in _classes(re.search(rf'<label[^>]*for="{field}"[^>]*>', form)[0])
    assert "btn" in _classes(re.search(r'<button[^>]*type="submit"[^>]*>', form)[0])


def test_a_refused_field_is_marked_invalid(woo_client, make_record):
    record = make_record(["De kastanje is ziek."])
    response = woo_client.post(
        reverse("woo:record_notice", args=[record.pk]),
        {"berichtnummer": "twee", "tekst": "Het adres staat er nog in."},
        follow=True,
    )
    form = _form(response.content.decode())
    assert "is-invalid" in _classes(re.search(r'<input[^>]*id="melding-nummer"[^>]*>', form)[0])
    assert "is-invalid" not in _classes(re.search(r'<input[^>]*id="melding-tekst"[^>]*>', form)[0])
