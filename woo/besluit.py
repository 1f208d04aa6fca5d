"""Writes of the Woo decision: judgements, blacked-out passages, terms, closing, legal hold.

Each service checks what the law and the request allow, writes in one transaction and records
its audit event. Views call these; nothing here knows about HTTP.
"""

import json
from datetime import date

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from accounts.duties import require_woo_decider
from audit import events
from chats.models import MediaItem, Message
from chats.wording import shown_number

from . import deadlines, grounds
from .blackout import (
    PLACEHOLDER_PATTERN,
    all_blackouts,
    find_passage,
    placeholder_blackouts,
    stretch_moved,
)
from .constants import NEEDS_GROUND, Oordeel, PassageBron, VerzoekStatus
from .documents import (
    RELEASES_THE_DOCUMENT,
    Document,
    documents,
    lapsed_q,
    selected_messages,
    selected_screenshots,
    text_changed,
    unassessed,
    unassessed_message,
)
from .models import WooBeoordeling, WooOpschorting, WooPassage, WooVerzoek
from .records import visible_media
from .services import WooError


def _open(verzoek: WooVerzoek) -> None:
    if not verzoek.is_open:
        raise WooError("Een afgehandeld Woo-verzoek kan niet meer worden gewijzigd.")


def _clean_gronden(codes) -> list[str]:
    codes = [code for code in codes if code]
    unknown = [code for code in codes if not grounds.is_known(code)]
    if unknown:
        raise WooError(f"Onbekende weigeringsgrond: {', '.join(unknown)}.")
    return grounds.ordered(codes)


def _document(verzoek: WooVerzoek, *, message_id=None, media_id=None) -> Document:
    """The document of the request's selection with that message or screenshot; else refused."""
    if message_id is not None:
        # A message's document is the message, if selected: not every document of its record
        # (a record of 5,000 messages is judged message by message).
        row = (
            selected_messages(verzoek)
            .filter(pk=message_id)
            .values_list("submission_id", "seq", "sent_at")
            .first()
        )
        if row is None:
            raise WooError("Dit document hoort niet bij de selectie van dit Woo-verzoek.")
        submission_id, seq, sent_at = row
        return Document(submission_id, seq, message_id=message_id, sent_at=sent_at)
    # A screenshot is numbered within its record ('schermafbeelding 2 van 5').
    media = MediaItem.objects.filter(pk=media_id).only("submission_id").first()
    if media is not None:
        for doc in documents(verzoek, submission_id=media.submission_id):
            if doc.media_id == media_id:
                return doc
    raise WooError("Dit document hoort niet bij de selectie van dit Woo-verzoek.")


# Said when the officer draws an area on a PDF attachment: its pages are not shown on the judge
# page, its text is (a passage of it is painted over on the pages in the release).
PDF_AREA = (
    "In een PDF-bijlage lakt u geen gebied weg maar tekst: selecteer de passage in de tekst uit "
    "de bijlage en kies de grond. De woorden worden dan ook op de pagina's weggelakt."
)
PDF_NOT_RELEASED = (
    "In deze PDF-bijlage kunt u niets weglakken: ze is niet voor Woo vrijgegeven (door "
    "Informatiebeheer achtergehouden)."
)


def _image_document(verzoek: WooVerzoek, media_id: int, *, text: bool = False) -> Document:
    """The document an image belongs to: a screenshot document, or the selected message a photo
    (or, for a passage of its `text`, a PDF) is attached to; only an attachment Woo may see (the
    redacted derivative or a released one)."""
    media = MediaItem.objects.filter(pk=media_id).values("message_id", "mime_type").first()
    if media is None or media["message_id"] is None:
        return _document(verzoek, media_id=media_id)
    doc = _document(verzoek, message_id=media["message_id"])
    if media["mime_type"] == "application/pdf":
        if not text:
            raise WooError(PDF_AREA)
        if not visible_media().filter(pk=media_id).exists():
            raise WooError(PDF_NOT_RELEASED)
        return doc
    if (
        not media["mime_type"].startswith("image/")
        or not visible_media().filter(pk=media_id).exists()
    ):
        raise WooError(
            "In deze bijlage kunt u geen gebied weglakken: het is geen afbeelding die voor Woo "
            "is vrijgegeven."
        )
    return doc


