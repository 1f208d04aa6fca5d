"""`manage.py ingest`: one JSON line, same validation as the form."""

import json

import pytest
from django.core.management import call_command

from chats.models import Submission

pytestmark = pytest.mark.django_db


def ingest(*args) -> dict:
    import io

    out = io.StringIO()
    call_command("ingest", *args, stdout=out)
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_it_accepts_an_export_and_prints_the_contract(medewerker, ios_export):
    result = ingest(str(ios_export), "--user", "medewerker", "--subject", "Boom")
    assert set(result) == {"accepted", "submission", "status", "errors"}
    assert result["accepted"] is True
    submission = Submission.objects.get(pk=result["submission"])
    assert submission.onderwerp == "Boom"
    assert result["status"] == submission.status
    assert result["status"] in {
        "ontvangen",
        "in_verwerking",
        "te_beoordelen",
        "gearchiveerd",
        "afgewezen",
        "mislukt",
    }


def test_it_refuses_with_dutch_reasons_and_stores_nothing(medewerker, tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    result = ingest(str(empty), "--user", "medewerker")
    assert result == {
        "accepted": False,
        "submission": None,
        "status": None,
        "errors": ["Het bestand ‘leeg.txt’ is leeg."],
    }
    assert Submission.objects.count() == 0


def test_it_reports_a_missing_file(medewerker, tmp_path):
    result = ingest(str(tmp_path / "bestaat-niet.zip"), "--user", "medewerker")
    assert result["accepted"] is False
    assert result["errors"] == ["Het bestand ‘bestaat-niet.zip’ bestaat niet."]


def test_an_android_export_is_several_files_in_one_submission(medewerker, android_export):
    result = ingest(*map(str, android_export), "--user", "medewerker")
    assert result["accepted"] is True
    assert Submission.objects.get().files.count() == 2


@pytest.mark.django_db(transaction=True)
def test_an_accepted_but_flagged_upload_reports_its_dutch_notices(medewerker, tmp_path):
    chat = tmp_path / "WhatsApp-chat met Jan.txt"
    chat.write_bytes(
        b"12-03-2024 09:15 - Jan Jansen: caf\xc3\xa9 open? \xff\xfe kapot\n"
        b"12-03-2024 09:16 - Mila de Vries: Ja, tot vijf uur.\n"
    )
    result = ingest(str(chat), "--user", "medewerker")
    assert result["accepted"] is True
    assert result["status"] == "te_beoordelen"
    assert any("konden niet allemaal worden gelezen" in e for e in result["errors"])


@pytest.mark.django_db(transaction=True)
def test_a_clean_upload_reports_no_errors(medewerker, android_export):
    result = ingest(*map(str, android_export), "--user", "medewerker")
    assert result["status"] == "te_beoordelen"
    assert result["errors"] == []
