"""Woo requests with their selected records, and the full-text index of archived records."""

import uuid
from datetime import timedelta
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from chats.wording import record_reference as record_reference  # (woo's own name for it)
from chats.wording import shown_number

from . import grounds
from .constants import EntrySource, OcrPlaats, Oordeel, PassageBron, ReleaseStatus, VerzoekStatus


class SearchEntry(models.Model):
    """One searchable text of an archived record: a message or the OCR text of an image.

    Only redacted text of archived records is ever stored here, so nothing this table feeds
    (search results, snippets) can show an original. Filter columns are copied from the
    submission and its zaak so that a search never has to join them.
    """

    submission = models.ForeignKey(
        "chats.Submission",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,  # covered by the (submission, seq) index
        verbose_name="archiefstuk",
    )
    message = models.ForeignKey(
        "chats.Message", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    media = models.ForeignKey(
        "chats.MediaItem", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    source = models.CharField("bron", max_length=10, choices=EntrySource.choices)
    seq = models.PositiveIntegerField("volgnummer", help_text="Volgnummer van het bericht.")
    text = models.TextField("tekst (geanonimiseerd)")
    vector = SearchVectorField(null=True, editable=False)
    sent_at = models.DateTimeField("verzonden op", null=True, blank=True)
    zaak = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # covered by the (zaak, sent_at) index
    )
    zaaktype = models.CharField("zaaktype", max_length=200, blank=True)
    afdeling = models.CharField("afdeling", max_length=40, blank=True)
    gesprekspartner = models.CharField("gesprekspartner", max_length=20, blank=True)

    class Meta:
        verbose_name = "zoekindexregel"
        verbose_name_plural = "zoekindex"
        # Searching the archive is searching this index; the Woo views check it as
        # accounts.permissions.SEARCH_ARCHIVE.
        permissions = [("search_archive", "Gearchiveerde gesprekken doorzoeken (Woo)")]
        indexes = [
            # Created on PostgreSQL only (see migration 0001): SQLite has no GIN.
            GinIndex(fields=["vector"], name="woo_entry_vector_gin"),
            models.Index(fields=["submission", "seq"], name="woo_entry_submission_seq"),
            models.Index(fields=["sent_at"], name="woo_entry_sent_at"),
            models.Index(fields=["zaak", "sent_at"], name="woo_entry_zaak_sent_at"),
        ]

    def __str__(self):
        # The record as people know it (WA-000004), never its bare database id.
        reference = record_reference(self.submission_id)
        return f"{self.get_source_display()} {shown_number(self.seq)} van archiefstuk {reference}"


class WooVerzoekQuerySet(models.QuerySet):
    def open(self):
        """Requests still being handled: records can be added and assessed."""
        return self.filter(status=VerzoekStatus.OPEN)

    def holding(self, *, on=None):
        """Requests whose records are on legal hold on the day `on` (default today).

        From receipt until the objection and appeal term after the decision has passed:
        an open request, a decided one whose term runs (bewaarplicht_tot not passed) and one
        with an objection or appeal still pending (bewaarplicht_tot empty).
        """
        on = on or timezone.localdate()
        return self.filter(
            Q(status=VerzoekStatus.OPEN)
            | Q(bewaarplicht_tot__isnull=True)
            | Q(bewaarplicht_tot__gte=on)
        )


class WooVerzoek(models.Model):
    """A request under the Wet open overheid, with the records selected for its decision."""

    nummer = models.CharField(
        "nummer",
        max_length=40,
        unique=True,
        help_text="Het kenmerk van het Woo-verzoek, bijvoorbeeld WOO-2024-017.",
    )
    ontvangen_op = models.DateField(
        "ontvangen op",
        default=timezone.localdate,
        help_text="De datum waarop het verzoek binnenkwam; de beslistermijn loopt vanaf hier.",
    )
    onderwerp = models.CharField("onderwerp", max_length=300)
    # Who asked: personal data of the requester. Shown to Woo officers only
    # (accounts.duties.may_see_requester), never in a release, the audit log or the admin's log.
    verzoeker_naam = models.CharField(
        "naam verzoeker",
        max_length=200,
        blank=True,
        help_text="Persoonsgegeven: alleen Woo-behandelaars zien dit; het komt nooit in een "
        "openbaarmaking.",
    )
    verzoeker_organisatie = models.CharField(
        "organisatie verzoeker",
        max_length=200,
        blank=True,
        help_text="De organisatie namens wie het verzoek is gedaan, als die er is.",
    )
    zaak = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="zaak",
        help_text="De zaak in het zaaksysteem waarin het verzoek wordt behandeld.",
    )
    status = models.CharField(
        "status",
        max_length=20,
        choices=VerzoekStatus.choices,
        default=VerzoekStatus.OPEN,
        db_index=True,
        help_text=(
            "Vanaf de ontvangst tot de bezwaar- en beroepstermijn na het besluit voorbij is, "
            "staan de geselecteerde archiefstukken onder bewaarplicht."
        ),
    )
    verdaagd_op = models.DateField(
        "verdaagd op",
        null=True,
        blank=True,
        help_text="De beslistermijn is met twee weken verdaagd (art. 4.4 lid 2 Woo).",
    )
    besluit_op = models.DateField(
        "datum besluit",
        null=True,
        blank=True,
        help_text="De dag van het besluit; daarna loopt zes weken de bezwaartermijn.",
    )
    bezwaar_ingesteld_op = models.DateField(
        "bezwaar of beroep ingesteld op",
        null=True,
        blank=True,
        help_text="Zolang bezwaar of beroep loopt, blijft de bewaarplicht gelden.",
    )
    bezwaar_afgerond_op = models.DateField(
        "bezwaar of beroep afgerond op",
        null=True,
        blank=True,
        help_text="Daarna loopt nog zes weken de termijn voor (hoger) beroep.",
    )
    bewaarplicht_tot = models.DateField(
        "bewaarplicht tot en met",
        null=True,
        blank=True,
        editable=False,
        help_text="Berekend; leeg zolang het verzoek, een bezwaar of een beroep loopt.",
    )
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="aangemaakt door",
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    afgehandeld_op = models.DateTimeField("afgehandeld op", null=True, blank=True)

    objects = WooVerzoekQuerySet.as_manager()

    class Meta:
        verbose_name = "Woo-verzoek"
        verbose_name_plural = "Woo-verzoeken"
        ordering = ["-ontvangen_op", "-pk"]

    def __str__(self):
        return f"{self.nummer} {self.onderwerp}"

    @property
    def is_open(self) -> bool:
        return self.status == VerzoekStatus.OPEN

    def holds_on(self, day) -> bool:
        """Whether the request's legal hold applies on `day`."""
        return self.is_open or self.bewaarplicht_tot is None or self.bewaarplicht_tot >= day


