"""Choices of the Woo app: request statuses, disclosure decisions and the Woo grounds."""

from django.db import models


class VerzoekStatus(models.TextChoices):
    OPEN = "open", "Open (in behandeling)"
    AFGEHANDELD = "afgehandeld", "Afgehandeld"


# While a request has one of these statuses its records are on legal hold.
HOLD_STATUSES = (VerzoekStatus.OPEN,)


class Besluit(models.TextChoices):
    """The disclosure decision per document on the inventarislijst."""

    OPENBAAR = "openbaar", "Openbaar"
    DEELS_OPENBAAR = "deels_openbaar", "Deels openbaar"
    NIET_OPENBAAR = "niet_openbaar", "Niet openbaar"


class WooGrond(models.TextChoices):
    """Grounds for withholding information, Wet open overheid art. 5.1 and 5.2."""

    ART_5_1_1_C = (
        "5.1.1c",
        "5.1 lid 1c: vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens",
    )
    ART_5_1_1_D = "5.1.1d", "5.1 lid 1d: bijzondere persoonsgegevens"
    ART_5_1_1_E = "5.1.1e", "5.1 lid 1e: identificatienummers (zoals het BSN)"
    ART_5_1_2_B = (
        "5.1.2b",
        "5.1 lid 2b: economische of financiële belangen van de overheid",
    )
    ART_5_1_2_C = "5.1.2c", "5.1 lid 2c: opsporing en vervolging van strafbare feiten"
    ART_5_1_2_D = "5.1.2d", "5.1 lid 2d: inspectie, controle en toezicht"
    ART_5_1_2_E = "5.1.2e", "5.1 lid 2e: eerbiediging van de persoonlijke levenssfeer"
    ART_5_1_2_F = "5.1.2f", "5.1 lid 2f: concurrentiegevoelige bedrijfs- en fabricagegegevens"
    ART_5_1_2_G = "5.1.2g", "5.1 lid 2g: bescherming van het milieu"
    ART_5_1_2_H = "5.1.2h", "5.1 lid 2h: beveiliging van personen en bedrijven"
    ART_5_1_2_I = (
        "5.1.2i",
        "5.1 lid 2i: goed functioneren van de Staat of bestuursorganen",
    )
    ART_5_1_5 = "5.1.5", "5.1 lid 5: onevenredige benadeling"
    ART_5_2 = "5.2", "5.2: persoonlijke beleidsopvattingen (intern beraad)"


class EntrySource(models.TextChoices):
    MESSAGE = "bericht", "Bericht"
    OCR = "ocr", "Tekst uit afbeelding"
