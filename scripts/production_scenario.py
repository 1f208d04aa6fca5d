"""The production scenario over HTTP, against a running gunicorn + Celery worker (used by
scripts/production-smoke.sh): a Medewerker logs in (CSRF and all) and submits a WhatsApp export
of real size (SCENARIO_MESSAGES messages, 5,000 by default) through the intake form; the worker
processes it; Informatiebeheer logs in with password and TOTP code, selects the messages and
archives the submission to a zaak on the review page; the worker finishes the archive (PDF/A);
the Woo officer (password and TOTP code) finds the record by a word from the middle of the chat,
does not find it by the phone number written next to that word, and reads the message with the
number redacted; /healthz answers. Standard library only; exits non-zero with a Dutch message on
the first step that fails.

Environment: SCENARIO_BASE (http://127.0.0.1:PORT), SCENARIO_HOST (the Host header),
SCENARIO_PASSWORD (the demo users' password), SCENARIO_TOTP_KEY (hex key of the authenticator of
Informatiebeheer and the Woo officer), SCENARIO_ZAAK (pk of a zaak with a selectielijst result),
SCENARIO_TIMEOUT (s, per step), SCENARIO_MESSAGES (the chat's length).
"""

from __future__ import annotations

import hmac
import io
import os
import re
import struct
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from http.cookies import SimpleCookie

BASE = os.environ["SCENARIO_BASE"].rstrip("/")
HOST = os.environ.get("SCENARIO_HOST", "archief.meppel.nl")
PASSWORD = os.environ["SCENARIO_PASSWORD"]
TOTP_KEY = bytes.fromhex(os.environ["SCENARIO_TOTP_KEY"])
ZAAK = os.environ["SCENARIO_ZAAK"]
TIMEOUT = float(os.environ.get("SCENARIO_TIMEOUT", "60"))
MESSAGES = int(os.environ.get("SCENARIO_MESSAGES", "5000"))

# The chat: a long, ordinary exchange about the public space; one message in the middle names a
# word found nowhere else and a resident's mobile number.
KEYWORD = "lantaarnpaalvoet"
PHONE = "06-41279358"
FILLER = (
    "Goedemorgen, de boom aan de Hoofdstraat is omgewaaid.",
    "Dank u, we sturen vandaag iemand langs.",
    "De stoeptegels bij het winkelcentrum liggen los.",
    "Is de veegwagen vandaag al geweest?",
    "Ik zet het door naar de buitendienst.",
    "De container bij de sporthal zit weer vol.",
    "Morgen kijken we ernaar, het regent nu te hard.",
    "Top, bedankt voor het doorgeven!",
    "Het bord bij de rotonde is scheef gereden.",
    "De melding staat in het systeem.",
)