class WooSelectieQuerySet(models.QuerySet):
    def holding(self, *, on=None):
        """Selections that put their record on legal hold."""
        return self.filter(verzoek__in=WooVerzoek.objects.holding(on=on), submission__isnull=False)


class WooSelectie(models.Model):
    """A record, or one message of it, selected for a Woo request.

    The judgements are per document (WooBeoordeling): every message of a selected record and
    every screenshot of a selected screenshot record; the record's judgement is derived.

    The references are kept as text as well, so that the inventory of a closed request stays
    readable after the record itself has been destroyed at its archiefactiedatum.
    """

    verzoek = models.ForeignKey(
        WooVerzoek, on_delete=models.CASCADE, related_name="selecties", verbose_name="verzoek"
    )
    submission = models.ForeignKey(
        "chats.Submission",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="archiefstuk",
    )
    message = models.ForeignKey(
        "chats.Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="bericht",
        help_text="Leeg: het hele archiefstuk is geselecteerd.",
    )
    record_ref = models.CharField("kenmerk archiefstuk", max_length=100)
    message_seq = models.PositiveIntegerField("volgnummer bericht", null=True, blank=True)
    toegevoegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    toegevoegd_op = models.DateTimeField("toegevoegd op", default=timezone.now)

    objects = WooSelectieQuerySet.as_manager()

    class Meta:
        verbose_name = "selectie voor een Woo-verzoek"
        verbose_name_plural = "selecties voor Woo-verzoeken"
        ordering = ["verzoek", "submission_id", "message_seq", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["verzoek", "message"],
                condition=Q(message__isnull=False),
                name="woo_selectie_unique_message",
            ),
            models.UniqueConstraint(
                fields=["verzoek", "submission"],
                condition=Q(message__isnull=True, submission__isnull=False),
                name="woo_selectie_unique_record",
            ),
        ]

    def __str__(self):
        if self.message_seq is None:
            return self.record_ref
        return f"{self.record_ref}, bericht {shown_number(self.message_seq)}"

    @property
    def whole_record(self) -> bool:
        return self.message_seq is None


