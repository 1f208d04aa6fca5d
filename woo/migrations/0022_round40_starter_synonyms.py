"""Starter synonyms for the Woo team's list (round 40, set 23).

- The tool volunteers pick up litter with has three everyday names, "afvalgrijper",
  "afvalprikker" and "afvalknijper" (shops and municipalities use all three), and chats name it
  by the head alone ("25 grijpers en zakken liggen klaar"): the search takes a synonym's head
  with the typed compound's (woo.expansion.synonym_heads).
- An explosion is "de knal" to everyone who heard it ("Wat een knal vannacht!", "een brief aan
  de buurt over de knal"): "knal" joins round 39's group "explosie, ontploffing", as the Dutch
  thesauri list it. Only where the team kept that group and has "knal" nowhere.

Plain Dutch synonyms any Woo team would keep; the team edits or deletes them like any group.
"""

from django.db import migrations

ROUND_40_STARTER_SYNONYMS = (
    (
        "afvalgrijper, afvalprikker, afvalknijper",
        "Een afvalgrijper heet ook ‘afvalprikker’ of ‘afvalknijper’, in gesprekken vaak ‘grijper’",
    ),
)
EXPLOSION = ("explosie", "ontploffing")
BANG = "knal"


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    groups = list(Synoniemgroep.objects.all())
    taken = set().union(*(_words(g.woorden) for g in groups))
    for words, note in ROUND_40_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
    if BANG not in taken:
        for group in groups:
            if set(EXPLOSION) <= _words(group.woorden):
                group.woorden = f"{group.woorden.rstrip(', ')}, {BANG}"
                group.save(update_fields=["woorden"])
                break


class Migration(migrations.Migration):
    dependencies = [("woo", "0021_litter_explosion_starter_synonyms")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
