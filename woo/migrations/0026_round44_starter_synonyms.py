"""Starter synonyms for the Woo team's list (round 44, set 25).

- Street lighting is what a request calls it; the outdoor service, the maintenance contractor
  and the residents name the lamp post ("lantaarnpaal", "lichtmast"), the lamp in it ("de
  lamp voor mijn huis brandt niet", "de reactietijd op de lampen") or its fitting ("we
  vervangen alle armaturen door LED"). One group for the thing a Woo team searches for.
- A municipality that is "onbereikbaar" is one people say they cannot reach: "niet
  bereikbaar", "slecht bereikbaar", "niet te bereiken" (phrases: "bereikbaar" alone is the
  opposite).

Plain Dutch synonyms any Woo team would keep; a group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_44_STARTER_SYNONYMS = (
    (
        "straatverlichting, openbare verlichting, lantaarnpaal, lichtmast, lamp, armatuur",
        "Straatverlichting heet in meldingen ook lantaarnpaal, lichtmast, lamp of armatuur",
    ),
    (
        "onbereikbaar, niet bereikbaar, slecht bereikbaar, niet te bereiken",
        "Wie de gemeente ‘onbereikbaar’ noemt, zegt ‘niet te bereiken’ of ‘slecht bereikbaar’",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_44_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


class Migration(migrations.Migration):
    dependencies = [("woo", "0025_round43_starter_synonyms")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