def chat_text(messages: int) -> str:
    """The export's _chat.txt: `messages` lines, one every seven minutes between 09:00 and 19:00,
    on the 12th to the 26th of each month from March 2024."""
    people = ("Jan Jansen", "Mila de Vries")
    lines = []
    for number in range(messages):
        minutes = number * 7
        day, minute = divmod(minutes, 600)
        stamp = f"[{12 + day % 15:02d}-{3 + day // 15:02d}-2024 {9 + minute // 60:02d}:{minute % 60:02d}:00]"
        text = FILLER[number % len(FILLER)]
        if number == messages // 2:
            text = f"De {KEYWORD} bij de school is afgebroken, bel mij gerust op {PHONE}."
        lines.append(f"{stamp} {people[number % 2]}: {text}\n")
    return "".join(lines)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Cookies by hand: the session and CSRF cookies are Secure (HTTPS behind the proxy), so a
    cookie jar would not send them to this plain-HTTP test address."""

    def __init__(self):
        self.cookies: dict[str, str] = {}
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, method: str, path: str, data: bytes | None = None, headers=None):
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{HOST}{path}",
            **(headers or {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        req = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
        try:
            response = self.opener.open(req, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        body = response.read().decode("utf-8", "replace")
        return response.status, response.headers, body

    def get(self, path: str):
        return self.request("GET", path)

    def post(self, path: str, fields: dict, files: dict | None = None):
        fields = {**fields, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
        if files:
            boundary = uuid.uuid4().hex
            data = multipart(fields, files, boundary)
            content_type = f"multipart/form-data; boundary={boundary}"
        else:
            data = urllib.parse.urlencode(fields, doseq=True).encode()
            content_type = "application/x-www-form-urlencoded"
        return self.request("POST", path, data, {"Content-Type": content_type})


def multipart(fields: dict, files: dict, boundary: str) -> bytes:
    out = io.BytesIO()
    for name, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
        out.write(f"{value}\r\n".encode())
    for name, (filename, content, content_type) in files.items():
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
        )
        out.write(content + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue()


def totp(key: bytes, step: int = 30, digits: int = 6) -> str:
    counter = struct.pack(">Q", int(time.time()) // step)
    digest = hmac.new(key, counter, "sha1").digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 10**digits
    return f"{code:0{digits}d}"


def fail(message: str) -> None:
    print(f"productiescenario mislukt: {message}", file=sys.stderr)
    sys.exit(1)


def expect(condition: bool, message: str) -> None:
    if not condition:
        fail(message)


def login(browser: Browser, username: str) -> str:
    browser.get("/accounts/login/")
    expect("csrftoken" in browser.cookies, "geen CSRF-cookie op de inlogpagina")
    status, headers, _ = browser.post(
        "/accounts/login/", {"username": username, "password": PASSWORD}
    )
    expect(status == 302, f"inloggen als {username}: status {status}")
    return headers["Location"]


def wait_for(check, what: str):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.5)
    fail(f"{what} duurde langer dan {TIMEOUT:.0f} s")


def export_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", chat_text(MESSAGES))
    return buffer.getvalue()


def main() -> None:
    started = time.monotonic()
    # 1. A Medewerker submits the export through the intake form.
    employee = Browser()
    login(employee, "medewerker")
    status, _, page = employee.get("/bewaren/")
    expect(status == 200, f"intakeformulier: status {status}")
    token = re.search(r'name="form_token" value="([^"]+)"', page)
    expect(token is not None, "geen form_token op het intakeformulier")
    fields = {
        "form_token": token.group(1),
        "upload_kind": "ios_export",
        "onderwerp": "Omgewaaide boom",
        "omschrijving": "Melding van een inwoner.",
        "gesprekspartner": "inwoner",
        "afdeling": "openbare_ruimte",
        "vraag_besluit": "on",
        "elders_vastgelegd": "nee",
        "bevestiging_verwijderen": "on",
    }
    files = {"files": ("WhatsApp Chat - Boom.zip", export_zip(), "application/zip")}
    status, headers, body = employee.post("/bewaren/", fields, files)
    expect(status == 302, f"inzenden: status {status} {body[:300]!r}")
    detail = headers["Location"]
    pk = re.search(r"/mijn-inzendingen/(\d+)/", detail)
    expect(pk is not None, f"onverwachte doorverwijzing na inzenden: {detail}")
    pk = pk.group(1)
    print(f"ingezonden: inzending {pk}")

    # 2. Informatiebeheer: password, then the TOTP code (2FA is required in production).
    reviewer = Browser()
    after_login = login(reviewer, "informatiebeheer")
    status, headers, _ = reviewer.get("/admin/")
    expect(
        status == 302 and "/accounts/tweestaps/" in headers["Location"],
        f"Informatiebeheer kwam zonder tweede stap verder ({after_login}, {status})",
    )
    status, headers, _ = reviewer.post("/accounts/tweestaps/", {"code": totp(TOTP_KEY)})
    expect(status == 302, f"TOTP-code geweigerd: status {status}")

    # 3. The worker processes the submission: it appears for review.
    review = f"/admin/chats/submission/{pk}/beoordelen/"

    def reviewable():
        status, _, page = reviewer.get(review)
        return page if status == 200 and 'id="rv-archive"' in page else None

    wait_for(reviewable, "verwerken door de worker")
    print(f"verwerkt: {time.monotonic() - started:.1f} s")

    # 4. Select every message and archive to the zaak (with the confirmation step).
    status, _, _ = reviewer.post(f"{review}selectie/", {"actie": "alles", "selecteren": "1"})
    expect(status == 302, f"selecteren: status {status}")
    # The review page says what the selection did (a refused action says why instead).
    status, _, page = reviewer.get(review)
    selected = f"Nu {MESSAGES:,} van de {MESSAGES:,} berichten geselecteerd voor het archiefstuk"
    selected = selected.replace(",", ".")
    expect(status == 200 and selected in page, f"selecteren: de pagina zegt niet '{selected}'")
    status, _, page = reviewer.post(f"{review}archiveren/", {"zaak": ZAAK})
    expect(status == 200 and "bevestigd" in page, f"archiveren (stap 1): status {status}")
    status, headers, _ = reviewer.post(f"{review}archiveren/", {"zaak": ZAAK, "bevestigd": "1"})
    expect(status == 302, f"archiveren (bevestigen): status {status}")

    # 5. The worker completes the archive: the PDF/A of the record is there.
    def archived():
        status, _, page = reviewer.get(review)
        return status == 200 and 'id="rv-pdf"' in page

    wait_for(archived, "het archiefstuk (PDF) maken")
    status, headers, body = reviewer.get(f"{review}archiefstuk.pdf")
    expect(status == 200 and headers.get("Content-Type") == "application/pdf", "geen PDF")
    print(f"gearchiveerd: {time.monotonic() - started:.1f} s")

    # 6. The Woo officer (password and TOTP code) finds the record by a word from the middle of
    # the chat, not by the phone number next to it, and reads that message redacted.
    officer = Browser()
    login(officer, "woo")
    status, _, _ = officer.post("/accounts/tweestaps/", {"code": totp(TOTP_KEY)})
    expect(status == 302, f"TOTP-code van de Woo-behandelaar geweigerd: status {status}")
    record = f"/woo/archiefstukken/{pk}/"

    def found():
        status, _, page = officer.get(f"/woo/zoeken/?q={KEYWORD}")
        expect(status == 200, f"Woo-zoeken: status {status}")
        links = re.findall(rf'href="({re.escape(record)}[^"]*)"', page)
        # The hit's own link (its page and anchor) rather than the record's first page.
        links.sort(key=lambda link: "#" not in link)
        return links[0].replace("&amp;", "&") if links else None

    hit = wait_for(found, "het archiefstuk vindbaar maken voor Woo")
    status, _, page = officer.get(f"/woo/zoeken/?q={urllib.parse.quote(PHONE)}")
    expect(status == 200 and record not in page, "het telefoonnummer is vindbaar in Woo-zoeken")
    # The hit's link carries the message's anchor (#bericht-nr-N, N as the page numbers it);
    # the page's script asks the server for the page that holds it (?nummer=N), as done here.
    path, _, number = hit.partition("#bericht-nr-")
    expect(number.isdigit(), f"de link van de treffer heeft geen berichtanker: {hit}")
    status, headers, _ = officer.get(f"{path}&nummer={number}")
    expect(status == 302, f"de pagina van de treffer: status {status}")
    status, _, page = officer.get(headers["Location"])
    expect(status == 200 and KEYWORD in page, f"het archiefstuk bij de treffer: status {status}")
    expect(PHONE not in page, "het telefoonnummer staat op de pagina van het archiefstuk")
    # The page shows a placeholder as a labelled mark (<span class="woo-redacted">).
    redacted = "[TELEFOONNUMMER]" in page or ">TELEFOONNUMMER</span>" in page
    expect(redacted, f"het bericht met de treffer staat niet op {hit}")
    print(f"gevonden door de Woo-behandelaar: {time.monotonic() - started:.1f} s")

    # 7. Health.
    status, _, body = Browser().get("/healthz")
    expect(status == 200 and '"database"' in body, f"/healthz: status {status}")
    print(f"productiescenario geslaagd in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
