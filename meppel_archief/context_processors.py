"""Template context shared by every page."""

from chats.roles import user_roles


def roles(request):
    """Expose the user's role names so the navigation shows only what they may open."""
    user = getattr(request, "user", None)
    return {"user_roles": user_roles(user) if user is not None else frozenset()}
