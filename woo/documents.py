"""Reading a request's documents: every selected message and screenshot, with its judgement.

A document is one message of the record (whole records: every message in the record; or a
message chosen on its own) or one screenshot of a selected screenshot record. A record's
judgement is derived from its documents (record_judgement), never typed.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.urls import reverse
from django.utils import timezone

from chats.constants import RedactionSource, ServingRole, UploadKind
from chats.media_labels import upload_file_kind
from chats.models import MediaItem, Message, RedactionSpan, Submission
from chats.selectors import servable_media_q
from chats.wording import shown_number

from . import grounds
from .constants import NOT_ASSESSED, Oordeel
from .models import WooBeoordeling, WooVerzoek
from .records import record_reference


@dataclass(frozen=True)
class Document:
    """One message or screenshot of the request's selection."""

    submission_id: int
    seq: int
    message_id: int | None = None
    media_id: int | None = None
    number: int = 0  # screenshots: 1-based within the record
    of: int = 0  # screenshots: how many the record has
    sent_at: datetime | None = None
    # Screenshots carry no time of their own: the day heading they show (screenshot_day), else
    # the one day the employee gave as the conversation's period; never the day of the upload.
    day: date | None = None
    # Screenshots: the file's type; a PDF uploaded among them is named as one ("PDF-document").
    mime_type: str = ""

    @property
    def record_ref(self) -> str:
        return record_reference(self.submission_id)

    @property
    def noun(self) -> str:
        """'Bericht', 'Schermafbeelding', or what else a file of a screenshots record is."""
        if self.media_id is None:
            return "Bericht"
        return upload_file_kind(self.mime_type or "image/")

    @property
    def label(self) -> str:
        if self.media_id is not None:
            return f"{self.noun} {self.number} van {self.of}"
        return f"Bericht {shown_number(self.seq)}"

    @property
    def ref(self) -> str:
        return f"{self.record_ref} {self.label.lower()}"

    @property
    def anchor(self) -> str:
        if self.media_id is not None:
            return f"schermafbeelding-{self.media_id}"
        # The number shown, as on the record page (#bericht-nr-1 for "Bericht 1").
        return f"bericht-nr-{shown_number(self.seq)}"

    def url(self, verzoek_id: int) -> str:
        """The assessment page of the document's record, at the document."""
        page = reverse("woo:beoordelen", args=[verzoek_id, self.submission_id])
        return (
            f"{page}?bericht={self.seq}#{self.anchor}"
            if self.message_id
            else f"{page}#{self.anchor}"
        )


def _selected(verzoek: WooVerzoek):
    rows = verzoek.selecties.filter(submission__isnull=False).values_list(
        "submission_id", "message_id"
    )
    whole, single = set(), set()
    for submission_id, message_id in rows:
        (whole if message_id is None else single).add(
            submission_id if message_id is None else message_id
        )
    return whole, single


def selected_messages(verzoek: WooVerzoek):
    """The selected messages (archived records only), as a queryset."""
    whole, single = _selected(verzoek)
    return Message.objects.archived().filter(Q(submission_id__in=whole) | Q(pk__in=single))


def selected_screenshots(verzoek: WooVerzoek):
    """Every screenshot of the whole selected screenshot records, shown to Woo or not."""
    whole, _ = _selected(verzoek)
    return MediaItem.objects.filter(
        submission__in=Submission.objects.archived().filter(
            pk__in=whole, upload_kind=UploadKind.SCREENSHOTS
        ),
        message__isnull=True,
    )


def documents(verzoek: WooVerzoek, *, submission_id: int | None = None) -> list[Document]:
    """The request's documents in record order: messages by volgnummer, then screenshots."""
    messages = selected_messages(verzoek)
    screenshots = selected_screenshots(verzoek)
    if submission_id is not None:
        messages = messages.filter(submission_id=submission_id)
        screenshots = screenshots.filter(submission_id=submission_id)
    found = message_documents(messages) + screenshot_documents(screenshots)
    found.sort(key=lambda entry: entry[0])
    return [doc for _, doc in found]


def message_documents(messages) -> list[tuple[tuple[int, int, int], Document]]:
    """(sort key, document) of each of these messages, in the queryset's order."""
    return [
        ((sub, 0, seq), Document(sub, seq, message_id=pk, sent_at=sent))
        for pk, sub, seq, sent in messages.values_list("pk", "submission_id", "seq", "sent_at")
    ]


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januari jan",
            "februari feb febr",
            "maart mrt mar",
            "april apr",
            "mei",
            "juni jun",
            "juli jul",
            "augustus aug",
            "september sep sept",
            "oktober okt oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_WEEKDAY = r"(?:(?:ma|di|wo|do|vr|za|zo)\.?|(?:maan|dins|woens|donder|vrij|zater|zon)dag)"
