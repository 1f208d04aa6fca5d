"""Accessibility in the HTML itself (WCAG 2.1 AA): names, states, groups, error summaries, the
skip link and the toegankelijkheidsverklaring. axe-core in Chromium is in tests/browser."""

import json
import re

import pytest
from django.urls import reverse

from accounts.admin import PasswordSummaryWidget
from audit.models import AuditEvent
from chats.forms import SubmissionForm
from chats.review.text import SpanRef
from chats.review.views import text_html
from chats.templatetags.archief import form_errors
from meppel_archief.accessibility import AXE_CORE_VERSION
from tests.conftest import REPO_ROOT
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def test_a_redaction_mark_exposes_its_state_with_aria_pressed_and_says_what_it_does():
    spans = [SpanRef(id=7, start=0, end=3, label="PERSON", active=True)]
    on = str(text_html("Jan belt", spans))
    assert 'aria-pressed="true"' in on and 'aria-label="Jan weglakken als [NAAM]"' in on
    off = str(text_html("Jan belt", [SpanRef(7, 0, 3, "PERSON", active=False)]))
    assert 'aria-pressed="false"' in off and 'aria-label="Jan weglakken als [NAAM]"' in off


def test_the_date_order_choice_is_a_group_with_a_legend(ib_client):
    submission = processed_submission(uncertain=True)
    html = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk])).content
    form = html.decode().split('id="rv-date-order"')[1].split("</form>")[0]
    assert re.search(r"<fieldset[^>]*><legend>Volgorde van de datums in de export</legend>", form)
    assert 'type="radio"' in form.split("<legend>")[1].split("</fieldset>")[0]


def test_every_aria_describedby_on_the_review_page_names_an_existing_id(ib_client, submission):
    html = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk])).content
    html = html.decode()
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described, "the archive form's fields carry help texts"
    for names in described:
        for name in names.split():
            assert name in ids, name


def test_form_errors_link_each_field_and_a_radio_group_to_its_first_option():
    form = SubmissionForm(data={"onderwerp": ""}, files={})
    assert not form.is_valid()
    errors = form_errors(form)
    anchors = {e["anchor"] for e in errors}
    assert "id_onderwerp" in anchors and "id_upload_kind_0" in anchors
    onderwerp = next(e for e in errors if e["anchor"] == "id_onderwerp")
    assert onderwerp["label"] == form["onderwerp"].label and onderwerp["message"]


def test_a_failed_intake_submit_has_an_error_summary_that_links_to_the_fields(client, medewerker):
    client.force_login(medewerker)
    response = client.post(reverse("submission_new"), {"onderwerp": ""})
    html = response.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.startswith("Fout: ")
    summary = html.split('id="foutoverzicht"')[1].split("</div>")[0]
    assert "data-focus-on-load" in html.split('id="foutoverzicht"')[1][:200]
    links = re.findall(r'<a href="#([^"]+)">', summary)
    assert "id_onderwerp" in links and "id_upload_kind_0" in links
    for anchor in links:
        assert f'id="{anchor}"' in html, anchor


def test_the_empty_intake_form_has_no_error_title(client, medewerker):
    client.force_login(medewerker)
    html = client.get(reverse("submission_new")).content.decode()
    assert "<title>WhatsAppgesprek bewaren" in html and "foutoverzicht" not in html


@pytest.mark.parametrize("url", ["/accounts/login/", "/toegankelijkheid/"])
def test_every_bootstrap_page_has_a_skip_link_to_main_and_the_statement_in_its_footer(client, url):
    html = client.get(url).content.decode()
    assert '<a class="skip-link" href="#hoofdinhoud">Naar hoofdinhoud</a>' in html
    assert '<main class="container pb-5" id="hoofdinhoud"' in html
    assert f'href="{reverse("accessibility")}">Toegankelijkheidsverklaring</a>' in html


def test_admin_pages_have_a_skip_link_and_the_statement_in_their_footer(ib_client):
    html = ib_client.get("/admin/").content.decode()
    assert 'href="#content-start"' in html and 'id="content-start"' in html
    assert f'href="{reverse("accessibility")}">Toegankelijkheidsverklaring</a>' in html
    assert "admin-a11y.css" in html and "admin-a11y.js" in html


def test_the_statement_is_public_and_says_what_was_tested_and_how(client):
    response = client.get(reverse("accessibility"))
    assert response.status_code == 200
    html = response.content.decode()
    for needle in [
        "WCAG 2.1",
        f"axe-core</a> {AXE_CORE_VERSION}",
        "320 CSS-pixels",
        "Chromium",
        "Bekende beperkingen",
        "Contact",
        "informatiebeheer@",
    ]:
        assert needle in html, needle


def test_the_statement_names_the_axe_core_version_the_tests_install():
    package = json.loads((REPO_ROOT / "package.json").read_text())
    lock = json.loads((REPO_ROOT / "package-lock.json").read_text())
    assert package["devDependencies"]["axe-core"] == AXE_CORE_VERSION
    assert lock["packages"]["node_modules/axe-core"]["version"] == AXE_CORE_VERSION


def test_the_user_change_page_names_each_date_and_time_box(beheerder_client, medewerker):
    html = beheerder_client.get(f"/admin/auth/user/{medewerker.pk}/change/").content.decode()
    for name in ["last_login_0", "last_login_1", "date_joined_0", "date_joined_1"]:
        tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)
        assert "aria-label=" in tag, tag
    assert 'aria-label="Laatste aanmelding: datum"' in html
    assert 'aria-label="Datum toegetreden: tijd"' in html
    assert 'id="id_password_helptext"' in html
    assert PasswordSummaryWidget().id_for_label("id_password") == "id_password"


def test_the_audit_log_filter_names_the_empty_object_type(beheerder_client):
    AuditEvent.objects.create(action="auth.login", object_type="", actor_name="x")
    html = beheerder_client.get("/admin/audit/auditevent/").content.decode()
    assert re.search(r'<a href="\?object_type=">\s*\(geen\)\s*</a>', html)


def test_a_refused_woo_request_form_names_its_errors_and_links_to_the_fields(client, make_user):
    client.force_login(make_user("woo", "Medewerker", "Woo-behandelaar"))
    response = client.post(reverse("woo:verzoek_new"), {"nummer": "", "onderwerp": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert re.search(r"<title>(.*?)</title>", html, re.S).group(1).startswith("Fout: ")
    nummer = re.search(r'<input[^>]*name="nummer"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in nummer and 'aria-describedby="id_nummer_fout' in nummer
    assert 'id="id_nummer_fout"' in html
    assert '<a href="#id_nummer">' in html.split('id="foutoverzicht"')[1]


def test_a_wrong_login_and_an_empty_answer_say_so_in_the_title(client, make_user):
    response = client.post("/accounts/login/", {"username": "x", "password": "y"})
    assert "<title>Fout: Inloggen" in response.content.decode()
    medewerker = make_user("medewerker", "Medewerker")
    ib = make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission(submitted_by=medewerker, status="terug_naar_indiener")
    submission.questions.create(question="Welke zaak?", asked_by=ib)
    client.force_login(medewerker)
    html = client.post(reverse("submission_answer", args=[submission.pk]), {"answer": ""})
    html = html.content.decode()
    assert "<title>Fout: " in html
    textarea = re.search(r"<textarea[^>]*>", html).group(0)
    assert "data-focus-on-load" in textarea and 'aria-describedby="antwoord-fout"' in textarea
