"""Demo zaaktypen and zaken: what `load_demo_zaken` loads and benchmarks archive chats to."""

from datetime import date

from django.db import transaction

from zaken.models import Procestype, SelectielijstResultaat, Zaak, Zaaktype

SELECTIELIJST_JAAR = 2020

# identificatie, omschrijving, procestype nummer
DEMO_ZAAKTYPEN = (
    ("MELDING-OR", "Melding openbare ruimte", 15),
    ("OMGEVINGSVERGUNNING", "Omgevingsvergunning", 11),
    ("SUBSIDIE", "Subsidie verstrekken", 8),
    ("WOO-VERZOEK", "Woo-verzoek behandelen", 6),
    ("BESTUURLIJK-OVERLEG", "Bestuurlijk overleg met derden", 19),
)

# zaaknummer, omschrijving, zaaktype, afdeling, startdatum, einddatum, resultaat
DEMO_ZAKEN = (
    (
        "Z-2024-000123",
        "Melding omgewaaide boom Hoofdstraat",
        "MELDING-OR",
        "openbare_ruimte",
        date(2024, 3, 12),
        date(2024, 3, 13),
        "15.1",
    ),
    (
        "Z-2024-000456",
        "Omgevingsvergunning dakkapel Kerkplein",
        "OMGEVINGSVERGUNNING",
        "ruimte",
        date(2024, 5, 2),
        None,
        None,
    ),
    (
        "Z-2025-000789",
        "Subsidie buurtfeest Koedijkslanden",
        "SUBSIDIE",
        "samenleving",
        date(2025, 1, 15),
        date(2025, 6, 30),
        "8.1.7",
    ),
    (
        "Z-2025-000812",
        "Woo-verzoek over bomenkap Reggersweg",
        "WOO-VERZOEK",
        "bestuur",
        date(2025, 2, 3),
        date(2025, 2, 28),
        "6.1.3",
    ),
    (
        "Z-2025-000901",
        "Overleg wethouder met ondernemersvereniging binnenstad",
        "BESTUURLIJK-OVERLEG",
        "bestuur",
        date(2025, 9, 1),
        None,
        "19.1.10",
    ),
)


def demo_zaken_load() -> int:
    """Create the demo zaaktypen and zaken not there yet; returns how many demo zaken there are.

    Needs the selectielijst loaded (`load_selectielijst`). Idempotent.
    """
    with transaction.atomic():
        zaaktypen = {}
        for identificatie, omschrijving, procestype_nummer in DEMO_ZAAKTYPEN:
            zaaktype, _ = Zaaktype.objects.get_or_create(
                identificatie=identificatie,
                defaults={
                    "omschrijving": omschrijving,
                    "procestype": Procestype.objects.get(
                        jaar=SELECTIELIJST_JAAR, nummer=procestype_nummer
                    ),
                },
            )
            zaaktypen[identificatie] = zaaktype
        for nummer, omschrijving, zaaktype, afdeling, start, eind, resultaat in DEMO_ZAKEN:
            zaak, created = Zaak.objects.get_or_create(
                zaaknummer=nummer, defaults={"omschrijving": omschrijving}
            )
            if not created and zaak.zaaktype_id:
                continue  # already complete; leave changes made in the admin alone
            zaak.zaaktype = zaaktypen[zaaktype]
            zaak.afdeling = afdeling
            zaak.startdatum = start
            zaak.einddatum = eind
            zaak.resultaat = (
                SelectielijstResultaat.objects.get(
                    procestype__jaar=SELECTIELIJST_JAAR, nummer=resultaat
                )
                if resultaat
                else None
            )
            zaak.full_clean()
            zaak.save()
    return len(DEMO_ZAKEN)
