"""The reverse proxy of docker-compose: its config is valid, web is reached only through it, and
what nginx answers itself (upload too large, gunicorn gone) is a Dutch page."""

import contextlib
import http.client
import re
import socket
from pathlib import Path

import pytest
import yaml
from django.conf import settings

from demo.harness.processes import NGINX_CONF, PrivateNginx, free_port, nginx_binary
from tests.conftest import REPO_ROOT

needs_nginx = pytest.mark.skipif(
    nginx_binary() is None, reason="nginx ontbreekt (scripts/install-system-packages.sh --test)"
)


def _compose() -> dict:
    return yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())


def _directive(name: str) -> str:
    match = re.search(rf"^\s*{name}\s+([^;]+);", NGINX_CONF.read_text(), re.MULTILINE)
    assert match, name
    return match.group(1).strip()


def _megabytes(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    return int(value[:-1]) * units[value[-1].lower()] if value[-1].isalpha() else int(value)


def test_docker_compose_publishes_nginx_and_not_gunicorn():
    services = _compose()["services"]
    assert "ports" not in services["web"]
    assert services["nginx"]["ports"] == ["127.0.0.1:8000:8080"]
    assert "web:8000" in NGINX_CONF.read_text()
    # nginx and gunicorn share the `edge` network; nginx's address there is fixed.
    assert "edge" in services["web"]["networks"]
    assert "edge" in services["nginx"]["networks"]


def test_the_web_and_the_worker_commands_are_what_the_bench_measures():
    services = _compose()["services"]
    web = services["web"]["command"]
    assert web[web.index("--workers") + 1] == "3"
    assert web[web.index("--timeout") + 1] == "120"
    assert "deploy/gunicorn.conf.py" in web
    worker = services["worker"]["command"]
    assert {"--without-gossip", "--without-mingle", "--without-heartbeat"} <= set(worker)


def test_nginx_buffers_uploads_up_to_the_apps_limit():
    assert _directive("proxy_request_buffering") == "on"
    limit = _megabytes(_directive("client_max_body_size"))
    # Room above the app's own limit (the app answers that with its Dutch form message).
    assert settings.ARCHIEF_MAX_TOTAL_SIZE < limit <= settings.ARCHIEF_MAX_TOTAL_SIZE * 1.2
    assert _directive("client_body_temp_path").startswith("/var/cache/nginx/")
    nginx_volumes = _compose()["services"]["nginx"]["volumes"]
    assert "nginx-body:/var/cache/nginx" in nginx_volumes
    # Above gunicorn's --timeout: a worker killed for taking too long is a 502, not a 504 first.
    assert int(_directive("proxy_read_timeout").rstrip("s")) > 120


def test_every_error_page_nginx_names_exists_in_dutch():
    for code in ("413", "502", "503", "504"):
        assert f"error_page {code} /_fout/{code}.html;" in NGINX_CONF.read_text()
        page = (REPO_ROOT / "deploy" / "nginx" / "fout" / f"{code}.html").read_text()
        assert '<html lang="nl">' in page
        assert "<script" not in page and "style" not in page
        assert "aangekomen" in page  # says whether the upload arrived


@needs_nginx
def test_the_nginx_config_is_valid(tmp_path):
    nginx = PrivateNginx(tmp_path, upstream=f"127.0.0.1:{free_port()}")
    result = nginx.check()
    assert result.returncode == 0, result.stderr


def _post(url_port: int, size: int) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", url_port, timeout=10)
    # nginx may answer 413 before the whole body is sent.
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        connection.request("POST", "/bewaren/", body=b"x" * size, headers={"Host": "archief"})
    response = connection.getresponse()
    response.body = response.read().decode()
    connection.close()
    return response


@needs_nginx
def test_nginx_answers_in_dutch_when_gunicorn_is_gone(tmp_path):
    with socket.socket() as sock:  # a port with nothing listening: gunicorn down
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    nginx = PrivateNginx(tmp_path, upstream=f"127.0.0.1:{dead}")
    nginx.start()
    try:
        response = _post(nginx.port, 1000)
    finally:
        nginx.stop()
    assert response.status == 502
    assert "Het archief is even niet bereikbaar" in response.body
    assert "niet aangekomen" in response.body
    assert "default-src 'none'" in response.getheader("Content-Security-Policy")


@needs_nginx
def test_nginx_answers_in_dutch_when_the_upload_is_too_large(tmp_path):
    nginx = PrivateNginx(
        tmp_path, upstream=f"127.0.0.1:{free_port()}", replace={"client_max_body_size": "10k"}
    )
    nginx.start()
    try:
        response = _post(nginx.port, 50_000)
    finally:
        nginx.stop()
    assert response.status == 413
    assert "Uw upload is te groot en is niet aangekomen" in response.body
    # nginx unlinks its body temp files as it opens them: nothing of the refused upload stays.
    leftovers = [p for p in Path(nginx.body_temp).rglob("*") if p.is_file()]
    assert leftovers == []


def test_the_access_log_keeps_no_query_string_or_referer():
    # A Woo search address holds the officer's words (`/woo/zoeken/?q=...`), often a resident's
    # name; "combined" wrote it, and the referer that repeats it, to the log (walk 28).
    assert _directive("access_log").split() == ["/dev/stdout", "archief"]
    conf = NGINX_CONF.read_text()
    log_format = re.search(r"^\s*log_format\s+archief\s+([^;]+);", conf, re.MULTILINE)
    assert log_format
    for variable in ("$request ", "$request_uri", "$args", "$query_string", "$http_referer"):
        assert variable not in log_format.group(1) + " ", variable
    assert "$request_path" in log_format.group(1) and "$status" in log_format.group(1)


@needs_nginx
def test_a_search_address_reaches_the_access_log_without_its_words(tmp_path):
    nginx = PrivateNginx(tmp_path, upstream=f"127.0.0.1:{free_port()}")
    nginx.start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", nginx.port, timeout=10)
        connection.request(
            "GET",
            "/woo/zoeken/?q=Geertje+Zwiers",
            headers={"Host": "archief", "Referer": "http://archief/woo/zoeken/?q=Zwiers"},
        )
        connection.getresponse().read()
        connection.close()
    finally:
        nginx.stop()
    logged = (tmp_path / "access.log").read_text()
    assert '"GET /woo/zoeken/ HTTP/1.1" 502' in logged
    assert "Zwiers" not in logged and "Geertje" not in logged
    # nginx's error log quotes the request line and the referer of every request it logs an
    # error for (gunicorn gone, a search past the read timeout): the same words.
    errors = (tmp_path / "error.log").read_text()
    assert "Zwiers" not in errors and "Geertje" not in errors
