"""Writes of the zaken app: saving zaken with their retention, loading the selectielijst."""

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from audit import events

from .models import Procestype, SelectielijstResultaat, Zaak, validate_bewaartermijn
from .signals import redacted_free_text

SELECTIELIJST_FILE = Path(__file__).resolve().parent / "data" / "selectielijst.json"

# Fields whose change moves the archiefactiedatum.
RETENTION_INPUTS = ("resultaat", "einddatum", "bewaartermijn_afwijkend", "brondatum_afwijkend")
RETENTION_OUTPUTS = ("archiefnominatie", "bewaartermijn", "brondatum", "archiefactiedatum")
OVERRIDE_FIELDS = ("bewaartermijn_afwijkend", "brondatum_afwijkend", "afwijking_reden")


def _snapshot(zaak: Zaak) -> dict:
    return {
        "resultaat": zaak.resultaat.nummer if zaak.resultaat_id else None,
        "einddatum": zaak.einddatum.isoformat() if zaak.einddatum else None,
        "bewaartermijn_afwijkend": zaak.bewaartermijn_afwijkend or None,
        "brondatum_afwijkend": (
            zaak.brondatum_afwijkend.isoformat() if zaak.brondatum_afwijkend else None
        ),
        "archiefnominatie": zaak.archiefnominatie or None,
        "bewaartermijn": zaak.bewaartermijn or None,
        "brondatum": zaak.brondatum.isoformat() if zaak.brondatum else None,
        "archiefactiedatum": zaak.archiefactiedatum.isoformat() if zaak.archiefactiedatum else None,
    }


def zaak_save(*, zaak: Zaak, user, request=None) -> Zaak:
    """Validate and save a zaak (new or changed), recompute its retention and log it.

    An override of bewaartermijn or brondatum needs a reason (model validation) and gets its
    own audit event with the values before and after.
    """
    zaak.full_clean()
    before = None
    if zaak.pk is not None:
        before = Zaak.objects.select_related("resultaat").filter(pk=zaak.pk).first()
    with transaction.atomic():
        zaak.save()
        old = _snapshot(before) if before is not None else {}
        new = _snapshot(zaak)
        changed = {key: value for key, value in new.items() if old.get(key) != value}
        log_save = events.zaak_changed if before is not None else events.zaak_created
        log_save(zaak=zaak, actor=user, request=request, values=changed)
        if before is None:
            override_changed = bool(zaak.bewaartermijn_afwijkend or zaak.brondatum_afwijkend)
        else:
            override_changed = any(
                getattr(before, field) != getattr(zaak, field) for field in OVERRIDE_FIELDS
            )
        if override_changed:
            events.zaak_retention_overridden(
                zaak=zaak,
                actor=user,
                request=request,
                # The log is kept for good; the reason can name the resident of the case.
                reason=redacted_free_text(zaak, zaak.afwijking_reden),
                before={k: old.get(k) for k in RETENTION_INPUTS + RETENTION_OUTPUTS},
                after={k: new[k] for k in RETENTION_INPUTS + RETENTION_OUTPUTS},
            )
    return zaak


def zaak_set_resultaat(
    *, zaak: Zaak, resultaat: SelectielijstResultaat, user, request=None
) -> Zaak:
    """Give the zaak a selectielijst result; its retention follows."""
    zaak.resultaat = resultaat
    return zaak_save(zaak=zaak, user=user, request=request)


@dataclass(frozen=True)
class SelectielijstLoadResult:
    procestypen: int
    resultaten_nieuw: int
    resultaten_bijgewerkt: int


def selectielijst_load(*, path: Path = SELECTIELIJST_FILE) -> SelectielijstLoadResult:
    """Create or update procestypen and resultaten from the data file; idempotent.

    Zaken that use a changed result get their retention recomputed.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    created = updated = 0
    with transaction.atomic():
        procestypen = {}
        for row in data["procestypen"]:
            procestype, _ = Procestype.objects.update_or_create(
                jaar=row["jaar"],
                nummer=row["nummer"],
                defaults={
                    "naam": row["naam"],
                    "procesobject": row.get("procesobject") or "",
                    "toelichting": row.get("toelichting") or "",
                    "api_url": row.get("selectielijst_api_url") or "",
                },
            )
            procestypen[row["nummer"]] = procestype
        for row in data["resultaten"]:
            procestype = procestypen[row["procestype_nummer"]]
            if row.get("bewaartermijn"):
                validate_bewaartermijn(row["bewaartermijn"])
            resultaat, was_created = SelectielijstResultaat.objects.update_or_create(
                procestype=procestype,
                nummer=row["volledig_nummer"],
                defaults={
                    "naam": row["naam"],
                    "omschrijving": row.get("omschrijving") or "",
                    "generiek": bool(row.get("generiek")),
                    "waardering": row.get("waardering") or "",
                    "bewaartermijn": row.get("bewaartermijn") or "",
                    "procestermijn": row.get("procestermijn") or "",
                    "procestermijn_weergave": (row.get("procestermijn_weergave") or "").strip(),
                    "herkomst": row.get("herkomst") or "",
                    "toelichting": row.get("toelichting") or "",
                    "api_url": row.get("selectielijst_api_url") or "",
                },
            )
            if was_created:
                created += 1
            else:
                updated += 1
                for zaak in Zaak.objects.filter(resultaat=resultaat):
                    zaak.save()
    return SelectielijstLoadResult(
        procestypen=len(procestypen), resultaten_nieuw=created, resultaten_bijgewerkt=updated
    )
