"""Factories for zaken and the selectielijst, with Dutch fake data."""

from datetime import date

import factory

from zaken.models import Procestype, SelectielijstResultaat, Zaak, Zaaktype


class ProcestypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Procestype
        django_get_or_create = ("jaar", "nummer")

    jaar = 2020
    nummer = 15
    naam = "Onderhouden en repareren"


class SelectielijstResultaatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SelectielijstResultaat
        django_get_or_create = ("procestype", "nummer")

    procestype = factory.SubFactory(ProcestypeFactory)
    nummer = "15.1"
    naam = "Uitgevoerd"
    waardering = "vernietigen"
    bewaartermijn = "P5Y"
    procestermijn = "nihil"

    class Params:
        blijvend = factory.Trait(waardering="blijvend_bewaren", bewaartermijn="")


class ZaaktypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Zaaktype
        django_get_or_create = ("identificatie",)

    identificatie = "MELDING-OR"
    omschrijving = "Melding openbare ruimte"
    procestype = factory.SubFactory(ProcestypeFactory)


class ZaakFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Zaak

    zaaknummer = factory.Sequence(lambda n: f"Z-2024-{n + 100:06d}")
    omschrijving = factory.Faker("sentence", nb_words=5, locale="nl_NL")
    zaaktype = factory.SubFactory(ZaaktypeFactory)
    afdeling = "openbare_ruimte"
    startdatum = date(2024, 1, 1)
    einddatum = None
    resultaat = None

    class Params:
        afgesloten = factory.Trait(
            einddatum=date(2024, 3, 13),
            resultaat=factory.SubFactory(SelectielijstResultaatFactory),
        )
