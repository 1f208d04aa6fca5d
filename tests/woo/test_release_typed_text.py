"""What a Woo officer types around a request (the request's onderwerp, a remark per judged
document) goes out in the published release: the inventarislijst (XLSX, CSV), the PDF/A's
metadata and the verantwoording. A resident named or numbered there must leave redacted."""

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from woo.besluit import beoordeling_save
from woo.constants import Oordeel
from woo.release import build_release, release_names
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

RESIDENT = "Wilhelmina Brouwerhuis"
RESIDENT_PHONE = "06-39182745"
REQUESTER = "Gerrit-Jan Hofstede"


@pytest.fixture
def judged(make_record, zaak, woo_user, verzoek):
    verzoek.onderwerp = f"Verzoek van {REQUESTER} over de bomenkap"
    verzoek.save(update_fields=["onderwerp"])
    record = make_record(["De kap gaat door volgende week."], zaak=zaak)
    message = record.messages.get(seq=1)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=message.pk)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        oordeel=Oordeel.OPENBAAR,
        gronden=[],
        toelichting=f"Bericht over de klacht van {RESIDENT} (tel. {RESIDENT_PHONE}).",
    )
    return verzoek


def _everything_published(directory: Path, verzoek) -> str:
    """Every text the release's files carry: cells, PDF text and metadata, the zip's files."""
    names = release_names(verzoek)
    texts = [(directory / names["csv"]).read_text(encoding="utf-8-sig")]
    texts.append((directory / names["verantwoording"]).read_text(encoding="utf-8"))
    workbook = load_workbook(directory / names["xlsx"])
    for sheet in workbook.worksheets:
        texts += [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    props = workbook.properties
    texts += [str(v) for v in (props.title, props.subject, props.creator, props.keywords) if v]
    for kind in ("pdf", "verantwoording-pdf"):
        reader = PdfReader(directory / names[kind])
        texts += [page.extract_text() for page in reader.pages]
        texts += [str(v) for v in (reader.metadata or {}).values()]
    with zipfile.ZipFile(directory / names["zip"]) as archive:
        texts += [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
    return " ".join(" ".join(texts).split())


def test_the_release_carries_no_resident_typed_in_a_remark_or_the_request_subject(judged, tmp_path):
    build_release(judged, tmp_path, made_by="Woo-team")
    published = _everything_published(tmp_path, judged)
    for secret in ("Brouwerhuis", "Wilhelmina", "39182745", "Hofstede", "Gerrit-Jan"):
        assert secret not in published
    # The rest of what was typed stays readable.
    assert "over de bomenkap" in published
    assert "Bericht over de klacht van" in published


def test_the_csv_remark_keeps_its_words_and_shows_what_was_left_out(judged, tmp_path):
    build_release(judged, tmp_path, made_by="Woo-team")
    body = (tmp_path / release_names(judged)["csv"]).read_text(encoding="utf-8-sig")
    remark = list(csv.reader(io.StringIO(body), delimiter=";"))[1][10]
    assert remark.startswith("Bericht over de klacht van [")
    assert RESIDENT_PHONE not in remark


# --- the released records' persons: "Mol" alone is an ordinary word the detector leaves ---------


def _naming_mol(make_record, zaak, woo_user, verzoek, *, purged: bool):
    """A request whose onderwerp and remark say "Mol", about a record that named Ria Mol (by
    its purge only as keyed hashes; before it, by name: a record in a request is on hold)."""
    from chats.purge import originals_purge
    from tests.factories import ParticipantFactory

    record = make_record(["De schutting staat scheef, zegt de buurman."], zaak=zaak)
    ParticipantFactory(submission=record, seq=2, name="Ria Mol", pseudonym="Deelnemer B")
    if purged:
        originals_purge(submission_id=record.pk)
    verzoek.onderwerp = "Bezwaar Mol over de erfgrens"
    verzoek.save(update_fields=["onderwerp"])
    message = record.messages.get(seq=1)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=message.pk)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        oordeel=Oordeel.OPENBAAR,
        gronden=[],
        toelichting="Mol komt morgen langs voor de schutting.",
    )
    return verzoek


@pytest.mark.parametrize("purged", [True, False], ids=["na-opschonen", "voor-opschonen"])
def test_the_release_knows_the_persons_of_the_released_records(
    make_record, zaak, woo_user, verzoek, tmp_path, purged
):
    judged = _naming_mol(make_record, zaak, woo_user, verzoek, purged=purged)
    build_release(judged, tmp_path, made_by="Woo-team")
    published = _everything_published(tmp_path, judged)
    assert "over de erfgrens" in published and "komt morgen langs voor de schutting" in published
    assert not re.search(r"\bMol\b", published), published[:400]
