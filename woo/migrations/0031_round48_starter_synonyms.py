"""Starter synonyms for the Woo team's list (round 48, set 28).

- An AED is a "defibrillator" in a request and a "hartstarter" to most inhabitants.
- A road under the railway ("onderdoorgang") is "de tunnel" to those who close and pump it:
  "de tunnel onder het spoor stond 1,60 m vol".
- Oil on the water is asked for as an "olielozing" and written as "olievervuiling" or
  "olieverontreiniging".
- A ban on sprinkling ("sproeiverbod") is the water board's "beregeningsverbod" or
  "onttrekkingsverbod" (no water taken from ditches and canals).
- A wind turbine ("windturbine") is a "windmolen" to most, an "erfmolen" where it stands on a
  farm's yard.
- Lorry traffic ("vrachtverkeer") is written as the lorries themselves: "vrachtwagens na 11 uur".
- What a job costs beyond its budget ("meerkosten") is its "meerwerk" to the contractor:
  "Meerwerk: €148.000 voor liggers". "meerwerk" joins the group of "meerkosten" (migration
  0008), only where the team kept that word in a group and has "meerwerk" nowhere.

Plain Dutch synonyms any Woo team would keep; a group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_48_STARTER_SYNONYMS = (
    (
        "aed, defibrillator, hartstarter",
        "Een AED heet ook defibrillator of hartstarter",
    ),
    (
        "onderdoorgang, tunnel, spoortunnel",
        "Een onderdoorgang onder het spoor heet in gesprekken meestal ‘de tunnel’",
    ),
    (
        "olielozing, olievervuiling, olieverontreiniging",
        "Een olielozing heet ook olievervuiling of olieverontreiniging",
    ),
    (
        "sproeiverbod, beregeningsverbod, onttrekkingsverbod",
        "Een sproeiverbod heet bij het waterschap beregeningsverbod of onttrekkingsverbod",
    ),
    (
        "windturbine, windmolen, erfmolen",
        "Een windturbine heet ook windmolen, op het erf van een boerderij erfmolen",
    ),
    (
        "vrachtverkeer, vrachtwagen, vrachtauto",
        "Vrachtverkeer heet in gesprekken naar de vrachtwagens zelf",
    ),
)
EXTRA_COSTS = "meerkosten"
EXTRA_WORK = "meerwerk"


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_48_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)
    if EXTRA_WORK not in taken:
        for group in Synoniemgroep.objects.all():
            if EXTRA_COSTS in _words(group.woorden):
                group.woorden = f"{group.woorden.rstrip(', ')}, {EXTRA_WORK}"
                group.save(update_fields=["woorden"])
                break


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note: a group of
    the team's own stays), and "meerwerk" leaves the group of "meerkosten" where it still ends it, so
    the team's edits since stand."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_48_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()
    for group in Synoniemgroep.objects.filter(woorden__endswith=f", {EXTRA_WORK}"):
        if EXTRA_COSTS in _words(group.woorden):
            group.woorden = group.woorden.removesuffix(f", {EXTRA_WORK}")
            group.save(update_fields=["woorden"])


class Migration(migrations.Migration):
    dependencies = [("woo", "0030_round47_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
