"""Malware scanning of every file a submission brings in, failing closed.

The scanner comes from settings (CLAMAV_SOCKET or CLAMAV_HOST/CLAMAV_PORT). Without one, files
are not scanned unless CLAMAV_REQUIRED says a scanner must be there: then processing waits, as it
does when clamd is down, and never treats an unscanned file as clean.
"""

import logging
import os
from collections.abc import Iterable

from django.conf import settings

from chats.intake.clamav import ClamdScanner, ScannerUnavailable

from .errors import MALWARE_FOUND, PermanentFailure, TransientFailure

logger = logging.getLogger(__name__)

WAITING_FOR_SCANNER = "Wacht op de virusscanner"


def configured_scanner() -> ClamdScanner | None:
    """The scanner from settings, or None when none is configured."""
    if settings.CLAMAV_SOCKET:
        return ClamdScanner(settings.CLAMAV_SOCKET)
    if settings.CLAMAV_HOST:
        return ClamdScanner(host=settings.CLAMAV_HOST, port=settings.CLAMAV_PORT)
    return None


def scan_files(
    files: Iterable[tuple[str | os.PathLike, str]],
    *,
    submission_id: int,
    scanner: ClamdScanner | None = None,
) -> int:
    """Scan each (path, display name); raise PermanentFailure on malware, TransientFailure when
    the scanner cannot answer. Returns how many files were scanned (0 when scanning is off)."""
    scanner = scanner or configured_scanner()
    if scanner is None:
        if settings.CLAMAV_REQUIRED:
            logger.error("submission %s: CLAMAV_REQUIRED but no scanner configured", submission_id)
            raise TransientFailure("scanner not configured", waiting=WAITING_FOR_SCANNER)
        return 0
    count = 0
    for path, name in files:
        try:
            result = scanner.scan_file(path)
        except ScannerUnavailable as exc:
            logger.warning("submission %s: scanner unavailable (%s)", submission_id, exc)
            raise TransientFailure("scanner unavailable", waiting=WAITING_FOR_SCANNER) from None
        count += 1
        if not result.clean:
            # The signature name is clamd's, not user data; the file name is not logged.
            logger.warning(
                "submission %s: malware found in file %d (%s)",
                submission_id,
                count,
                result.signature,
            )
            raise PermanentFailure(MALWARE_FOUND.format(name=name), code="malware")
    return count
