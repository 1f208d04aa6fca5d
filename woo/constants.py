"""Choices of the Woo app: request statuses and judgements (the grounds are in woo.grounds)."""

from django.db import models

# PostgreSQL's text search configuration of the index and of every query.
SEARCH_CONFIG = "dutch"


class VerzoekStatus(models.TextChoices):
    OPEN = "open", "Open (in behandeling)"
    AFGEHANDELD = "afgehandeld", "Afgehandeld"


class Oordeel(models.TextChoices):
    """The judgement per document (message or screenshot), as on the VWS inventarislijst."""

    OPENBAAR = "openbaar", "Openbaar"
    DEELS_OPENBAAR = "deels_openbaar", "Deels openbaar"
    NIET_OPENBAAR = "niet_openbaar", "Niet openbaar"
    REEDS_OPENBAAR = "reeds_openbaar", "Reeds openbaar"
    BUITEN_VERZOEK = "buiten_verzoek", "Buiten het verzoek"


# Judgements that need at least one ground.
NEEDS_GROUND = (Oordeel.DEELS_OPENBAAR, Oordeel.NIET_OPENBAAR)
NOT_ASSESSED = "Nog niet beoordeeld"


class PassageBron(models.TextChoices):
    AUTOMATISCH = "automatisch", "Persoonsgegeven (al weggelakt bij archiveren)"
    HANDMATIG = "handmatig", "Door de Woo-behandelaar aangewezen"


class OcrPlaats(models.TextChoices):
    """Whether the words of a passage in an image's text were found in the image, when their
    places were not stored: the image is read again by the worker, not in the request."""

    ONBEKEND = "", "Nog niet gelezen (bij het openbaar maken)"
    LEZEN = "lezen", "Afbeelding wordt gelezen…"
    GEVONDEN = "gevonden", "Gevonden in de afbeelding"
    NIET_GEVONDEN = "niet_gevonden", "Niet gevonden in de afbeelding"


class EntrySource(models.TextChoices):
    MESSAGE = "bericht", "Bericht"
    OCR = "ocr", "Tekst uit afbeelding"
    # The record's redacted subject: no message, never a hit; it counts for the conversation.
    ONDERWERP = "onderwerp", "Onderwerp van het archiefstuk"


class ReleaseStatus(models.TextChoices):
    """Where the made release of a decision (PDF/A, inventarislijst, verantwoording) stands."""

    BEZIG = "bezig", "Wordt gemaakt"
    KLAAR = "klaar", "Klaar"
    MISLUKT = "mislukt", "Mislukt"
