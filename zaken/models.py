"""Zaken (cases) from the zaaksysteem and the selectielijst results that set their retention."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from accounts.organisation import AFDELINGEN

from .constants import Archiefnominatie
from .retention import DurationError, compute_archiefactie, format_duration, parse_duration


def validate_bewaartermijn(value: str) -> None:
    """Refuse anything that is not an ISO 8601 date duration."""
    try:
        parse_duration(value)
    except DurationError as exc:
        raise ValidationError(exc.message, code="bewaartermijn") from exc


# The zaaksysteem's numbers: Z, the year the zaak began, a sequence number of six digits.
ZAAKNUMMER = re.compile(r"Z-\d{4}-\d{6}")
ZAAKNUMMER_EXAMPLE = "Z-2024-000123"
# A number with its sequence written short ("Z-2024-12"): the padded one is suggested.
_SHORT_ZAAKNUMMER = re.compile(r"Z-(\d{4})-(\d{1,5})")


def zaaknummer_error(nummer: str) -> str:
    """The Dutch reason `nummer` is not a zaaknummer of the zaaksysteem's form; '' when it is."""
    if ZAAKNUMMER.fullmatch(nummer):
        return ""
    message = (
        f"Een zaaknummer heeft de vorm {ZAAKNUMMER_EXAMPLE}: Z, een streepje, het jaar in vier "
        "cijfers, een streepje en een volgnummer van zes cijfers."
    )
    if short := _SHORT_ZAAKNUMMER.fullmatch(nummer):
        message += f" Bedoelt u Z-{short[1]}-{int(short[2]):06d}?"
    return message


def _sort_key(nummer: str) -> str:
    # "19.1.10" must sort after "19.1.9": pad every part.
    return ".".join(part.zfill(4) for part in nummer.split("."))


class Procestype(models.Model):
    """A procestype of the VNG Selectielijst gemeenten en intergemeentelijke organen."""

    jaar = models.PositiveSmallIntegerField(
        "jaar",
        help_text="Het jaar van de selectielijst (bijvoorbeeld 2020). Een zaaktype gebruikt "
        "procestypen en resultaten uit één jaar.",
    )
    nummer = models.PositiveSmallIntegerField(
        "nummer", help_text="Het nummer van het procestype in de selectielijst, bijvoorbeeld 6."
    )
    naam = models.CharField("naam", max_length=200)
    procesobject = models.CharField(
        "procesobject",
        max_length=300,
        blank=True,
        help_text="Het object waarvan de levensduur kan bepalen wanneer de bewaartermijn ingaat.",
    )
    toelichting = models.TextField("toelichting", blank=True)
    api_url = models.URLField(
        "URL in de Selectielijst-API",
        max_length=300,
        blank=True,
        help_text="De URL van dit procestype in de landelijke Selectielijst-API (selectielijst.openzaak.nl).",
    )

    class Meta:
        verbose_name = "procestype (selectielijst)"
        verbose_name_plural = "procestypen (selectielijst)"
        ordering = ["jaar", "nummer"]
        constraints = [
            models.UniqueConstraint(fields=["jaar", "nummer"], name="procestype_unique_nummer"),
        ]

    def __str__(self):
        return f"{self.nummer}. {self.naam} ({self.jaar})"


