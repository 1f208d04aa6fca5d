"""Walk fixw2 (G): the intake form says the onderwerp is shown to others and personal data in
it is blacked out, and the employee's page shows what others read once it was.

Failed on main: "Klacht scheve stoep Dolderweg 88 van dhr. Gerrit Zwiers" was accepted without a
word; only Informatiebeheer and Woo saw "[ADRES] van dhr. [NAAM]".
"""

import re

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db

TYPED = "Klacht scheve stoep Dolderweg 88 van dhr. Gerrit Zwiers"
REDACTED = "Klacht scheve stoep [ADRES] van dhr. [NAAM]"


def test_the_form_says_the_onderwerp_is_shown_to_others(client, medewerker):
    client.force_login(medewerker)
    html = client.get(reverse("submission_new")).content.decode()
    help_text = re.search(r'id="id_onderwerp_helptext"[^>]*>(.*?)</', html, re.S).group(1)
    assert "Omgewaaide boom Hoofdstraat" in help_text
    assert "zien" in help_text and "weggelakt" in help_text
    assert "namen" in help_text


def test_the_employee_sees_the_onderwerp_as_others_read_it(client):
    submission = processed_submission(onderwerp=TYPED, status=SubmissionStatus.TE_BEOORDELEN)
    submission.onderwerp_redacted = REDACTED
    submission.save(update_fields=["onderwerp_redacted"])
    client.force_login(submission.submitted_by)
    html = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    note = re.search(r'id="onderwerp-weggelakt"[^>]*>(.*?)</div>', html, re.S)
    assert note, "the page says the onderwerp held personal data"
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", note.group(1)))
    assert REDACTED in text
    # Who reads it so, truly: Informatiebeheer reviews what was typed (walk 48 found "Anderen",
    # while the review queue shows the typed onderwerp).
    assert "Anderen lezen" not in text and "Informatiebeheer" in text, text
    assert "persoonsgegevens" in text


def test_no_note_when_nothing_was_blacked_out(client):
    submission = processed_submission(
        onderwerp="Omgewaaide boom", status=SubmissionStatus.TE_BEOORDELEN
    )
    submission.onderwerp_redacted = "Omgewaaide boom"
    submission.save(update_fields=["onderwerp_redacted"])
    client.force_login(submission.submitted_by)
    html = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert "onderwerp-weggelakt" not in html
