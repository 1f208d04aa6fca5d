"""Every main page answers with a strict Content-Security-Policy and carries no inline script."""

from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.woo.conftest import make_record, verzoek, woo_client, woo_user  # noqa: F401

pytestmark = pytest.mark.django_db

REQUIRED = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


class InlineScripts(HTMLParser):
    """Collects inline scripts (a <script> without src that is not JSON data) and on*= handlers."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        is_data = (attributes.get("type") or "").lower() == "application/json"
        if tag == "script" and not attributes.get("src") and not is_data:
            self.found.append(f"<script> without src: {self.getpos()}")
        for name, value in attrs:
            if name.lower() == "style":
                self.found.append(f"<{tag} style={value!r}> (style-src 'self' forbids it)")
            if name.lower().startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name.lower() in {"href", "action", "src"} and (
                value or ""
            ).strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")


def directives(header: str) -> dict[str, str]:
    parts = [part.strip().split(None, 1) for part in header.split(";") if part.strip()]
    return {part[0]: part[1] if len(part) > 1 else "" for part in parts}


def assert_strict_page(response):
    assert response.status_code == 200, response.status_code
    header = response.get("Content-Security-Policy", "")
    policy = directives(header)
    for name, value in REQUIRED.items():
        assert policy.get(name) == value, f"{name}: {policy.get(name)!r} in {header!r}"
    assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header
    parser = InlineScripts()
    parser.feed(response.content.decode())
    assert parser.found == []


def test_the_login_page(client):
    assert_strict_page(client.get(reverse("login")))


def test_the_intake_form_and_mijn_inzendingen(client, medewerker, submission):
    client.force_login(medewerker)
    assert_strict_page(client.get(reverse("submission_new")))
    assert_strict_page(client.get(reverse("submission_list")))
    client.force_login(submission.submitted_by)
    assert_strict_page(client.get(reverse("submission_detail", args=[submission.pk])))


def test_the_review_queue_review_page_and_overview(ib_client, submission):
    assert_strict_page(ib_client.get(reverse("admin:chats_submission_changelist")))
    assert_strict_page(
        ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    )
    assert_strict_page(ib_client.get(reverse("admin:chats_submission_overview")))
    assert_strict_page(ib_client.get(reverse("admin:index")))


def test_the_woo_pages(woo_client, make_record, verzoek):  # noqa: F811
    record = make_record(["De boom aan de Hoofdstraat is omgewaaid."])
    assert_strict_page(woo_client.get(reverse("woo:search"), {"q": "boom"}))
    assert_strict_page(woo_client.get(reverse("woo:record", args=[record.pk])))
    assert_strict_page(woo_client.get(reverse("woo:verzoek_list")))
    assert_strict_page(woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])))


def test_the_media_policy_stays_stricter(ib_client, submission):
    media = submission.media.first()
    response = ib_client.get(
        reverse("admin:chats_submission_media", args=[submission.pk, media.pk])
    )
    header = response.get("Content-Security-Policy", "")
    assert response.status_code == 200
    assert header.startswith("default-src 'none'")


def test_every_admin_list_add_and_change_page(client, django_user_model, submission):
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.nl", "x"))
    checked = 0
    for model in admin.site._registry:
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls = [reverse(f"{info}_changelist"), reverse(f"{info}_add")]
        if (obj := model._default_manager.first()) is not None:
            urls.append(reverse(f"{info}_change", args=[obj.pk]))
        for url in urls:
            response = client.get(url)
            if response.status_code == 200:
                assert_strict_page(response)
                checked += 1
    assert checked >= 20
