"""'Opnieuw insturen' after the originals were purged (walk48): the form was prefilled with the
redacted onderwerp ("Bel [TELEFOONNUMMER] terug") as if the employee had typed it. What they
typed is gone on purpose (the purge keeps only the redacted text), so a field that now holds a
placeholder starts empty, with a hint; one without stays prefilled."""

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import SubmissionStatus
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def test_a_purged_placeholder_is_not_prefilled_as_typed(client, medewerker):
    rejected = SubmissionFactory(
        submitted_by=medewerker,
        status=SubmissionStatus.AFGEWEZEN,
        onderwerp="Bel [TELEFOONNUMMER] terug",
        onderwerp_redacted="Bel [TELEFOONNUMMER] terug",
        omschrijving="Melding over de boom.",
        omschrijving_redacted="Melding over de boom.",
        originals_purged_at=timezone.now(),
    )
    client.force_login(medewerker)
    page = client.get(reverse("submission_new") + f"?opnieuw={rejected.pk}").content.decode()
    assert 'value="Bel [TELEFOONNUMMER] terug"' not in page
    assert "Melding over de boom." in page
    assert "Vul het onderwerp opnieuw in" in page
