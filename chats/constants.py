"""Choices used by the chats app: statuses, upload kinds, conversation partners."""

from django.db import models


class SubmissionStatus(models.TextChoices):
    ONTVANGEN = "ontvangen", "Ontvangen"
    IN_VERWERKING = "in_verwerking", "In verwerking"
    TE_BEOORDELEN = "te_beoordelen", "Wacht op beoordeling door Informatiebeheer"
    TERUG_NAAR_INDIENER = "terug_naar_indiener", "Vraag van Informatiebeheer"
    GEARCHIVEERD = "gearchiveerd", "Gearchiveerd"
    AFGEWEZEN = "afgewezen", "Afgewezen"
    MISLUKT = "mislukt", "Verwerking mislukt"


# Statuses in which processing may (re)start.
PROCESSABLE_STATUSES = (SubmissionStatus.ONTVANGEN, SubmissionStatus.IN_VERWERKING)


class UploadKind(models.TextChoices):
    SCREENSHOTS = "screenshots", "Schermafbeeldingen (screenshots)"
    IOS_EXPORT = "ios_export", "Export van een iPhone (één .zip-bestand)"
    ANDROID_EXPORT = "android_export", "Export van een Android-telefoon (.txt plus losse bestanden)"


class Gesprekspartner(models.TextChoices):
    INWONER = "inwoner", "Inwoner"
    COLLEGA = "collega", "Collega"
    KETENPARTNER = "ketenpartner", "Ketenpartner"
    LEVERANCIER = "leverancier", "Leverancier of opdrachtnemer"
    BESTUURDER = "bestuurder", "Bestuurder"
    ANDERS = "anders", "Anders"


class EldersVastgelegd(models.TextChoices):
    NEE = "nee", "Nee, alleen in dit gesprek"
    JA = "ja", "Ja, ook ergens anders vastgelegd"
    WEET_NIET = "weet_niet", "Weet ik niet"


class MessageKind(models.TextChoices):
    TEXT = "text", "Tekst"
    MEDIA = "media", "Bijlage"
    SYSTEM = "system", "Systeembericht"
    DELETED = "deleted", "Verwijderd bericht"


class RedactionSource(models.TextChoices):
    AUTOMATISCH = "automatisch", "Automatisch gevonden"
    HANDMATIG = "handmatig", "Handmatig toegevoegd"


class FileRole(models.TextChoices):
    ORIGINAL = "origineel", "Origineel (zoals geüpload)"
    DERIVED = "afgeleid", "Afgeleid (opgeschoond)"
