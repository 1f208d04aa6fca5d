"""Headless Chromium (Debian's package) driven by Playwright, against Django's live server."""

import os
import shutil
import threading
import time

import pytest

# The Woo tests' archived records, media, request and Woo user, for the browser tests.
from tests.woo.conftest import make_media, make_record, verzoek, woo_user, zaak  # noqa: F401

PASSWORD = "geheim-wachtwoord-123"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Playwright's sync API runs an event loop; Django refuses ORM calls from such a thread unless told.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip(f"Chromium ontbreekt op {CHROMIUM} (make test installeert het)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


# Reports every securitypolicyviolation event of every document as a console message; Playwright
# runs this in each frame before the page's own scripts, outside the page's policy.
_REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error("CSP violation: " + event.violatedDirective + " blocked " + (event.blockedURI || "inline")
    + " at " + (event.sourceFile || document.location.href) + ":" + event.lineNumber);
});
"""


def watch_csp(context) -> list[str]:
    """Collect the Content-Security-Policy violations of every page of a browser context."""
    violations: list[str] = []

    def on_console(message):
        text = message.text
        if "CSP violation" in text or "Content Security Policy" in text:
            violations.append(f"{message.type}: {text} ({message.location.get('url', '')})")

    context.add_init_script(_REPORT_VIOLATIONS)
    context.on("console", on_console)
    return violations


def assert_no_csp_violations(violations: list[str]) -> None:
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


def live_server_requests() -> list[threading.Thread]:
    """The live server's request threads still running (socketserver names them after their target)."""
    return [t for t in threading.enumerate() if "process_request_thread" in t.name and t.is_alive()]


@pytest.fixture(autouse=True)
def _live_server_idle_before_flush():
    """Let the live server finish every request before the database is flushed.

    A test can end while the page still loads (an attachment's thumbnail, whose download is
    audited); flushing the tables under that request's transaction failed the flush and left the
    next test's users behind (CI, stop 31). This fixture is set up after pytest-django's database
    fixtures, so it is torn down before them, and after the test's own browser context is closed.
    """
    yield
    deadline = time.monotonic() + 15
    while live_server_requests() and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.fixture
def page(browser):
    """A phone-sized page; the test fails at teardown when any page broke the CSP."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    violations = watch_csp(context)
    page = context.new_page()
    # Generous: `make test` runs three processes on two cores, and a page that loads its
    # screenshots from the live server can take over 20 s while the others work (walk42's
    # navigation timed out once at 20 s in CI). A real failure only takes longer to report.
    page.set_default_timeout(45_000)
    yield page
    context.close()
    assert_no_csp_violations(violations)


def log_in_by_cookie(page, base_url: str, username: str, password: str = PASSWORD) -> None:
    """Give the page's browser context the session cookie of `username`, logged in by password.

    The session is made as the login form makes it (django.contrib.auth.login with the password
    backend, the login trail's signal and the login method in the session included), through
    Django's test client instead of the form: filling in the form cost every browser test the
    login page, the POST and its redirect. The form itself stays tested in the browser by the
    tests that log in through it (test_a11y_browser for every role, test_admin_phone_a11y_browser,
    test_woo_page_fixes_browser without JavaScript, test_oidc_browser) and by tests/accounts.
    """
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    user = get_user_model().objects.get(username=username)
    assert user.check_password(password), f"{username}: not this password"
    client = Client()
    client.force_login(user, backend="accounts.backends.ArchiefModelBackend")
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": base_url}]
    )


@pytest.fixture
def login(page, live_server):
    """login(username, password): that user's session in the page's browser context (see
    log_in_by_cookie); the next page.goto() is that user's."""

    def do_login(username: str, password: str = PASSWORD):
        log_in_by_cookie(page, live_server.url, username, password)

    return do_login
