"""One verb for blacking out: "weglakken" (weglakking, weggelakt), as Dutch government records
staff say it. "Zwart maken", "weglaten" and "weglating" for the same act confused a new user
(the review said "Zwart maken…" and "Weglaten", Woo "Passage weglakken"). Only identifiers that
no one reads keep the old word: URL paths, the kind of offer in an address, old audit codes."""

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from audit.actions import LEGACY_LABELS, AuditAction

ROOT = Path(__file__).resolve().parents[2]
# Where user-visible text lives: templates, front-end scripts, the apps' Python (messages,
# labels, help texts). The WhatsApp parser reads the app's own words ("<Media weggelaten>")
# and the detector's rule files are data, not text for users.
SOURCES = [
    *ROOT.glob("templates/**/*.html"),
    *ROOT.glob("templates/**/*.txt"),
    *(p for p in ROOT.glob("static/**/*.js") if "vendor" not in p.parts),
    *(
        p
        for app in ("accounts", "audit", "chats", "meppel_archief", "woo", "zaken")
        for p in ROOT.glob(f"{app}/**/*.py")
        if "migrations" not in p.parts and not {"whatsapp", "redaction"} & set(p.parts)
    ),
]
OTHER_VERBS = re.compile(
    r"zwart (?:maken|gemaakt|te maken)|weglating|weggelaten|weglaten|weg te laten|laat het weg",
    re.IGNORECASE,
)
# Identifiers, not text: the review's URL paths, the offer kind in `?aanbod=weglaten-<id>`,
# and audit codes written before the codes were English (the log is append-only).
IDENTIFIERS = re.compile(
    r'weglating/|overal-weglaten/|"weglaten"|aanbod=weglaten-|"weglating\.\w+"'
)


def test_the_sources_use_weglakken_for_blacking_out():
    assert len(SOURCES) > 100
    found = []
    for path in SOURCES:
        text = IDENTIFIERS.sub("", path.read_text(encoding="utf-8"))
        for match in OTHER_VERBS.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(ROOT)}:{line}: {match.group(0)}")
    assert found == []


def test_audit_labels_say_weglakking():
    labels = [*AuditAction.labels, *LEGACY_LABELS.values()]
    assert "Weglakking toegevoegd" in labels
    assert not [label for label in labels if OTHER_VERBS.search(label)]


@pytest.mark.django_db
def test_the_review_page_offers_weglakken(ib, submission):
    client = Client()
    client.force_login(ib)
    html = client.get(reverse("admin:chats_submission_review", args=[submission.pk])).content
    html = html.decode()
    assert "Persoonsgegeven weglakken" in html and ">Weglakken</button>" in html
    assert "Gemarkeerd = weggelakt persoonsgegeven" in html
    assert not OTHER_VERBS.search(IDENTIFIERS.sub("", html))
