"""Upload handler that streams every file to disk while hashing and counting it.

One form post may hold an Android export: the chat .txt and up to a thousand photos, voice
notes and videos. Each file goes to its own private file under FILE_UPLOAD_TEMP_DIR, closed as
soon as it is complete (a thousand open temp files would exhaust a worker's descriptors), and
removed when the request ends (and, if the worker is killed first, by `remove_stale_uploads`,
which the sweep and the gunicorn master call). Memory stays at one chunk; disk stays within the intake limits:
what lies beyond them is counted but not written, and marked so the form can say which limit
was reached instead of the whole request failing.
"""

import contextlib
import hashlib
import os
import tempfile
import time
import weakref
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler

# Why a file was not written, as intake error codes (chats.intake.errors).
FILE_TOO_LARGE = "file_too_large"
TOO_MANY_FILES = "too_many_files"
UPLOAD_TOO_LARGE = "upload_too_large"

# Every upload temp file ends in this; the stale sweep removes nothing else.
UPLOAD_SUFFIX = ".upload"


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def upload_temp_dir() -> Path:
    return Path(settings.FILE_UPLOAD_TEMP_DIR or tempfile.gettempdir())


def remove_stale_uploads(*, older_than_seconds: float, directory: Path | None = None) -> int:
    """Remove upload temp files not written to for `older_than_seconds`; returns how many.

    A live request writes its file continuously and removes it when it ends; a request never
    lasts longer than gunicorn's timeout. A file older than that belongs to a worker that was
    killed mid-upload (timeout, out of memory, kill -9) and nothing else will remove it.
    """
    directory = directory or upload_temp_dir()
    cutoff = time.time() - older_than_seconds
    removed = 0
    try:
        entries = list(os.scandir(directory))
    except FileNotFoundError:
        return 0
    for entry in entries:
        if not entry.name.endswith(UPLOAD_SUFFIX):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
        except FileNotFoundError:
            continue  # its request removed it meanwhile
    return removed


class StreamedUploadedFile(UploadedFile):
    """An upload already on disk and closed: a path, its SHA-256 and why it was cut short.

    `skipped` is "" for a complete file, else the intake code of the limit that stopped it
    (then `path` may be None: nothing was written). The file is removed when the request
    closes its uploads, or at the latest when this object is collected.
    """

    def __init__(self, *, path, name, content_type, size, charset, content_type_extra):
        super().__init__(None, name, content_type, size, charset, content_type_extra)
        self._path = path
        self.sha256 = ""
        self.skipped = ""
        self._finalizer = weakref.finalize(self, _remove, path) if path else None

    @property
    def too_large(self) -> bool:
        return self.skipped == FILE_TOO_LARGE

    def temporary_file_path(self) -> str | None:
        return self._path

    def open(self, mode="rb"):
        if not self._path:
            raise ValueError("this upload was not stored")
        self.file = open(self._path, mode)  # noqa: SIM115 - closed by close()
        return self

    def close(self):
        try:
            if self.file is not None:
                self.file.close()
        finally:
            if self._finalizer is not None:
                self._finalizer()


class HashingUploadHandler(FileUploadHandler):
    """Writes uploads to private temp files (never whole in memory), hashing on the way.

    Counts the files and bytes of the whole post: a file over ARCHIEF_MAX_FILE_SIZE stops
    being written; files past ARCHIEF_MAX_FILES and bytes past ARCHIEF_MAX_TOTAL_SIZE are not
    written at all. Such files still reach the form (with `skipped` set), so the refusal names
    the limit and the other fields of the form are kept.
    """

    def __init__(self, request=None):
        super().__init__(request)
        self.files_seen = 0
        self.bytes_seen = 0
        self._fd: int | None = None
        self._path: str | None = None
        self._finalizer = None

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.files_seen += 1
        self._hash = hashlib.sha256()
        self._size = 0
        self._skipped = ""
        self._fd = self._path = None
        if self.files_seen > settings.ARCHIEF_MAX_FILES:
            self._skipped = TOO_MANY_FILES
        elif self.bytes_seen > settings.ARCHIEF_MAX_TOTAL_SIZE:
            self._skipped = UPLOAD_TOO_LARGE
        else:
            directory = upload_temp_dir()
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            # mkstemp: O_EXCL, mode 0600, a name of our own (never the client's).
            self._fd, self._path = tempfile.mkstemp(suffix=UPLOAD_SUFFIX, dir=directory)
            # Removed again if the request dies before the file is handed over.
            self._finalizer = weakref.finalize(self, _remove, self._path)

    def receive_data_chunk(self, raw_data, start):
        self._size += len(raw_data)
        self.bytes_seen += len(raw_data)
        if self._skipped:
            return None
        if self._size > settings.ARCHIEF_MAX_FILE_SIZE:
            self._skipped = FILE_TOO_LARGE
        elif self.bytes_seen > settings.ARCHIEF_MAX_TOTAL_SIZE:
            self._skipped = UPLOAD_TOO_LARGE
        if self._skipped:
            self._discard()
            return None
        self._hash.update(raw_data)
        view = memoryview(raw_data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        return None

    def _discard(self) -> None:
        """Stop writing the current file and remove what was written of it."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._finalizer is not None:
            self._finalizer()
            self._finalizer = None
        self._path = None

    def file_complete(self, file_size):
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._finalizer is not None:
            # The uploaded file object takes over the removal.
            self._finalizer.detach()
            self._finalizer = None
        uploaded = StreamedUploadedFile(
            path=self._path,
            name=self.file_name,
            content_type=self.content_type,
            size=self._size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
        uploaded.sha256 = self._hash.hexdigest()
        uploaded.skipped = self._skipped
        self._path = None
        return uploaded

    def upload_interrupted(self):
        self._discard()
