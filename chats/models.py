"""Submissions of WhatsApp conversations and what processing derives from them."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from accounts.organisation import AFDELINGEN

from .constants import (
    PROCESSABLE_STATUSES,
    RENDITION_UNFINISHED,
    EldersVastgelegd,
    FileRole,
    Gesprekspartner,
    MediaRelease,
    MessageKind,
    RedactionSource,
    RenditionState,
    SelectionSource,
    SubmissionStatus,
    UploadKind,
)
from .contact_values import contact_key, contact_value_problem, name_problem
from .wording import shown_number


def readable_record_q(prefix: str = "") -> Q:
    """An archived record Woo reads: its PDF is made, or was made once and is being made again
    after a change (an attachment withheld, "nader anonimiseren": the redacted texts, what is
    served and the Woo index follow such a change at once, only the PDF waits for the worker).
    A record archived for the first time counts once its first PDF is there. `prefix` reaches
    the submission from another model ("submission__")."""
    return Q(**{f"{prefix}status": SubmissionStatus.GEARCHIVEERD}) & (
        ~Q(**{f"{prefix}rendition_state__in": RENDITION_UNFINISHED})
        | Q(**{f"{prefix}rendition_done_at__isnull": False})
    )


class SubmissionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Submissions the user may see on "Mijn inzendingen": only their own."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(submitted_by=user)

    def archived(self):
        """Archived records whose rendition is complete (PDF and checksums stored), or was once
        and is made again (`readable_record_q`)."""
        return self.filter(readable_record_q())

    def stuck(self, *, older_than):
        """Submissions waiting for (re)processing since before `older_than`."""
        return self.filter(
            status__in=PROCESSABLE_STATUSES,
            status_changed_at__lt=older_than,
        )


class Submission(models.Model):
    """One upload through "WhatsAppgesprek bewaren": the originals plus what the employee said."""

    # Templates compare with these (`submission.Status.GEARCHIVEERD`) instead of literals.
    Status = SubmissionStatus
    RenditionState = RenditionState
    SelectionSource = SelectionSource
    UploadKind = UploadKind

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="submissions",
        verbose_name="ingediend door",
    )
    created_at = models.DateTimeField("ingediend op", default=timezone.now, db_index=True)

    # What the employee told us.
    upload_kind = models.CharField("soort upload", max_length=20, choices=UploadKind.choices)
    onderwerp = models.CharField("onderwerp", max_length=200)
    omschrijving = models.TextField("korte omschrijving", max_length=2000)
    # The employee's own words go through the detector too: Woo and the archive PDF only ever
    # see these redacted versions, which Informatiebeheer can correct in review. The originals
    # above are overwritten with them when the originals are purged.
    onderwerp_redacted = models.CharField("onderwerp (geanonimiseerd)", max_length=400, blank=True)
    omschrijving_redacted = models.TextField(
        "korte omschrijving (geanonimiseerd)", max_length=4000, blank=True
    )
    gesprekspartner = models.CharField(
        "gesprek met", max_length=20, choices=Gesprekspartner.choices
    )
    gesprekspartner_anders = models.CharField("gesprek met (anders)", max_length=100, blank=True)
    zaaknummer = models.CharField(
        "zaaknummer",
        max_length=40,
        blank=True,
        db_index=True,
        help_text="Het nummer van de zaak in het zaaksysteem, bijvoorbeeld Z-2024-000123.",
    )
    afdeling = models.CharField("afdeling", max_length=40, choices=AFDELINGEN)
    vraag_besluit = models.BooleanField("bevat een besluit of afspraak", default=False)
    vraag_verantwoording = models.BooleanField(
        "nodig om verantwoording af te leggen", default=False
    )
    vraag_rechten = models.BooleanField("gaat over rechten of plichten", default=False)
    vraag_werkproces = models.BooleanField("van belang voor een zaak of werkproces", default=False)
    elders_vastgelegd = models.CharField(
        "ook elders vastgelegd", max_length=20, choices=EldersVastgelegd.choices
    )
    elders_vastgelegd_waar = models.CharField("waar vastgelegd", max_length=200, blank=True)
    periode_van = models.DateField("periode van", null=True, blank=True)
    periode_tot = models.DateField("periode tot en met", null=True, blank=True)
    bevestiging_verwijderen = models.BooleanField(
        "bevestigd: persoonsgegevens worden van de telefoon verwijderd", default=False
    )

    # Processing.
    status = models.CharField(
        "status",
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.ONTVANGEN,
        db_index=True,
    )
    status_changed_at = models.DateTimeField("status gewijzigd op", default=timezone.now)
    attempts = models.PositiveSmallIntegerField("verwerkingspogingen", default=0)
    # When processing was last put on the queue; lets several sweepers (worker, beat) share
    # the work without queueing the same submission over and over.
    enqueued_at = models.DateTimeField("in de wachtrij gezet op", null=True, blank=True)
    # When queueing processing failed (the broker was unreachable): the task never reached the
    # broker, so the sweep queues it on its next tick instead of after ARCHIEF_SWEEP_AFTER.
    queue_failed_at = models.DateTimeField(
        "in de wachtrij zetten mislukt op", null=True, blank=True
    )
    progress_step = models.CharField("verwerkingsstap", max_length=100, blank=True)
    progress_percent = models.PositiveSmallIntegerField("voortgang (%)", default=0)
    failure_reason = models.TextField("reden", blank=True)
    processed_at = models.DateTimeField("verwerkt op", null=True, blank=True)
    flags = models.JSONField(
        "aandachtspunten",
        default=list,
        blank=True,
        help_text="Punten die Informatiebeheer bij de beoordeling moet bekijken.",
    )
    detected_format = models.JSONField("herkend exportformaat", default=dict, blank=True)
    date_order_uncertain = models.BooleanField(
        "datumvolgorde onzeker",
        default=False,
        help_text="De export liet niet zeker zien of de dag of de maand voorop staat.",
    )
    message_count = models.PositiveIntegerField("aantal berichten", default=0)
    selection_source = models.CharField(
        "selectie van berichten",
        max_length=20,
        choices=SelectionSource.choices,
        default=SelectionSource.ALLES,
        help_text="Wie de huidige selectie van berichten voor het archiefstuk maakte.",
    )

    # Review by Informatiebeheer.
    zaak = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="submissions",
        verbose_name="zaak",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="beoordeeld door",
    )
    reviewed_at = models.DateTimeField("beoordeeld op", null=True, blank=True)
    # The zaak's description as the record shows it, redacted at the purge while the record's
    # names were still there, with the SHA-256 of the description it was made from: a
    # description changed since is redacted again when shown (chats.purge).
    zaak_omschrijving_redacted = models.TextField(
        "omschrijving van de zaak (geanonimiseerd)", blank=True
    )
    zaak_omschrijving_sha256 = models.CharField(
        "SHA-256 van de omschrijving van de zaak", max_length=64, blank=True
    )
    review_note = models.TextField(
        "toelichting beoordeling",
        blank=True,
        help_text="Reden van afwijzing of vraag aan de indiener.",
    )
    # When the worker finished what follows a rejection or a question (purge, e-mail); empty
    # while that is still to do, so the sweep can queue it again when the task was lost.
    decision_followed_up_at = models.DateTimeField("besluit afgehandeld op", null=True, blank=True)
    archived_at = models.DateTimeField("gearchiveerd op", null=True, blank=True)
    originals_purged_at = models.DateTimeField("originelen verwijderd op", null=True, blank=True)
    # The archive decision is taken in the request; the PDF rendition, checksums, purge and
    # the archived signal follow in a task. Until then the record is not complete.
    rendition_state = models.CharField(
        "archiefstuk (PDF)",
        max_length=20,
        choices=RenditionState.choices,
        default=RenditionState.NIET_NODIG,
        help_text="Of de PDF van het archiefstuk met controlesommen al is gemaakt.",
    )
    rendition_done_at = models.DateTimeField("archiefstuk gemaakt op", null=True, blank=True)
    rendition_attempts = models.PositiveSmallIntegerField("pogingen archiefstuk", default=0)
    # Raised by every change to what an archived record's PDF shows (a redaction added, an
    # attachment withheld); a rendition whose text was read before a raise does not stand.
    rendition_generation = models.PositiveIntegerField("versie inhoud archiefstuk", default=0)
    rendition_error = models.TextField("reden archiefstuk niet gemaakt", blank=True)

    # The workflow around the review.
    form_token = models.UUIDField(
        "formuliersleutel",
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text="Eenmalige sleutel van het formulier: hetzelfde formulier twee keer versturen "
        "maakt geen tweede inzending.",
    )
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="mogelijk dubbel van",
        help_text="Een eerdere inzending van dezelfde medewerker met precies dezelfde bestanden.",
    )
    resubmission_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resubmissions",
        verbose_name="opnieuw ingestuurd na",
        help_text="De afgewezen of mislukte inzending die de medewerker hiermee opnieuw instuurt.",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="toegewezen aan",
        help_text="De medewerker van Informatiebeheer die de inzending beoordeelt.",
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = "inzending"
        verbose_name_plural = "inzendingen"
        ordering = ["-created_at"]
        permissions = [("review_submission", "Inzendingen beoordelen en archiveren")]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            # The few records whose PDF is not finished: every Woo search counts those being
            # archived (woo.records.records_being_archived), the sweeps look for them; without
            # it each reads every archived record (1M-message bench: 17-22 ms a search).
            models.Index(
                fields=["rendition_state"],
                name="submission_pdf_unfinished",
                condition=Q(rendition_state__in=RENDITION_UNFINISHED),
            ),
        ]

    def __str__(self):
        return f"Inzending {self.pk}: {self.onderwerp}"

    def set_status(self, status: str, *, reason: str = "") -> None:
        """Move to `status`, stamping when; the caller saves."""
        self.status = status
        self.status_changed_at = timezone.now()
        if reason or status != SubmissionStatus.MISLUKT:
            self.failure_reason = reason

    def bewaarredenen(self) -> list[str]:
        """The policy's reasons to keep this chat that the employee ticked, in short Dutch."""
        reasons = (
            (self.vraag_besluit, "besluit of afspraak"),
            (self.vraag_verantwoording, "verantwoording"),
            (self.vraag_rechten, "rechten of plichten"),
            (self.vraag_werkproces, "zaak of werkproces"),
        )
        return [label for ticked, label in reasons if ticked]

    @property
    def is_being_processed(self) -> bool:
        """Received or being processed: the employee's page refreshes until it is done."""
        return self.status in PROCESSABLE_STATUSES

    @property
    def rendition_unfinished(self) -> bool:
        """Archived, but the record's PDF is not made yet (or is on hold for DI)."""
        return self.rendition_state in RENDITION_UNFINISHED

    @property
    def recognised_upload_kind(self) -> str:
        """The kind of export processing recognised in the chat, when it is not the kind the
        employee chose ('iPhone' chosen, an Android .txt sent): '' when they agree."""
        chosen = {UploadKind.IOS_EXPORT: "ios", UploadKind.ANDROID_EXPORT: "android"}
        found = (self.detected_format or {}).get("os", "")
        if self.upload_kind not in chosen or not found or chosen[self.upload_kind] == found:
            return ""
        return RECOGNISED_EXPORT.get(found, "")


