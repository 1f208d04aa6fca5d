"""Woo requests with their selected records, and the full-text index of archived records."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .constants import HOLD_STATUSES, Besluit, EntrySource, VerzoekStatus, WooGrond


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
        return f"{self.get_source_display()} {self.seq} van archiefstuk {self.submission_id}"


class WooVerzoekQuerySet(models.QuerySet):
    def holding(self):
        """Requests whose records are on legal hold (still open)."""
        return self.filter(status__in=HOLD_STATUSES)


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
    status = models.CharField(
        "status",
        max_length=20,
        choices=VerzoekStatus.choices,
        default=VerzoekStatus.OPEN,
        db_index=True,
        help_text=(
            "Zolang een verzoek open is, staan de geselecteerde archiefstukken onder "
            "bewaarplicht (legal hold): ze worden niet vernietigd."
        ),
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
        return self.status in HOLD_STATUSES


class WooSelectieQuerySet(models.QuerySet):
    def holding(self):
        """Selections that put their record on legal hold."""
        return self.filter(verzoek__status__in=HOLD_STATUSES, submission__isnull=False)


class WooSelectie(models.Model):
    """A record, or one message of it, selected for a Woo request, with the disclosure decision.

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
    besluit = models.CharField(
        "besluit",
        max_length=20,
        choices=Besluit.choices,
        blank=True,
        help_text="Openbaar, deels openbaar of niet openbaar; leeg: nog niet beoordeeld.",
    )
    gronden = models.JSONField(
        "weigeringsgronden",
        default=list,
        blank=True,
        help_text="Gronden uit de Woo (art. 5.1 en 5.2) voor wat niet openbaar wordt.",
    )
    toelichting = models.CharField("toelichting", max_length=500, blank=True)
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
        return f"{self.record_ref}, bericht {self.message_seq}"

    @property
    def whole_record(self) -> bool:
        return self.message_seq is None

    def grond_labels(self) -> list[str]:
        labels = dict(WooGrond.choices)
        return [labels.get(code, code) for code in self.gronden]


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
        return [w for w in (part.strip().lower() for part in self.woorden.split(",")) if w]


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
