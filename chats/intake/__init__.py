"""Intake core: decides whether uploaded files are acceptable and unpacks archives safely.

Pure Python (no Django): limits come in as a frozen `Limits`, refusals go out as `IntakeError`
with a stable `code` and a Dutch `message`.
"""

from .clamav import ClamdScanner, ScannerUnavailable, ScanResult
from .errors import IntakeError, active_content_notice, intake_error
from .exports import (
    CHAT_FILE_NAME,
    PLATFORM_JUNK,
    check_chat_texts,
    check_zip_export,
    choose_chat,
    is_platform_junk,
)
from .limits import DEFAULT_LIMITS, Limits
from .names import display_name
from .sniffing import Sniffed, sniff
from .unpack import ExtractedMember, extract_zip, read_member_head, verify_zip
from .uploads import UPLOAD_KINDS, check_upload_file, check_upload_set
from .ziparchive import ZipMember, inspect_zip

__all__ = [
    "CHAT_FILE_NAME",
    "ClamdScanner",
    "DEFAULT_LIMITS",
    "ExtractedMember",
    "UPLOAD_KINDS",
    "IntakeError",
    "Limits",
    "PLATFORM_JUNK",
    "ScanResult",
    "ScannerUnavailable",
    "Sniffed",
    "ZipMember",
    "active_content_notice",
    "check_upload_file",
    "check_chat_texts",
    "check_zip_export",
    "choose_chat",
    "check_upload_set",
    "display_name",
    "extract_zip",
    "inspect_zip",
    "intake_error",
    "is_platform_junk",
    "read_member_head",
    "sniff",
    "verify_zip",
]