RECOGNISED_EXPORT = {"ios": "export van een iPhone", "android": "export van een Android-telefoon"}


class ReviewQuestion(models.Model):
    """A question of Informatiebeheer to the submitter, and the answer given in the app."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="questions")
    question = models.TextField("vraag", max_length=2000)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="gesteld door",
    )
    asked_at = models.DateTimeField("gesteld op", default=timezone.now)
    answer = models.TextField("antwoord", max_length=4000, blank=True)
    answered_at = models.DateTimeField("beantwoord op", null=True, blank=True)
    reminded_at = models.DateTimeField("herinnering gestuurd op", null=True, blank=True)

    class Meta:
        verbose_name = "vraag aan de indiener"
        verbose_name_plural = "vragen aan de indiener"
        ordering = ["submission", "asked_at", "pk"]
        indexes = [models.Index(fields=["answered_at", "asked_at"])]

    def __str__(self):
        return f"Vraag over inzending {self.submission_id}"

    @property
    def is_open(self) -> bool:
        return self.answered_at is None


def _stored_file_path(instance, filename: str) -> str:
    # Generated names only: the client's file name never reaches a path.
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"submissions/{instance.submission.uuid}/{instance.role}/{uuid.uuid4().hex}{suffix}"


class StoredFile(models.Model):
    """A file of a submission: an original as uploaded or a derived (cleaned) file."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="files")
    role = models.CharField("soort", max_length=20, choices=FileRole.choices)
    file = models.FileField("bestand", upload_to=_stored_file_path, max_length=255, blank=True)
    original_name = models.CharField(
        "oorspronkelijke naam",
        max_length=255,
        help_text="De naam zoals de indiener of de export die gaf, ontdaan van stuurtekens.",
    )
    member_name = models.CharField(
        "naam in de export",
        max_length=255,
        blank=True,
        help_text="Voor bestanden uit een ZIP: de naam in het archief.",
    )
    derived_from = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="derivatives"
    )
    # Deterministic key of a derived file so that re-processing replaces instead of adds.
    derived_key = models.CharField(max_length=100, blank=True)
    size = models.BigIntegerField("grootte (bytes)")
    sha256 = models.CharField("SHA-256", max_length=64)
    mime_type = models.CharField("bestandstype", max_length=100)
    flagged = models.BooleanField("apart gezet", default=False)
    flag_reason = models.CharField("reden apart gezet", max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    purged_at = models.DateTimeField("verwijderd op", null=True, blank=True)
    fixity_checked_at = models.DateTimeField(
        "controlesom nagelopen op",
        null=True,
        blank=True,
        db_index=True,
        help_text="Wanneer het bestand voor het laatst opnieuw is gelezen en vergeleken.",
    )
    fixity_failed_at = models.DateTimeField(
        "afwijking gevonden op",
        null=True,
        blank=True,
        help_text="Wanneer het bestand ontbrak of een andere SHA-256 had dan bij het opslaan.",
    )

    class Meta:
        verbose_name = "bestand"
        verbose_name_plural = "bestanden"
        ordering = ["submission", "role", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "derived_key"],
                condition=~Q(derived_key=""),
                name="storedfile_unique_derived_key",
            ),
        ]

    def __str__(self):
        return self.original_name


