"""Template filters shared by the employee, review and Woo pages."""

from django import template

from chats.media_labels import media_label

register = template.Library()


@register.filter(name="soort_bijlage")
def soort_bijlage(mime_type: str | None) -> str:
    """{{ media.mime_type|soort_bijlage }} -> 'Geluidsopname'."""
    return media_label(mime_type)
