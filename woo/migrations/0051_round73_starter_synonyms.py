"""Starter synonyms for the Woo team's list (round 73, set 46).

- A climbing forest is a "klimbos" or a "klimpark" (set 46: "Avontura belooft 15 banen en 40.000
  bezoekers per jaar met het klimpark" for "klimbos").
- A sky lantern is a "wensballon", a "chinese lantaarn" or a "luchtlantaarn" (set 46: "Oorzaak
  brand Hesselterweg: zo'n chinese lantaarn" for "wensballonnen").
- Smoking cannabis ("blowen") is the use of "softdrugs", "wiet", "cannabis" or "hasj"; the
  mayor's ban is an "aanwijzingsbesluit softdrugs" (set 46: "Aanwijzingsbesluit softdrugs
  Catharinaplein ligt klaar voor tekening" for "blowen overlast plein").
- A night shop is also an "avondwinkel" or "de late winkel" (set 46: "de late winkel, scooters,
  geschreeuw" for "nachtwinkel overlast").
- A bed bug is a "bedwants" or, the older word, a "wandluis" (set 46: "We horen dat er
  wandluizen in de hal zitten" for "bedwantsen").
- A water taxi is a "taxiboot" or "pendelboot" to who sails it (set 46: "Eerste twee maanden
  pendelboot: 310 passagiers").
- Prostitution is what a "seksinrichting" or "seksbedrijf" houses, "sekswerk" to who does it
  (set 46: "illegale prostitutie kruiskampstraat" listed nothing: the chats write "geen
  seksinrichting", "sekssites", never "prostitutie").
- A water play area is a "waterspeelplaats", "waterspeeltuin", "spetterveld" or "spetterbad"
  (set 46: "Post: spetterveld Vosseveld tijdelijk dicht na een meting" for "waterspeelplaats
  waterkwaliteit").
- Paid outdoor sport is "buitensport", "buitenles" or "buitentraining" (set 46: "Ik las dat er
  regels komen voor die buitenlessen" for "buitensport amaliapark").

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_73_STARTER_SYNONYMS = (
    ("klimbos, klimpark", "Een klimbos heet ook klimpark"),
    (
        "wensballon, chinese lantaarn, luchtlantaarn",
        "Een wensballon heet ook chinese lantaarn of luchtlantaarn",
    ),
    (
        "softdrugs, blowen, wiet, cannabis, hasj",
        "Blowen is het gebruik van softdrugs: wiet, cannabis of hasj",
    ),
    ("nachtwinkel, avondwinkel, late winkel", "Een nachtwinkel heet ook avondwinkel of late winkel"),
    ("bedwants, wandluis", "Een bedwants heet ook wandluis"),
    ("watertaxi, taxiboot, pendelboot", "Een watertaxi heet ook taxiboot of pendelboot"),
    (
        "prostitutie, seksinrichting, seksbedrijf, sekswerk",
        "Prostitutie vindt plaats in een seksinrichting of seksbedrijf; het heet ook sekswerk",
    ),
    (
        "waterspeelplaats, waterspeeltuin, spetterveld, spetterbad",
        "Een waterspeelplaats heet ook waterspeeltuin, spetterveld of spetterbad",
    ),
    (
        "buitensport, buitenles, buitentraining",
        "Sportlessen in de buitenlucht heten buitensport, buitenles of buitentraining",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_73_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_73_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0050_round71_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
