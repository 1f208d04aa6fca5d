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
# Statuses in which Informatiebeheer may still change the record.
REVIEWABLE_STATUSES = (SubmissionStatus.TE_BEOORDELEN, SubmissionStatus.TERUG_NAAR_INDIENER)
# Statuses in which the submitter may still withdraw an upload (while no review has started):
# waiting for processing, waiting for review, or failed.
WITHDRAWABLE_STATUSES = (
    SubmissionStatus.ONTVANGEN,
    SubmissionStatus.TE_BEOORDELEN,
    SubmissionStatus.MISLUKT,
)


class RenditionState(models.TextChoices):
    """Where the archive's PDF rendition stands."""

    NIET_NODIG = "niet_nodig", "Niet van toepassing"
    BEZIG = "bezig", "Archiefstuk (PDF) wordt gemaakt"
    STORING = "storing", "Archiefstuk wacht na een storing op een nieuwe poging"
    MISLUKT = "mislukt", "Archiefstuk kon niet worden gemaakt"
    KLAAR = "klaar", "Archiefstuk gemaakt"


# The worker still has to make the rendition (the sweep re-queues these).
RENDITION_PENDING = (RenditionState.BEZIG, RenditionState.STORING)
# An archive decision whose record is not complete yet (on hold for DI included).
RENDITION_UNFINISHED = (*RENDITION_PENDING, RenditionState.MISLUKT)
# The derived_key of an archive's PDF/A rendition among its stored files.
RENDITION_KEY = "rendition-pdf"


class SelectionSource(models.TextChoices):
    """Who made the current selection of messages for the record."""

    ALLES = "alles", "Alle berichten (zoals verwerkt)"
    PERIODE_INDIENER = (
        "periode_indiener",
        "Vooraf geselecteerd: de periode die de indiener belangrijk vond",
    )
    INFORMATIEBEHEER = "informatiebeheer", "Gekozen door Informatiebeheer"


class RejectReason(models.TextChoices):
    NIET_ARCHIEFWAARDIG = "niet_archiefwaardig", "Niet archiefwaardig"
    DUBBEL = "dubbel", "Dubbel ingediend"
    ELDERS_VASTGELEGD = "elders_vastgelegd", "Al elders vastgelegd"
    NIET_WERKGERELATEERD = "niet_werkgerelateerd", "Geen werkgerelateerd gesprek"
    ONVOLLEDIG = "onvolledig", "Onleesbaar of onvolledig"
    ANDERS = "anders", "Anders"


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


class MediaRelease(models.TextChoices):
    """What of an attachment may leave the review: the one rule for Woo and the archive PDF.

    Only a redacted derivative or an item Informatiebeheer released is ever served outside the
    review page (chats.selectors.servable_file).
    """

    GEANONIMISEERD = "geanonimiseerd", "Geanonimiseerde versie wordt getoond"
    ACHTERGEHOUDEN = "achtergehouden", "Achtergehouden tot Informatiebeheer het vrijgeeft"
    VRIJGEGEVEN = "vrijgegeven", "Vrijgegeven door Informatiebeheer"
    NOOIT = "nooit", "Wordt nooit vrijgegeven (contactkaart)"


# Releases whose derived file Woo and the archive PDF may get.
MEDIA_RELEASE_SERVABLE = (MediaRelease.GEANONIMISEERD, MediaRelease.VRIJGEGEVEN)
# How the derived_key of a redacted rebuild processing checked ends (a PDF that could not be
# checked keeps its drawn, unredacted pages under "-pages" instead).
REDACTED_KEY_SUFFIX = "-redacted"


class ServingRole(models.TextChoices):
    """Who a stored attachment is served to; chats.selectors.servable_file decides per role."""

    REVIEW = "review", "Informatiebeheer (beoordeling)"
    WOO = "woo", "Woo-behandelaar (pagina en export)"
    ARCHIVE = "archive", "Archiefstuk (PDF)"


# MediaItem.overlap's key once the messages cut from a screenshot went back into its text
# because the kept copy was withheld (chats.review.services._overlap_to_next): where they stand
# (offsets into its OCR text, or with "redacted" into its redacted text after the purge), which
# screenshot kept them and the point about them; no text. Releasing the kept copy again cuts
# them again (_overlap_from_next).
OVERLAP_RETURNED = "returned"
