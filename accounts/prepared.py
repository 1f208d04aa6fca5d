"""Server-side prepared statements for the plain queries every page runs (PostgreSQL).

A statement sent as text is parsed, analysed and planned by PostgreSQL each time it comes;
for the small fixed queries of every search page (the session's user with their permissions,
the shown records, the form's choices) that took several times the execution itself: the
user's row 1.2-2.2 ms of backend CPU as text, 0.4-0.6 prepared; the records of a results page
2.2-2.6 ms, 0.7-1.1 (1M-message Woo search bench, stop 56, at load ~15). Prepared once per
database connection (PREPARE), each later request sends only EXECUTE with its values.

A prepared statement lives as long as the connection (not undone by a rollback); the names
prepared are kept per raw connection, so a new connection prepares them again. Where the plan
depends on a value (a partial index's predicate), `inline` writes the values into the
prepared text instead of passing them each time: a generic plan cannot use such an index.
Elsewhere (SQLite) the query is run as given."""

import re
import threading
import weakref
from collections.abc import Sequence

from django.db import DatabaseError

# Per raw connection (psycopg2's): the statement names prepared on it, each with the name it
# has there (a new one after a failed first use: whether its PREPARE went through is unknown).
# The text (and `inline` values) each was prepared from is kept with it: a statement name is one
# query (execute refuses another under it).
_prepared: "weakref.WeakKeyDictionary[object, dict[str, tuple[str, object]]]" = (
    weakref.WeakKeyDictionary()
)
_failed: dict[str, int] = {}
_failed_lock = threading.Lock()

# An EXECUTE's errors that say the statement no longer serves on its connection: its result
# type changed ("cached plan must not change result type": a migration altered a selected
# column while the connection lived, CONN_MAX_AGE) or it is gone (DEALLOCATE, DISCARD ALL).
_STALE = frozenset({"0A000", "26000"})

_PLACEHOLDER = re.compile(r"%(s|%)")


def _numbered(sql: str) -> str:
    """%s placeholders as $1, $2, ... (PREPARE's); an escaped %% stays as it is."""
    count = 0

    def number(match: re.Match) -> str:
        nonlocal count
        if match.group(1) == "%":
            return "%%"
        count += 1
        return f"${count}"

    return _PLACEHOLDER.sub(number, sql)


def execute(cursor, name: str, sql: str, params: Sequence = (), *, inline: bool = False) -> None:
    """cursor.execute(sql, params) (a Django cursor), on PostgreSQL as the connection's prepared
    statement `name` (one per distinct `sql`: the caller's constant text). The first use on a
    connection prepares and executes it in one round trip. `inline`: the values are written
    into the prepared text (the same each time: constants the plan depends on)."""
    connection = cursor.db
    if connection.vendor != "postgresql":
        cursor.execute(sql, params)
        return
    raw = connection.connection
    names = _prepared.get(raw)
    if names is None:
        names = _prepared[raw] = {}
    # What the statement was prepared from: its text, and with `inline` its values too.
    source = (sql, list(params)) if inline else sql
    known = names.get(name)
    if known is not None and known[1] != source:
        # EXECUTE would run the first text (or values) prepared under this name: rows of
        # another query, or another value's.
        raise ValueError(f"prepared statement {name!r} was prepared from another text or values")
    prepared = known[0] if known is not None else None
    if prepared is not None:
        try:
            if inline or not params:
                cursor.execute(_execute_text(prepared, 0))
            else:
                cursor.execute(_execute_text(prepared, len(params)), params)
            return
        except DatabaseError as error:
            if getattr(error.__cause__, "pgcode", None) not in _STALE:
                raise
            # Prepared again under another name: at once where the failed EXECUTE lost no
            # transaction, else with the next use (the transaction is lost, as with any error).
            del names[name]
            _next_try(name)
            if not connection.get_autocommit():  # in a transaction (atomic): it is lost
                raise
    tries = _failed.get(name, 0)
    prepared = f"{name}_{tries}" if tries else name
    if inline:
        # mogrify, also without values: an escaped %% is one % as cursor.execute makes it.
        text = cursor.cursor.mogrify(sql, list(params)).decode()
        statement, values = f"PREPARE {prepared} AS {text.replace('%', '%%')}", []
    else:
        statement, values = f"PREPARE {prepared} AS {_numbered(sql)}", list(params)
    execute_sql = _execute_text(prepared, len(values))
    try:
        # The PREPARE's text takes no values: the EXECUTE's placeholders take them all.
        cursor.execute(f"{statement}; {execute_sql}", values)
    except Exception:
        # The PREPARE may have gone through (it is no part of a transaction): another name
        # next time on this connection.
        _next_try(name)
        raise
    names[name] = (prepared, source)


def _execute_text(prepared: str, count: int) -> str:
    """The EXECUTE of statement `prepared` with `count` values as placeholders."""
    return f"EXECUTE {prepared}({', '.join(['%s'] * count)})" if count else f"EXECUTE {prepared}"


def _next_try(name: str) -> None:
    """Another server-side name for `name` from now on (every connection): never one a
    connection used before, as the count only grows (threads share it)."""
    with _failed_lock:
        _failed[name] = _failed.get(name, 0) + 1
