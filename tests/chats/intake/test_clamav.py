"""ClamdScanner against a real private clamd with the project's own test signatures."""

import pytest

from chats.intake import ClamdScanner, ScannerUnavailable
from tests.fixtures.intake import files
from tests.fixtures.intake.clamd import SKIP_REASON, clamd_installed, run_daemon_script


def test_a_clean_file_is_clean(clamd_scanner, tmp_path):
    path = tmp_path / "foto.jpg"
    path.write_bytes(files.image_bytes("JPEG"))
    result = clamd_scanner.scan_file(path)
    assert result.clean is True
    assert result.signature is None


def test_the_eicar_test_file_is_found(clamd_scanner, tmp_path):
    path = tmp_path / "eicar.com"
    path.write_bytes(files.EICAR)
    result = clamd_scanner.scan_file(path)
    assert result.clean is False
    # clamd marks signatures from a non-official database as such.
    assert result.signature == "Meppel.Test.EICAR.UNOFFICIAL"


def test_a_file_larger_than_one_chunk_is_streamed_whole(clamd_scanner, tmp_path):
    path = tmp_path / "groot.txt"
    path.write_bytes(files.EICAR + b"\n" + b"a" * (3 * 1024 * 1024))
    assert clamd_scanner.scan_file(path).signature == "Meppel.Test.EICAR.UNOFFICIAL"


def test_an_empty_file_is_clean(clamd_scanner, tmp_path):
    path = tmp_path / "leeg"
    path.write_bytes(b"")
    assert clamd_scanner.scan_file(path).clean is True


def test_ping_answers_while_clamd_runs(clamd_scanner):
    assert clamd_scanner.ping() is True


def test_a_stopped_scanner_raises_scanner_unavailable(tmp_path):
    if not clamd_installed():
        pytest.skip(SKIP_REASON)
    directory = tmp_path / "clamd"
    run_daemon_script("start", directory)
    scanner = ClamdScanner(directory / "clamd.sock")
    sample = tmp_path / "foto.jpg"
    sample.write_bytes(files.image_bytes("JPEG"))
    try:
        assert scanner.scan_file(sample).clean is True
    finally:
        run_daemon_script("stop", directory)
    assert scanner.ping() is False
    with pytest.raises(ScannerUnavailable):
        scanner.scan_file(sample)


def test_an_unreachable_tcp_scanner_raises_scanner_unavailable(tmp_path):
    sample = tmp_path / "foto.jpg"
    sample.write_bytes(b"x")
    # Port 9 (discard) on localhost: nothing listens there.
    with pytest.raises(ScannerUnavailable):
        ClamdScanner(host="127.0.0.1", port=9, timeout=2).scan_file(sample)


def test_scanner_needs_exactly_one_address():
    with pytest.raises(ValueError):
        ClamdScanner()
    with pytest.raises(ValueError):
        ClamdScanner("/tmp/x.sock", host="localhost")


def test_a_detection_becomes_a_dutch_refusal_for_the_pipeline(clamd_scanner, tmp_path):
    from chats.intake import display_name, intake_error

    path = tmp_path / "eicar"
    path.write_bytes(files.EICAR)
    result = clamd_scanner.scan_file(path)
    error = intake_error("malware_found", name=display_name("Offerte.pdf"), detail=result.signature)
    assert error.message.startswith("In het bestand ‘Offerte.pdf’ is mogelijk schadelijke software")
    assert error.detail == "Meppel.Test.EICAR.UNOFFICIAL"