# A day heading of a WhatsApp screenshot on a line of its own, as the app writes it in Dutch
# ("12 MAART 2024", "di 12 mrt.", "dinsdag 12 maart 2024", "12-03-2024"); "Vandaag",
# "Gisteren" or a weekday alone say nothing without the day the screenshot was taken.
_DAY_HEADING_RE = re.compile(
    rf"^[ \t.,]*(?:{_WEEKDAY}[ \t,]+)?(?:"
    rf"(?P<day>\d{{1,2}})[ \t]+(?P<month>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?"
    r"(?:[ \t]+(?P<year>(?:19|20)\d\d))?"
    r"|(?P<nday>\d{1,2})[-/.](?P<nmonth>\d{1,2})[-/.](?P<nyear>(?:19|20)\d\d)"
    r")[ \t.,]*$",
    re.I | re.M,
)


# A message's time ("09:14"): a line with one above a day heading is a message of an earlier day
# (the contact's name above the first heading has none; the status bar is cut as chrome).
_MESSAGE_TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def screenshot_day(ocr_text: str, *, uploaded: date | None) -> date | None:
    """The day heading that opens a screenshot's text, or None: a heading below a message (a
    line with its time) is not the date of what is above it. Without a year WhatsApp means the
    latest such day, so the latest one not after the upload (`uploaded`)."""
    ocr_text = ocr_text or ""
    for match in _DAY_HEADING_RE.finditer(ocr_text):
        if _MESSAGE_TIME_RE.search(ocr_text, 0, match.start()):
            return None
        if match["nday"]:
            day, month, year = int(match["nday"]), int(match["nmonth"]), int(match["nyear"])
        else:
            day, month = int(match["day"]), _MONTHS[match["month"].lower()]
            year = int(match["year"]) if match["year"] else None
        if year is None:
            if uploaded is None:
                continue
            year = uploaded.year
            try:
                if date(year, month, day) > uploaded:
                    year -= 1
            except ValueError:
                year -= 1  # 29 February of a year that has none: the one before may
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def screenshot_documents(screenshots) -> list[tuple[tuple[int, int, int], Document]]:
    """(sort key, document) of each of these screenshots (all of their records': a document
    is numbered within its record), in record order."""
    shots = list(
        screenshots.order_by("submission_id", "seq").values_list(
            "pk",
            "submission_id",
            "seq",
            "ocr_text_redacted",
            "submission__periode_van",
            "submission__periode_tot",
            "submission__created_at",
            "mime_type",
        )
    )
    per_record = Counter(sub for _, sub, *_ in shots)
    numbers: Counter = Counter()
    found = []
    for pk, sub, seq, ocr, periode_van, periode_tot, stored_at, mime_type in shots:
        numbers[sub] += 1
        uploaded = timezone.localdate(stored_at) if stored_at else None
        day = screenshot_day(ocr, uploaded=uploaded) or (
            periode_van if periode_van and periode_van == periode_tot else None
        )
        doc = Document(
            sub,
            seq,
            media_id=pk,
            number=numbers[sub],
            of=per_record[sub],
            day=day,
            mime_type=mime_type,
        )
        found.append(((sub, 1, seq), doc))
    return found


@dataclass(frozen=True)
class Judgement:
    """A document's judgement as the pages and the release read it: plain values, not the
    model (a request of 24,500 documents made as many model instances and their officers:
    about half of its request page's time)."""

    oordeel: str
    gronden: tuple[str, ...]
    toelichting: str
    reeds_openbaar_url: str
    beoordeeld_door: str  # the officer's name, as the release prints it
    beoordeeld_op: datetime
    # False when it releases a screenshot Woo may no longer be served (lapsed_q).
    holds: bool = True


# Judgements that release the document.
RELEASES_THE_DOCUMENT = (Oordeel.OPENBAAR, Oordeel.DEELS_OPENBAAR)


def text_changed_spans():
    """The redactions that changed a message's own text into something else than a placeholder:
    a name the archive replaced (a participant's pseudonym, "Hoi Rik," is "Hoi Inwoner 2,";
    else "[NAAM]"), still applied. Kept past the purge, which empties the original text. Such a
    message withholds personal data (5.1.2e) as one with a placeholder does; a placeholder
    counts by itself (woo.blackout.placeholder_blackouts)."""
    return RedactionSpan.objects.filter(
        message__isnull=False, media__isnull=True, active=True, label="PERSON"
    )