class SelectielijstResultaat(models.Model):
    """One result of a procestype in the selectielijst, with its waardering and bewaartermijn."""

    procestype = models.ForeignKey(
        Procestype, on_delete=models.PROTECT, related_name="resultaten", verbose_name="procestype"
    )
    nummer = models.CharField(
        "nummer",
        max_length=20,
        help_text="Het volledige nummer in de selectielijst, bijvoorbeeld 11.1 (generiek "
        "resultaat) of 11.1.2 (specifiek resultaat).",
    )
    naam = models.CharField("naam", max_length=200, help_text="Bijvoorbeeld ‘Verleend’.")
    omschrijving = models.CharField(
        "omschrijving",
        max_length=300,
        blank=True,
        help_text="Bij een specifiek resultaat: waar het over gaat.",
    )
    generiek = models.BooleanField(
        "generiek",
        default=False,
        help_text="Een generiek resultaat (x.y) geldt voor het hele procestype; een specifiek "
        "resultaat (x.y.z) voor een bepaald soort zaak.",
    )
    waardering = models.CharField(
        "waardering",
        max_length=20,
        choices=Archiefnominatie.choices,
        blank=True,
        help_text="Blijvend bewaren (later overbrengen naar het archief) of vernietigen na "
        "afloop van de bewaartermijn. Leeg bij een vervallen resultaat.",
    )
    bewaartermijn = models.CharField(
        "bewaartermijn",
        max_length=20,
        blank=True,
        validators=[validate_bewaartermijn],
        help_text="Hoe lang archiefstukken na de brondatum bewaard blijven, als ISO 8601-duur: "
        "P5Y is vijf jaar, P6M zes maanden, P1Y6M anderhalf jaar, P28D 28 dagen. Leeg bij "
        "blijvend bewaren.",
    )
    procestermijn = models.CharField(
        "procestermijn",
        max_length=50,
        blank=True,
        help_text="Wanneer de bewaartermijn gaat lopen, bijvoorbeeld ‘nihil’: direct na afloop "
        "van het proces.",
    )
    procestermijn_weergave = models.CharField("procestermijn (tekst)", max_length=300, blank=True)
    herkomst = models.CharField(
        "herkomst",
        max_length=300,
        blank=True,
        help_text="Waarop de waardering berust: een risico-, systeem- of trendanalyse, of wet- "
        "en regelgeving.",
    )
    toelichting = models.TextField("toelichting", blank=True)
    api_url = models.URLField(
        "URL in de Selectielijst-API",
        max_length=300,
        blank=True,
        help_text="De URL die een zaaksysteem (Open Zaak) als selectielijstklasse opslaat.",
    )
    sort_key = models.CharField(max_length=40, editable=False, db_index=True)

    class Meta:
        verbose_name = "selectielijstresultaat"
        verbose_name_plural = "selectielijstresultaten"
        ordering = ["procestype__jaar", "sort_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["procestype", "nummer"], name="selectielijstresultaat_unique_nummer"
            ),
        ]

    def __str__(self):
        label = f"{self.nummer} {self.naam}"
        if self.omschrijving:
            label += f" – {self.omschrijving}"
        return f"{label} ({self.waardering_weergave})"

    def save(self, *args, **kwargs):
        self.sort_key = _sort_key(self.nummer)
        super().save(*args, **kwargs)

    @property
    def waardering_weergave(self) -> str:
        """E.g. "vernietigen na 1 jaar en 6 maanden" or "blijvend bewaren"."""
        if self.waardering == Archiefnominatie.VERNIETIGEN and self.bewaartermijn:
            return f"vernietigen na {format_duration(self.bewaartermijn)}"
        if self.waardering:
            return self.get_waardering_display().lower()
        return "vervallen"


class Zaaktype(models.Model):
    """A kind of zaak in the zaaksysteem; it ties the zaak to a procestype of the selectielijst."""

    identificatie = models.CharField(
        "identificatie",
        max_length=80,
        unique=True,
        help_text="De code van het zaaktype in de zaaktypecatalogus, bijvoorbeeld MELDING-OR.",
    )
    omschrijving = models.CharField("omschrijving", max_length=200)
    procestype = models.ForeignKey(
        Procestype,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="zaaktypen",
        verbose_name="procestype (selectielijst)",
        help_text="Het procestype van de selectielijst; de resultaten van een zaak van dit "
        "zaaktype komen uit dit procestype.",
    )

    class Meta:
        verbose_name = "zaaktype"
        verbose_name_plural = "zaaktypen"
        ordering = ["omschrijving"]

    def __str__(self):
        return self.omschrijving


class ZaakQuerySet(models.QuerySet):
    def due_for_archiefactie(self, *, on=None):
        """Zaken whose archiefactiedatum has come (on `on`, default today's local date)."""
        return self.filter(archiefactiedatum__lte=on or timezone.localdate())


