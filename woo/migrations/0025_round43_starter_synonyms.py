"""Starter synonyms for the Woo team's list (round 43, sets 25 and 24).

- An asylum seeker is a "nieuwkomer" in the words of the COA and the municipality's own
  teams ("Nieuwkomers in De Bongerd, moeten wij iets met de leefgeld?"), the word a request
  about the reception of asylum seekers never types; and the chats about their reception
  name the agency that houses them, the COA (Centraal Orgaan opvang asielzoekers: "Het COA
  vraagt of wij 150 plekken noodopvang kunnen bieden"), not the asylum seekers.
- A road or a bridge that is "afgesloten" is one the crew will "dichtgooien" ("Ze willen de
  brug 17 maart dichtgooien"): the everyday verb for closing it to traffic.
- What the officer's letters call "verwijderen", people call "weghalen" ("En een paar nesten
  weghalen boven de speeltuin?"): the everyday verb for removing a thing.
- The container at the door is named by its colour in the collector's and the residents'
  chats ("Blauwe bak 2 keer niet", "vanaf nu rijden zij de grijze, groene en blauwe bak"):
  round 41's starter group "container, kliko, minicontainer" gets "grijze bak", "groene bak"
  and "blauwe bak", only while it stands as that round wrote it (the team's edit stands).

Plain Dutch synonyms any Woo team would keep; a group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_43_STARTER_SYNONYMS = (
    (
        "asielzoeker, nieuwkomer, coa",
        "Een asielzoeker heet bij de gemeente ook ‘nieuwkomer’; het COA vangt ze op",
    ),
    (
        "afsluiting, afgesloten, dichtgooien",
        "Een weg of brug afsluiten heet bij de buitendienst ook ‘dichtgooien’",
    ),
    (
        "verwijderen, weghalen",
        "Wat de brief ‘verwijderen’ noemt, heet in gesprekken ‘weghalen’",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


ROUND_41_CONTAINERS = "container, kliko, minicontainer"
COLOURED_BINS = ("grijze bak", "groene bak", "blauwe bak")


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_43_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)
    if not taken & set(COLOURED_BINS):
        Synoniemgroep.objects.filter(woorden=ROUND_41_CONTAINERS).update(
            woorden=", ".join((ROUND_41_CONTAINERS, *COLOURED_BINS))
        )


def remove(apps, schema_editor):
    """Undo add: a group goes, and the coloured bins leave the container group, only where it
    stands as add wrote it (words and note: a group of the team's own stays), so the team's
    edits since stand and the container group is 0023's again."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_43_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()
    Synoniemgroep.objects.filter(woorden=", ".join((ROUND_41_CONTAINERS, *COLOURED_BINS))).update(
        woorden=ROUND_41_CONTAINERS
    )


class Migration(migrations.Migration):
    dependencies = [("woo", "0024_round42_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
