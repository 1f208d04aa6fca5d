"""Tamper evidence in the database: the application's role owns no table and may only append to
and read the audit log; UPDATE, DELETE, TRUNCATE, ALTER TABLE and DISABLE/DROP TRIGGER fail.

The test creates both roles (a migration role that owns the tables, an application role) in its
own test database, gives the audit table to the migration role, runs `db_roles` as that role
and then acts as the application role. The roles are removed again at the end.
"""

import secrets
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from audit import events
from audit.db_roles import app_role_owns_nothing
from audit.models import AuditEvent
from tests.woo.conftest import make_record  # noqa: F401 - fixture

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="databaserollen: PostgreSQL"),
]


def run(sql: str, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def owned_tables() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' "
            "AND pg_get_userbyid(c.relowner) = current_user"
        )
        return [row[0] for row in cursor.fetchall()]


@pytest.fixture
def roles():
    """(owner, app): the migration role owns every table of the test database meanwhile."""
    suffix = secrets.token_hex(4)
    owner, app = f"archief_test_owner_{suffix}", f"archief_test_app_{suffix}"
    superuser_tables = owned_tables()
    # A migration role that may create the application's role (docker-compose: the superuser
    # the postgres image makes).
    run(f'CREATE ROLE "{owner}" NOLOGIN CREATEROLE')
    try:
        run(f'GRANT CREATE ON SCHEMA public TO "{owner}"')
        for table in superuser_tables:
            run(f'ALTER TABLE "{table}" OWNER TO "{owner}"')
        yield owner, app
    finally:
        run("RESET ROLE")
        run(f'REASSIGN OWNED BY "{owner}" TO current_user')
        run(f'DROP OWNED BY "{owner}"')
        run(f'DROP ROLE "{owner}"')
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [app])
            app_exists = cursor.fetchone() is not None
        if app_exists:
            run(f'DROP OWNED BY "{app}"')
            run(f'DROP ROLE "{app}"')


def act_as(role: str) -> None:
    run(f'SET ROLE "{role}"')


def refused(sql: str, match: str) -> None:
    with pytest.raises(DatabaseError, match=match), transaction.atomic():
        run(sql)


def test_the_app_role_appends_and_reads_but_cannot_rewrite_the_audit_log(roles):
    owner, app = roles
    events.backup_restored(name="voor.tar", files=1, records=1)
    act_as(owner)
    out = StringIO()
    call_command("db_roles", "--app-role", app, stdout=out)
    assert "alleen INSERT en SELECT" in out.getvalue()
    with connection.cursor() as cursor:
        assert app_role_owns_nothing(cursor, app)

    act_as(app)
    # What the application does: append (hash chain, advisory lock) and read.
    events.backup_restored(name="na.tar", files=2, records=2)
    assert AuditEvent.objects.count() == 2
    for sql in (
        "UPDATE audit_auditevent SET actor_name = 'mallory'",
        "DELETE FROM audit_auditevent",
        "TRUNCATE audit_auditevent",
    ):
        refused(sql, "permission denied")
    for sql in (
        "ALTER TABLE audit_auditevent DISABLE TRIGGER USER",
        "ALTER TABLE audit_auditevent DISABLE TRIGGER audit_auditevent_no_truncate",
        "DROP TRIGGER audit_auditevent_no_truncate ON audit_auditevent",
        "ALTER TABLE audit_auditevent ADD COLUMN x integer",
        "DROP TABLE audit_auditevent",
    ):
        refused(sql, "must be owner")
    refused("SET session_replication_role = replica", "permission denied")
    refused("CREATE TABLE stiekem (id integer)", "permission denied")
    # Other tables: the application reads and writes them as usual.
    run("INSERT INTO auth_group (name) VALUES ('app-schrijft')")
    run("DELETE FROM auth_group WHERE name = 'app-schrijft'")
    run("RESET ROLE")
    assert AuditEvent.objects.count() == 2


def test_tables_of_later_migrations_get_the_grants_by_default(roles):
    owner, app = roles
    act_as(owner)
    call_command("db_roles", "--app-role", app, stdout=StringIO())
    run("CREATE TABLE later_tabel (id serial PRIMARY KEY, naam text)")
    act_as(app)
    run("INSERT INTO later_tabel (naam) VALUES ('nieuw')")
    run("UPDATE later_tabel SET naam = 'anders'")
    refused("ALTER TABLE later_tabel ADD COLUMN x integer", "must be owner")
    run("RESET ROLE")
    run("DROP TABLE later_tabel")


def test_the_app_role_indexes_an_archived_record(roles, make_record):  # noqa: F811
    """The worker indexes a record for the Woo search as the application's role, which owns no
    index: nothing in indexing may need the owner (gin_clean_pending_list did)."""
    from woo.indexing import index_submission
    from woo.models import SearchEntry

    owner, app = roles
    record = make_record(["Asbest in de kelder", "De kapploeg begint maandag"], index=False)
    act_as(owner)
    call_command("db_roles", "--app-role", app, stdout=StringIO())
    act_as(app)
    try:
        assert index_submission(submission_id=record.pk) == 3  # two messages and the subject
    finally:
        run("RESET ROLE")
    assert SearchEntry.objects.filter(submission=record).count() == 3
