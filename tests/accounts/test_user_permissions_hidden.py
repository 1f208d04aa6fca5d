"""Beheer's user page offers roles, not Django's individual permissions (walk 46): a way around
the role model. Permissions a user already has individually are still shown, to be removed."""

import pytest
from django.contrib.auth.models import Permission

from tests.accounts.test_duties import change_url, user_form

pytestmark = pytest.mark.django_db


def test_the_user_page_offers_no_individual_permissions(beheerder_client, make_user):
    other = make_user("woo", "Woo-behandelaar")
    html = beheerder_client.get(change_url(other)).content.decode()
    assert 'name="groups"' in html
    assert 'name="user_permissions"' not in html
    assert "Gebruikersrechten" not in html


def test_a_permission_posted_anyway_is_not_given(beheerder_client, make_user):
    other = make_user("woo", "Woo-behandelaar")
    permission = Permission.objects.get(codename="review_submission")
    beheerder_client.post(
        change_url(other), user_form(other, user_permissions=[str(permission.pk)])
    )
    assert not other.user_permissions.exists()


def test_existing_individual_permissions_are_shown_and_can_only_be_removed(
    beheerder_client, make_user
):
    other = make_user("woo", "Woo-behandelaar")
    kept = Permission.objects.get(codename="review_submission")
    other.user_permissions.add(kept)
    html = beheerder_client.get(change_url(other)).content.decode()
    assert 'name="user_permissions"' in html
    assert "alleen nog verwijderen" in html
    # Only the permission it has is offered: no new one can be ticked.
    other_permission = Permission.objects.get(codename="view_submission")
    assert f'value="{kept.pk}"' in html and f'value="{other_permission.pk}"' not in html
    response = beheerder_client.post(
        change_url(other),
        user_form(other, user_permissions=[str(kept.pk), str(other_permission.pk)]),
    )
    assert response.status_code == 200  # refused: not one of the choices
    assert set(other.user_permissions.all()) == {kept}
    beheerder_client.post(change_url(other), user_form(other, user_permissions=None))
    assert not other.user_permissions.exists()
