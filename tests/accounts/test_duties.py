"""Separation of duties: Beheer manages users but does not grant itself anything, does not make
anyone superuser and takes no decisions on records; every change of access is audited."""

from datetime import date

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from accounts.duties import DutyRefused
from accounts.roles import BEHEERDER, INFORMATIEBEHEER, MEDEWERKER, WOO_BEHANDELAAR
from audit.models import AuditEvent
from chats.constants import SubmissionStatus
from chats.models import RedactionSpan
from chats.review.services import redaction_toggle, review_archive, review_reject
from tests.factories import (
    SelectielijstResultaatFactory,
    WooVerzoekFactory,
    ZaakFactory,
    processed_submission,
)
from woo.besluit import beoordeling_save_record, verzoek_close, verzoek_verdagen
from woo.services import verzoek_create

pytestmark = pytest.mark.django_db


def change_url(user):
    return reverse("admin:auth_user_change", args=[user.pk])


def user_form(user, **changes):
    """The admin change form of `user` as a browser posts it, with `changes` applied."""
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
        "user_permissions": [str(pk) for pk in user.user_permissions.values_list("pk", flat=True)],
    }
    if user.is_active:
        data["is_active"] = "on"
    if user.is_superuser:
        data["is_superuser"] = "on"
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def access_rows():
    return list(AuditEvent.objects.filter(action="user_access.changed").order_by("pk"))


# --- Beheer and its own access ------------------------------------------------------------------


def test_beheer_cannot_make_itself_superuser(beheerder_client, beheerder):
    response = beheerder_client.post(change_url(beheerder), user_form(beheerder, is_superuser="on"))
    assert response.status_code in (200, 302)
    beheerder.refresh_from_db()
    assert not beheerder.is_superuser


def test_beheer_cannot_give_itself_a_role_or_a_permission(beheerder_client, beheerder, roles):
    permission = Permission.objects.get(codename="review_submission")
    data = user_form(
        beheerder,
        groups=[str(roles[BEHEERDER].pk), str(roles[INFORMATIEBEHEER].pk)],
        user_permissions=[str(permission.pk)],
    )
    beheerder_client.post(change_url(beheerder), data)
    assert set(beheerder.groups.values_list("name", flat=True)) == {BEHEERDER}
    assert not beheerder.user_permissions.exists()


def test_beheer_cannot_deactivate_itself(beheerder_client, beheerder):
    beheerder_client.post(change_url(beheerder), user_form(beheerder, is_active=None))
    beheerder.refresh_from_db()
    assert beheerder.is_active


def test_the_own_change_page_shows_roles_and_status_read_only(beheerder_client, beheerder):
    html = beheerder_client.get(change_url(beheerder)).content.decode()
    assert 'name="groups"' not in html and 'name="is_superuser"' not in html
    assert 'name="user_permissions"' not in html and 'name="is_active"' not in html


# --- Beheer and other users -----------------------------------------------------------------------


def test_beheer_cannot_make_anyone_superuser(beheerder_client, make_user):
    other = make_user("mila", MEDEWERKER)
    beheerder_client.post(change_url(other), user_form(other, is_superuser="on"))
    other.refresh_from_db()
    assert not other.is_superuser
    assert 'name="is_superuser"' not in beheerder_client.get(change_url(other)).content.decode()


def test_beheer_gives_another_user_a_role_and_the_change_is_audited(
    beheerder_client, beheerder, make_user, roles
):
    other = make_user("inge2", MEDEWERKER)
    data = user_form(other, groups=[str(roles[MEDEWERKER].pk), str(roles[INFORMATIEBEHEER].pk)])
    response = beheerder_client.post(change_url(other), data)
    assert response.status_code == 302
    assert set(other.groups.values_list("name", flat=True)) == {MEDEWERKER, INFORMATIEBEHEER}
    [row] = access_rows()
    assert (row.actor, row.object_type, row.object_id) == (beheerder, "auth.user", str(other.pk))
    assert row.label == "Rollen of rechten van gebruiker gewijzigd"
    changes = row.detail["changes"]
    assert changes["roles"] == {
        "before": [MEDEWERKER],
        "after": [INFORMATIEBEHEER, MEDEWERKER],
    }
    # Staff status followed the role (accounts/staff.py) and is part of the same row.
    assert changes["is_staff"] == {"before": False, "after": True}


