"""Walk 50: a Woo search's words reached the server logs with its address
(`GET /woo/zoeken/?q=273849153`, a BSN; `?q=Harmke%20Bijlsma`). Searching stays a GET (a
search can be bookmarked); the logs keep the path and leave the query string out."""

import datetime
import importlib.util
import logging
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.urls import reverse

GUNICORN_CONF = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"
SEARCH_LINE = "GET /woo/zoeken/?q=Harmke%20Bijlsma&pagina=2 HTTP/1.1"


def _gunicorn_conf():
    spec = importlib.util.spec_from_file_location("gunicorn_conf", GUNICORN_CONF)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_gunicorn_access_log_format_has_no_query_string_or_referer():
    log_format = _gunicorn_conf().access_log_format
    for atom in ("%(r)s", "%(q)s", "%(f)s", "{referer}i", "{query_string}e", "{raw_uri}e"):
        assert atom not in log_format.lower(), atom
    assert "%(U)s" in log_format and "%(s)s" in log_format


def test_a_search_reaches_a_gunicorn_access_log_without_its_words(tmp_path):
    from gunicorn.config import Config
    from gunicorn.glogging import Logger

    config = Config()
    config.set("access_log_format", _gunicorn_conf().access_log_format)
    config.set("accesslog", str(tmp_path / "access.log"))
    log = Logger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/woo/zoeken/?q=273849153",
        "PATH_INFO": "/woo/zoeken/",
        "QUERY_STRING": "q=273849153",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "10.0.0.2",
        "HTTP_REFERER": "http://archief/woo/zoeken/?q=Harmke+Bijlsma",
        "HTTP_USER_AGENT": "Firefox",
    }
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    request = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    log.access(response, request, environ, datetime.timedelta(milliseconds=40))
    for handler in log.access_log.handlers:
        handler.flush()
    logged = (tmp_path / "access.log").read_text()
    assert '"GET /woo/zoeken/ HTTP/1.1" 200 512' in logged
    assert "273849153" not in logged and "Bijlsma" not in logged


@pytest.mark.parametrize("name", ["django.server", "django.request"])
def test_a_logged_request_line_keeps_its_path_not_its_query_string(name):
    # runserver's django.server logs each request line whole: '"%s" %s %s'.
    logger = logging.getLogger(name)
    record = logger.makeRecord(
        name, logging.WARNING, __file__, 1, '"%s" %s %s', (SEARCH_LINE, "404", "179"), None
    )
    assert logger.filter(record)
    assert record.getMessage() == '"GET /woo/zoeken/ HTTP/1.1" 404 179'


@pytest.mark.django_db
def test_django_request_logs_a_refused_search_by_its_path_only(client, make_user, caplog):
    client.force_login(make_user("mila", "Medewerker"))
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(reverse("woo:search"), {"q": "273849153"})
    assert response.status_code == 403
    refused = [r for r in caplog.records if r.name == "django.request"]
    assert refused and "/woo/zoeken/" in refused[0].getMessage()
    assert "273849153" not in caplog.text
