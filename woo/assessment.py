"""What the assessment page of one record in a request shows: documents, judgements, blackouts."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    Value,
    When,
)

from chats.models import MediaItem, Message, RedactionSpan
from chats.pdf_pages import PDF_TYPE
from chats.redaction import PLACEHOLDERS

from . import grounds
from .blackout import PLACEHOLDER_PATTERN, Blackout, all_blackouts, image_blackout_grounds
from .constants import OcrPlaats, Oordeel, PassageBron
from .documents import (
    RELEASES_THE_DOCUMENT,
    Document,
    Judgement,
    Unassessed,
    documents,
    effective,
    holding_judgements,
    judgement_of,
    judgements,
    message_documents,
    oordeel_label,
    record_judgement,
    screenshot_documents,
    selected_messages,
    selected_screenshots,
    text_changed,
    text_changed_spans,
    withheld_attachments,
)
from .models import WooPassage, WooVerzoek
from .records import (
    archived_record,
    record_reference,
    record_subjects,
    visible_media,
    withheld_media,
)
from .release import paints_text_passages, pdf_pages_cut, text_places_known

PAGE_SIZE = 50


@dataclass(frozen=True)
class Segment:
    """Shown text: plain, or a blacked-out stretch with its ground (and passage id if manual)."""

    text: str
    start: int
    grond: str = ""
    auto: bool = False
    passage_id: int | None = None


@dataclass(frozen=True)
class Row:
    doc: Document
    message: Message | None
    media: MediaItem | None  # the screenshot of a screenshot document, if Woo may see it
    images: list[MediaItem]  # a message's photos Woo may see, each with `.woo_areas`
    segments: list[Segment]
    areas: list[WooPassage]
    beoordeling: Judgement | None
    oordeel: str  # effective
    gronden: list[str]
    # A screenshot judged (deels) openbaar that Informatiebeheer withheld since: its judgement
    # lapsed (documents.lapsed_q), it counts as not assessed and is not released.
    withheld_released: bool = False
    # A document judged (deels) openbaar that Informatiebeheer blacked out more of since (nader
    # anonimiseren): its judgement lapsed too, to be judged again (documents.lapsed_q).
    redacted_since: bool = False
    # Of such a document, the judgement as it was exported: 'openbaar' with what was blacked
    # out when it was judged is 'deels openbaar' (not what was blacked out since).
    exported_oordeel: str = ""
    exported_gronden: list[str] = field(default_factory=list)
    # Something of the document is blacked out (a passage, an area, redacted personal data).
    blacked_out: bool = False
    # A message judged 'openbaar' whose attachment Informatiebeheer withholds: its judgement
    # lapsed (documents.lapsed_q), the release has no copy of the attachment.
    attachment_withheld: bool = False

    @property
    def stored_oordeel(self) -> str:
        return self.beoordeling.oordeel if self.beoordeling else ""

    @property
    def shown_oordeel(self) -> str:
        """The verdict the page states: for a lapsed judgement the one the officer gave (what
        happened since is said next to it), of a document blacked out more since as it was
        exported ('openbaar' with what was blacked out then is 'deels openbaar'); else the
        effective one ('openbaar' with blackouts is 'deels openbaar')."""
        if self.redacted_since:
            return self.exported_oordeel
        if self.withheld_released or self.attachment_withheld:
            return self.stored_oordeel
        return self.oordeel

    @property
    def shown_gronden(self) -> list[str]:
        if self.redacted_since:
            return self.exported_gronden
        if self.withheld_released or self.attachment_withheld:
            return list(self.beoordeling.gronden) if self.beoordeling else []
        return self.gronden

    @property
    def suggests_deels_openbaar(self) -> bool:
        """Passages are blacked out while the document is judged 'openbaar' or not yet: the
        form suggests 'deels openbaar' (never over another explicit judgement)."""
        return self.blacked_out and self.stored_oordeel in ("", Oordeel.OPENBAAR)

    @property
    def preselected(self) -> str:
        """The judgement the document's form starts with: for a screenshot withheld since it
        was judged (deels) openbaar, 'niet openbaar', the judgement it can get now."""
        if self.withheld_released or self.attachment_withheld:
            return Oordeel.NIET_OPENBAAR
        return Oordeel.DEELS_OPENBAAR if self.suggests_deels_openbaar else self.stored_oordeel


@dataclass(frozen=True)
class AssessmentPage:
    rows: list[Row]
    number: int
    num_pages: int
    count: int
    assessed: int
    record_oordeel: str


def _segments(text: str, blackouts: list[Blackout], ids: dict[int, int]) -> list[Segment]:
    out, position = [], 0
    for item in blackouts:
        if item.start > position:
            out.append(Segment(text[position : item.start], position))
        out.append(
            Segment(
                text[item.start : item.end], item.start, item.grond, item.auto, ids.get(item.start)
            )
        )
        position = item.end
    if position < len(text):
        out.append(Segment(text[position:], position))
    return out


def _ocr(image: MediaItem, manual: list, ids: dict[int, int], plaatsen: set[str]) -> None:
    """The image's redacted OCR text as segments (placeholders and passages blacked out),
    whether its word boxes are stored (then a passage is painted over in the image too), and
    else what reading the image again for its passages found so far (OcrPlaats)."""
    text = image.ocr_text_redacted or ""
    image.woo_ocr_segments = _segments(text, all_blackouts(text, manual), ids) if text else []
    # Where the words stand in the image or on a PDF's pages; nothing to tell of where the
    # release does not paint (an image it leaves out, a PDF whose pages it does not draw). What
    # the release serves decides, as there (a HEIC photo keeps 'image/heic' but is served as an
    # image copy); asked only of media whose word places are not stored.
    image.woo_ocr_boxes = text_places_known(image) or not paints_text_passages(image)
    # Whether a PDF's pages go out with the passages painted on them (asked of a PDF only).
    image.woo_paints = image.mime_type == PDF_TYPE and paints_text_passages(image)
    # Pages past the ones the release draws never go out, also not with a passage on them.
    image.woo_pages_cut = pdf_pages_cut(image) if image.woo_paints else None
    image.woo_ocr_plaats = next(
        (
            plaats
            for plaats in (OcrPlaats.LEZEN, OcrPlaats.NIET_GEVONDEN, OcrPlaats.GEVONDEN)
            if plaats in plaatsen
        ),
        "",
    )
    if OcrPlaats.ONBEKEND in plaatsen and image.woo_ocr_plaats == OcrPlaats.GEVONDEN:
        image.woo_ocr_plaats = ""  # a passage not read yet: the release reads it


def _archive_image_grounds(images: list[MediaItem]) -> list[str]:
    """What the archive blacked out in these images, in their text and pixels, as grounds
    (as release_items counts them)."""
    return [
        grond
        for image in images
        for grond in image_blackout_grounds(image.ocr_text_redacted, image.image_blacked_out)
    ]


def _used_when_judged(doc: Document, used: list[str], judged_at) -> list[str]:
    """The grounds of what was blacked out in the document when it was judged (and exported):
    `used` (its blackouts now, without a pseudonymised name) less what Informatiebeheer
    blacked out since (nader anonimiseren) and with what it switched off since, and 5.1.2e for
    a name pseudonymised then (woo.documents.text_changed_spans)."""
    if doc.message_id is not None:
        of_doc = Q(message_id=doc.message_id) | Q(media__message_id=doc.message_id)
    else:
        of_doc = Q(media_id=doc.media_id)
    spans = RedactionSpan.objects.filter(of_doc)
    remaining = Counter(used)
    for label, active in spans.filter(changed_at__gt=judged_at).values_list("label", "active"):
        grond = grounds.personal_data_ground(PLACEHOLDERS.get(label, "[VERWIJDERD]"))
        if active:  # blacked out since: not there then
            remaining[grond] = max(remaining[grond] - 1, 0)
        else:  # switched off since: blacked out then
            remaining[grond] += 1
    then = list(remaining.elements())
    pseudonymised_then = (
        doc.message_id is not None
        and RedactionSpan.objects.filter(
            Q(active=True) & (Q(changed_at__isnull=True) | Q(changed_at__lte=judged_at))
            | Q(active=False, changed_at__gt=judged_at),
            message_id=doc.message_id,
            media__isnull=True,
            label="PERSON",
        ).exists()
    )
    return then + ([grounds.PERSONAL_DATA] if pseudonymised_then else [])


def assessment_page(
    verzoek: WooVerzoek, submission_id: int, *, page: int = 1, seq: int | None = None
) -> AssessmentPage:
    """One page of the record's documents in this request, with everything the form needs;
    with `seq`, the page that holds the message with that volgnummer."""
    archived_record(submission_id)  # 404 unless archived
    docs = documents(verzoek, submission_id=submission_id)
    num_pages = max(1, -(-len(docs) // PAGE_SIZE))
    if seq is not None:
        index = next((n for n, d in enumerate(docs) if d.message_id and d.seq == seq), None)
        if index is not None:
            page = index // PAGE_SIZE + 1
    page = max(1, min(page, num_pages))
    shown = docs[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    by_message, by_media = judgements(verzoek, docs=shown)
    messages = {
        m.pk: m
        for m in Message.objects.filter(pk__in=[d.message_id for d in shown if d.message_id])
        .select_related("participant")
        .prefetch_related(
            Prefetch("media", queryset=visible_media(), to_attr="visible_media"),
            # What a media message without a file Woo may see was: the record page's note.
            Prefetch("media", queryset=withheld_media(), to_attr="withheld_media"),
        )
    }
    screenshots = {
        m.pk: m for m in visible_media().filter(pk__in=[d.media_id for d in shown if d.media_id])
    }
    passages = (
        WooPassage.objects.filter(verzoek=verzoek).filter(message_id__in=list(messages))
        | WooPassage.objects.filter(
            verzoek=verzoek, media_id__in=[d.media_id for d in shown if d.media_id]
        )
        | WooPassage.objects.filter(verzoek=verzoek, media__message_id__in=list(messages))
    )
    manual, overrides, ids, areas = (
        defaultdict(list),
        defaultdict(dict),
        defaultdict(dict),
        defaultdict(list),
    )
    ocr_manual, ocr_ids, ocr_plaats = defaultdict(list), defaultdict(dict), defaultdict(set)
    for p in passages:
        if p.media_id is not None and p.x is None:
            ocr_manual[p.media_id].append((p.start, p.end, p.grond))
            ocr_plaats[p.media_id].add(OcrPlaats.ONBEKEND if p.reading_lost else p.plaats)
            ocr_ids[p.media_id][p.start] = p.pk
            continue
        if p.media_id is not None:
            areas[p.media_id].append(p)
            continue
        if p.bron == PassageBron.AUTOMATISCH:
            overrides[p.message_id][p.start] = p.grond
        else:
            manual[p.message_id].append((p.start, p.end, p.grond))
        ids[p.message_id][p.start] = p.pk
    held_attachments = set(
        withheld_attachments(verzoek)
        .filter(message_id__in=list(messages))
        .values_list("message_id", flat=True)
    )
    changed = text_changed(list(messages))
    rows = []
    for doc in shown:
        # A judgement that lapsed is shown, with what happened to it (withheld_released).
        beoordeling = judgement_of(doc, by_message, by_media, lapsed=True)
        message = messages.get(doc.message_id) if doc.message_id else None
        images = list(getattr(message, "visible_media", [])) if message else []
        shot = screenshots.get(doc.media_id) if doc.media_id else None
        for image in [*images, *([shot] if shot else [])]:
            image.woo_areas = areas[image.pk]
            _ocr(image, ocr_manual[image.pk], ocr_ids[image.pk], ocr_plaats[image.pk])
        ocr_used = [
            grond
            for media_id in [*(i.pk for i in images), doc.media_id]
            for _, _, grond in ocr_manual.get(media_id, ())
        ]
        if message is not None:
            text = message.text_redacted
            blackouts = all_blackouts(text, manual[message.pk], overrides[message.pk])
            segments = _segments(text, blackouts, ids[message.pk])
            used = [b.grond for b in blackouts] + [
                a.grond for image in images for a in image.woo_areas
            ]
        else:
            segments, used = [], [a.grond for a in areas[doc.media_id]]
        used += ocr_used + _archive_image_grounds([*images, *([shot] if shot else [])])
        # A name the archive replaced by a pseudonym withholds personal data too.
        pseudonymised = [grounds.PERSONAL_DATA] if doc.message_id in changed else []
        oordeel, codes = effective(beoordeling, used + pseudonymised)
        lapsed = beoordeling is not None and not beoordeling.holds
        held_back = (
            lapsed
            and message is not None
            and beoordeling.oordeel == Oordeel.OPENBAAR
            and message.pk in held_attachments
        )
        redacted_since = (
            lapsed and not held_back and not (doc.media_id is not None and shot is None)
        )
        exported = (
            effective(beoordeling, _used_when_judged(doc, used, beoordeling.beoordeeld_op))
            if redacted_since
            else ("", [])
        )
        rows.append(
            Row(
                doc=doc,
                message=message,
                media=shot,
                images=images,
                segments=segments,
                areas=areas[doc.media_id] if doc.media_id else [],
                beoordeling=beoordeling,
                oordeel=oordeel,
                gronden=codes,
                withheld_released=lapsed and doc.media_id is not None and shot is None,
                redacted_since=redacted_since,
                exported_oordeel=exported[0],
                exported_gronden=exported[1],
                attachment_withheld=held_back,
                blacked_out=bool(used + pseudonymised),
            )
        )
    # The record's judgement as on the request page and in the release: 'openbaar' with
    # blacked-out passages (redacted personal data too) is 'deels openbaar'.
    [line] = _lines(*_counts(verzoek, submission_id=submission_id)) or [None]
    return AssessmentPage(
        rows=rows,
        number=page,
        num_pages=num_pages,
        count=len(docs),
        assessed=line.assessed if line else 0,
        record_oordeel=line.oordeel if line else "",
    )


@dataclass(frozen=True)
class RecordLine:
    """A selected record on the request page: its documents and derived judgement."""

    submission_id: int
    record_ref: str
    documents: int
    assessed: int
    oordeel: str
    # The record's subject as Woo may read it (redacted), to tell records apart by more than
    # their reference.
    onderwerp: str = ""
    # Of its documents, how many are judged (deels) openbaar: the others stand in the release
    # PDF as a one-line stub (niet openbaar, buiten het verzoek, reeds openbaar).
    released: int = 0

    @property
    def oordeel_label(self) -> str:
        return oordeel_label(self.oordeel)


def record_lines(verzoek: WooVerzoek) -> list[RecordLine]:
    """Every record with something selected, with its derived judgement (records' order).

    Derived from the same effective judgements as the release, so the page and the PDF agree.
    """
    return request_overview(verzoek)[0]


def request_overview(verzoek: WooVerzoek, *, show: int = 10) -> tuple[list[RecordLine], Unassessed]:
    """The record lines and what is still unassessed (the first `show`).

    Counted in the database: per record, how many documents have which judgement and whether
    the document withholds something (a placeholder or passage in its text or images, or a
    ground given), which makes 'openbaar' 'deels openbaar' as in the release (release_items,
    which cuts every document's text: seconds for a request of 24,500 documents).
    """
    lines = _lines(*_counts(verzoek))
    subjects = record_subjects([line.submission_id for line in lines])
    lines = [replace(line, onderwerp=subjects.get(line.submission_id, "")) for line in lines]
    missing = sum(line.documents - line.assessed for line in lines)
    return lines, Unassessed(missing, _first_unassessed(verzoek, show) if missing else [])


def _lines(documents, judged) -> list[RecordLine]:
    per: dict[int, list] = {sub: [count, 0, set(), 0] for sub, count in documents}
    for sub, oordeel, withholds, count in judged:
        line = per[sub]
        line[1] += count
        withheld = oordeel == Oordeel.OPENBAAR and withholds
        line[2].add(Oordeel.DEELS_OPENBAAR if withheld else oordeel)
        if oordeel in RELEASES_THE_DOCUMENT:
            line[3] += count
    return [
        RecordLine(
            sub,
            record_reference(sub),
            count,
            assessed,
            record_judgement([*found, *([""] if assessed < count else [])]),
            released=released,
        )
        for sub, (count, assessed, found, released) in sorted(per.items())
    ]


def judged_verdicts(verzoek: WooVerzoek, *, submission_id: int, judged_at) -> dict[str, int]:
    """How many of the record's documents judged at `judged_at` (one judging of many at once)
    stand at which verdict, as the release derives it: 'openbaar' with something blacked out
    is 'deels openbaar'."""
    found: dict[str, int] = defaultdict(int)
    for _, oordeel, withholds, count in _counts(
        verzoek, submission_id=submission_id, judged_at=judged_at
    )[1]:
        if oordeel == Oordeel.OPENBAAR and withholds:
            oordeel = Oordeel.DEELS_OPENBAAR
        found[oordeel] += count
    return dict(found)


def _counts(
    verzoek: WooVerzoek, *, submission_id: int | None = None, judged_at=None
) -> tuple[list[tuple[int, int]], list[tuple[int, str, bool, int]]]:
    """(record, documents) of the request's records, and (record, judgement, withholds
    something, documents) of its judged documents, as release_items derives them document by
    document. Read from the judgements' side, with subqueries that do not depend on the row:
    a subquery per document made PostgreSQL plan (and JIT-compile) a query of 24,500 lookups."""
    messages, screenshots = selected_messages(verzoek), selected_screenshots(verzoek)
    if submission_id is not None:
        messages = messages.filter(submission_id=submission_id)
        screenshots = screenshots.filter(submission_id=submission_id)
    documents = [
        row
        for found in (messages, screenshots)
        for row in found.order_by()
        .values("submission_id")
        .annotate(count=Count("pk"))
        .values_list("submission_id", "count")
    ]
    # A judgement that lapsed (Informatiebeheer withheld the screenshot) counts as none.
    judged = holding_judgements(verzoek).order_by()
    if judged_at is not None:
        judged = judged.filter(beoordeeld_op=judged_at)
    passages = WooPassage.objects.filter(verzoek=verzoek)
    of_messages = judged.filter(message__in=messages).annotate(
        record=F("message__submission_id"),
        withholds=_any(
            ~Q(gronden=[]),
            # Every placeholder starts with a bracket: the cheap test first.
            Q(
                message__text_redacted__contains="[",
                message__text_redacted__regex=PLACEHOLDER_PATTERN,
            ),
            # A ground for a placeholder (automatisch) blacks out nothing else.
            Q(
                message_id__in=passages.filter(message__isnull=False)
                .exclude(bron=PassageBron.AUTOMATISCH)
                .values("message_id")
            ),
            # A name the archive replaced by a pseudonym (text_changed_spans).
            Q(
                message_id__in=text_changed_spans()
                .filter(submission_id__in=verzoek.selecties.values("submission_id"))
                .values("message_id")
            ),
            # Its photos: areas, passages in their text, personal data blacked out there.
            Q(
                message_id__in=passages.filter(media__message__isnull=False).values(
                    "media__message_id"
                )
            ),
            Q(
                message_id__in=MediaItem.objects.filter(
                    message__isnull=False, ocr_text_redacted__regex=PLACEHOLDER_PATTERN
                ).values("message_id")
            ),
            # ... and in their pixels beyond their text (image_blackout_grounds).
            Q(
                message_id__in=MediaItem.objects.filter(
                    message__isnull=False, image_blacked_out=True
                ).values("message_id")
            ),
        ),
    )
    # As judgement_of reads them: a screenshot's judgement is one without a message.
    of_screenshots = judged.filter(message__isnull=True, media__in=screenshots).annotate(
        record=F("media__submission_id"),
        withholds=_any(
            ~Q(gronden=[]),
            Q(media__ocr_text_redacted__regex=PLACEHOLDER_PATTERN),
            Q(media__image_blacked_out=True),
            Q(media_id__in=passages.filter(media__isnull=False).values("media_id")),
        ),
    )
    return documents, [
        row
        for found in (of_messages, of_screenshots)
        for row in found.values("record", "oordeel", "withholds")
        .annotate(count=Count("pk"))
        .values_list("record", "oordeel", "withholds", "count")
    ]


def _any(*conditions) -> Case:
    either = conditions[0]
    for condition in conditions[1:]:
        either = either | condition
    return Case(When(either, then=Value(True)), default=Value(False), output_field=BooleanField())


def _first_unassessed(verzoek: WooVerzoek, show: int) -> list[Document]:
    """The first `show` unassessed documents in record order (messages, then screenshots)."""
    judged = holding_judgements(verzoek)
    messages = (
        selected_messages(verzoek)
        .exclude(Exists(judged.filter(message_id=OuterRef("pk"))))
        .order_by("submission_id", "seq")[:show]
    )
    judged_shots = set(
        judged.filter(message__isnull=True, media__isnull=False).values_list("media_id", flat=True)
    )
    found = message_documents(messages) + [
        (key, doc)
        for key, doc in screenshot_documents(selected_screenshots(verzoek))
        if doc.media_id not in judged_shots
    ]
    found.sort(key=lambda entry: entry[0])
    return [doc for _, doc in found[:show]]
