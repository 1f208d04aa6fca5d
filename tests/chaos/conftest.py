"""Fixtures for the chaos tests: private Redis and database, migrated once per session."""

import pytest

from demo.harness.processes import App, PrivateRedis, create_database


@pytest.fixture(scope="session")
def chaos_database(tmp_path_factory):
    directory = tmp_path_factory.mktemp("chaos-pg")
    try:
        database = create_database(directory)
    except Exception as exc:  # no PostgreSQL at all on this machine
        pytest.skip(f"geen PostgreSQL beschikbaar voor de chaostests: {exc}")
    try:
        yield database
    finally:
        database.cleanup()


@pytest.fixture(scope="session")
def chaos_app(chaos_database, tmp_path_factory):
    """The app against a private Redis and database, migrated, with user `medewerker`."""
    root = tmp_path_factory.mktemp("chaos-app")
    redis_server = PrivateRedis(root)
    redis_server.start()
    app = App(database=chaos_database, redis=redis_server, root=root)
    try:
        result = app.manage("migrate", "--noinput")
        assert result.returncode == 0, result.stderr[-3000:]
        result = app.manage(
            "shell",
            "-c",
            "from django.contrib.auth.models import User; from accounts.roles import sync_roles; "
            "u = User.objects.create_user('medewerker', first_name='Jan', last_name='Jansen'); "
            "u.groups.add(sync_roles()['Medewerker'])",
        )
        assert result.returncode == 0, result.stderr[-3000:]
        yield app
    finally:
        redis_server.stop()


@pytest.fixture
def app(chaos_app):
    """The session app with Redis running (a test may have stopped it)."""
    if chaos_app.redis.process is None:
        chaos_app.redis.start()
    chaos_app.redis.client().flushall()  # our private instance only
    yield chaos_app
    if chaos_app.redis.process is None:
        chaos_app.redis.start()