def text_changed(message_ids) -> set[int]:
    """Of `message_ids` (ids or a subquery), those whose text the archive changed
    (text_changed_spans)."""
    return set(
        text_changed_spans().filter(message_id__in=message_ids).values_list("message_id", flat=True)
    )


def redacted_after_judging() -> tuple[Exists, Exists, Exists]:
    """Exists() of a redaction Informatiebeheer changed in the judged document after its
    judgement: one made by hand (nader anonimiseren), or any switched off (text the officer
    never saw is shown now); in the message, in a photo attached to it, or in a screenshot's
    text. For a filter on WooBeoordeling rows."""
    later = RedactionSpan.objects.filter(
        Q(source=RedactionSource.HANDMATIG, active=True) | Q(active=False),
        changed_at__gt=OuterRef("beoordeeld_op"),
    )
    return (
        Exists(later.filter(message_id=OuterRef("message_id"))),
        Exists(later.filter(media__message_id=OuterRef("message_id"))),
        Exists(later.filter(media_id=OuterRef("media_id"))),
    )


def lapsed_q(verzoek: WooVerzoek) -> Q:
    """The filter on the request's WooBeoordeling rows that no longer hold: 'openbaar' or
    'deels openbaar' of a screenshot Woo may not be served (chats.selectors.servable_media_q),
    as when Informatiebeheer withheld it after the officer judged; or of a document
    Informatiebeheer blacked out more of after it was judged (redacted_after_judging): the
    officer judged another text. Such a document counts as not assessed, to be judged again,
    and is never counted or exported as released, nor credited to the officer."""
    # The withheld screenshots of the request's records, as one subquery that does not depend
    # on the row (a subquery per judgement made PostgreSQL plan one per document: _counts).
    withheld = MediaItem.objects.filter(
        message__isnull=True, submission_id__in=verzoek.selecties.values("submission_id")
    ).exclude(servable_media_q(for_role=ServingRole.WOO))
    in_message, in_photo, in_shot = redacted_after_judging()
    return Q(oordeel__in=RELEASES_THE_DOCUMENT) & (
        Q(message__isnull=True, media_id__in=withheld.values("pk"))
        | Q(message__isnull=False) & (Q(in_message) | Q(in_photo))
        | Q(message__isnull=True) & Q(in_shot)
        # 'Openbaar' of a message whose attachment Informatiebeheer withholds: the release has
        # no copy of it (besluit.WITHHELD_ATTACHMENT).
        | Q(
            oordeel=Oordeel.OPENBAAR,
            message_id__in=withheld_attachments(verzoek).values("message_id"),
        )
    )


def withheld_attachments(verzoek: WooVerzoek):
    """The attachments of messages in the request's records that Woo may not be served
    (withheld, or a contact card), as one subquery that does not depend on the row."""
    return MediaItem.objects.filter(
        message__isnull=False, submission_id__in=verzoek.selecties.values("submission_id")
    ).exclude(servable_media_q(for_role=ServingRole.WOO))


def holding_judgements(verzoek: WooVerzoek):
    """The request's judgements that hold (not lapsed_q), as a queryset."""
    return WooBeoordeling.objects.filter(verzoek=verzoek).exclude(lapsed_q(verzoek))


def officer_name(user) -> str:
    return user.get_full_name() or user.get_username()


def judgements(
    verzoek: WooVerzoek, *, submission_id: int | None = None, docs: list[Document] | None = None
) -> tuple[dict[int, Judgement], dict[int, Judgement]]:
    """The request's judgements by message id and by media id; with `submission_id`, only
    those of that record's messages and screenshots (one record's page of a large request);
    with `docs`, only those of these documents (the page's fifty)."""
    found = verzoek.beoordelingen.all()
    if submission_id is not None:
        found = found.filter(
            Q(message__submission_id=submission_id) | Q(media__submission_id=submission_id)
        )
    if docs is not None:
        found = found.filter(
            Q(message_id__in=[d.message_id for d in docs if d.message_id is not None])
            | Q(media_id__in=[d.media_id for d in docs if d.media_id is not None])
        )
    rows = list(
        found.annotate(
            lapsed=Case(When(lapsed_q(verzoek), then=Value(True)), default=Value(False))
        ).values_list(
            "message_id",
            "media_id",
            "oordeel",
            "gronden",
            "toelichting",
            "reeds_openbaar_url",
            "beoordeeld_door_id",
            "beoordeeld_op",
            "lapsed",
        )
    )
    # A few officers judge thousands of documents: their names once, not joined per row.
    names = {
        user.pk: officer_name(user)
        for user in get_user_model().objects.filter(pk__in={row[6] for row in rows})
    }
    by_message, by_media = {}, {}
    for message_id, media_id, oordeel, gronden, note, url, officer, when, lapsed in rows:
        item = Judgement(
            oordeel, tuple(gronden), note, url, names.get(officer, ""), when, holds=not lapsed
        )
        if message_id is not None:
            by_message[message_id] = item
        elif media_id is not None:
            by_media[media_id] = item
    return by_message, by_media


