"""The search hides redaction placeholders as private-use characters (woo.blackout). PostgreSQL
reads them as no letter only under a UTF-8 LC_CTYPE; a database created with LC_CTYPE=C reads
them as letters, so "bel[NAAM]morgen" would be indexed as one word "belmorg". `migrate` (and
`check --database default`) refuses such a database instead of indexing wrongly."""

import uuid

import pytest
from django.db import connection

from woo.checks import check_search_locale, placeholder_splits_words

pytestmark = pytest.mark.django_db


def test_the_test_database_passes_the_check():
    assert check_search_locale(None, databases=["default"]) == []


def test_no_database_asked_checks_nothing():
    assert check_search_locale(None) == []


def test_a_database_with_lc_ctype_c_fails_it():
    if connection.vendor != "postgresql":
        pytest.skip("LC_CTYPE is PostgreSQL's")
    import psycopg2  # only on PostgreSQL: the test opens its own connections

    db = connection.settings_dict
    params = {"user": db["USER"], "host": db["HOST"], "port": db["PORT"] or 5432}
    name = f"test_ctype_c_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(dbname="postgres", **params)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C' LC_COLLATE 'C'"
        )
    try:
        other = psycopg2.connect(dbname=name, **params)
        try:
            with other.cursor() as cursor:
                assert not placeholder_splits_words(cursor)
        finally:
            other.close()
        with connection.cursor() as cursor:
            assert placeholder_splits_words(cursor)
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.close()
