"""A demo Woo request over the archived demo chat, half assessed, so `make run` shows the decision.

The first messages are judged (one with a blacked-out passage, one withheld on 5.2), the rest
are left for the visitor: export and closing are refused until they are judged too.
"""

from datetime import timedelta

from django.utils import timezone

from chats.models import Message, Submission
from woo.besluit import beoordeling_save, passage_add
from woo.constants import Oordeel
from woo.models import WooVerzoek
from woo.services import WooError, selectie_add, verzoek_create

NUMMER = "WOO-2025-001"
ARCHIVED_DEMO_CHAT = "Voorbeeld: subsidie buurtfeest Koedijkslanden"


def demo_woo_verzoek_create(*, officer) -> WooVerzoek | None:
    """The demo request with its selection and first judgements; None when it exists already
    or the archived demo chat is not there."""
    if WooVerzoek.objects.filter(nummer=NUMMER).exists():
        return None
    record = Submission.objects.archived().filter(onderwerp=ARCHIVED_DEMO_CHAT).first()
    if record is None:
        return None
    verzoek = verzoek_create(
        user=officer,
        nummer=NUMMER,
        onderwerp="Subsidies voor buurtfeesten in 2024",
        ontvangen_op=timezone.localdate() - timedelta(days=10),
    )
    selectie_add(user=officer, verzoek=verzoek, submission_id=record.pk)
    messages = list(Message.objects.filter(submission=record, in_record=True).order_by("seq"))
    plan = {
        0: (Oordeel.OPENBAAR, []),
        1: (Oordeel.OPENBAAR, []),
        2: (Oordeel.DEELS_OPENBAAR, []),
        3: (Oordeel.NIET_OPENBAAR, ["5.1.2e"]),
    }
    for index, (oordeel, gronden) in plan.items():
        if index >= len(messages):
            break
        message = messages[index]
        if oordeel == Oordeel.DEELS_OPENBAAR:
            try:
                passage_add(
                    user=officer,
                    verzoek=verzoek,
                    message_id=message.pk,
                    passage="€ 750",
                    grond="5.1.2b",
                )
            except WooError:  # the text differs from the demo's: judge it withheld instead
                oordeel, gronden = Oordeel.NIET_OPENBAAR, ["5.1.2b"]
        beoordeling_save(
            user=officer, verzoek=verzoek, message_id=message.pk, oordeel=oordeel, gronden=gronden
        )
    return verzoek
