"""Forms whose fields the browser would check itself: an English browser says "Please select an
item in the list." (the zaak before archiving) or "Please select one of these options." (a
reason to reject), in its own language, before the server's Dutch message is ever seen (found
walking the review as Informatiebeheer, stop 38). Such forms carry `novalidate`: the server
checks them and says what is missing in Dutch, as the intake form and the login do."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open: dict | None = None
        self.checked_by_browser: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self.open = {
                "name": attrs.get("id") or attrs.get("action"),
                "novalidate": "novalidate" in attrs,
            }
        elif (
            self.open
            and not self.open["novalidate"]
            and tag in {"input", "select", "textarea"}
            and "required" in attrs
            and attrs.get("type") != "hidden"  # the browser checks no hidden field
            and self.open["name"] not in self.checked_by_browser
        ):
            self.checked_by_browser.append(self.open["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self.open = None


def forms_checked_by_the_browser(html: str) -> list[str]:
    parser = _Forms()
    parser.feed(html)
    return parser.checked_by_browser


def test_the_review_pages_forms_are_checked_in_dutch_by_the_server(ib_client):
    submission = processed_submission()
    page = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    html = page.content.decode()
    assert 'id="rv-archive"' in html and 'id="rv-reject"' in html and 'id="rv-return"' in html
    assert forms_checked_by_the_browser(html) == []


def test_the_server_says_in_dutch_what_is_missing(ib_client):
    submission = processed_submission()
    for url, expected in (
        ("admin:chats_submission_archive", "Kies de zaak waarbij het gesprek hoort."),
        ("admin:chats_submission_reject", "Kies een reden voor de afwijzing."),
        ("admin:chats_submission_return", "Schrijf de vraag aan de indiener."),
    ):
        response = ib_client.post(reverse(url, args=[submission.pk]), {}, follow=True)
        assert expected in response.content.decode()