def _has_blackouts(verzoek: WooVerzoek, doc: Document) -> bool:
    if doc.message_id is not None:
        text = Message.objects.filter(pk=doc.message_id).values_list("text_redacted", flat=True)
        if placeholder_blackouts(text.first() or ""):
            return True
        if text_changed([doc.message_id]):
            # A name the archive pseudonymised: personal data withheld (5.1.2e).
            return True
        if _archive_blacked_out_images(Q(message_id=doc.message_id)):
            return True
        if _with_withheld_attachments([doc.message_id]):
            # An attachment Informatiebeheer withheld is a withheld part of the message.
            return True
        return WooPassage.objects.filter(
            Q(message_id=doc.message_id) | Q(media__message_id=doc.message_id), verzoek=verzoek
        ).exists()
    if _archive_blacked_out_images(Q(pk=doc.media_id)):
        return True
    return WooPassage.objects.filter(verzoek=verzoek, media_id=doc.media_id).exists()


def _archive_blacked_out_images(which: Q) -> bool:
    """Whether the archive blacked out something in these images: personal data in their text
    (a placeholder) or in their pixels beyond it (MediaItem.image_blacked_out), as the release
    counts them (blackout.image_blackout_grounds)."""
    return (
        MediaItem.objects.filter(which)
        .filter(
            Q(image_blacked_out=True)
            | Q(ocr_text_redacted__contains="[", ocr_text_redacted__regex=PLACEHOLDER_PATTERN)
        )
        .exists()
    )


# What a screenshot Informatiebeheer withheld can get: the release has no image of it to make
# public ('Schermafbeelding niet beschikbaar'), so 'openbaar' (RELEASES_THE_DOCUMENT) would
# promise what is not there.
WITHHELD_SCREENSHOT = (
    "Deze schermafbeelding is door Informatiebeheer achtergehouden: ze kan niet openbaar "
    "worden gemaakt. Beoordeel haar als niet openbaar (met een weigeringsgrond), of vraag "
    "Informatiebeheer om vrijgave."
)


def _withheld_screenshots(media_ids) -> set[int]:
    """Of these screenshots, the ones a Woo officer may not see (withheld, as the release
    serves them: visible_media)."""
    ids = {media_id for media_id in media_ids if media_id is not None}
    if not ids:
        return set()
    return ids - set(visible_media().filter(pk__in=ids).values_list("pk", flat=True))


# What a message whose attachment Informatiebeheer withheld can get: the release has no copy of
# the attachment ("niet openbaar, door Informatiebeheer achtergehouden"), so 'openbaar' would
# promise what is not there.
WITHHELD_ATTACHMENT = (
    "De bijlage van dit bericht is door Informatiebeheer achtergehouden: ze kan niet openbaar "
    "worden gemaakt. Beoordeel het bericht als niet openbaar (met een weigeringsgrond), als "
    "deels openbaar als het ook tekst heeft, of vraag Informatiebeheer om vrijgave."
)


def _with_withheld_attachments(message_ids) -> set[int]:
    """Of these messages, the ones with an attachment a Woo officer may not see (withheld, as
    the release serves them: visible_media)."""
    ids = {message_id for message_id in message_ids if message_id is not None}
    if not ids:
        return set()
    return set(
        MediaItem.objects.filter(message_id__in=ids)
        .exclude(pk__in=visible_media().filter(message_id__in=ids).values("pk"))
        .values_list("message_id", flat=True)
    )


def _check_judgement(oordeel: str, gronden: list[str], url: str, *, blackouts: bool | None) -> None:
    """The rules of a judgement; `blackouts` None: for many documents at once."""
    if oordeel not in Oordeel.values:
        raise WooError("Kies een beoordeling.")
    if oordeel == Oordeel.NIET_OPENBAAR and not gronden:
        raise WooError("Geef bij 'niet openbaar' ten minste één weigeringsgrond op.")
    if oordeel == Oordeel.DEELS_OPENBAAR and blackouts is None:
        raise WooError(
            "'Deels openbaar' geeft u per document, nadat u de passages met hun grond hebt "
            "weggelakt."
        )
    if oordeel == Oordeel.DEELS_OPENBAAR and not blackouts:
        # Deels openbaar releases the rest: something must be blacked out, on its ground.
        raise WooError(
            "Bij 'deels openbaar' moet ten minste één passage met een weigeringsgrond zijn "
            "weggelakt; lak eerst een passage weg."
        )
    if oordeel == Oordeel.REEDS_OPENBAAR and not url:
        raise WooError("Geef bij 'reeds openbaar' de vindplaats (link) op.")
    if oordeel not in NEEDS_GROUND and gronden:
        raise WooError(
            f"Bij '{Oordeel(oordeel).label.lower()}' horen geen weigeringsgronden; "
            "vink ze uit of kies een andere beoordeling."
        )


