"""Walk 53 (accessibility): the new Woo request's Nummer and Onderwerp are required but the form
said so only after sending. Required fields are marked as on /bewaren/ (crispy's markup: the
label's 'requiredField' with an asterisk, the input's `required`); optional ones are not."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _field(html: str, name: str) -> tuple[str, str]:
    """(the label, the input) of the field `name`."""
    label = re.search(rf'<label[^>]*for="id_{name}"[^>]*>.*?</label>', html, re.S)
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html, re.S)
    assert label and tag, name
    return label.group(0), tag.group(0)


def test_required_fields_are_marked_as_on_bewaren(woo_client):
    html = woo_client.get(reverse("woo:verzoek_new")).content.decode()
    for name in ("nummer", "onderwerp", "ontvangen_op"):
        label, tag = _field(html, name)
        assert 'class="asteriskField"' in label and "requiredField" in label, name
        assert re.search(r"\srequired(?=[\s>])", tag), name
    for name in ("zaak", "verzoeker_naam"):
        label, tag = _field(html, name)
        assert "asteriskField" not in label and not re.search(r"\srequired(?=[\s>])", tag), name


def test_bewaren_uses_the_same_markup(logged_in, medewerker):
    html = logged_in(medewerker).get(reverse("submission_new")).content.decode()
    assert 'class="asteriskField"' in html and "requiredField" in html
