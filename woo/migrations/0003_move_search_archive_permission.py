"""Move the Woo search permission from chats.Submission to woo.SearchEntry, with its holders.

The codename stays `search_archive`; only its model (and so its app label) changes. The role
groups would get the new permission from sync_roles after migrate anyway, but users may hold the
permission directly or through a group that is not a role: they keep it here. The old row is
then deleted, so the admin offers no permission that no longer grants anything. On a fresh
database the old row does not exist and this does nothing (post_migrate creates the new one).
"""

from django.conf import settings
from django.db import migrations

CODENAME = "search_archive"
NAME = "Gearchiveerde gesprekken doorzoeken (Woo)"
SUBMISSION = ("chats", "submission")
SEARCH_ENTRY = ("woo", "searchentry")


def move_permission(apps, schema_editor, *, source, target):
    """Give every user and group holding the permission on `source` the one on `target`."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    db = schema_editor.connection.alias

    old = (
        Permission.objects.using(db)
        .filter(
            content_type__app_label=source[0], content_type__model=source[1], codename=CODENAME
        )
        .first()
    )
    if old is None:
        return
    content_type, _ = ContentType.objects.using(db).get_or_create(
        app_label=target[0], model=target[1]
    )
    new, _ = Permission.objects.using(db).get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": NAME}
    )
    for group in Group.objects.using(db).filter(permissions=old):
        group.permissions.add(new)
    for user in User.objects.using(db).filter(user_permissions=old):
        user.user_permissions.add(new)
    old.delete()


def to_woo(apps, schema_editor):
    move_permission(apps, schema_editor, source=SUBMISSION, target=SEARCH_ENTRY)


def back_to_chats(apps, schema_editor):
    move_permission(apps, schema_editor, source=SEARCH_ENTRY, target=SUBMISSION)


class Migration(migrations.Migration):
    dependencies = [
        ("woo", "0002_searchentry_search_archive"),
        ("chats", "0006_submission_without_search_archive"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(to_woo, back_to_chats)]
