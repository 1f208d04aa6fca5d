"""Limits for uploads and archives; the Django edge fills them from settings."""

from dataclasses import dataclass

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB


@dataclass(frozen=True)
class Limits:
    """Every number the intake core enforces, with defaults that fit a WhatsApp export."""

    # One uploaded file, all files of one form post, and how many files one post may hold
    # (an Android export with media is the chat .txt plus up to a thousand loose files).
    max_file_size: int = 500 * MiB
    max_total_size: int = 1 * GiB
    max_files: int = 1_100
    # Archives: bytes after unpacking (declared and actually produced), member count, and the
    # inflation ratio allowed for members larger than `ratio_min_size`.
    max_unpacked_total: int = 1 * GiB
    max_members: int = 10_000
    max_member_ratio: int = 100
    ratio_min_size: int = 1 * MiB
    # The central directory is read into memory: 10,000 entries with long names fit easily.
    max_central_directory: int = 16 * MiB
    # Member names: path components and characters.
    max_name_depth: int = 8
    max_name_length: int = 512
    # Images are refused above this many pixels, read from the header before any decoding.
    max_image_pixels: int = 40_000_000
    # The chat text itself (`_chat.txt` or the Android .txt), uncompressed.
    max_chat_text: int = 100 * MiB


DEFAULT_LIMITS = Limits()