def beoordeling_save(
    *,
    user,
    verzoek: WooVerzoek,
    message_id: int | None = None,
    media_id: int | None = None,
    oordeel: str,
    gronden=(),
    toelichting: str = "",
    reeds_openbaar_url: str = "",
    request=None,
) -> WooBeoordeling:
    """Judge one message or screenshot of the request; replaces an earlier judgement."""
    require_woo_decider(user)
    if (message_id is None) == (media_id is None):
        _open(verzoek)
        raise WooError("Kies één bericht of schermafbeelding om te beoordelen.")
    after_decision = not verzoek.is_open
    if after_decision and not judgement_lapsed(verzoek, message_id=message_id, media_id=media_id):
        _open(verzoek)
    doc = _document(verzoek, message_id=message_id, media_id=media_id)
    gronden = _clean_gronden(gronden)
    url = reeds_openbaar_url.strip() if oordeel == Oordeel.REEDS_OPENBAAR else ""
    _check_judgement(oordeel, gronden, url, blackouts=_has_blackouts(verzoek, doc))
    if oordeel in RELEASES_THE_DOCUMENT and _withheld_screenshots([doc.media_id]):
        raise WooError(WITHHELD_SCREENSHOT)
    if oordeel == Oordeel.OPENBAAR and _with_withheld_attachments([doc.message_id]):
        raise WooError(WITHHELD_ATTACHMENT)
    lookup = {"message_id": message_id} if message_id is not None else {"media_id": media_id}
    with transaction.atomic():
        beoordeling, _ = WooBeoordeling.objects.update_or_create(
            verzoek=verzoek,
            **lookup,
            defaults={
                "submission_id": doc.submission_id,
                "document_ref": doc.ref,
                "oordeel": oordeel,
                "gronden": gronden,
                "toelichting": toelichting.strip()[:500],
                "reeds_openbaar_url": url,
                "beoordeeld_door": user,
                "beoordeeld_op": timezone.now(),
            },
        )
        events.woo_document_assessed(
            verzoek=verzoek,
            actor=user,
            documents=[doc.ref],
            count=1,
            oordeel=oordeel,
            gronden=gronden,
            after_decision=after_decision,
            request=request,
        )
    return beoordeling


def judgement_lapsed(verzoek: WooVerzoek, *, message_id=None, media_id=None) -> bool:
    """Whether this document's judgement lapsed: after the decision only such a document may
    be judged again, as when Informatiebeheer withheld a screenshot the decision released, or
    blacked out more of a document after it was judged (documents.lapsed_q); every other
    judgement stays as decided."""
    lookup = (
        {"message_id": message_id}
        if message_id is not None
        else {"message__isnull": True, "media_id": media_id}
    )
    return (
        WooBeoordeling.objects.filter(verzoek=verzoek, **lookup).filter(lapsed_q(verzoek)).exists()
    )


