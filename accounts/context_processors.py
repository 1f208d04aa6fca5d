"""Template context shared by every page."""

from django.conf import settings

from .roles import user_roles


def roles(request):
    """The user's role names (navigation shows only what they may open) and DI's address."""
    user = getattr(request, "user", None)
    return {
        "user_roles": user_roles(user) if user is not None else frozenset(),
        "informatiebeheer_email": settings.ARCHIEF_INFORMATIEBEHEER_EMAIL,
    }
