"""Private scratch directories under ARCHIEF_TEMP_ROOT, always removed again.

Unpacked exports and OCR temp files hold personal data. They live only below the app's own temp
root (mode 0700), one directory per processing attempt, removed when the attempt ends; what a
killed worker left behind is removed by the next attempt of the same submission and by the
sweeper (`remove_stale`).
"""

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

_PREFIX = "sub-"
_WORKER_PREFIX = "proc-"


def temp_root() -> Path:
    """The pipeline's temp root, created private (0700) when missing."""
    root = Path(settings.ARCHIEF_TEMP_ROOT)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def _remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


@contextmanager
def workspace(submission_id: int) -> Iterator[Path]:
    """A fresh private directory for one attempt on `submission_id`; removed on exit, always.

    Leftovers of earlier attempts on the same submission (a worker killed mid-task) are removed
    first: at most one attempt runs at a time, so they belong to a dead one.
    """
    root = temp_root()
    for stale in root.glob(f"{_PREFIX}{submission_id}-*"):
        _remove(stale)
    path = Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{submission_id}-", dir=root))
    try:
        yield path
    finally:
        _remove(path)


def use_private_tempdir() -> Path:
    """Point this process's `tempfile` at a private directory under the temp root.

    Called in each worker process: libraries that write temp files of their own (pytesseract
    writes the image and the recognised text) then write below the temp root, never to /tmp.
    """
    path = temp_root() / f"{_WORKER_PREFIX}{os.getpid()}"
    _remove(path)
    path.mkdir(mode=0o700)
    tempfile.tempdir = str(path)
    return path


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(*, older_than_seconds: float) -> int:
    """Remove attempt directories older than the given age and dead processes' temp dirs.

    Returns how many directories were removed. An attempt never outlives the hard time limit,
    so a directory older than that belongs to a dead attempt.
    """
    root = Path(settings.ARCHIEF_TEMP_ROOT)
    if not root.is_dir():
        return 0
    removed = 0
    cutoff = time.time() - older_than_seconds
    for entry in root.iterdir():
        try:
            if entry.name.startswith(_PREFIX) and entry.stat().st_mtime < cutoff:
                _remove(entry)
                removed += 1
            elif entry.name.startswith(_WORKER_PREFIX):
                pid = entry.name[len(_WORKER_PREFIX) :]
                if pid.isdigit() and not _pid_alive(int(pid)):
                    _remove(entry)
                    removed += 1
        except FileNotFoundError:
            continue
    return removed
