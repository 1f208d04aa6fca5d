"""System check of the database the Woo search runs on."""

from django.core.checks import Error, Tags, register
from django.db import connections

from .blackout import HIDDEN_PLACEHOLDERS


def placeholder_splits_words(cursor) -> bool:
    """Whether PostgreSQL's text search reads a hidden placeholder (woo.blackout) between two
    words as a separator: so under a UTF-8 LC_CTYPE; under LC_CTYPE=C it reads it as a letter
    and glues the words around it into one."""
    cursor.execute("SELECT to_tsvector('simple', %s)::text", [f"bel{HIDDEN_PLACEHOLDERS[0]}morgen"])
    return cursor.fetchone()[0] == "'bel':1 'morgen':2"


@register(Tags.database)
def check_search_locale(app_configs, databases=None, **kwargs):
    errors = []
    for alias in databases or ():
        connection = connections[alias]
        if connection.vendor != "postgresql":
            continue
        with connection.cursor() as cursor:
            if placeholder_splits_words(cursor):
                continue
        errors.append(
            Error(
                f"Database '{alias}' reads the search's hidden placeholders as letters "
                "(LC_CTYPE is not UTF-8, e.g. 'C'): words around a redacted name would be "
                "indexed as one.",
                hint="Create the database with a UTF-8 LC_CTYPE, e.g. C.UTF-8 or en_US.UTF-8 "
                "(postgres:15's default).",
                id="woo.E001",
            )
        )
    return errors
