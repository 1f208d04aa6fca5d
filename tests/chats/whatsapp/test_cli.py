"""The command line contract of `python -m chats.whatsapp`, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "whatsapp"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chats.whatsapp", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_one_json_object_per_message_in_file_order():
    result = _run(str(FIXTURES / "selfwritten" / "nl_android_24h_dd-mm-yyyy__selfwritten.txt"))

    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 21
    assert all(
        list(obj) == ["sent_at", "author", "kind", "text", "attachments", "edited"] for obj in lines
    )
    assert lines[0] == {
        "sent_at": "2023-03-12T14:05:00",
        "author": None,
        "kind": "system",
        "text": "Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat kan "
        "ze lezen of beluisteren, zelfs WhatsApp niet. Tik voor meer informatie.",
        "attachments": [],
        "edited": False,
    }
    photo = lines[6]
    assert photo["kind"] == "media"
    assert photo["attachments"] == ["IMG-20230312-WA0001.jpg"]
    assert photo["text"] == "Foto van de losliggende stoeptegels"
    assert lines[5]["author"] == "+31 6 12345678"
    deleted = lines[10]
    assert (deleted["kind"], deleted["text"]) == ("deleted", "")


def test_ios_notice_named_after_the_group_prints_a_null_author():
    result = _run(str(FIXTURES / "selfwritten" / "nl_ios_24h_dd-mm-yyyy_seconds__selfwritten.txt"))

    first = json.loads(result.stdout.splitlines()[0])
    assert (first["author"], first["kind"]) == (None, "system")
    assert first["sent_at"] == "2023-03-12T14:05:33"


def test_summary_prints_one_line_with_counts_participants_and_format():
    result = _run(
        str(FIXTURES / "public" / "nl_ios_24h_dd-mm-yyyy_seconds__minvws_dave.txt"), "--summary"
    )

    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1
    summary = json.loads(result.stdout)
    assert summary["messages"] == 75
    assert sum(summary["kinds"].values()) == 75
    assert summary["format"]["os"] == "ios"
    assert summary["format"]["date_order"] == "DMY"
    assert summary["format"]["date_order_confident"] is False
    assert {p["name"] for p in summary["participants"]} == {
        "Dave",
        "+31 6 11111111",
        "+31 6 12345678",
        "+31 6 22222222",
    }


def test_a_file_that_is_not_a_chat_gives_a_dutch_error_and_a_failure_status(tmp_path):
    path = tmp_path / "lijst.txt"
    path.write_text("naam,functie,telefoon\nJan,handhaver,+31 6 12345678\n", encoding="utf-8")

    result = _run(str(path))

    assert result.returncode != 0
    assert result.stdout == ""
    assert "geen WhatsApp-chatexport" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_gives_a_dutch_error(tmp_path):
    result = _run(str(tmp_path / "weg.txt"))

    assert result.returncode != 0
    assert "niet gevonden" in result.stderr


def test_json_lines_are_exactly_what_json_dumps_writes():
    from chats.whatsapp import parse
    from chats.whatsapp.__main__ import message_json

    for path in sorted(FIXTURES.rglob("*.txt")):
        for m in parse(path).messages:
            expected = json.dumps(
                {
                    "sent_at": m.sent_at.isoformat(),
                    "author": m.author,
                    "kind": m.kind,
                    "text": m.text,
                    "attachments": list(m.attachments),
                    "edited": m.edited,
                },
                ensure_ascii=False,
            )
            assert message_json(m) == expected
