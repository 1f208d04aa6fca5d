"""The audit row's INSERT as one plain statement on PostgreSQL (AuditEvent._insert_plain): the
row it stores is the row the ORM's INSERT stores, column for column, and the chain holds."""

import pytest
from django.db import connection
from django.db.models.signals import post_save
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from audit import events
from audit.integrity import verify_chain
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

COLUMNS = ("actor_id", "actor_name", "action", "object_type", "object_id", "result")


def _search(user, query: str) -> AuditEvent:
    request = RequestFactory().get("/woo/zoeken/", REMOTE_ADDR="192.0.2.7")
    request.user = user
    return events.woo_archive_searched(
        actor=user,
        request=request,
        query=query,
        query_digest="ab" * 32,
        filters={"zaak_id": None, "van": "2024-01-01", "tot": None, "afdeling": "ruimte"},
        records=3,
        hits=12,
        page=2,
    )


def _stored(pk: int) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(COLUMNS)}, host(remote_addr), detail::text "
            "FROM audit_auditevent WHERE id = %s",
            [pk],
        )
        return cursor.fetchone()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="alleen op PostgreSQL")
def test_the_plain_insert_stores_what_the_orm_stores(django_user_model):
    user = django_user_model.objects.create_user(username="woo-1", password="x")
    with CaptureQueriesContext(connection) as plain_queries:
        plain = _search(user, "bomenkap “Oude Vaart” [naam]")
    assert any(
        q["sql"].startswith('INSERT INTO "audit_auditevent"') and "RETURNING" in q["sql"]
        for q in plain_queries.captured_queries
    )

    def listener(**kwargs):
        pass

    # A post_save receiver for audit rows sends the row through the ORM's save, as before.
    post_save.connect(listener, sender=AuditEvent)
    try:
        through_orm = _search(user, "bomenkap “Oude Vaart” [naam]")
    finally:
        post_save.disconnect(listener, sender=AuditEvent)

    assert plain.pk is not None and through_orm.pk == plain.pk + 1
    assert not plain._state.adding and plain._state.db == "default"
    assert _stored(plain.pk) == _stored(through_orm.pk)
    assert _stored(plain.pk)[-2] == "192.0.2.7"
    stored = AuditEvent.objects.get(pk=plain.pk)
    assert stored.at == plain.at
    assert (stored.previous_hash, stored.row_hash) == (plain.previous_hash, plain.row_hash)
    assert verify_chain().ok


def test_a_row_without_an_actor_or_address_is_stored_and_chained():
    event = events.backup_restored(name="backup-1.tar", files=1, records=1)
    stored = AuditEvent.objects.get(pk=event.pk)
    assert stored.actor_id is None and stored.remote_addr is None
    assert stored.detail == event.detail
    assert verify_chain().ok
