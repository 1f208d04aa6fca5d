"""MediaItem.image_blacked_out: whether an image has parts blacked out that no placeholder of
its redacted OCR text stands for (the Woo decision gives them ground 5.1.2e). What tells it, and
migration 0029, which fills it for the images already stored."""

import importlib
import re

import pytest
from django.apps import apps

from chats.models import MediaItem
from chats.pipeline.screenshot_text import CUT_BOXES, blacked_out_beyond_text
from tests.factories import MediaItemFactory, SubmissionFactory

migration = importlib.import_module("chats.migrations.0029_mediaitem_image_blacked_out")

WORDS = [[0, 3, 10, 40, 30, 12, 0]]
AREA = {"id": "a1", "x": 0.1, "y": 0.1, "breedte": 0.2, "hoogte": 0.2}
# What each kind of blackout leaves in the stored fields: (layout, overlap, areas).
BLACKED_OUT = {
    "kopbalk": ({"words": WORDS, "header": [0, 0, 100, 20]}, {}, []),
    "kenteken": ({"words": WORDS, "header": None, "plates": [[5, 5, 20, 10]]}, {}, []),
    "chrome": ({"words": WORDS, "header": None, CUT_BOXES: [[0, 0, 30, 10]]}, {}, []),
    "dubbel": (
        {"words": WORDS},
        {"text": "x", "spans": [[0, 1, "EMAIL"]], "boxes": [[1, 2, 3, 4]]},
        [],
    ),
    "dubbel-voor-walk46": ({"words": WORDS}, {"text": "x", "spans": [[0, 1, "EMAIL"]]}, []),
    "gebied": ({"words": WORDS}, {}, [AREA]),
    "gebied-na-verwijderen": ({}, {}, [AREA]),
}
NOT_BLACKED_OUT = {
    "alleen-woorden": ({"words": WORDS, "header": None, "plates": []}, {}, []),
    "dubbel-zonder-persoonsgegevens": (
        {"words": WORDS},
        {"text": "x", "spans": [], "boxes": []},
        [],
    ),
    "niets": ({}, {}, []),
}


@pytest.mark.parametrize("stored", BLACKED_OUT.values(), ids=BLACKED_OUT)
def test_a_blackout_beyond_the_text_is_told(stored):
    assert blacked_out_beyond_text(*stored)
    assert migration._blacked_out(*stored)


@pytest.mark.parametrize("stored", NOT_BLACKED_OUT.values(), ids=NOT_BLACKED_OUT)
def test_nothing_beyond_the_text(stored):
    assert not blacked_out_beyond_text(*stored)
    assert not migration._blacked_out(*stored)


@pytest.mark.django_db
def test_migration_0029_marks_the_images_stored_before_it():
    submission = SubmissionFactory()
    made = {}
    for seq, (name, (layout, overlap, areas)) in enumerate(
        [*BLACKED_OUT.items(), *NOT_BLACKED_OUT.items()], start=1
    ):
        made[name] = MediaItemFactory(
            submission=submission, seq=seq, ocr_boxes=layout, overlap=overlap, areas=areas
        ).pk
    MediaItem.objects.update(image_blacked_out=False)
    migration.fill(apps, None)
    marked = set(MediaItem.objects.filter(image_blacked_out=True).values_list("pk", flat=True))
    assert marked == {made[name] for name in BLACKED_OUT}


@pytest.mark.django_db
def test_migration_0029_reads_no_word_boxes():
    """The word boxes, the table's largest JSON, stay in the database: the migration reads the
    layout's few keys of the rows that may have a blackout only."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    submission = SubmissionFactory()
    for seq, (layout, overlap, areas) in enumerate(BLACKED_OUT.values(), start=1):
        MediaItemFactory(
            submission=submission, seq=seq, ocr_boxes=layout, overlap=overlap, areas=areas
        )
    with CaptureQueriesContext(connection) as queries:
        migration.fill(apps, None)
    reads = [q["sql"] for q in queries.captured_queries if "SELECT" in q["sql"]]
    assert reads
    for sql in reads:
        # The whole column is neither a column read nor the last one (a key of it is read as
        # `-> 'header'` on PostgreSQL, `JSON_EXTRACT("ocr_boxes", '$."header"')` on SQLite).
        assert not re.search(r'"ocr_boxes"\s*(,\s*"|FROM)', sql)