def _ranges(numbers: list[int]) -> str:
    """'1-40, 42, 44-45' for [1, ..., 40, 42, 44, 45]."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def audited_documents(docs) -> list[str]:
    """What an audit row says was judged: per record its messages and screenshots as the pages
    number them ('WA-000003 berichten 1-40, 42'), not a list of internal ids."""
    by_record: dict[str, tuple[list[int], list[int]]] = {}
    for doc in docs:
        messages, shots = by_record.setdefault(doc.record_ref, ([], []))
        if doc.media_id is not None:
            shots.append(doc.number)
        else:
            messages.append(shown_number(doc.seq))
    out = []
    for ref, (messages, shots) in by_record.items():
        parts = []
        if messages:
            word = "bericht" if len(messages) == 1 else "berichten"
            parts.append(f"{word} {_ranges(messages)}")
        if shots:
            word = "schermafbeelding" if len(shots) == 1 else "schermafbeeldingen"
            parts.append(f"{word} {_ranges(shots)}")
        out.append(f"{ref} {'; '.join(parts)}")
    return out


def beoordeling_save_record(
    *,
    user,
    verzoek: WooVerzoek,
    submission_id: int,
    oordeel: str,
    gronden=(),
    toelichting: str = "",
    reeds_openbaar_url: str = "",
    only_unassessed: bool = True,
    request=None,
    skipped: list | None = None,
) -> int:
    """Give every (still unassessed) document of one record the same judgement; how many.

    Not 'deels openbaar': that depends on each document's own blacked-out passages. 'Openbaar'
    passes over the screenshots Informatiebeheer withheld and the messages with an attachment
    it withheld; they are added to `skipped`.
    """
    require_woo_decider(user)
    _open(verzoek)
    gronden = _clean_gronden(gronden)
    url = reeds_openbaar_url.strip() if oordeel == Oordeel.REEDS_OPENBAAR else ""
    _check_judgement(oordeel, gronden, url, blackouts=None)
    docs = documents(verzoek, submission_id=submission_id)
    if not docs:
        raise WooError("Dit archiefstuk hoort niet bij de selectie van dit Woo-verzoek.")
    existing = WooBeoordeling.objects.filter(verzoek=verzoek, submission_id=submission_id)
    done_messages = set(existing.exclude(message__isnull=True).values_list("message_id", flat=True))
    done_media = set(existing.exclude(media__isnull=True).values_list("media_id", flat=True))
    # A judgement that lapsed (Informatiebeheer withheld the screenshot, or blacked out more of
    # the document since) counts as none.
    lapsed_rows = existing.filter(lapsed_q(verzoek)).values_list("message_id", "media_id")
    lapsed = {("message", m) if m is not None else ("media", s) for m, s in lapsed_rows}
    now = timezone.now()
    fields = {
        "oordeel": oordeel,
        "gronden": gronden,
        "toelichting": toelichting.strip()[:500],
        "reeds_openbaar_url": url,
        "beoordeeld_door": user,
        "beoordeeld_op": now,
    }
    passed, passed_messages = set(), set()
    if oordeel in RELEASES_THE_DOCUMENT:
        passed = _withheld_screenshots(doc.media_id for doc in docs)
        passed_messages = _with_withheld_attachments(doc.message_id for doc in docs)
    new, changed = [], []
    for doc in docs:
        done = doc.message_id in done_messages or doc.media_id in done_media
        key = ("message", doc.message_id) if doc.message_id is not None else ("media", doc.media_id)
        if done and only_unassessed and key not in lapsed:
            continue
        if doc.media_id in passed or doc.message_id in passed_messages:
            if skipped is not None:
                skipped.append(doc)
            continue
        (changed if done else new).append(doc)
    with transaction.atomic():
        _insert_judgements(verzoek, new, fields)
        if changed and only_unassessed:
            # Only lapsed judgements: a few documents of the record.
            existing.filter(
                Q(media_id__in=[d.media_id for d in changed if d.media_id is not None])
                | Q(message_id__in=[d.message_id for d in changed if d.message_id is not None])
            ).update(**fields)
        elif changed:
            # Taking the judged along, every judged document changes: the record's judgements
            # of its documents, picked by the selection (not by thousands of bound ids).
            scope = {"submission_id": submission_id}
            existing.filter(
                message_id__in=selected_messages(verzoek).filter(**scope).values("pk")
            ).exclude(message_id__in=passed_messages).update(**fields)
            existing.filter(
                media_id__in=selected_screenshots(verzoek).filter(**scope).values("pk")
            ).exclude(media_id__in=passed).update(**fields)
        touched = [*new, *changed]
        if touched:
            ids = {(d.message_id, d.media_id) for d in touched}
            events.woo_document_assessed(
                verzoek=verzoek,
                actor=user,
                documents=audited_documents([d for d in docs if (d.message_id, d.media_id) in ids]),
                count=len(touched),
                oordeel=oordeel,
                gronden=gronden,
                request=request,
            )
    return len(new) + len(changed)


def _insert_judgements(verzoek: WooVerzoek, docs: list[Document], fields: dict) -> None:
    """One new judgement (`fields`) for each of `docs`. On PostgreSQL one INSERT from arrays:
    a record of 5,000 documents made as model instances and bound as 55,000 parameters took
    most of a second (bench/woo_judge_bench.py)."""
    if not docs:
        return
    if connection.vendor != "postgresql":
        WooBeoordeling.objects.bulk_create(
            [
                WooBeoordeling(
                    verzoek=verzoek,
                    submission_id=doc.submission_id,
                    message_id=doc.message_id,
                    media_id=doc.media_id,
                    document_ref=doc.ref,
                    **fields,
                )
                for doc in docs
            ],
            batch_size=500,
        )
        return
    meta = WooBeoordeling._meta
    column = {name: connection.ops.quote_name(meta.get_field(name).column) for name in _COLUMNS}
    shared = [
        verzoek.pk,
        fields["oordeel"],
        json.dumps(fields["gronden"]),
        fields["toelichting"],
        fields["reeds_openbaar_url"],
        fields["beoordeeld_door"].pk,
        fields["beoordeeld_op"],
    ]
    arrays = [
        [doc.submission_id for doc in docs],
        [doc.message_id for doc in docs],
        [doc.media_id for doc in docs],
        [doc.ref for doc in docs],
    ]
    names = ", ".join(column[name] for name in _COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {connection.ops.quote_name(meta.db_table)} ({names}) "
            "SELECT %s, %s, %s::jsonb, %s, %s, %s, %s, doc.submission_id, doc.message_id, "
            "doc.media_id, doc.ref "
            "FROM unnest(%s::bigint[], %s::bigint[], %s::bigint[], %s::text[]) "
            "WITH ORDINALITY AS doc(submission_id, message_id, media_id, ref, n) ORDER BY doc.n",
            [*shared, *arrays],
        )


# In the order _insert_judgements gives their values.
_COLUMNS = (
    "verzoek",
    "oordeel",
    "gronden",
    "toelichting",
    "reeds_openbaar_url",
    "beoordeeld_door",
    "beoordeeld_op",
    "submission",
    "message",
    "media",
    "document_ref",
)


# --- passages -------------------------------------------------------------------------------


def _text_passage_create(
    *,
    verzoek,
    user,
    place,
    grond,
    taken,
    overlap: str,
    message_id=None,
    media_id=None,
    request=None,
) -> WooPassage:
    """Store a hand-made passage of a message's text or an image's OCR text, unless it overlaps
    one of `taken` (refused with `overlap`); audited."""
    if any(place[0] < b.end and b.start < place[1] for b in taken):
        raise WooError(overlap)
    return _passage_create(
        verzoek=verzoek,
        user=user,
        grond=grond,
        message_id=message_id,
        media_id=media_id,
        request=request,
        start=place[0],
        end=place[1],
    )


def _passage_create(
    *, verzoek, user, grond, message_id=None, media_id=None, request=None, **where
) -> WooPassage:
    """Store a hand-made passage (`where`: start/end of a text, or x/y/breedte/hoogte of an
    area) and audit it."""
    with transaction.atomic():
        item = WooPassage.objects.create(
            verzoek=verzoek,
            message_id=message_id,
            media_id=media_id,
            grond=grond,
            bron=PassageBron.HANDMATIG,
            aangemaakt_door=user,
            **where,
        )
        events.woo_passage_changed(
            verzoek=verzoek,
            actor=user,
            change="added",
            message_id=message_id,
            media_id=media_id,
            grond=grond,
            request=request,
        )
    return item


def passage_add(
    *,
    user,
    verzoek: WooVerzoek,
    message_id: int,
    passage: str,
    grond: str,
    start: int | None = None,
    request=None,
) -> WooPassage:
    """Black out a stretch of a message's text on a ground (the text as the officer selected it)."""
    require_woo_decider(user)
    _open(verzoek)
    _document(verzoek, message_id=message_id)
    (grond,) = _clean_gronden([grond]) or ("",)
    if not grond:
        raise WooError("Kies een weigeringsgrond voor de passage.")
    text = Message.objects.get(pk=message_id).text_redacted
    place = find_passage(text, passage, start=start)
    if place is None or not text[place[0] : place[1]].strip():
        raise WooError("Deze tekst staat niet in het bericht; selecteer de passage opnieuw.")
    existing = WooPassage.objects.filter(verzoek=verzoek, message_id=message_id)
    taken = all_blackouts(
        text,
        existing.filter(bron=PassageBron.HANDMATIG).values_list("start", "end", "grond"),
    )
    return _text_passage_create(
        verzoek=verzoek,
        user=user,
        place=place,
        grond=grond,
        taken=taken,
        message_id=message_id,
        overlap="Deze passage overlapt met een passage die al is weggelakt; kies de grond daar of "
        "selecteer een stuk ernaast.",
        request=request,
    )


