"""Error pages are Dutch: an unknown address, a refused one and a server error, under DEBUG off
(production) and in what `make run` starts, where a civil servant trying the app met Django's
English developer pages (the technical 404 and the yellow error page)."""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client, override_settings
from django.urls import include, path

ROOT = Path(__file__).resolve().parents[2]


def _fails(request):
    raise RuntimeError("kapot")


def _refuses(request):
    raise PermissionDenied


# The app's own addresses plus two that fail, for the 500 and 403 pages.
urlpatterns = [
    path("test-fout/", _fails),
    path("test-geweigerd/", _refuses),
    path("", include("meppel_archief.urls")),
]


def _client() -> Client:
    return Client(raise_request_exception=False)


def _assert_dutch_page(body: str) -> None:
    assert '<html lang="nl">' in body
    assert "Naar de startpagina" in body
    for english in ("Page not found", "Server Error", "Traceback", "Forbidden"):
        assert english not in body


@override_settings(DEBUG=False)
def test_an_unknown_address_gets_the_dutch_404_page():
    response = _client().get("/bestaat-niet/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Pagina niet gevonden" in body
    _assert_dutch_page(body)


@override_settings(DEBUG=False, ROOT_URLCONF=__name__)
def test_a_server_error_gets_the_dutch_500_page_with_a_way_back():
    response = _client().get("/test-fout/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Er ging iets mis" in body
    _assert_dutch_page(body)
    assert 'href="/"' in body


@override_settings(DEBUG=False, ROOT_URLCONF=__name__)
def test_a_refused_address_gets_the_dutch_403_page():
    response = _client().get("/test-geweigerd/")
    assert response.status_code == 403
    body = response.content.decode()
    assert "Geen toegang" in body
    _assert_dutch_page(body)


def test_the_500_page_renders_without_a_request():
    """Django renders 500.html without context processors: nothing in it may need them."""
    from django.template.loader import render_to_string

    body = render_to_string("500.html")
    assert "Er ging iets mis" in body
    _assert_dutch_page(body)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (localhost)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_the_server_make_run_starts_answers_an_unknown_address_in_dutch(tmp_path):
    """The development server exactly as `make run` starts it (its recipe, from `make -n`), with
    static files still served (the page's stylesheet)."""
    port = _free_port()
    recipe = subprocess.run(
        ["make", "-n", "--no-print-directory", "run", f"PORT={port}", f"PY={sys.executable}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    line = next(line for line in recipe if "manage.py runserver" in line)
    # Nothing of the test run's own settings: manage.py chooses them as for `make run`.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    server = subprocess.Popen(
        ["sh", "-c", f"exec env {line} --noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = _get(f"{base}/bestaat-niet/")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        assert status == 404
        assert "Pagina niet gevonden" in body
        _assert_dutch_page(body)
        stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', body).group(1)
        assert _get(f"{base}{stylesheet}")[0] == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
