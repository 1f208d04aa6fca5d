"""Separate database roles, so the application cannot rewrite its own audit log.

The migration role owns every table (it runs `migrate`); the application connects as a role that
owns nothing. That role may read and write the tables it needs, but of the audit log only INSERT
and SELECT: UPDATE, DELETE and TRUNCATE are refused by privilege, and ALTER TABLE, DISABLE
TRIGGER or DROP TRIGGER by ownership (only the owner may). Default privileges give tables the
migration role creates later the same grants. `manage.py db_roles` runs these statements as the
migration role after every `migrate` (docker-compose's migrate service does).
"""

from __future__ import annotations

AUDIT_TABLE = "audit_auditevent"
APP_TABLE_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE"


def grants_sql(*, app_role: str, owner_role: str, database: str, quote) -> list[str]:
    """The statements (no password) that give `app_role` what the application needs.

    `quote` quotes an identifier (connection.ops.quote_name). Safe to run again.
    """
    app, owner, db = quote(app_role), quote(owner_role), quote(database)
    audit = quote(AUDIT_TABLE)
    return [
        f"GRANT CONNECT ON DATABASE {db} TO {app}",
        f"GRANT USAGE ON SCHEMA public TO {app}",
        f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {app}",
        f"GRANT {APP_TABLE_PRIVILEGES} ON ALL TABLES IN SCHEMA public TO {app}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}",
        # The audit log: append and read only.
        f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {audit} FROM {app}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {audit} FROM PUBLIC",
        # Tables and sequences later migrations create.
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT {APP_TABLE_PRIVILEGES} ON TABLES TO {app}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {app}",
    ]


def create_role_sql(*, app_role: str, quote) -> list[str]:
    """Create the application role when missing (a plain login role, no special powers)."""
    literal = app_role.replace("'", "''")
    app = quote(app_role)
    return [
        "DO $$ BEGIN "
        f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{literal}') "
        f"THEN CREATE ROLE {app} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
        "NOBYPASSRLS; END IF; END $$",
    ]


def role_powers(cursor, role: str) -> list[str]:
    """The special powers a role holds that the application role must not have."""
    cursor.execute(
        "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls "
        "FROM pg_roles WHERE rolname = %s",
        [role],
    )
    row = cursor.fetchone() or (False,) * 5
    names = ("SUPERUSER", "CREATEROLE", "CREATEDB", "REPLICATION", "BYPASSRLS")
    return [name for name, held in zip(names, row, strict=True) if held]


def app_role_owns_nothing(cursor, app_role: str) -> bool:
    """Whether the application role owns no table, sequence or other relation of this database."""
    cursor.execute(
        "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
        "WHERE r.rolname = %s",
        [app_role],
    )
    return cursor.fetchone()[0] == 0


def db_roles_apply(*, connection, app_role: str, password: str | None = None) -> str:
    """Create (if needed) and grant the application role, as the connection's own role (the
    migration role, owner of the tables). Returns the owner role's name."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_user, current_database()")
        owner, database = cursor.fetchone()
        if owner == app_role:
            raise ValueError("De applicatierol moet een andere rol zijn dan de migratierol.")
        for statement in create_role_sql(app_role=app_role, quote=quote):
            cursor.execute(statement)
        powers = role_powers(cursor, app_role)
        if powers:
            raise ValueError(
                f"De applicatierol {app_role} heeft te veel rechten ({', '.join(powers)}); "
                "neem die af of kies een andere rol."
            )
        if password:
            # psycopg2 quotes the parameter client-side; ALTER ROLE takes no server parameter.
            cursor.execute(f"ALTER ROLE {quote(app_role)} PASSWORD %s", [password])
        for statement in grants_sql(
            app_role=app_role, owner_role=owner, database=database, quote=quote
        ):
            cursor.execute(statement)
        if not app_role_owns_nothing(cursor, app_role):
            raise ValueError(
                f"De applicatierol {app_role} is eigenaar van tabellen; draag ze over aan de "
                f"migratierol (REASSIGN OWNED BY {app_role} TO {owner})."
            )
    return owner