def passage_area_add(
    *,
    user,
    verzoek: WooVerzoek,
    media_id: int,
    x: float,
    y: float,
    breedte: float,
    hoogte: float,
    grond: str,
    request=None,
) -> WooPassage:
    """Black out an area of a screenshot or of a photo attached to a selected message (fractions
    of its width and height) on a ground; painted into the pixels in the release."""
    require_woo_decider(user)
    _open(verzoek)
    _image_document(verzoek, media_id)
    (grond,) = _clean_gronden([grond]) or ("",)
    if not grond:
        raise WooError("Kies een weigeringsgrond voor het gebied.")
    x, y = max(0.0, min(x, 1.0)), max(0.0, min(y, 1.0))
    breedte, hoogte = min(breedte, 1.0 - x), min(hoogte, 1.0 - y)
    if breedte <= 0 or hoogte <= 0:
        raise WooError("Kies een gebied binnen de schermafbeelding.")
    return _passage_create(
        verzoek=verzoek,
        user=user,
        grond=grond,
        media_id=media_id,
        request=request,
        x=x,
        y=y,
        breedte=breedte,
        hoogte=hoogte,
    )


def passage_ocr_add(
    *,
    user,
    verzoek: WooVerzoek,
    media_id: int,
    passage: str,
    grond: str,
    start: int | None = None,
    request=None,
) -> WooPassage:
    """Black out a stretch of the text read from an image (its redacted OCR text), or of a PDF
    attachment's text, on a ground.

    In the release the stretch is a box with its code in the image's or attachment's text, and
    the same words are painted over in the image or on the PDF's pages too, where they are
    found (woo.ocr_boxes, woo.pdf_boxes); else the image or the pages are left out.
    """
    require_woo_decider(user)
    _open(verzoek)
    _image_document(verzoek, media_id, text=True)
    (grond,) = _clean_gronden([grond]) or ("",)
    if not grond:
        raise WooError("Kies een weigeringsgrond voor de passage.")
    media = MediaItem.objects.only("ocr_text_redacted", "mime_type").get(pk=media_id)
    text = media.ocr_text_redacted
    place = find_passage(text, passage, start=start)
    if place is None or not text[place[0] : place[1]].strip():
        where = "de bijlage" if media.mime_type == "application/pdf" else "de afbeelding"
        raise WooError(
            f"Deze tekst staat niet in de tekst uit {where}; selecteer de passage opnieuw."
        )
    existing = WooPassage.objects.filter(verzoek=verzoek, media_id=media_id, start__isnull=False)
    taken = all_blackouts(text, existing.values_list("start", "end", "grond"))
    return _text_passage_create(
        verzoek=verzoek,
        user=user,
        place=place,
        grond=grond,
        taken=taken,
        media_id=media_id,
        overlap="Deze passage overlapt met een passage die al is weggelakt; selecteer een stuk "
        "ernaast.",
        request=request,
    )


