"""The note above a resubmission names the fields that start empty as a person says them: each
with its own article ("het onderwerp", "de korte omschrijving"; not "het korte omschrijving") and
joined as Dutch lists are ("A en B", "A, B en C")."""

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import SubmissionStatus
from chats.wording import named_together
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db

PLACEHOLDER = "Bel [TELEFOONNUMMER] terug"


def _note_of(client, medewerker, **typed) -> str:
    rejected = SubmissionFactory(
        submitted_by=medewerker,
        status=SubmissionStatus.AFGEWEZEN,
        originals_purged_at=timezone.now(),
        **typed,
    )
    client.force_login(medewerker)
    return client.get(reverse("submission_new") + f"?opnieuw={rejected.pk}").content.decode()


def test_two_fields_are_named_each_with_its_own_article(client, medewerker):
    page = _note_of(
        client,
        medewerker,
        onderwerp=PLACEHOLDER,
        onderwerp_redacted=PLACEHOLDER,
        omschrijving="Sms van [NAAM] over de boom.",
        omschrijving_redacted="Sms van [NAAM] over de boom.",
    )
    assert "Vul het onderwerp en de korte omschrijving opnieuw in:" in page
    assert "het korte omschrijving" not in page


def test_one_field_alone_is_named_without_a_list(client, medewerker):
    page = _note_of(
        client,
        medewerker,
        omschrijving="Sms van [NAAM] over de boom.",
        omschrijving_redacted="Sms van [NAAM] over de boom.",
    )
    assert "Vul de korte omschrijving opnieuw in:" in page


def test_three_fields_are_listed_with_commas_and_a_last_en(client, medewerker):
    page = _note_of(
        client,
        medewerker,
        onderwerp=PLACEHOLDER,
        onderwerp_redacted=PLACEHOLDER,
        omschrijving="Sms van [NAAM] over de boom.",
        omschrijving_redacted="Sms van [NAAM] over de boom.",
        elders_vastgelegd="ja",
        elders_vastgelegd_waar="Mail aan [E-MAILADRES]",
    )
    assert (
        "Vul het onderwerp, de korte omschrijving en de plek waar het ook staat opnieuw in:" in page
    )


def test_named_together_joins_as_dutch_lists_do():
    assert named_together([]) == ""
    assert named_together(["het onderwerp"]) == "het onderwerp"
    assert named_together(["a", "b"]) == "a en b"
    assert named_together(["a", "b", "c", "d"]) == "a, b, c en d"
