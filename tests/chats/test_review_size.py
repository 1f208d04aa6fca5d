"""The review page at real sizes: paged transcript, server-side selection, no field per message."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from chats.models import Message
from tests.factories import SelectielijstResultaatFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


class FormFields(HTMLParser):
    """What a browser posts for the form with `form_id`: its own controls plus those outside it
    that name it in their `form` attribute (checked boxes only, the selected option)."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.select: str | None = None
        self.select_first: str | None = None
        self.select_chosen = False
        self.fields: list[tuple[str, str]] = []

    def _ours(self, attrs: dict) -> bool:
        owner = attrs.get("form")
        return owner == self.form_id if owner is not None else self.inside

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        elif tag == "input" and attrs.get("name") and self._ours(attrs):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "button"):
                self.fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "select" and attrs.get("name") and self._ours(attrs):
            self.select, self.select_first, self.select_chosen = attrs["name"], None, False
        elif tag == "option" and self.select:
            value = attrs.get("value", "")
            if self.select_first is None:
                self.select_first = value
            if "selected" in attrs and not self.select_chosen:
                self.fields.append((self.select, value))
                self.select_chosen = True

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            if not self.select_chosen and self.select_first is not None:
                self.fields.append((self.select, self.select_first))
            self.select = None


def browser_post(html: str, form_id: str, **chosen) -> dict[str, list[str]]:
    parser = FormFields(form_id)
    parser.feed(html)
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    for name, value in chosen.items():
        data[name] = [str(value)]
    return data


def test_a_1500_message_chat_is_archived_through_the_real_page(
    ib_client, django_capture_on_commit_callbacks
):
    submission = processed_submission(messages=1500)
    zaak = ZaakFactory(afgesloten=True)
    resultaat = SelectielijstResultaatFactory()
    html = ib_client.get(url("review", submission.pk)).content.decode()
    data = browser_post(html, "rv-archive", zaak=zaak.pk, resultaat=resultaat.pk)
    preview = ib_client.post(url("archive", submission.pk), data)
    assert preview.status_code == 200, preview.status_code  # main: 400, too many fields
    assert sum(len(values) for values in data.values()) < 20  # no field per message
    confirm = browser_post(preview.content.decode(), "rv-confirm-form")
    with django_capture_on_commit_callbacks(execute=True):
        done = ib_client.post(url("archive", submission.pk), confirm)
    assert done.status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD
    assert Message.objects.filter(submission=submission, in_record=True).count() == 1500
