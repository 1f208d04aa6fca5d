"""Starter synonyms for the Woo team's list (round 47, set 27).

- An emergency generator ("noodaggregaat") is "de aggregaat" to those who bring and run it:
  "Aggregaat regelen voor Zuidwoldhuis", "de aggregaat draait maar de liften niet".
- A power cut ("stroomstoring") is as often a "stroomuitval" or a "stroomonderbreking".
- What a club pays for a hall ("zaalhuur") is its "zaalprijs" or "zaaltarief".

Plain Dutch synonyms any Woo team would keep; a group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_47_STARTER_SYNONYMS = (
    (
        "noodaggregaat, aggregaat, stroomaggregaat, noodstroomaggregaat",
        "Een noodaggregaat heet in gesprekken meestal gewoon ‘de aggregaat’",
    ),
    (
        "stroomstoring, stroomuitval, stroomonderbreking",
        "Een stroomstoring heet ook stroomuitval of stroomonderbreking",
    ),
    (
        "zaalhuur, zaalprijs, zaaltarief",
        "De huur van een sporthal of zaal heet ook zaalprijs of zaaltarief",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_47_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note: a group of
    the team's own stays), so the team's edits since stand."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_47_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0029_release_content_state")]

    operations = [migrations.RunPython(add, remove)]
