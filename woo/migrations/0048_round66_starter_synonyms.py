"""Starter synonyms for the Woo team's list (round 66, set 41).

- Holiday pay is the "vakantiegeld" to the staff and the officer, the "vakantietoeslag" to the
  payroll system and the payslip (set 41: "op mijn loonstrook is de vakantietoeslag 140 euro
  lager" for "vakantiegeld fout").
- The mayor's chain of office is the "ambtsketen", to the press and the staff also the
  "burgemeesterketen" or "ambtsketting" (set 41: "of het klopt dat de burgemeesterketen weg
  is").
- A skate park is a "skatebaan" or a "skatepark", whichever the writer is used to (set 41: the
  measurement report "over het skatepark" for "skatebaan geluidsoverlast").
- Clearing a building is its "ontruiming" to the emergency plan and the officer, an "evacuatie"
  to many who took part.

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_66_STARTER_SYNONYMS = (
    (
        "vakantiegeld, vakantietoeslag",
        "Vakantiegeld heet op de loonstrook vakantietoeslag",
    ),
    (
        "ambtsketen, burgemeesterketen, ambtsketting",
        "De ambtsketen van de burgemeester heet ook burgemeesterketen of ambtsketting",
    ),
    (
        "skatebaan, skatepark",
        "Een skatebaan heet ook skatepark",
    ),
    (
        "ontruiming, evacuatie",
        "Een ontruiming van een gebouw heet ook evacuatie",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_66_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_66_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0047_fix51d_household_waste_synonyms")]

    operations = [migrations.RunPython(add, remove)]
