"""Shared fixtures: role users, a submission waiting for review, and small, valid WhatsApp
uploads made on the fly. Records are built with the factories in tests/factories.py."""

import io
import zipfile
from pathlib import Path

import pytest
from django.db.backends.postgresql.operations import DatabaseOperations as PostgresOperations

from tests.factories import processed_submission

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"

IOS_CHAT = (
    "[12-03-2024 09:15:02] Jan Jansen: Goedemorgen, de boom aan de Hoofdstraat is omgewaaid.\n"
    "[12-03-2024 09:16:40] Mila de Vries: Dank u, we sturen vandaag iemand langs.\n"
    "[12-03-2024 09:17:05] Jan Jansen: \u200e<bijgevoegd: 00000003-PHOTO-2024-03-12-09-17-05.jpg>\n"
    "[13-03-2024 14:30:00] Mila de Vries: De boom is weggehaald. Zaak Z-2024-000123.\n"
)
# What an employee fills in on the form besides the files (for submission_create).
SUBMISSION_FIELDS = {
    "onderwerp": "Omgewaaide boom",
    "omschrijving": "Melding van een inwoner.",
    "gesprekspartner": "inwoner",
    "afdeling": "openbare_ruimte",
    "vraag_besluit": True,
    "elders_vastgelegd": "nee",
    "bevestiging_verwijderen": True,
}
ANDROID_CHAT = (
    "12-03-2024 09:15 - Jan Jansen: Goedemorgen, de boom aan de Hoofdstraat is omgewaaid.\n"
    "12-03-2024 09:16 - Mila de Vries: Dank u, we sturen vandaag iemand langs.\n"
    "13-03-2024 14:30 - Mila de Vries: De boom is weggehaald.\n"
)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """`make test` runs the suite in three processes (pytest-xdist, `--dist loadgroup`): tests go
    out one by one in this order, so each process keeps pytest-django's order (plain database
    tests before the transactional ones, whose flush empties the tables the migrations filled).
    The chaos tests share one private PostgreSQL and Redis per process and take minutes: they
    go to one process as a group, first, since they use no test database of their own."""
    chaos = [item for item in items if item.nodeid.startswith("tests/chaos/")]
    for item in chaos:
        item.add_marker(pytest.mark.xdist_group("chaos"))
    if chaos:
        ids = {id(item) for item in chaos}
        items[:] = chaos + [item for item in items if id(item) not in ids]


@pytest.fixture(autouse=True, scope="session")
def _flush_past_the_audit_truncate_trigger():
    """Transactional tests end in a flush, which empties every table. On PostgreSQL Django
    TRUNCATEs them, which the audit log refuses (audit 0005), and TRUNCATE costs about a second
    and a half for the 41 nearly empty tables (a new file per table and index) where DELETE
    takes 0.05 s: each table is emptied with DELETE. The test database's superuser switches
    user triggers (the audit log's append-only one) and the foreign-key checks off for the
    flush's own transaction only (`SET LOCAL session_replication_role`); every table ends up
    empty, as after TRUNCATE. The tables are locked first, as TRUNCATE locks them: a live-server
    request still writing when the test ends is waited for and its rows emptied too (DELETE
    alone misses rows committed during it: they leaked into the next test). A flush that
    resets sequences stays a TRUNCATE."""
    original = PostgresOperations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if tables and not reset_sequences:
            return [
                "SET LOCAL session_replication_role = replica",
                f"LOCK TABLE {', '.join(map(self.quote_name, tables))} IN ACCESS EXCLUSIVE MODE",
                *(f"DELETE FROM {self.quote_name(table)}" for table in tables),
            ]
        statements = original(
            self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
        )
        if statements and "audit_auditevent" in tables:
            statements = ["SET LOCAL session_replication_role = replica", *statements]
        return statements

    PostgresOperations.sql_flush = sql_flush
    yield
    PostgresOperations.sql_flush = original


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes(width: int = 40, height: int = 30) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 0)).save(buffer, format="JPEG")
    return buffer.getvalue()


def ios_zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", IOS_CHAT)
        archive.writestr("00000003-PHOTO-2024-03-12-09-17-05.jpg", jpeg_bytes())
    return buffer.getvalue()


@pytest.fixture
def ios_export(tmp_path) -> Path:
    path = tmp_path / "WhatsApp Chat - Boom Hoofdstraat.zip"
    path.write_bytes(ios_zip_bytes())
    return path


@pytest.fixture
def android_export(tmp_path) -> list[Path]:
    chat = tmp_path / "WhatsApp-chat met Jan Jansen.txt"
    chat.write_text(ANDROID_CHAT, encoding="utf-8")
    photo = tmp_path / "IMG-20240312-WA0001.jpg"
    photo.write_bytes(jpeg_bytes())
    return [chat, photo]


@pytest.fixture
def screenshot(tmp_path) -> Path:
    path = tmp_path / "Screenshot_20240312.png"
    path.write_bytes(png_bytes())
    return path


@pytest.fixture
def roles(db):
    from accounts.roles import sync_roles

    return sync_roles()


@pytest.fixture
def make_user(roles, django_user_model):
    """make_user("medewerker", "Medewerker", ...) -> a user with those role groups."""

    def make(username: str, *role_names: str, staff: bool = False):
        user = django_user_model.objects.create_user(
            username=username, password="geheim-wachtwoord-123", is_staff=staff
        )
        user.groups.add(*(roles[name] for name in role_names))
        return user

    return make


@pytest.fixture
def medewerker(make_user):
    return make_user("medewerker", "Medewerker")


@pytest.fixture
def beheerder(make_user):
    """Bea, Beheerder: staff, manages users and settings, takes no decisions on records."""
    return make_user("bea", "Beheerder", staff=True)


@pytest.fixture
def ib(make_user):
    """Inge of Informatiebeheer: staff, may review submissions and manage zaken."""
    return make_user("inge", "Informatiebeheer", staff=True)


@pytest.fixture
def logged_in(client):
    """The test client logged in as the given user: `logged_in(ib)`."""

    def log_in(user):
        client.force_login(user)
        return client

    return log_in


@pytest.fixture
def ib_client(logged_in, ib):
    return logged_in(ib)


@pytest.fixture
def beheerder_client(logged_in, beheerder):
    return logged_in(beheerder)


@pytest.fixture
def submission(db):
    """A submission waiting for review (te_beoordelen), as processing leaves it: originals,
    two participants, six messages with redactions and one photo (see tests/factories.py)."""
    return processed_submission()


def shared_path(*parts: str) -> Path:
    """A path in ../shared; skips the test cleanly when ../shared is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip("../shared ontbreekt")
    return path


# The answers of the intake form "WhatsAppgesprek bewaren" (files and upload kind apart).
INTAKE_FORM = {
    "onderwerp": "Omgewaaide boom",
    "omschrijving": "Melding van een inwoner.",
    "gesprekspartner": "inwoner",
    "afdeling": "openbare_ruimte",
    "vraag_besluit": "on",
    "elders_vastgelegd": "nee",
    "bevestiging_verwijderen": "on",
}


@pytest.fixture(autouse=True)
def _fresh_search_caches():
    """Per-process search caches (vocabulary counts, the archive's size) start empty in every
    test: a rolled-back test's words must not be counted in the next."""
    from woo.expansion import vocabulary_cache_clear
    from woo.indexing import entry_total_cache_clear

    vocabulary_cache_clear()
    entry_total_cache_clear()
    yield
