from django.db import migrations, models
from django.db.models import F


def decisions_before_are_followed_up(apps, schema_editor):
    # Decisions taken before the field existed were followed up in the request: the sweep must
    # not mail their submitters again.
    Submission = apps.get_model("chats", "Submission")
    Submission.objects.filter(
        status__in=("afgewezen", "terug_naar_indiener"), reviewed_at__isnull=False
    ).update(decision_followed_up_at=F("reviewed_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("chats", "0015_organisation_contact_names"),
    ]

    operations = [
        migrations.AddField(
            model_name="submission",
            name="decision_followed_up_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="besluit afgehandeld op"
            ),
        ),
        migrations.RunPython(decisions_before_are_followed_up, migrations.RunPython.noop),
    ]
