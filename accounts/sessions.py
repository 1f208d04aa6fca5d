"""The session engine: Django's database sessions, each request's session read with one plain
query (SESSION_ENGINE)."""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import connections, router
from django.utils import timezone

from . import prepared


class SessionStore(DatabaseSessionStore):
    """Django's database sessions (same table, same encoding), but the session a request
    brings is read with a plain SELECT instead of an ORM get(): every page reads it, and building
    that query cost more CPU than PostgreSQL spent on it (1M-message Woo search bench, stop 35).
    An unknown or expired key gives an empty session and a new key when saved, as Django's."""

    def load(self):
        data = self._session_data()
        if data is None:
            self._session_key = None
            return {}
        return self.decode(data)

    def _session_data(self) -> str | None:
        connection = connections[router.db_for_read(self.model)]
        quote = connection.ops.quote_name
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            prepared.execute(  # parsed and planned once per connection
                cursor,
                "archief_session_data",
                f"SELECT {quote('session_data')} FROM {quote(self.model._meta.db_table)} "
                f"WHERE {quote('session_key')} = %s AND {quote('expire_date')} > %s",
                [self.session_key, now],
            )
            row = cursor.fetchone()
        return row[0] if row else None