def passage_set_ground(
    *, user, verzoek: WooVerzoek, message_id: int, start: int, grond: str, request=None
) -> WooPassage:
    """Give a blacked-out stretch (personal data or a passage) another ground; the passage."""
    require_woo_decider(user)
    _open(verzoek)
    _document(verzoek, message_id=message_id)
    (grond,) = _clean_gronden([grond]) or ("",)
    if not grond:
        raise WooError("Kies een weigeringsgrond.")
    with transaction.atomic():
        manual = WooPassage.objects.filter(
            verzoek=verzoek, message_id=message_id, start=start
        ).first()
        if manual is None:
            text = Message.objects.get(pk=message_id).text_redacted
            auto = {b.start: b for b in placeholder_blackouts(text)}
            if start not in auto:
                raise WooError("Deze weglakking bestaat niet (meer).")
            passage = WooPassage.objects.create(
                verzoek=verzoek,
                message_id=message_id,
                start=start,
                end=auto[start].end,
                grond=grond,
                bron=PassageBron.AUTOMATISCH,
                aangemaakt_door=user,
            )
        else:
            passage = manual
            passage.grond = grond
            passage.save(update_fields=["grond"])
        events.woo_passage_changed(
            verzoek=verzoek,
            actor=user,
            change="ground",
            message_id=message_id,
            media_id=None,
            grond=grond,
            request=request,
        )
    return passage


def passage_remove(*, user, passage: WooPassage, request=None) -> None:
    """Undo a passage the officer blacked out (personal data stays blacked out on its ground)."""
    require_woo_decider(user)
    _open(passage.verzoek)
    if passage.bron != PassageBron.HANDMATIG:
        raise WooError(
            "Een persoonsgegeven dat bij het archiveren is weggelakt, blijft weggelakt; u kunt "
            "wel de grond wijzigen."
        )
    with transaction.atomic():
        passage.delete()
        events.woo_passage_changed(
            verzoek=passage.verzoek,
            actor=user,
            change="removed",
            message_id=passage.message_id,
            media_id=passage.media_id,
            grond=passage.grond,
            request=request,
        )