def test_deactivating_a_user_is_audited(beheerder_client, make_user):
    other = make_user("weg", MEDEWERKER)
    beheerder_client.post(change_url(other), user_form(other, is_active=None))
    other.refresh_from_db()
    assert not other.is_active
    [row] = access_rows()
    assert row.detail["changes"] == {"is_active": {"before": True, "after": False}}


def test_a_change_of_name_only_writes_no_access_row(beheerder_client, make_user):
    other = make_user("naam", MEDEWERKER)
    beheerder_client.post(change_url(other), user_form(other, first_name="Nieuw"))
    other.refresh_from_db()
    assert other.first_name == "Nieuw"
    assert access_rows() == []


def test_beheer_cannot_change_a_superusers_account_or_password(beheerder_client, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.nl", "geheim-123456")
    response = beheerder_client.post(change_url(root), user_form(root, is_superuser=None))
    assert response.status_code == 403
    password_url = reverse("admin:auth_user_password_change", args=[root.pk])
    response = beheerder_client.post(
        password_url, {"password1": "overgenomen-987", "password2": "overgenomen-987"}
    )
    assert response.status_code == 403
    root.refresh_from_db()
    assert root.is_superuser and root.check_password("geheim-123456")


def test_a_password_set_by_beheer_is_audited(beheerder_client, beheerder, make_user):
    other = make_user("ww", MEDEWERKER)
    response = beheerder_client.post(
        reverse("admin:auth_user_password_change", args=[other.pk]),
        {"password1": "Nieuw-wachtwoord-9876", "password2": "Nieuw-wachtwoord-9876"},
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.check_password("Nieuw-wachtwoord-9876")
    row = AuditEvent.objects.get(action="user_password.set")
    assert (row.actor, row.object_id, row.detail) == (
        beheerder,
        str(other.pk),
        {"user_id": other.pk},
    )
    assert "Nieuw-wachtwoord" not in str(row.detail)


def test_beheer_cannot_bulk_delete_a_superuser(beheerder_client, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.nl", "geheim-123456")
    response = beheerder_client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "delete_selected", "_selected_action": [str(root.pk)], "post": "yes"},
    )
    assert response.status_code == 403
    assert django_user_model.objects.filter(pk=root.pk).exists()


def test_a_superuser_makes_someone_superuser_and_it_is_audited(
    client, django_user_model, make_user
):
    root = django_user_model.objects.create_superuser("root", "root@example.nl", "geheim-123456")
    client.force_login(root)
    other = make_user("bart", MEDEWERKER, BEHEERDER)
    response = client.post(change_url(other), user_form(other, is_superuser="on"))
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.is_superuser
    [row] = access_rows()
    assert row.actor == root
    assert row.detail["changes"]["is_superuser"] == {"before": False, "after": True}


def test_the_save_checks_again_when_the_form_is_bypassed(rf, beheerder, make_user):
    """The admin's save refuses a forbidden result even if the form let it through."""
    from django.contrib import admin as django_admin

    from accounts.duties import access_of

    model_admin = django_admin.site._registry[type(beheerder)]
    request = rf.post("/")
    request.user = beheerder
    request._access_before = {beheerder.pk: access_of(beheerder)}
    beheerder.is_superuser = True
    beheerder.save()

    class Form:
        instance = beheerder

        @staticmethod
        def save_m2m():
            return None

    with pytest.raises(DutyRefused):
        model_admin.save_related(request, Form, [], True)


# --- groups ---------------------------------------------------------------------------------------


def test_beheer_cannot_change_the_permissions_of_its_own_group(beheerder_client, roles):
    group = roles[BEHEERDER]
    everything = [str(pk) for pk in Permission.objects.values_list("pk", flat=True)]
    response = beheerder_client.post(
        reverse("admin:auth_group_change", args=[group.pk]),
        {"name": group.name, "permissions": everything},
    )
    assert response.status_code == 403
    assert not group.permissions.filter(
        content_type__app_label="audit", codename="delete_auditevent"
    ).exists()


def test_a_change_of_a_groups_permissions_is_audited(beheerder_client, beheerder):
    group = Group.objects.create(name="Koffieclub")
    permission = Permission.objects.get(codename="view_zaak")
    response = beheerder_client.post(
        reverse("admin:auth_group_change", args=[group.pk]),
        {"name": group.name, "permissions": [str(permission.pk)]},
    )
    assert response.status_code == 302
    row = AuditEvent.objects.get(action="group_permissions.changed")
    assert row.actor == beheerder
    assert row.detail == {"group": "Koffieclub", "added": ["zaken.view_zaak"], "removed": []}


# --- no decisions on records ----------------------------------------------------------------------


def test_beheer_cannot_archive_over_http(beheerder_client, submission):
    zaak = ZaakFactory(zaaknummer="Z-2024-000321", einddatum=date(2024, 8, 31))
    resultaat = SelectielijstResultaatFactory(nummer="15.2", bewaartermijn="P1Y6M")
    response = beheerder_client.post(
        reverse("admin:chats_submission_archive", args=[submission.pk]),
        {"zaak": zaak.pk, "resultaat": resultaat.pk, "bevestigd": "1"},
    )
    assert response.status_code == 403
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    refused = AuditEvent.objects.get(action="decision.refused")
    assert refused.actor_name == "bea" and refused.result == "geweigerd"
    assert "functiescheiding" in refused.detail["reason"]


def test_beheer_sees_the_review_page_without_any_decision(beheerder_client, submission):
    response = beheerder_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for marker in ('id="rv-archive"', 'id="rv-reject"', 'id="rv-return"', 'class="rv-pick"'):
        assert marker not in html, marker


@pytest.mark.parametrize("roles_held", [(BEHEERDER,), (BEHEERDER, INFORMATIEBEHEER)])
def test_the_review_services_refuse_beheer(make_user, roles_held):
    user = make_user("bea2", *roles_held, staff=True)
    submission = processed_submission()
    zaak = ZaakFactory(resultaat=SelectielijstResultaatFactory())
    with pytest.raises(DutyRefused, match="functiescheiding"):
        review_archive(submission_id=submission.pk, zaak=zaak, user=user)
    with pytest.raises(DutyRefused):
        review_reject(submission_id=submission.pk, reason="dubbel", user=user)
    span = RedactionSpan.objects.filter(submission=submission).first()
    with pytest.raises(DutyRefused):
        redaction_toggle(span_id=span.pk, user=user)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN


def test_the_woo_services_refuse_beheer(make_user):
    user = make_user("bea3", MEDEWERKER, BEHEERDER, staff=True)
    with pytest.raises(DutyRefused):
        verzoek_create(user=user, nummer="WOO-1", onderwerp="Bomen", ontvangen_op=date(2026, 1, 5))
    woo = make_user("wouter", MEDEWERKER, WOO_BEHANDELAAR)
    verzoek = WooVerzoekFactory(nummer="WOO-2", onderwerp="Bomen", aangemaakt_door=woo)
    with pytest.raises(DutyRefused):
        verzoek_close(user=user, verzoek=verzoek)
    with pytest.raises(DutyRefused):
        beoordeling_save_record(user=user, verzoek=verzoek, submission_id=1, oordeel="openbaar")
    with pytest.raises(DutyRefused):
        verzoek_verdagen(user=user, verzoek=verzoek)
    verzoek.refresh_from_db()
    assert verzoek.is_open
    assert verzoek.verdaagd_op is None


def test_beheer_cannot_close_a_woo_request_over_http(beheerder_client, make_user):
    woo = make_user("wouter", MEDEWERKER, WOO_BEHANDELAAR)
    verzoek = WooVerzoekFactory(nummer="WOO-3", onderwerp="Bomen", aangemaakt_door=woo)
    response = beheerder_client.post(reverse("woo:verzoek_close", args=[verzoek.pk]))
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="decision.refused", actor_name="bea").count() == 1
    verzoek.refresh_from_db()
    assert verzoek.is_open


def test_the_refusal_page_says_why(beheerder_client, make_user):
    """A refused decision answers 403 with the Dutch reason, not only 'geen toegang'."""
    woo = make_user("wouter2", MEDEWERKER, WOO_BEHANDELAAR)
    verzoek = WooVerzoekFactory(nummer="WOO-4", onderwerp="Bomen", aangemaakt_door=woo)
    response = beheerder_client.post(reverse("woo:verzoek_close", args=[verzoek.pk]))
    assert response.status_code == 403
    assert "functiescheiding" in response.content.decode()