class Zaak(models.Model):
    """A case in the zaaksysteem to which archived conversations belong."""

    zaaknummer = models.CharField(
        "zaaknummer",
        max_length=40,
        unique=True,
        help_text="Het unieke nummer van de zaak in het zaaksysteem, bijvoorbeeld Z-2024-000123.",
    )
    omschrijving = models.CharField("omschrijving", max_length=300)
    zaaktype = models.ForeignKey(
        Zaaktype,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="zaken",
        verbose_name="zaaktype",
        help_text="Het soort zaak; bepaalt uit welk procestype van de selectielijst het "
        "resultaat komt.",
    )
    afdeling = models.CharField(
        "afdeling",
        max_length=40,
        choices=AFDELINGEN,
        blank=True,
        help_text="De afdeling die de zaak behandelt.",
    )
    startdatum = models.DateField(
        "startdatum", default=timezone.localdate, help_text="De dag waarop de zaak begon."
    )
    einddatum = models.DateField(
        "einddatum",
        null=True,
        blank=True,
        help_text="De dag waarop de zaak is afgesloten. Leeg zolang de zaak loopt.",
    )
    resultaat = models.ForeignKey(
        SelectielijstResultaat,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="zaken",
        verbose_name="resultaat (selectielijst)",
        help_text="De uitkomst van de zaak volgens de selectielijst. Het resultaat bepaalt de "
        "archiefnominatie en de bewaartermijn.",
    )
    bewaartermijn_afwijkend = models.CharField(
        "afwijkende bewaartermijn",
        max_length=20,
        blank=True,
        validators=[validate_bewaartermijn],
        help_text="Alleen invullen als de bewaartermijn van de selectielijst voor deze zaak niet "
        "geldt (ISO 8601-duur, bijvoorbeeld P10Y). Vereist een reden.",
    )
    brondatum_afwijkend = models.DateField(
        "afwijkende brondatum",
        null=True,
        blank=True,
        help_text="Alleen invullen als de bewaartermijn niet op de einddatum ingaat, "
        "bijvoorbeeld op de vervaldatum van een vergunning. Vereist een reden.",
    )
    afwijking_reden = models.TextField(
        "reden van de afwijking",
        blank=True,
        help_text="Waarom de bewaartermijn of brondatum afwijkt van de selectielijst of de "
        "einddatum. Wordt vastgelegd in het auditlog.",
    )

    # Computed from the fields above on every save; never typed by hand.
    archiefnominatie = models.CharField(
        "archiefnominatie",
        max_length=20,
        choices=Archiefnominatie.choices,
        blank=True,
        editable=False,
        help_text="Blijvend bewaren of vernietigen: de waardering van het resultaat in de "
        "selectielijst.",
    )
    bewaartermijn = models.CharField(
        "bewaartermijn",
        max_length=20,
        blank=True,
        editable=False,
        help_text="De termijn die na de brondatum loopt (ISO 8601-duur): die van de "
        "selectielijst, tenzij een afwijkende termijn is vastgelegd.",
    )
    brondatum = models.DateField(
        "brondatum",
        null=True,
        blank=True,
        editable=False,
        help_text="De dag waarop de bewaartermijn ingaat: de einddatum van de zaak, tenzij een "
        "afwijkende brondatum is vastgelegd.",
    )
    archiefactiedatum = models.DateField(
        "archiefactiedatum",
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text="Brondatum plus bewaartermijn: de dag waarop de archiefstukken van de zaak "
        "vernietigd of overgebracht moeten worden.",
    )

    objects = ZaakQuerySet.as_manager()

    class Meta:
        verbose_name = "zaak"
        verbose_name_plural = "zaken"
        ordering = ["zaaknummer"]

    def __str__(self):
        return f"{self.zaaknummer} {self.omschrijving}"

    def save(self, *args, **kwargs):
        # Recomputed on every save so that no input can change without the date following.
        self.apply_archiefactie()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = set(update_fields) | {
                "archiefnominatie",
                "bewaartermijn",
                "brondatum",
                "archiefactiedatum",
            }
        super().save(*args, **kwargs)

    def compute_archiefactie(self):
        """The retention that follows from the current inputs (pure, nothing is saved)."""
        resultaat = self.resultaat
        return compute_archiefactie(
            waardering=resultaat.waardering if resultaat else "",
            selectielijst_bewaartermijn=resultaat.bewaartermijn if resultaat else "",
            einddatum=self.einddatum,
            bewaartermijn_afwijkend=self.bewaartermijn_afwijkend,
            brondatum_afwijkend=self.brondatum_afwijkend,
        )

    def apply_archiefactie(self) -> None:
        """Set the computed fields from the inputs."""
        result = self.compute_archiefactie()
        self.archiefnominatie = result.archiefnominatie
        self.bewaartermijn = result.bewaartermijn
        self.brondatum = result.brondatum
        self.archiefactiedatum = result.archiefactiedatum

    def resultaat_mismatch(self, resultaat: "SelectielijstResultaat") -> str:
        """A Dutch reason when `resultaat` is of another procestype than the zaaktype's, else ''."""
        zaaktype = self.zaaktype if self.zaaktype_id else None
        if zaaktype is None or not zaaktype.procestype_id:
            return ""
        if resultaat.procestype_id == zaaktype.procestype_id:
            return ""
        return (
            f"Dit resultaat past niet bij het zaaktype ‘{zaaktype}’. Kies een resultaat van "
            f"procestype {zaaktype.procestype}."
        )

    def clean(self):
        errors = {}
        written = (self.zaaknummer or "").strip().upper()
        if not (wrong := zaaknummer_error(written)):
            self.zaaknummer = written  # " z-2024-000123" is Z-2024-000123
        elif self._zaaknummer_is_new():
            errors["zaaknummer"] = wrong
        if (self.bewaartermijn_afwijkend or self.brondatum_afwijkend) and not (
            self.afwijking_reden or ""
        ).strip():
            errors["afwijking_reden"] = (
                "Geef een reden op voor de afwijkende bewaartermijn of brondatum."
            )
        if self.einddatum and self.startdatum and self.einddatum < self.startdatum:
            errors["einddatum"] = "De einddatum ligt vóór de startdatum."
        resultaat = self.resultaat if self.resultaat_id else None
        if resultaat is not None:
            if not resultaat.waardering:
                errors["resultaat"] = "Dit resultaat is vervallen; kies een ander resultaat."
            elif mismatch := self.resultaat_mismatch(resultaat):
                errors["resultaat"] = mismatch
        if errors:
            raise ValidationError(errors)

    def _zaaknummer_is_new(self) -> bool:
        """Whether the number is typed now: a new zaak or a changed number. A zaak stored with
        a number of another form (older data, another zaaksysteem) keeps it and stays editable."""
        if self._state.adding or self.pk is None:
            return True
        return not Zaak.objects.filter(pk=self.pk, zaaknummer=self.zaaknummer).exists()

    @property
    def bewaartermijn_weergave(self) -> str:
        return format_duration(self.bewaartermijn) if self.bewaartermijn else ""
