"""The intake limits from Django settings, for the Django-free intake core."""

from django.conf import settings

from chats.intake import Limits


def intake_limits() -> Limits:
    """Limits as configured in settings (ARCHIEF_*)."""
    return Limits(
        max_file_size=settings.ARCHIEF_MAX_FILE_SIZE,
        max_total_size=settings.ARCHIEF_MAX_TOTAL_SIZE,
        max_files=settings.ARCHIEF_MAX_FILES,
        max_unpacked_total=settings.ARCHIEF_MAX_UNPACKED_TOTAL,
        max_members=settings.ARCHIEF_MAX_MEMBERS,
        max_image_pixels=settings.ARCHIEF_MAX_IMAGE_PIXELS,
    )