class Participant(models.Model):
    """Someone who wrote in the conversation, with a pseudonym for the redacted record."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="participants"
    )
    seq = models.PositiveIntegerField()
    name = models.CharField("naam in de export", max_length=200)
    pseudonym = models.CharField("pseudoniem", max_length=100)
    role = models.CharField("rol", max_length=40, blank=True)
    message_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "deelnemer"
        verbose_name_plural = "deelnemers"
        ordering = ["submission", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "seq"], name="participant_unique_seq"),
        ]

    def __str__(self):
        return self.pseudonym


class MessageQuerySet(models.QuerySet):
    def archived(self):
        """Messages selected into a complete archived record."""
        return self.filter(readable_record_q("submission__"), in_record=True)


class Message(models.Model):
    """One message of a parsed conversation, original and redacted."""

    # Templates compare with these (`message.Kind.SYSTEM`) instead of literals.
    Kind = MessageKind

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="messages")
    seq = models.PositiveIntegerField("volgnummer")
    line_no = models.PositiveIntegerField("regel in de export", default=0)
    sent_at = models.DateTimeField("verzonden op", null=True, blank=True)
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, null=True, blank=True, related_name="messages"
    )
    kind = models.CharField("soort", max_length=10, choices=MessageKind.choices)
    text = models.TextField("tekst (origineel)", blank=True)
    text_redacted = models.TextField("tekst (geanonimiseerd)", blank=True)
    edited = models.BooleanField("bewerkt", default=False)
    truncated = models.BooleanField("ingekort", default=False)
    attachment_names = models.JSONField("bijlagen", default=list, blank=True)
    in_record = models.BooleanField(
        "hoort bij het archiefstuk",
        default=True,
        help_text="Een export bevat het hele gesprek; alleen geselecteerde berichten worden gearchiveerd.",
    )

    objects = MessageQuerySet.as_manager()

    class Meta:
        verbose_name = "bericht"
        verbose_name_plural = "berichten"
        ordering = ["submission", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "seq"], name="message_unique_seq"),
        ]
        # The review pages a chat by day and selects periods: both read by time.
        indexes = [models.Index(fields=["submission", "sent_at"], name="message_sub_sent_idx")]

    def __str__(self):
        return f"Bericht {shown_number(self.seq)} van inzending {self.submission_id}"


class MediaItem(models.Model):
    """An attachment or screenshot: the cleaned derivative, its OCR text and its message."""

    # Templates compare with this (`item.Release.ACHTERGEHOUDEN`) instead of literals.
    Release = MediaRelease

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="media")
    seq = models.PositiveIntegerField()
    message = models.ForeignKey(
        Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="media"
    )
    original = models.ForeignKey(
        StoredFile, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    derived = models.ForeignKey(
        StoredFile, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    name = models.CharField("bestandsnaam", max_length=255)
    mime_type = models.CharField("bestandstype", max_length=100)
    ocr_text = models.TextField("tekst uit afbeelding (origineel)", blank=True)
    ocr_text_redacted = models.TextField("tekst uit afbeelding (geanonimiseerd)", blank=True)
    # Where the OCR text sits in the screenshot, so the blacked-out image can be redrawn when a
    # redaction of the OCR text changes (see chats.redaction.images.ocr_layout). No text in it.
    ocr_boxes = models.JSONField("plaats van de tekst in de afbeelding", default=dict, blank=True)
    # Messages the screenshot before this one also shows, cut from this one's text once
    # (chats.pipeline.screenshot_overlap): their text, spans and word places, so Informatiebeheer
    # can put them back. Emptied with the original text when the originals are purged.
    overlap = models.JSONField("dubbel met de vorige schermafbeelding", default=dict, blank=True)
    # Areas Informatiebeheer blacked out by hand on the review page (a face, a name the OCR did
    # not read): [{"id", "x", "y", "breedte", "hoogte"}] as fractions (0..1) of the image's
    # width and height. Painted into the derivative by every redraw (chats.review.services
    # ._redraw_image -> chats.redaction.images.redraw_screenshot(areas=...)). No text in it.
    areas = models.JSONField("weggelakte gebieden", default=list, blank=True)
    # Whether the image has parts blacked out that no placeholder of its redacted OCR text
    # stands for (chats.pipeline.screenshot_text.blacked_out_beyond_text): set by processing
    # and by every review change of its areas or overlap, kept by the purge (which empties the
    # overlap and its boxes), so the Woo decision withholds those parts on a ground.
    image_blacked_out = models.BooleanField(
        "weggelakt in de afbeelding",
        default=False,
        help_text="Aan: in de afbeelding is meer weggelakt dan de persoonsgegevens in haar "
        "tekst (kopbalk, kenteken, dubbele berichten, met de hand weggelakte gebieden).",
    )
    flagged = models.BooleanField("apart gezet", default=False)
    flag_reason = models.CharField(max_length=200, blank=True)
    # What Woo and the archive PDF may get of it (chats.selectors.servable_file); withheld
    # unless processing made a redacted derivative or Informatiebeheer released it.
    release = models.CharField(
        "vrijgave",
        max_length=20,
        choices=MediaRelease.choices,
        default=MediaRelease.ACHTERGEHOUDEN,
    )
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="vrijgegeven door",
    )
    released_at = models.DateTimeField("vrijgegeven op", null=True, blank=True)
    # Since when its file still shows a passage Informatiebeheer blacked out by hand in its text
    # that could not be painted in the file (a PDF's page images, an image whose word places are
    # unknown). While set the file is never served outside the review (servable_file) and it
    # cannot be released as is (chats.review.services.media_release); cleared by a redraw with
    # every redaction, or by a release after an area was blacked out over it and confirmed.
    passage_readable_since = models.DateTimeField(
        "weggelakte tekst nog leesbaar in het bestand sinds", null=True, blank=True
    )

    class Meta:
        verbose_name = "bijlage"
        verbose_name_plural = "bijlagen"
        ordering = ["submission", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "seq"], name="media_unique_seq"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_image(self) -> bool:
        """Whether it is an image a page can draw in an <img> (not a voice note, video or PDF)."""
        return self.mime_type.startswith("image/")


class RedactionSpan(models.Model):
    """A stretch of personal data in a message or OCR text, replaced by a placeholder."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="redactions")
    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, null=True, blank=True, related_name="redactions"
    )
    media = models.ForeignKey(
        MediaItem, on_delete=models.CASCADE, null=True, blank=True, related_name="redactions"
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    label = models.CharField("soort persoonsgegeven", max_length=20)
    source = models.CharField(
        max_length=20, choices=RedactionSource.choices, default=RedactionSource.AUTOMATISCH
    )
    active = models.BooleanField(
        "toegepast",
        default=True,
        help_text="Uit: Informatiebeheer heeft de weglakking ongedaan gemaakt.",
    )
    # Nader anonimiseren once the originals are purged: the span indexes the REDACTED text as it
    # stood just before, and was applied to it at once (that stretch replaced by the label's
    # placeholder). Never applied again from an original, never undone; what it covered is kept
    # nowhere (chats.review.services.redacted_text_tighten).
    on_redacted = models.BooleanField(
        "in de geanonimiseerde tekst",
        default=False,
        help_text="Aan: na het verwijderen van de originelen weggelakt in de geanonimiseerde "
        "tekst; begin en einde tellen in die tekst zoals hij toen was.",
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "weglakking"
        verbose_name_plural = "weglakkingen"
        ordering = ["submission", "message", "media", "start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="redaction_end_after_start"
            ),
        ]

    def __str__(self):
        return f"{self.label} {self.start}-{self.end}"


class PersonDigest(models.Model):
    """A keyed hash (HMAC-SHA256) of a person's name, or of one word of it, that a record
    named: what survives the purge of the names, so text typed about the record later (the
    zaak's description, a Woo remark, a search) is redacted with the same persons. The name
    itself cannot be read back: a word of a new text is compared by its hash (see
    chats.person_digests)."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="person_digests"
    )
    digest = models.CharField("sleutelhash", max_length=64, db_index=True)

    class Meta:
        verbose_name = "sleutelhash van een persoon"
        verbose_name_plural = "sleutelhashes van personen"
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "digest"], name="person_digest_unique_per_record"
            ),
        ]

    def __str__(self):
        return self.digest[:12]


class OrganisationContact(models.Model):
    """The municipality's own contact data: no personal data, so never redacted.

    Beheer keeps this list in the admin (switchboard and department numbers, role mailboxes,
    the municipality's bank accounts, names of organisations and buildings that are no person,
    the addresses of its buildings: the town hall, the yard, service points);
    processing hands it to the detector as plain data.
    """

    class Kind(models.TextChoices):
        TELEFOON = "telefoon", "Telefoonnummer"
        EMAIL = "email", "E-mailadres"
        IBAN = "iban", "IBAN"
        NAAM = "naam", "Naam van een organisatie"
        ADRES = "adres", "Adres van de gemeente"

    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    value = models.CharField(
        "nummer, adres of naam",
        max_length=100,
        help_text=(
            "Zoals het gepubliceerd is, bijvoorbeeld ‘14 0522’ of ‘info@meppel.nl’; bij een naam "
            "van een organisatie, gebouw of systeem (‘De Schakel’, ‘Mobi Zorg’) precies zoals "
            "hij geschreven wordt: die naam wordt nooit als persoon weggelakt. Bij een adres "
            "straat en huisnummer, eventueel met postcode: ‘Grote Oever 26, 7941 BC Meppel’."
        ),
    )
    omschrijving = models.CharField(
        "omschrijving", max_length=200, blank=True, help_text="Bijvoorbeeld ‘Algemeen nummer’."
    )
    active = models.BooleanField(
        "in gebruik",
        default=True,
        help_text="Alleen gegevens die in gebruik zijn, blijven zichtbaar in gesprekken.",
    )
    # Set on entries listed before the form checked values (chats 0027): a value the form now
    # refuses, or one that looks private and that no one confirmed. It is not kept readable
    # until Beheer confirms it in the form, changes it or takes it out of use.
    nog_te_controleren = models.BooleanField("nog te controleren", default=False, editable=False)

    class Meta:
        # "Contactgegeven toevoegen", "Contactgegeven wijzigen"; the list keeps its fuller name
        # in the sidebar and its count ("6 contactgegevens van de gemeente").
        verbose_name = "contactgegeven"
        verbose_name_plural = "contactgegevens van de gemeente"
        ordering = ["kind", "value"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "value"], name="organisation_contact_unique")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def clean(self):
        problem = contact_value_problem(self.kind, self.value.strip())
        # A person's name kept readable in every chat; one out of use harms nobody (and an old
        # one must stay possible to switch off).
        if not problem and self.kind == self.Kind.NAAM and self.active:
            problem = name_problem(self.value.strip())
        if problem:
            raise ValidationError({"value": problem})

    def validate_constraints(self, exclude=None):
        """The unique (kind, value) pair also in another writing: "0522-854400" is the
        "0522 85 4400" the list holds already. Checked first: the same writing twice gets this
        message too, not Django's "Contactgegeven met deze Soort en Nummer, adres of naam bestaat
        al"."""
        if not (exclude and "value" in exclude):
            key = contact_key(self.kind, self.value)
            others = OrganisationContact.objects.filter(kind=self.kind).exclude(pk=self.pk)
            for other in others.only("value"):
                if contact_key(self.kind, other.value) == key:
                    raise ValidationError(
                        {"value": f"Dit gegeven staat al in de lijst als ‘{other.value}’."}
                    )
        super().validate_constraints(exclude=exclude)
