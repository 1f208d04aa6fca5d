"""Issue 17, round 41 (search41): causes found on set 24, fixed at the general level.

- The starter groups of migration 0023: "tweestapsverificatie" found nothing of the IT chats
  that only write "MFA" or "2FA"; "container niet geleegd" missed "de volle kliko's"; "nepmail"
  is the Dutch word for a phishing mail.

All 9 fail on main b8cad20c (the guards inside them pass there).
"""

import pytest

from tests.woo.test_search_round19 import filler, ids, run


@pytest.mark.django_db
def test_two_step_verification_finds_the_chat_that_writes_mfa(make_record):
    filler(make_record)
    it = make_record(["MFA uitrol week 18 gestart, 300 accounts per dag", "Top"])
    mt = make_record(["MT besluit: 2FA voor iedereen vóór 1 juni", "👍"])
    outcome = run("tweestapsverificatie")
    assert {it.pk, mt.pk} <= set(ids(outcome.full_records))


@pytest.mark.django_db
def test_a_container_is_also_the_kliko_at_the_door(make_record):
    filler(make_record)
    street = make_record(["De hele wijk staat vol met volle kliko's, al 3 dagen", "Sorry"])
    make_record(["De wijk krijgt een nieuwe speeltuin", "Leuk"])
    for query in ("container", "containers"):
        assert street.pk in ids(run(query).full_records)


@pytest.mark.django_db
def test_a_phishing_mail_is_also_a_nepmail(make_record):
    filler(make_record)
    intranet = make_record(["Intranetbericht over die nepmail staat klaar", "Akkoord"])
    outcome = run("phishingmail")
    # On main the chat is found by the compound's head "mail" alone, "nepmail" never searched.
    assert "nepmail" in outcome.also
    assert intranet.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_the_starter_groups_never_clobber_the_teams_own_groups(make_record):
    import importlib  # noqa: PLC0415

    from django.apps import apps  # noqa: PLC0415

    from woo.models import Synoniemgroep  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0023_round41_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="container, afvalbak")
    migration.add(apps, None)
    groups = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert "container, afvalbak" in groups
    assert not any("kliko" in g for g in groups)
    assert any("2fa" in g for g in groups)


@pytest.mark.django_db
def test_flexible_homes_are_also_the_flexunits_of_the_housing_association(make_record):
    filler(make_record)
    corporation = make_record(["Het krediet voor de flexunits is goedgekeurd", "Bestellen"])
    outcome = run("flexwoningen")
    assert corporation.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_rooks_are_the_crows_people_complain_about(make_record):
    filler(make_record)
    park = make_record(["Of we die herrie van die kraaien konden oplossen", "Melding gemaakt"])
    outcome = run("roeken")
    assert park.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_noise_barrier_is_also_the_wall_the_club_builds(make_record):
    filler(make_record)
    neighbours = make_record(["De club gaat een wand bouwen langs de baan", "Eerst zien"])
    make_record(["Het scherm in de raadszaal is stuk", "Ik bel ICT"])
    outcome = run("geluidsscherm")
    assert neighbours.pk in ids(outcome.full_records)


def test_a_doers_aar_and_a_verbs_eren_are_no_heads_of_a_compound():
    from woo.expansion import _split  # noqa: PLC0415

    counts = {"inzamel": 0, "aar": 3, "eren": 2, "verwijd": 1, "verwijder": 0, "scherm": 4}
    assert _split("inzamelaar", counts) is None
    assert _split("verwijderen", counts) is None
    # Guard: a real compound still splits.
    assert _split("geluidsscherm", {**counts, "geluid": 5}) == ("geluid", "scherm")


def test_a_synonyms_head_after_a_linking_s_is_the_word_without_it():
    from woo.expansion import synonym_heads  # noqa: PLC0415

    groups = [["geluidsscherm", "geluidswand"]]
    assert synonym_heads("geluidsschermen", "geluid", groups) == ["wand"]
