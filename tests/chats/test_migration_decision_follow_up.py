"""Migration chats 0016: decisions taken before it count as followed up (no second e-mail)."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("chats", "0015_organisation_contact_names")]
AFTER = [("chats", "0016_submission_decision_followed_up_at")]
DECIDED = datetime(2026, 11, 30, 9, tzinfo=UTC)


def _migrate(targets):
    """Migrate chats to `targets`; the models as they are then (`targets` and what they depend
    on: an app at its latest may depend on a later chats migration, woo 0032 on chats 0022)."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_earlier_rejections_and_questions_are_not_followed_up_again():
    apps = _migrate(BEFORE)
    try:
        user = apps.get_model("auth", "User").objects.create(username="ingrid")
        Submission = apps.get_model("chats", "Submission")
        kinds = {"upload_kind": "ios_export", "submitted_by_id": user.pk}
        rejected = Submission.objects.create(status="afgewezen", reviewed_at=DECIDED, **kinds)
        asked = Submission.objects.create(
            status="terug_naar_indiener", reviewed_at=DECIDED, **kinds
        )
        open_one = Submission.objects.create(status="te_beoordelen", **kinds)

        Submission = _migrate(AFTER).get_model("chats", "Submission")
        followed = dict(Submission.objects.values_list("pk", "decision_followed_up_at"))
        assert followed == {rejected.pk: DECIDED, asked.pk: DECIDED, open_one.pk: None}
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