class WooBeoordeling(models.Model):
    """The judgement of one document of a request: a message or a screenshot.

    Document references are kept as text too, so the verantwoording of a decided request stays
    readable after the record is destroyed at its archiefactiedatum.
    """

    Oordeel = Oordeel

    verzoek = models.ForeignKey(
        WooVerzoek, on_delete=models.CASCADE, related_name="beoordelingen", verbose_name="verzoek"
    )
    submission = models.ForeignKey(
        "chats.Submission",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="archiefstuk",
    )
    message = models.ForeignKey(
        "chats.Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="bericht",
    )
    media = models.ForeignKey(
        "chats.MediaItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="schermafbeelding",
    )
    document_ref = models.CharField("document", max_length=120)
    oordeel = models.CharField("beoordeling", max_length=20, choices=Oordeel.choices)
    gronden = models.JSONField(
        "weigeringsgronden",
        default=list,
        blank=True,
        help_text="Codes uit woo.grounds, bijvoorbeeld 5.1.2e.",
    )
    toelichting = models.CharField("opmerkingen", max_length=500, blank=True)
    reeds_openbaar_url = models.URLField(
        "reeds openbaar: vindplaats",
        max_length=500,
        blank=True,
        help_text="Waar het document al openbaar is (bij 'reeds openbaar').",
    )
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    beoordeeld_op = models.DateTimeField("beoordeeld op", default=timezone.now)

    class Meta:
        verbose_name = "beoordeling van een document"
        verbose_name_plural = "beoordelingen van documenten"
        ordering = ["verzoek", "submission_id", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["verzoek", "message"],
                condition=Q(message__isnull=False),
                name="woo_beoordeling_unique_message",
            ),
            models.UniqueConstraint(
                fields=["verzoek", "media"],
                condition=Q(media__isnull=False),
                name="woo_beoordeling_unique_media",
            ),
        ]

    def __str__(self):
        return f"{self.document_ref}: {self.get_oordeel_display()}"

    def grond_labels(self) -> list[str]:
        return [grounds.label(code) for code in self.gronden]


def worker_gave_up_before():
    """A job queued before this moment and still running was lost: the worker's hard time limit
    (plus a margin for the queue) has passed, so the worker was killed or the message lost."""
    return timezone.now() - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 120)