# --- refusing what is not assessed ----------------------------------------------------------


def require_assessed(*, user, verzoek: WooVerzoek, what: str, request=None) -> None:
    """Refuse (WooError with the Dutch count and list) while any document lacks a judgement."""
    found = unassessed(verzoek)
    if found.count:
        events.woo_verzoek_refused(
            verzoek=verzoek, actor=user, what=what, unassessed=found.count, request=request
        )
        error = WooError(unassessed_message(verzoek, found, what.capitalize()))
        error.unassessed = found
        raise error


# --- terms and the legal hold ----------------------------------------------------------------


def _refresh_hold(verzoek: WooVerzoek) -> None:
    verzoek.bewaarplicht_tot = deadlines.bewaarplicht_tot(
        besluit_op=verzoek.besluit_op,
        bezwaar_ingesteld_op=verzoek.bezwaar_ingesteld_op,
        bezwaar_afgerond_op=verzoek.bezwaar_afgerond_op,
    )


def check_besluit_date(verzoek: WooVerzoek, besluit_op: date) -> None:
    """Refuse a decision day in the future or before the request was received."""
    if besluit_op > timezone.localdate():
        raise WooError("De datum van het besluit ligt in de toekomst.")
    if verzoek.ontvangen_op and besluit_op < verzoek.ontvangen_op:
        raise WooError(
            "De datum van het besluit ligt vóór de ontvangst van het verzoek "
            f"({verzoek.ontvangen_op:%d-%m-%Y})."
        )


def verzoek_close(
    *, user, verzoek: WooVerzoek, besluit_op: date | None = None, request=None
) -> WooVerzoek:
    """Decide the request: refused while anything is unassessed; the hold runs on 6 weeks."""
    require_woo_decider(user)
    if not verzoek.is_open:
        raise WooError("Dit Woo-verzoek is al afgehandeld.")
    besluit_op = besluit_op or timezone.localdate()
    check_besluit_date(verzoek, besluit_op)
    require_assessed(user=user, verzoek=verzoek, what="afhandelen", request=request)
    with transaction.atomic():
        verzoek.status = VerzoekStatus.AFGEHANDELD
        verzoek.afgehandeld_op = timezone.now()
        verzoek.besluit_op = besluit_op
        _refresh_hold(verzoek)
        verzoek.save(update_fields=["status", "afgehandeld_op", "besluit_op", "bewaarplicht_tot"])
        events.woo_verzoek_closed(verzoek=verzoek, actor=user, request=request)
        events.woo_legal_hold_changed(
            verzoek=verzoek,
            actor=user,
            change="besluit",
            until=verzoek.bewaarplicht_tot,
            request=request,
        )
    return verzoek


def bezwaar_register(*, user, verzoek: WooVerzoek, ingesteld_op: date, request=None) -> WooVerzoek:
    """An objection or appeal was lodged: the hold lasts until six weeks after it is settled."""
    require_woo_decider(user)
    if verzoek.is_open:
        raise WooError("Bezwaar kan pas worden vastgelegd nadat op het verzoek is besloten.")
    if verzoek.besluit_op and ingesteld_op < verzoek.besluit_op:
        raise WooError("Het bezwaar kan niet vóór de datum van het besluit zijn ingesteld.")
    with transaction.atomic():
        verzoek.bezwaar_ingesteld_op = ingesteld_op
        verzoek.bezwaar_afgerond_op = None
        _refresh_hold(verzoek)
        verzoek.save(
            update_fields=["bezwaar_ingesteld_op", "bezwaar_afgerond_op", "bewaarplicht_tot"]
        )
        events.woo_legal_hold_changed(
            verzoek=verzoek, actor=user, change="bezwaar", until=None, request=request
        )
    return verzoek


def bezwaar_settle(*, user, verzoek: WooVerzoek, afgerond_op: date, request=None) -> WooVerzoek:
    """The objection or appeal was decided: the hold ends six weeks later."""
    require_woo_decider(user)
    if verzoek.bezwaar_ingesteld_op is None:
        raise WooError("Er is geen bezwaar of beroep vastgelegd.")
    if afgerond_op < verzoek.bezwaar_ingesteld_op:
        raise WooError("De afronding kan niet vóór het instellen van het bezwaar liggen.")
    with transaction.atomic():
        verzoek.bezwaar_afgerond_op = afgerond_op
        _refresh_hold(verzoek)
        verzoek.save(update_fields=["bezwaar_afgerond_op", "bewaarplicht_tot"])
        events.woo_legal_hold_changed(
            verzoek=verzoek,
            actor=user,
            change="bezwaar_afgerond",
            until=verzoek.bewaarplicht_tot,
            request=request,
        )
    return verzoek


