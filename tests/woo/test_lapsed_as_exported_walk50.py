"""Walk 50 (E): after Informatiebeheer's "nader anonimiseren" the judging page names the
judgement as the export listed it: a message judged 'openbaar' with personal data the archive
had blacked out was exported as "Deels openbaar (5.1.1e)"; that is what the page says, with
what happened since, not "Openbaar" (nor the grounds of the later blackout).

Failed on main: the page said "Openbaar, maar daarna door Informatiebeheer nader
geanonimiseerd" for a document the inventory had listed as "Deels openbaar"."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import RedactionSource
from chats.models import Message
from tests.factories import RedactionSpanFactory
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.models import WooBeoordeling
from woo.release import release_items
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

SINCE = '<span class="text-danger woo-redacted-since">, maar daarna'


def _judged_then_redacted(make_record, woo_user, verzoek, redacted: str, later: str):
    record = make_record([(redacted, redacted.replace("[BSN]", "123456782")), "Tot morgen."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    exported = release_items(verzoek)[0]
    WooBeoordeling.objects.filter(verzoek=verzoek).update(
        beoordeeld_op=timezone.now() - timedelta(minutes=5)
    )
    message = record.messages.get(seq=1)
    # Informatiebeheer blacks out a name by hand (nader anonimiseren) after the export.
    start = redacted.index("Jan Jansen")
    RedactionSpanFactory(
        submission=record,
        message=message,
        start=start,
        end=start + len("Jan Jansen"),
        label="PERSON",
        source=RedactionSource.HANDMATIG,
        changed_at=timezone.now(),
    )
    Message.objects.filter(pk=message.pk).update(text_redacted=later)
    return record, exported


def test_the_lapsed_judgement_is_named_as_it_was_exported(
    make_record, woo_client, woo_user, verzoek
):
    record, exported = _judged_then_redacted(
        make_record,
        woo_user,
        verzoek,
        "Jan Jansen, BSN [BSN], vraagt om de kap.",
        "[NAAM], BSN [BSN], vraagt om de kap.",
    )
    assert (exported.oordeel, exported.gronden) == (Oordeel.DEELS_OPENBAAR, ("5.1.1e",))
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content
    page = page.decode()
    assert f"Deels openbaar (5.1.1e){SINCE}" in page
    assert f"Openbaar{SINCE}" not in page


def test_a_judgement_exported_as_openbaar_stays_openbaar(
    make_record, woo_client, woo_user, verzoek
):
    # Nothing was blacked out when it was exported: the later blackout's ground is not named.
    record, exported = _judged_then_redacted(
        make_record,
        woo_user,
        verzoek,
        "De kastanje bij Jan Jansen.",
        "De kastanje bij [NAAM].",
    )
    assert (exported.oordeel, exported.gronden) == (Oordeel.OPENBAAR, ())
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content
    page = page.decode()
    assert f"Openbaar{SINCE}" in page
    assert "Deels openbaar (5.1.2e)<span" not in page
