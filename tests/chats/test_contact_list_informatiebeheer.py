"""Walk fixw2 (A): Informatiebeheer sees the municipality's own contact list, read-only, and the
review page marks a value kept readable because it is the municipality's.

Failed on main: /admin/chats/organisationcontact/ gave Informatiebeheer a 403 that said "Neem
contact op met Informatiebeheer"; on the review page "0522 85 00 00" or "info@meppel.nl" was
plain text, so a reviewer could not tell "kept on purpose" from "missed".
"""

import re

import pytest
from django.urls import reverse

from chats.models import Message, OrganisationContact
from chats.redaction import OrganisationContacts
from chats.review.text import OwnValues
from chats.review.views import redacted_html, text_html
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db

LIST = "/admin/chats/organisationcontact/"
KEPT = "Gegeven van de gemeente, bewust zichtbaar"


@pytest.fixture
def contacts():
    # 14 0522, info@meppel.nl and the town hall's address are in the list from its start.
    return [OrganisationContact.objects.create(kind="telefoon", value="0522 85 00 00")]


def test_informatiebeheer_sees_the_list_read_only(ib_client, contacts):
    page = ib_client.get(LIST)
    assert page.status_code == 200
    html = page.content.decode()
    assert "0522 85 00 00" in html and "info@meppel.nl" in html
    assert 'name="form-0-active"' not in html  # no "in gebruik" checkbox to change
    assert f'href="{LIST}add/"' not in html
    assert "om te wijzigen" not in html
    detail = ib_client.get(f"{LIST}{contacts[0].pk}/change/")
    assert detail.status_code == 200
    assert "0522 85 00 00" in detail.content.decode()
    assert 'name="value"' not in detail.content.decode()


def test_informatiebeheer_changes_nothing(ib_client, contacts):
    contact = contacts[0]
    response = ib_client.post(
        f"{LIST}{contact.pk}/change/", {"kind": "telefoon", "value": "0522 85 00 01"}
    )
    assert response.status_code == 403
    assert ib_client.post(f"{LIST}add/", {"kind": "naam", "value": "De Plataan"}).status_code == 403
    response = ib_client.post(f"{LIST}{contact.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    contact.refresh_from_db()
    assert contact.value == "0522 85 00 00"
    assert not OrganisationContact.objects.filter(value="De Plataan").exists()


def test_beheer_still_edits_the_list(beheerder_client, contacts):
    html = beheerder_client.get(LIST).content.decode()
    assert 'name="form-0-active"' in html and f'href="{LIST}add/"' in html


def test_the_forbidden_page_does_not_send_informatiebeheer_to_itself(ib_client):
    # A page Informatiebeheer may not open (the user list is Beheer's).
    page = ib_client.get("/admin/auth/user/")
    assert page.status_code == 403
    text = page.content.decode()
    assert "Neem contact op met Informatiebeheer" not in text
    assert "Beheer" in text


def test_the_forbidden_page_still_sends_an_employee_to_informatiebeheer(logged_in, medewerker):
    text = logged_in(medewerker).get("/admin/").content.decode()
    assert "Neem contact op met Informatiebeheer" in text


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_text_html_marks_a_kept_municipal_value_and_keeps_the_text_exact():
    text = "Bel 0522 85 00 00 of mail info@meppel.nl, of kom naar Grote Oever 26."
    own = OwnValues(
        values=("0522 85 00 00", "info@meppel.nl"),
        organisation=OrganisationContacts.of(addresses=["Grote Oever 26, 7941 BC Meppel"]),
    )
    html = str(text_html(text, [], own=own))
    assert _plain(html) == text  # the selection script needs the exact text
    marks = re.findall(r'<mark class="rv-own"[^>]*>(.*?)</mark>', html)
    assert [_plain(m) for m in marks] == ["0522 85 00 00", "info@meppel.nl", "Grote Oever 26"]
    assert f'title="{KEPT}' in html
    # The archived record after the purge: the redacted text is marked the same way.
    redacted = str(redacted_html("Bel [NAAM] op 0522 85 00 00", own=own))
    assert _plain(redacted) == "Bel [NAAM] op 0522 85 00 00"
    assert re.search(r'<mark class="rv-own"[^>]*><span data-o="14">0522 85 00 00<', redacted)


def test_the_review_page_marks_the_municipal_number(ib_client, contacts):
    submission = processed_submission()
    message = Message.objects.filter(submission=submission).order_by("seq").first()
    message.text = "Bel het algemene nummer 14 0522 of 0522 85 00 00"
    message.text_redacted = message.text
    message.save(update_fields=["text", "text_redacted"])
    message.redactions.all().delete()
    page = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    html = page.content.decode()
    marks = re.findall(r'<mark class="rv-own"[^>]*>(.*?)</mark>', html)
    assert [_plain(m) for m in marks][:2] == ["14 0522", "0522 85 00 00"]
