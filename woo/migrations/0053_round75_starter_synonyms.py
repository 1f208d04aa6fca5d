"""Starter synonyms for the Woo team's list (round 75, picked while looking at set 48).

- A mountain bike is an "mtb" in a quick message (set 48: "Vledderhorst: de mtb'ers hebben een
  eigen sprong gebouwd over onze schouwsloot" for "mountainbikeroute").
- A bunker of the war is a "kazemat" (set 48: "Kazemat De Hooge Esch: als hij blijft, kunnen we er
  een vleermuiskelder van maken" for "bunker").
- A data centre is a "datacenter", "datacentrum", "serverhal" or "datahal" (set 48: "Dus voor die
  serverhal niks tot dan", "Restwarmte van zo'n data hal is 30 graden" for "datacenter").
- A climbing hall is a "klimhal", "klimcentrum", "boulderhal" or "bouldergym" (set 48: "Opening
  bouldergym 12 juli, wethouder knipt het lint" for "klimhal").
- A nail studio is a "nagelstudio", "nagelsalon" or "nails" (set 48: "Bij de nails naast mij hoor
  ik 's nachts huilen" for "nagelstudio").
- A tennis hall is a "tennishal", "ballonhal" or "blaashal" (set 48: "Een ballonhal over baan 1 tot
  4" for "tennishal").
- A park kiosk is a "kiosk", "paviljoen", "koffiehuis", "koffietent" or "theehuis" (set 48: "de
  nieuwe pachter van het koffiehuisje", "18 jaar heb ik dat theehuis gerund" for "kiosk park
  pacht").

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_75_STARTER_SYNONYMS = (
    ("mountainbike, mtb", "Een mountainbike heet ook mtb"),
    ("bunker, kazemat", "Een bunker heet ook kazemat"),
    (
        "datacenter, datacentrum, serverhal, datahal",
        "Een datacenter heet ook datacentrum, serverhal of datahal",
    ),
    (
        "klimhal, klimcentrum, boulderhal, bouldergym",
        "Een klimhal heet ook klimcentrum, boulderhal of bouldergym",
    ),
    ("nagelstudio, nagelsalon, nails", "Een nagelstudio heet ook nagelsalon of nails"),
    ("tennishal, ballonhal, blaashal", "Een tennishal heet ook ballonhal of blaashal"),
    (
        "kiosk, paviljoen, koffiehuis, koffietent, theehuis",
        "Een kiosk heet ook paviljoen, koffiehuis, koffietent of theehuis",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_75_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_75_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0052_round74_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
