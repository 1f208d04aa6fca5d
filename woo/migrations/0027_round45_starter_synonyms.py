"""Starter synonyms for the Woo team's list (round 45, set 26).

- A pop-up store is what a request calls it ("pop-upwinkel", "pop-upstore", "popupwinkel");
  the city centre team and the shopkeepers write "de pop-up" ("Eerste pop-up open!") or "een
  tijdelijke winkel" ("tijdelijke winkels voor startende makers"). One group for the thing.
- Giant hogweed ("reuzenberenklauw", "berenklauw") is named by its Latin name by the green
  contractors and on their work orders: "Heracleum" ("kun jij de Heracleum in de berm doen?",
  "Heracleum mantegazzianum - 70 st.").
- A "loting" for building plots is the notary's "trekking" ("Proces-verbaal van de trekking",
  "de trekking is gedaan door een notaris"): the word of the deed and of the answer to a
  complaint.
- A "terugbetaling" is what the team proposes "terug te betalen" ("We stellen voor alles
  ambtshalve te herzien en terug te betalen"): the verb with its particle apart.

Plain Dutch synonyms any Woo team would keep; a group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_45_STARTER_SYNONYMS = (
    (
        "pop-upwinkel, pop-upstore, popupwinkel, pop-up, tijdelijke winkel",
        "Een pop-upwinkel heet in gesprekken ook ‘de pop-up’ of ‘een tijdelijke winkel’",
    ),
    (
        "reuzenberenklauw, berenklauw, heracleum",
        "De reuzenberenklauw heet bij hoveniers en op werkbonnen ‘Heracleum’",
    ),
    (
        "loting, trekking",
        "Een loting heet bij de notaris en in het proces-verbaal ‘de trekking’",
    ),
    (
        "terugbetaling, terugbetalen, terug te betalen, terugstorten",
        "Een terugbetaling heet in gesprekken ook ‘terug te betalen’ of ‘terugstorten’",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_45_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note: a group of
    the team's own stays), so the team's edits since stand."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_45_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0026_round44_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
