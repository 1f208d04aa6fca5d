"""Headless Chromium (Debian's package) driven by Playwright, against Django's live server."""

import os
import shutil
import threading
import time

import pytest

# The Woo tests' archived records, media, request and Woo user, for the browser tests.
from tests.woo.conftest import make_media, make_record, verzoek, woo_user, zaak  # noqa: F401

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
    page.set_default_timeout(20_000)
    yield page
    context.close()
    assert_no_csp_violations(violations)


@pytest.fixture
def login(page, live_server):
    """login(username, password) through the real login form."""

    def do_login(username: str, password: str = "geheim-wachtwoord-123"):
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("button[type=submit]")
        page.wait_for_load_state()

    return do_login
