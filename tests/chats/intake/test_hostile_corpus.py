"""The shared hostile corpus through the intake core, driven by its manifest.json.

For every case the intake either refuses with exactly the manifest's Dutch message (when that
message is one the intake owns) or lets the file through to the next stage (chat parser,
metadata stripping), which decides the rest. Cases are handled by kind of upload, never by
file name.
"""

import json
import os
import re
import time
import tracemalloc
from pathlib import Path

import pytest

from chats.intake import (
    IntakeError,
    active_content_notice,
    check_upload_file,
    check_upload_set,
    display_name,
    extract_zip,
)
from chats.intake.errors import ACTIVE_CONTENT_NOTICE, MESSAGES, format_count, format_size
from chats.intake.limits import DEFAULT_LIMITS as L

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
CORPUS = SHARED / "corpus" / "hostile"
MANIFEST = CORPUS / "manifest.json"

pytestmark = pytest.mark.shared


def _items() -> list[dict]:
    if not MANIFEST.exists():
        return []
    return json.loads(MANIFEST.read_text(encoding="utf-8"))["items"]


def _template_pattern(template: str) -> re.Pattern:
    filled = re.escape(template)
    values = {
        "max_file_size": format_size(L.max_file_size),
        "max_total_size": format_size(L.max_total_size),
        "max_files": format_count(L.max_files),
        "max_unpacked_total": format_size(L.max_unpacked_total),
        "max_members": format_count(L.max_members),
        "max_megapixels": format_count(L.max_image_pixels // 1_000_000),
        "max_chat_text": format_size(L.max_chat_text),
    }
    for key, value in values.items():
        filled = filled.replace(re.escape("{" + key + "}"), re.escape(value))
    return re.compile(filled.replace(re.escape("{name}"), ".+") + r"\Z")


INTAKE_PATTERNS = [_template_pattern(t) for t in MESSAGES.values()]
ACTIVE_PATTERN = _template_pattern(ACTIVE_CONTENT_NOTICE)


def owned_by_intake(message: str) -> bool:
    return any(p.match(message) for p in INTAKE_PATTERNS)


def upload_items(case: dict) -> tuple[str, list[tuple[Path, str]]]:
    """(upload_kind, [(path, client name)]) for a manifest case, from its upload mode."""
    target = CORPUS / case["file"]
    mode = case["upload"]["mode"]
    if target.is_dir():
        names = case["upload"].get("files") or sorted(os.listdir(target))
        items = [(target / n, n) for n in names]
    else:
        items = [(target, case["file"])]
    kind = {
        "screenshot": "screenshots",
        "android_bundle": "android_export",
        "ios_zip": "ios_export",
        "single": "ios_export",
    }[mode]
    return kind, items


def run_intake(case: dict, dest: Path) -> dict:
    """Everything the intake does for one upload: set check, then unpack any archive."""
    upload_kind, items = upload_items(case)
    sniffed = check_upload_set(items, upload_kind=upload_kind)
    extracted = []
    for (path, _), s in zip(items, sniffed, strict=True):
        if s.kind == "zip":
            for member in extract_zip(path, dest):
                extracted.append((member, check_upload_file(member.path, member.name)))
    return {"items": items, "sniffed": sniffed, "extracted": extracted}


@pytest.fixture(scope="module")
def corpus():
    if not MANIFEST.exists():
        pytest.skip("../shared ontbreekt")
    return {case["file"]: case for case in _items()}


@pytest.mark.parametrize("case_file", [c["file"] for c in _items()] or ["(geen manifest)"])
def test_hostile_case_gets_its_expected_verdict(corpus, case_file, tmp_path):
    case = corpus[case_file]
    expected, message = case["expected"], case["message_nl"]
    dest = tmp_path / "dest"
    dest.mkdir()
    before = set(os.listdir(CORPUS))
    started = time.perf_counter()
    tracemalloc.start()
    try:
        outcome = run_intake(case, dest)
        refusal = None
    except IntakeError as exc:
        outcome, refusal = None, exc
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    elapsed = time.perf_counter() - started

    # Invariants for every case: bounded time and memory, nothing written next to the corpus.
    assert elapsed < 30
    assert peak < 200 * 1024 * 1024
    assert set(os.listdir(CORPUS)) == before

    mine = bool(message) and owned_by_intake(message)
    if expected == "REJECT" and mine:
        assert refusal is not None, "the intake must refuse this upload"
        assert refusal.message == message
        assert os.listdir(dest) == [], "nothing may stay behind after a refusal"
    elif expected == "SAFE_EITHER" and refusal is not None:
        assert refusal.message == message
        assert os.listdir(dest) == []
    else:
        # ACCEPT, ACCEPT_FLAGGED, a safe acceptance, or a verdict the chat parser makes.
        assert refusal is None, f"wrongly refused: {refusal and refusal.code}"
        if message and ACTIVE_PATTERN.match(message):
            flagged = [
                (name, s)
                for (_, name), s in zip(outcome["items"], outcome["sniffed"], strict=True)
                if s.active_content
            ]
            assert flagged, "active content must be flagged"
            assert active_content_notice(display_name(flagged[0][0])) == message
            # Classified once, by content: the polyglot is never opened as an archive.
            assert all(s.kind != "zip" for _, s in flagged)
            assert outcome["extracted"] == []


def test_every_refusal_message_of_the_manifest_that_the_intake_owns_is_produced(corpus):
    owned = {
        c["message_nl"]
        for c in corpus.values()
        if c["message_nl"] and owned_by_intake(c["message_nl"])
    }
    # Sanity check of the matcher itself: the zip, type, empty and pixel wordings are ours.
    assert len(owned) >= 10


def test_many_members_case_is_refused_in_well_under_a_second(corpus):
    cases = [c for c in corpus.values() if "member count" in c["kind"]]
    assert cases
    for case in cases:
        started = time.perf_counter()
        with pytest.raises(IntakeError) as info:
            extract_zip(CORPUS / case["file"], "/nonexistent-never-written")
        assert time.perf_counter() - started < 0.2
        assert info.value.code == "zip_too_many_members"


def _filename_cases() -> list[dict]:
    if not MANIFEST.exists():
        return []
    return json.loads(MANIFEST.read_text(encoding="utf-8"))["upload_filename_cases"]


@pytest.mark.parametrize("index", range(len(_filename_cases())) or [0])
def test_hostile_upload_file_names_are_refused_or_made_safe(corpus, index):
    import base64

    case = _filename_cases()[index]
    name = base64.b64decode(case["filename_b64"]).decode("utf-8")
    shown = display_name(name)
    assert not any(ch in shown for ch in "\x00\r\n/\\")
    assert len(shown) <= 80
    try:
        sniffed = check_upload_file(CORPUS / case["payload"], name)
    except IntakeError as exc:
        assert exc.code == "bad_name"
        assert not any(ch in exc.message for ch in "\x00\r\n")
        return
    assert sniffed.kind == "png"
    assert shown.endswith(".png")