class WooPassage(models.Model):
    """A stretch of a message's text, an area of an image, or a stretch of an image's OCR text,
    withheld on a ground.

    Text offsets are into the message's redacted text (what the Woo officer sees). Personal
    data the archive already blacked out is a passage on 5.1.2e without a row; a row with
    source "automatisch" on the same stretch gives it another ground.
    """

    verzoek = models.ForeignKey(
        WooVerzoek, on_delete=models.CASCADE, related_name="passages", verbose_name="verzoek"
    )
    message = models.ForeignKey(
        "chats.Message", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    media = models.ForeignKey(
        "chats.MediaItem", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    start = models.PositiveIntegerField("begin", null=True, blank=True)
    end = models.PositiveIntegerField("einde", null=True, blank=True)
    # An area of a screenshot, as fractions (0..1) of its width and height.
    x = models.FloatField(null=True, blank=True)
    y = models.FloatField(null=True, blank=True)
    breedte = models.FloatField(null=True, blank=True)
    hoogte = models.FloatField(null=True, blank=True)
    grond = models.CharField("weigeringsgrond", max_length=20)
    bron = models.CharField(
        "bron", max_length=20, choices=PassageBron.choices, default=PassageBron.HANDMATIG
    )
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    # A stretch of an image's text whose word places were not stored: whether the worker found
    # its words when it read the image again (woo.release_jobs.ocr_passages_read).
    plaats = models.CharField(
        "plaats in de afbeelding",
        max_length=20,
        choices=OcrPlaats.choices,
        default=OcrPlaats.ONBEKEND,
        blank=True,
    )
    # When the reading was queued: a reading the worker never answers (killed outright, the
    # message lost) counts as not read once the worker's hard time limit has passed.
    lezen_sinds = models.DateTimeField("lezen gevraagd op", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "weggelakte passage"
        verbose_name_plural = "weggelakte passages"
        ordering = ["verzoek", "message_id", "media_id", "start", "y", "x"]
        constraints = [
            models.CheckConstraint(
                condition=Q(message__isnull=False, media__isnull=True, end__gt=models.F("start"))
                | Q(message__isnull=True, media__isnull=False, breedte__gt=0, hoogte__gt=0)
                # A stretch of an image's OCR text (offsets into its redacted OCR text).
                | Q(
                    message__isnull=True,
                    media__isnull=False,
                    breedte__isnull=True,
                    end__gt=models.F("start"),
                ),
                name="woo_passage_text_or_area",
            ),
            models.UniqueConstraint(
                fields=["verzoek", "media", "start"],
                condition=Q(media__isnull=False, start__isnull=False),
                name="woo_passage_unique_ocr_start",
            ),
            models.UniqueConstraint(
                fields=["verzoek", "message", "start"],
                condition=Q(message__isnull=False),
                name="woo_passage_unique_start",
            ),
        ]

    def __str__(self):
        return f"passage ({self.grond})"

    @property
    def reading_lost(self) -> bool:
        """Still 'lezen' long after the worker's hard time limit: the reading was lost (the
        worker killed outright, the message gone), so it counts as not read; the release reads
        the image itself, as for any passage not read."""
        if self.plaats != OcrPlaats.LEZEN:
            return False
        return self.lezen_sinds is None or self.lezen_sinds < worker_gave_up_before()


def _release_file_path(instance, filename: str) -> str:
    # Generated names only, in the private store (never served directly).
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"woo/besluiten/{instance.release.verzoek_id}/{uuid.uuid4().hex}{suffix}"


class WooRelease(models.Model):
    """One made release of a request's decision, tied to the assessment state it was made from.

    `grondslag` is the SHA-256 of the selection, the judgements and the passages when the
    release was made (woo.release_jobs.assessment_state), `inhoud` that of the redacted texts and
    images it was made from (woo.release_jobs.content_state): any later change makes it stale.
    """

    Status = ReleaseStatus

    verzoek = models.ForeignKey(
        WooVerzoek, on_delete=models.CASCADE, related_name="releases", verbose_name="verzoek"
    )
    status = models.CharField(
        "status", max_length=10, choices=ReleaseStatus.choices, default=ReleaseStatus.BEZIG
    )
    grondslag = models.CharField("beoordelingsstand (SHA-256)", max_length=64, blank=True)
    # The SHA-256 of the redacted content it was made from (woo.release_jobs.content_state);
    # empty for releases made before it was kept.
    inhoud = models.CharField("inhoud (SHA-256)", max_length=64, blank=True, default="")
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    aangevraagd_op = models.DateTimeField("aangevraagd op", default=timezone.now)
    klaar_op = models.DateTimeField("klaar op", null=True, blank=True)
    foutmelding = models.CharField("foutmelding", max_length=300, blank=True)
    documenten = models.PositiveIntegerField("documenten", default=0)
    # Of those, the documents the release makes public in whole or in part; empty for releases
    # made before it was kept.
    openbaar = models.PositiveIntegerField("(deels) openbaar", null=True, blank=True)
    archiefstukken = models.PositiveIntegerField("archiefstukken", default=0)
    opmerking = models.CharField(
        "opmerking",
        max_length=500,
        blank=True,
        default="",
        help_text="Wat de Woo-behandelaar over de gemaakte export moet weten, zoals "
        "geluidsopnamen of video's die niet in de ZIP staan.",
    )

    class Meta:
        verbose_name = "besluit-export"
        verbose_name_plural = "besluit-exports"
        ordering = ["verzoek", "-aangevraagd_op", "-pk"]

    def __str__(self):
        return f"besluit-export {self.pk} van {self.verzoek_id} ({self.status})"


RELEASE_FILE_LABELS = {
    "pdf": "Openbaar te maken documenten (PDF/A)",
    "xlsx": "Inventarislijst (XLSX)",
    "csv": "Inventarislijst (CSV)",
    "verantwoording-pdf": "Verantwoording (PDF/A)",
    "verantwoording": "Verantwoording (tekst)",
    "zip": "Alles met verantwoording (ZIP)",
}


class WooReleaseFile(models.Model):
    """One file of a made release, stored once with its SHA-256 (like chats.StoredFile)."""

    release = models.ForeignKey(
        WooRelease, on_delete=models.CASCADE, related_name="files", verbose_name="export"
    )
    kind = models.CharField("soort", max_length=30)
    name = models.CharField("bestandsnaam", max_length=255)
    file = models.FileField("bestand", upload_to=_release_file_path, max_length=255)
    mime_type = models.CharField("bestandstype", max_length=100)
    size = models.BigIntegerField("grootte (bytes)")
    sha256 = models.CharField("SHA-256", max_length=64)

    class Meta:
        verbose_name = "bestand van een besluit-export"
        verbose_name_plural = "bestanden van besluit-exports"
        ordering = ["release", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["release", "kind"], name="woo_release_file_kind"),
        ]

    def __str__(self):
        return self.name

    @property
    def label(self) -> str:
        return RELEASE_FILE_LABELS.get(self.kind, self.name)


class WooOpschorting(models.Model):
    """A suspension of the decision term while third parties give their views (zienswijze)."""

    verzoek = models.ForeignKey(
        WooVerzoek, on_delete=models.CASCADE, related_name="opschortingen", verbose_name="verzoek"
    )
    van = models.DateField("opgeschort vanaf")
    tot = models.DateField(
        "opgeschort tot en met",
        null=True,
        blank=True,
        help_text="Leeg: de zienswijzeprocedure loopt nog.",
    )
    reden = models.CharField(
        "reden", max_length=300, default="Zienswijze van een derde-belanghebbende (art. 4.4 Woo)"
    )
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = "opschorting voor zienswijze"
        verbose_name_plural = "opschortingen voor zienswijze"
        ordering = ["verzoek", "van"]

    def __str__(self):
        return f"opgeschort vanaf {self.van}"


class Synoniemgroep(models.Model):
    """Words the Woo team treats as the same in a search: synonyms, abbreviations, spellings.

    A search for any word of a group also searches the others ("ook gezocht op: …").
    """

    woorden = models.CharField(
        "woorden",
        max_length=500,
        help_text="Gescheiden door komma's, bijvoorbeeld: statushouders, vergunninghouders, sth",
    )
    toelichting = models.CharField("toelichting", max_length=300, blank=True)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "synoniemen en afkortingen"
        verbose_name_plural = "synoniemen en afkortingen"
        ordering = ["woorden"]

    def __str__(self):
        return self.woorden

    def word_list(self) -> list[str]:
        return synonym_words(self.woorden)


def synonym_words(woorden: str) -> list[str]:
    """The words of a synonym group as stored (comma-separated), lower case."""
    return [w for w in (part.strip().lower() for part in woorden.split(",")) if w]


class Woord(models.Model):
    """A word of the archive's own vocabulary (redacted index text, lower case, unstemmed).

    Feeds compound splitting, compound completion and spelling suggestions (pg_trgm) in search.
    """

    woord = models.CharField("woord", max_length=100, unique=True)
    berichten = models.PositiveIntegerField("aantal berichten", default=0)

    class Meta:
        verbose_name = "woord uit het archief"
        verbose_name_plural = "woordenlijst van het archief"
        indexes = [
            # Created on PostgreSQL only (see migration 0004): trigram search needs pg_trgm.
            GinIndex(fields=["woord"], name="woo_woord_trgm", opclasses=["gin_trgm_ops"]),
        ]

    def __str__(self):
        return self.woord


class VocabularyVersion(models.Model):
    """One row: a number raised after every committed change of the archive's vocabulary or the
    synonym list. Each process keeps vocabulary lookups for a while (woo.expansion) and reads
    this number once per search: when it moved, another process changed what they say."""

    version = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "versie van de woordenlijst"
        verbose_name_plural = "versie van de woordenlijst"

    def __str__(self):
        return str(self.version)


class SearchRecord(models.Model):
    """All words of one archived record in one vector: which conversations hold every word.

    PostgreSQL only (filled by woo.indexing); positions are stripped, so phrases are checked
    on the entries afterwards. Filter columns as on SearchEntry.
    """

    submission = models.OneToOneField(
        "chats.Submission",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
        verbose_name="archiefstuk",
    )
    vector = SearchVectorField(null=True, editable=False)
    # The conversation's own subject words (woo.relevance), computed when it is indexed and
    # again by `manage.py woo_kernwoorden`: messages that hold one are shown with the hits.
    kernwoorden = models.TextField(
        "kernwoorden", blank=True, default="", db_default="", editable=False
    )
    zaak = models.ForeignKey(
        "zaken.Zaak", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    zaaktype = models.CharField("zaaktype", max_length=200, blank=True)
    afdeling = models.CharField("afdeling", max_length=40, blank=True)
    gesprekspartner = models.CharField("gesprekspartner", max_length=20, blank=True)

    class Meta:
        verbose_name = "zoekindex per gesprek"
        verbose_name_plural = "zoekindex per gesprek"
        indexes = [
            # Created on PostgreSQL only (see migration 0005).
            GinIndex(fields=["vector"], name="woo_record_vector_gin"),
        ]

    def __str__(self):
        return f"gesprek {self.submission_id}"


class SearchEntryWords(models.Model):
    """What the search's context (woo.relevance) needs of one entry's words, stored when the
    conversation's subject words are computed (woo.indexing.kernwoorden_refresh), so that a
    search does not split the texts of the hundreds of messages around its hits again.

    All three follow from the entry's text alone and the record's kernwoorden (recomputed
    with them); an entry without a row is judged from its text, with the same outcome.
    """

    # The SearchEntry's id; no foreign key, so that deleting a record's entries stays one
    # statement: its rows are deleted with them (woo.indexing) or with the record.
    entry_id = models.BigIntegerField(primary_key=True)
    submission = models.ForeignKey(
        "chats.Submission",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,  # covered by the (submission, seq) index
        verbose_name="archiefstuk",
    )
    # The entry's seq: the context reads the words of the windows around its hits by range, as
    # it reads the entries (woo.search._window_entries), not by one lookup per entry. A row
    # without it (stored before migration woo 0015 and not recomputed since) is not found
    # there: its entry is judged from its text, with the same outcome.
    seq = models.PositiveIntegerField("volgnummer", null=True, blank=True)
    woorden = models.TextField("woorden", blank=True, default="")  # words_of(text), sorted
    agenda = models.BooleanField("genummerd agendapunt", default=False)
    kernwoorden = models.TextField("kernwoorden in het bericht", blank=True, default="")

    class Meta:
        verbose_name = "woorden van een zoekindexregel"
        verbose_name_plural = "woorden van zoekindexregels"
        indexes = [
            models.Index(fields=["submission", "seq"], name="woo_entrywords_submission_seq"),
        ]

    def __str__(self):
        return f"regel {self.entry_id}"


class Bewaarplicht(WooSelectie):
    """The selections that hold a record now, as Informatiebeheer sees them in the admin."""

    class Meta:
        proxy = True
        verbose_name = "archiefstuk onder bewaarplicht (Woo)"
        verbose_name_plural = "archiefstukken onder bewaarplicht (Woo)"

    def __str__(self):
        # The admin shows one row per record and request (its first selection): named by both,
        # not by that selection's message, which may be one of several or beside the whole record.
        return f"{self.record_ref} in {self.verzoek.nummer}"


class WooMelding(models.Model):
    """A Woo officer saw personal data in an archived record ("Persoonsgegeven gezien?"), for
    Informatiebeheer to black out (nader anonimiseren)."""

    submission = models.ForeignKey(
        "chats.Submission",
        on_delete=models.CASCADE,
        related_name="woo_meldingen",
        verbose_name="archiefstuk",
    )
    nummer = models.PositiveIntegerField("berichtnummer", null=True, blank=True)
    tekst = models.CharField("wat is gezien", max_length=500)
    gemeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    gemeld_op = models.DateTimeField("gemeld op", auto_now_add=True)
    afgehandeld = models.BooleanField("afgehandeld", default=False)

    class Meta:
        verbose_name = "melding van Woo (persoonsgegeven)"
        verbose_name_plural = "meldingen van Woo (persoonsgegevens)"
        ordering = ["-gemeld_op"]

    def __str__(self):
        return f"melding bij archiefstuk {record_reference(self.submission_id)}"
