"""MediaItem.image_blacked_out: whether an image has parts blacked out that no placeholder of its
redacted OCR text stands for, so the Woo decision withholds them on a ground (5.1.2e).

Filled for the images already stored from what is still there: the areas Informatiebeheer
blacked out by hand (kept after the purge), the header band, plates and cut chrome boxes in the
layout (kept by the purge when the image had words), and the boxes over messages the duplicate
check cut (`overlap["boxes"]`, only until the purge). What cannot be told again: an image of a
record purged before this migration whose only such blackout was a cut duplicate message (the
purge emptied `overlap`), or whose layout had no words left (the purge emptied the layout).
"""

from django.db import migrations, models

BATCH = 2000


def _blacked_out(layout, overlap, areas) -> bool:
    # As chats.pipeline.screenshot_text.blacked_out_beyond_text when this migration was written.
    layout = layout if isinstance(layout, dict) else {}
    overlap = overlap if isinstance(overlap, dict) else {}
    areas = areas if isinstance(areas, list) else []
    return bool(
        layout.get("header")
        or layout.get("plates")
        or layout.get("cut_boxes")
        or overlap.get("boxes", overlap.get("spans"))
        or any(
            isinstance(area, dict) and all(k in area for k in ("x", "y", "breedte", "hoogte"))
            for area in areas
        )
    )


def fill(apps, schema_editor):
    MediaItem = apps.get_model("chats", "MediaItem")
    # Only the rows that may have such a blackout (a superset: _blacked_out decides), and of
    # their layout only the keys it reads: the word boxes, the table's largest JSON, stay in
    # the database.
    maybe = (
        models.Q(ocr_boxes__has_key="header")
        | models.Q(ocr_boxes__has_key="plates")
        | models.Q(ocr_boxes__has_key="cut_boxes")
        | models.Q(overlap__has_key="boxes")
        | models.Q(overlap__has_key="spans")
        | ~models.Q(areas=[])
    )
    rows = (
        MediaItem.objects.filter(maybe)
        .values_list(
            "pk",
            "ocr_boxes__header",
            "ocr_boxes__plates",
            "ocr_boxes__cut_boxes",
            "overlap",
            "areas",
        )
        .order_by("pk")
    )
    found = []
    for pk, header, plates, cut_boxes, overlap, areas in rows.iterator(chunk_size=BATCH):
        layout = {"header": header, "plates": plates, "cut_boxes": cut_boxes}
        if _blacked_out(layout, overlap, areas):
            found.append(pk)
        if len(found) >= BATCH:
            MediaItem.objects.filter(pk__in=found).update(image_blacked_out=True)
            found = []
    if found:
        MediaItem.objects.filter(pk__in=found).update(image_blacked_out=True)


class Migration(migrations.Migration):
    dependencies = [
        ("chats", "0028_mediaitem_areas"),
    ]

    operations = [
        migrations.AddField(
            model_name="mediaitem",
            name="image_blacked_out",
            field=models.BooleanField(
                default=False,
                help_text="Aan: in de afbeelding is meer weggelakt dan de persoonsgegevens in "
                "haar tekst (kopbalk, kenteken, dubbele berichten, met de hand weggelakte "
                "gebieden).",
                verbose_name="weggelakt in de afbeelding",
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
