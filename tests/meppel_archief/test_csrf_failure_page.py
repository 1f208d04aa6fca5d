"""A form sent without a valid CSRF token (a page left open past the session, cookies off) gets
a Dutch page under DEBUG off, like the other error pages: Django's own says "403 Forbidden" and
"CSRF verification failed" in English (`make run` and production run with DEBUG off)."""

from django.test import Client, override_settings


@override_settings(DEBUG=False)
def test_a_form_without_a_valid_csrf_token_gets_a_dutch_page():
    response = Client(enforce_csrf_checks=True).post("/", {"onderwerp": "x"})
    assert response.status_code == 403
    body = response.content.decode()
    assert '<html lang="nl">' in body
    assert "Formulier verlopen" in body
    assert "Naar de startpagina" in body
    for english in ("Forbidden", "CSRF verification failed", "DEBUG=True"):
        assert english not in body
