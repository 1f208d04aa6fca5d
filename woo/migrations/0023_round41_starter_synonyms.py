"""Starter synonyms for the Woo team's list (round 41, set 24).

- Logging in with a second step has as many names as suppliers: "tweestapsverificatie",
  "tweefactorauthenticatie", "multifactorauthenticatie", and in every IT chat "2FA" or "MFA"
  ("MFA uitrol week 18 gestart", "2FA voor iedereen vóór 1 juni"). An officer types the Dutch
  word of the request; the chats write the initials.
- The wheeled bin at the door is a "container" in the municipality's letters and a "kliko" or
  "minicontainer" to everyone else ("de hele wijk staat vol met volle kliko's").
- A temporary home of the flexible kind is a "flexwoning" to the municipality and a "flexunit"
  (a "unit") to the housing association and the supplier ("de raad heeft het krediet voor de
  flexunits goedgekeurd").
- A noise barrier is a "geluidsscherm" or a "geluidswand", in chats the "scherm" or the "wand"
  ("de club gaat een wand bouwen").
- A rook is a kind of crow, and everyone but a bird watcher calls it one ("die herrie van die
  kraaien" about the rookery in the park).
- A phishing mail is a "nepmail" in Dutch ("het intranetbericht over die nepmail").

Plain Dutch synonyms any Woo team would keep; a group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_41_STARTER_SYNONYMS = (
    (
        "tweestapsverificatie, tweefactorauthenticatie, multifactorauthenticatie, 2fa, mfa",
        "Inloggen met een tweede stap heet ook ‘tweefactorauthenticatie’, in gesprekken ‘2FA’ "
        "of ‘MFA’",
    ),
    (
        "container, kliko, minicontainer",
        "De afvalbak aan huis heet in brieven ‘container’, in gesprekken ‘kliko’",
    ),
    (
        "flexwoning, flexunit",
        "Een flexwoning heet bij corporaties en leveranciers ‘flexunit’, in gesprekken ‘unit’",
    ),
    (
        "geluidsscherm, geluidswand",
        "Een geluidsscherm heet ook ‘geluidswand’, in gesprekken ‘scherm’ of ‘wand’",
    ),
    (
        "roek, kraai",
        "Roeken zijn kraaiachtigen; omwonenden noemen ze ‘kraaien’",
    ),
    (
        "phishingmail, nepmail",
        "Een phishingmail heet in gesprekken vaak ‘nepmail’",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_41_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


class Migration(migrations.Migration):
    dependencies = [("woo", "0022_round40_starter_synonyms")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
