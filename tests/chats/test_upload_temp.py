"""Temp files of cut-off uploads: a web worker killed mid-upload leaves them; the sweep removes them."""

import os
import time

from chats import sweeps
from chats.uploadhandlers import HashingUploadHandler


def _age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


def _partial_upload(directory) -> str:
    """What a killed worker leaves: the handler wrote a chunk and never finished."""
    handler = HashingUploadHandler()
    handler.new_file("files", "WhatsApp Chat.zip", "application/zip", None)
    handler.receive_data_chunk(b"PK\x03\x04" + b"x" * 64 * 1024, 0)
    os.close(handler._fd)  # the process died: its descriptor is gone, its finalizer never ran
    handler._finalizer.detach()
    return handler._path


def test_stale_partial_upload_files_are_removed_and_nothing_else(settings, tmp_path):
    from chats.uploadhandlers import remove_stale_uploads

    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    stale = _partial_upload(tmp_path)
    fresh = _partial_upload(tmp_path)
    other = tmp_path / "notes.txt"
    other.write_text("niet van ons")
    _age(stale, 3600)
    _age(other, 3600)
    assert remove_stale_uploads(older_than_seconds=600) == 1
    assert not os.path.exists(stale)
    assert os.path.exists(fresh)  # may still be written by a live request
    assert other.exists()


def test_the_sweep_removes_partial_upload_files(settings, tmp_path, db):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "uploads")
    (tmp_path / "uploads").mkdir()
    stale = _partial_upload(tmp_path / "uploads")
    _age(stale, settings.ARCHIEF_UPLOAD_STALE_AFTER + 60)
    sweeps.sweep_once()
    assert os.listdir(tmp_path / "uploads") == []


def test_a_missing_upload_dir_is_no_error(tmp_path):
    from chats.uploadhandlers import remove_stale_uploads

    assert remove_stale_uploads(older_than_seconds=1, directory=tmp_path / "nergens") == 0