def verzoek_verdagen(*, user, verzoek: WooVerzoek, op: date | None = None, request=None) -> None:
    """Extend the decision term once by two weeks (art. 4.4 lid 2 Woo)."""
    require_woo_decider(user)
    _open(verzoek)
    if verzoek.verdaagd_op is not None:
        raise WooError("De beslistermijn is al verdaagd; dat kan maar één keer.")
    if op is not None and op < verzoek.ontvangen_op:
        raise WooError("Een verdaging kan niet vóór de ontvangst van het verzoek liggen.")
    verzoek.verdaagd_op = op or timezone.localdate()
    with transaction.atomic():
        verzoek.save(update_fields=["verdaagd_op"])
        events.woo_verzoek_term_changed(
            verzoek=verzoek, actor=user, change="verdaagd", day=verzoek.verdaagd_op, request=request
        )


def verdaging_intrekken(*, user, verzoek: WooVerzoek, request=None) -> None:
    """Withdraw an extension registered by mistake: the term is four weeks after receipt again,
    and the one extension the law allows can be registered afterwards."""
    require_woo_decider(user)
    _open(verzoek)
    if verzoek.verdaagd_op is None:
        raise WooError("De beslistermijn is niet verdaagd.")
    withdrawn = verzoek.verdaagd_op
    verzoek.verdaagd_op = None
    with transaction.atomic():
        verzoek.save(update_fields=["verdaagd_op"])
        events.woo_verzoek_term_changed(
            verzoek=verzoek,
            actor=user,
            change="verdaging_ingetrokken",
            day=withdrawn,
            request=request,
        )


def opschorting_start(*, user, verzoek: WooVerzoek, van: date, reden: str = "", request=None):
    """Suspend the decision term while third parties give their views."""
    require_woo_decider(user)
    _open(verzoek)
    if verzoek.opschortingen.filter(tot__isnull=True).exists():
        raise WooError("De termijn is al opgeschort; beëindig eerst die opschorting.")
    if van < verzoek.ontvangen_op:
        raise WooError("Een opschorting kan niet vóór de ontvangst van het verzoek beginnen.")
    with transaction.atomic():
        item = WooOpschorting.objects.create(
            verzoek=verzoek,
            van=van,
            aangemaakt_door=user,
            **({"reden": reden.strip()[:300]} if reden.strip() else {}),
        )
        events.woo_verzoek_term_changed(
            verzoek=verzoek, actor=user, change="opgeschort", day=van, request=request
        )
    return item


def opschorting_end(*, user, verzoek: WooVerzoek, tot: date, request=None):
    """End the running suspension (the day the views came in or their term ended)."""
    require_woo_decider(user)
    item = verzoek.opschortingen.filter(tot__isnull=True).first()
    if item is None:
        raise WooError("De termijn is niet opgeschort.")
    if tot < item.van:
        raise WooError("Het einde van de opschorting ligt vóór het begin.")
    with transaction.atomic():
        item.tot = tot
        item.save(update_fields=["tot"])
        events.woo_verzoek_term_changed(
            verzoek=verzoek, actor=user, change="hervat", day=tot, request=request
        )
    return item


def passages_follow(changes) -> int:
    """Move the text passages of every request over the redacted texts Informatiebeheer made
    stricter after archiving (`changes`: "message" or "media", id, text before, after), so each
    still covers the words it was marked on (chats.signals.record_redacted); returns how many
    moved. An area drawn on an image has no offsets and stays."""
    texts = {(kind, pk): (before, after) for kind, pk, before, after in changes}
    if not texts:
        return 0
    # One query for every changed text ("elsewhere too" changes many at once).
    owners = Q(message_id__in=[pk for kind, pk in texts if kind == "message"]) | Q(
        media_id__in=[pk for kind, pk in texts if kind == "media"]
    )
    moved = []
    for passage in WooPassage.objects.filter(owners, start__isnull=False, end__isnull=False):
        key = ("message", passage.message_id) if passage.message_id else ("media", passage.media_id)
        if key not in texts:
            continue
        start, end = stretch_moved(*texts[key], passage.start, passage.end)
        if (start, end) != (passage.start, passage.end):
            passage.start, passage.end = start, end
            moved.append(passage)
    WooPassage.objects.bulk_update(moved, ["start", "end"])
    return len(moved)