def judgement_of(doc: Document, by_message, by_media, *, lapsed: bool = False) -> Judgement | None:
    """The document's judgement; None when it has none or it no longer holds (with `lapsed`:
    that one too, to show it)."""
    if doc.message_id is not None:
        found = by_message.get(doc.message_id)
    else:
        found = by_media.get(doc.media_id)
    if found is not None and not found.holds and not lapsed:
        return None
    return found


@dataclass(frozen=True)
class Unassessed:
    """What is still to be assessed before export or closing."""

    count: int
    first: list[Document] = field(default_factory=list)  # the first few, to link to


def unassessed_count(verzoek: WooVerzoek) -> int:
    """How many documents of the request have no judgement yet, counted in the database (a
    request of thousands of documents is checked before every export and closing)."""
    judged = holding_judgements(verzoek)
    messages = selected_messages(verzoek).exclude(Exists(judged.filter(message_id=OuterRef("pk"))))
    # As judgement_of reads them: a screenshot's judgement is one without a message.
    screenshots = selected_screenshots(verzoek).exclude(
        Exists(judged.filter(message__isnull=True, media_id=OuterRef("pk")))
    )
    return messages.count() + screenshots.count()


def unassessed(verzoek: WooVerzoek, *, show: int = 10) -> Unassessed:
    """The documents of the request that have no judgement yet."""
    if not unassessed_count(verzoek):
        return Unassessed(0)
    return missing_documents(documents(verzoek), *judgements(verzoek), show=show)


def missing_documents(docs, by_message, by_media, *, show: int = 10) -> Unassessed:
    """Which of `docs` have no judgement in `by_message`/`by_media`; the first `show` of them."""
    missing = [doc for doc in docs if judgement_of(doc, by_message, by_media) is None]
    return Unassessed(len(missing), missing[:show])


def unassessed_message(verzoek: WooVerzoek, found: Unassessed, action: str) -> str:
    """The Dutch refusal: how many are unassessed and which (the view links to them)."""
    noun = "document is" if found.count == 1 else "documenten zijn"
    refs = ", ".join(doc.ref for doc in found.first)
    more = f" en nog {found.count - len(found.first)}" if found.count > len(found.first) else ""
    return f"{action} kan niet: {found.count} {noun} nog niet beoordeeld ({refs}{more})."


# --- the derived judgement of a record ---------------------------------------------------


def effective(beoordeling: Judgement | None, blackout_grounds=()) -> tuple[str, list[str]]:
    """(oordeel, gronden) as released: 'openbaar' with blackouts is 'deels openbaar'."""
    if beoordeling is None:
        return "", []
    oordeel = beoordeling.oordeel
    codes = list(beoordeling.gronden)
    if oordeel in RELEASES_THE_DOCUMENT:
        codes = grounds.ordered([*codes, *blackout_grounds])
        if codes and oordeel == Oordeel.OPENBAAR:
            oordeel = Oordeel.DEELS_OPENBAAR
    return oordeel, grounds.ordered(codes)


def record_judgement(oordelen: list[str]) -> str:
    """A record's judgement from its documents' (effective) judgements; '' while any is missing.

    Documents outside the request do not count unless all are. All the same: that judgement;
    public and already public: openbaar; anything public next to anything withheld: deels
    openbaar; otherwise niet openbaar.
    """
    if not oordelen or any(not o for o in oordelen):
        return ""
    counted = {o for o in oordelen if o != Oordeel.BUITEN_VERZOEK} or {Oordeel.BUITEN_VERZOEK}
    if len(counted) == 1:
        return counted.pop()
    if counted <= {Oordeel.OPENBAAR, Oordeel.REEDS_OPENBAAR}:
        return Oordeel.OPENBAAR
    if counted & {Oordeel.OPENBAAR, Oordeel.DEELS_OPENBAAR, Oordeel.REEDS_OPENBAAR}:
        return Oordeel.DEELS_OPENBAAR
    return Oordeel.NIET_OPENBAAR


def oordeel_label(oordeel: str) -> str:
    return dict(Oordeel.choices).get(oordeel, NOT_ASSESSED)
