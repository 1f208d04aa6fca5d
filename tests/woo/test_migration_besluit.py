"""Migration woo 0006: judgements typed per selection become judgements per document."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("woo", "0005_search_per_conversation")]
AFTER = [("woo", "0006_woo_besluit")]
# Historical models have no Python defaults where a migration added a field without keeping one.
RECORD = {"status": "gearchiveerd", "upload_kind": "ios_export", "selection_source": "alles"}


def _migrate(targets):
    """Migrate woo to `targets`; the models as they are then (every other app at its latest)."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    others = [node for node in executor.loader.graph.leaf_nodes() if node[0] != "woo"]
    return executor.loader.project_state([*others, *targets]).apps


def test_typed_judgements_move_to_each_document_and_decided_requests_get_their_hold():
    apps = _migrate(BEFORE)
    try:
        User = apps.get_model("auth", "User")
        Submission = apps.get_model("chats", "Submission")
        Message = apps.get_model("chats", "Message")
        WooVerzoek = apps.get_model("woo", "WooVerzoek")
        WooSelectie = apps.get_model("woo", "WooSelectie")
        user = User.objects.create(username="wouter")
        record = Submission.objects.create(**RECORD, submitted_by_id=user.pk)
        other = Submission.objects.create(**RECORD, submitted_by_id=user.pk)
        for seq in (1, 2):
            Message.objects.create(submission=record, seq=seq, kind="text", in_record=True)
        single = Message.objects.create(submission=other, seq=1, kind="text", in_record=True)
        closed = WooVerzoek.objects.create(
            nummer="WOO-1",
            onderwerp="x",
            aangemaakt_door_id=user.pk,
            status="afgehandeld",
            afgehandeld_op=datetime(2025, 5, 1, 10, tzinfo=UTC),
        )
        WooSelectie.objects.create(
            verzoek=closed,
            submission=record,
            record_ref="WA-000001",
            besluit="niet_openbaar",
            gronden=["5.2"],
            toegevoegd_door_id=user.pk,
        )
        WooSelectie.objects.create(
            verzoek=closed,
            submission=other,
            message=single,
            message_seq=1,
            record_ref="WA-000002",
            besluit="openbaar",
            toegevoegd_door_id=user.pk,
        )

        apps = _migrate(AFTER)
        WooBeoordeling = apps.get_model("woo", "WooBeoordeling")
        judged = sorted(WooBeoordeling.objects.values_list("document_ref", "oordeel", "gronden"))
        assert judged == [
            ("WA-000001 bericht 1", "niet_openbaar", ["5.2"]),
            ("WA-000001 bericht 2", "niet_openbaar", ["5.2"]),
            ("WA-000002 bericht 1", "openbaar", []),
        ]
        verzoek = apps.get_model("woo", "WooVerzoek").objects.get()
        assert str(verzoek.besluit_op) == "2025-05-01"
        assert str(verzoek.bewaarplicht_tot) == "2025-06-12"
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
