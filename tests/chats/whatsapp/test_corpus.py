"""Every corpus file parses to the counts, authors, timestamps and texts of its expected.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chats.whatsapp import parse

from .corpus_check import mismatches

REPO_ROOT = Path(__file__).resolve().parents[3]
SHARED_CORPUS = REPO_ROOT / ".." / "shared" / "corpus" / "whatsapp" / "public"
LOCAL_CORPUS = REPO_ROOT / "tests" / "fixtures" / "whatsapp"


def _entries(root: Path) -> list[str]:
    expected = root / "expected.json"
    if not expected.exists():
        return []
    return sorted(json.loads(expected.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", _entries(LOCAL_CORPUS))
def test_local_fixture_matches_its_ground_truth(name):
    expected = json.loads((LOCAL_CORPUS / "expected.json").read_text(encoding="utf-8"))[name]

    parsed = parse(LOCAL_CORPUS / name)

    assert mismatches(parsed, expected) == []


@pytest.mark.shared
@pytest.mark.parametrize("name", _entries(SHARED_CORPUS) or ["(geen ../shared)"])
def test_shared_corpus_file_matches_its_ground_truth(name):
    if not (SHARED_CORPUS / "expected.json").exists():
        pytest.skip("../shared ontbreekt")
    expected = json.loads((SHARED_CORPUS / "expected.json").read_text(encoding="utf-8"))[name]

    parsed = parse(SHARED_CORPUS / name)

    assert mismatches(parsed, expected) == []


@pytest.mark.shared
def test_every_shared_corpus_file_has_ground_truth_or_is_a_known_mixed_fixture():
    if not SHARED_CORPUS.exists():
        pytest.skip("../shared ontbreekt")
    listed = set(_entries(SHARED_CORPUS))
    on_disk = {p.relative_to(SHARED_CORPUS).as_posix() for p in SHARED_CORPUS.rglob("*.txt")}
    # Fixture strings that mix several layouts in one file are no single export; they are
    # covered line by line in test_formats.py.
    mixed = {p for p in on_disk if "mixed_formats" in p or p.endswith("pustur_attachments.txt")}

    assert on_disk - listed == mixed
