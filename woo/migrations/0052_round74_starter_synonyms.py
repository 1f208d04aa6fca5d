"""Starter synonyms for the Woo team's list (round 74, set 47).

- A clothing bank is a "textielcontainer", "kledingcontainer", "textielbak" or "kledingbak"
  (set 47: "Bij de Lidl en bij basisschool De Klimop staan ineens twee nieuwe kledingbakken" and
  "Motie GroenLinks: geen textielbakken van commerciële inzamelaars" for "textielcontainers").
- A beer bike is a "bierfiets", "bierkar", "partyfiets" or, to who lives along its route, a
  "rijdend café" (set 47: "Gisteren weer bekertjes op ons terras gegooid vanaf zo'n bierkar",
  "Alweer zo'n rijdend café onder mijn raam" for "bierfiets").
- A go-kart track is a "kartbaan", a "karting" or a "skelterbaan" (set 47: "Ik wil vragen
  stellen over de karting aan de Wijde Wei" for "kartbaan").
- A helicopter is a "heli" in a quick message (set 47: "weer een heli over de huizen aan de
  Molenwijk" for "helikopter").
- Tractor pulling is a "trekkertrek", "tractorpulling" or "tractor trekken" (set 47: "Bij het
  tractor trekken zat de EHBO-post aan de verkeerde kant van de baan" for "trekkertrek").
- A fish pass is a "vispassage" or a "vistrap" (set 47: "Overleg waterschap: de vistrap bij het
  Hooge Holt" for "vispassage").
- An accident is an "ongeluk" or an "ongeval" (set 47: "Burgemeester vanmiddag naar De
  Schiphorst ivm het ongeval" for "trekkertrek schiphorst ongeluk").
- A parcel locker is a "pakketautomaat" or a "pakketkluis" (set 47: "Kluis op het Oranjeplein
  staat precies op de blindengeleidelijn" and "Wij willen 1 neutrale pakket kluis op ons plein"
  for "pakketautomaat"; the shared modifier makes "kluis" the thing's head, round 40).
- Dredged mud is "bagger", "baggerspecie" or "slib" (set 47: "Ik zou die slib op mien land
  kriegen om op te hogen" for "bagger pfas").

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_74_STARTER_SYNONYMS = (
    (
        "textielcontainer, kledingcontainer, textielbak, kledingbak",
        "Een textielcontainer heet ook kledingcontainer, textielbak of kledingbak",
    ),
    (
        "bierfiets, bierkar, partyfiets, rijdend café",
        "Een bierfiets heet ook bierkar, partyfiets of rijdend café",
    ),
    ("kartbaan, karting, skelterbaan", "Een kartbaan heet ook karting of skelterbaan"),
    ("helikopter, heli", "Een helikopter heet ook heli"),
    (
        "trekkertrek, tractorpulling, tractor trekken",
        "Een trekkertrek heet ook tractorpulling of tractor trekken",
    ),
    ("vispassage, vistrap", "Een vispassage heet ook vistrap"),
    ("ongeluk, ongeval", "Een ongeluk heet ook ongeval"),
    ("pakketautomaat, pakketkluis", "Een pakketautomaat heet ook pakketkluis"),
    ("bagger, baggerspecie, slib", "Bagger heet ook baggerspecie of slib"),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_74_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_74_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0051_round73_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
