"""Browser walk 53, gap 2: the Woo record page drew a PDF uploaded among the screenshots with
an <img> tag (a broken image: a browser draws no PDF in an <img>), and the judging page did the
same. A PDF (any file that is no image) is now shown as what it is: a link to its redacted copy
named as the review page names it ('PDF-document 2', media_labels.upload_file_label); one
Informatiebeheer withheld gets the withheld note by that name instead of being left out without
a word. The archive PDF and the Woo release already drew the PDF's redacted pages as pages
under its own label: guarded here.

The record page and judging page tests fail on main 2910635a; the archive PDF's is a guard."""

import re

import pytest
from django.urls import reverse

from chats.archiving import record_messages
from chats.constants import MediaRelease
from tests.woo.test_screenshot_pdf_labels_walk52 import (  # noqa: F401 - fixtures
    own_store,
    shots,
)
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def _media_url(record, media) -> str:
    return reverse("woo:record_media", args=[record.pk, media.pk])


def _pdf(record):
    return record.media.get(mime_type="application/pdf")


def _shot(record):
    return record.media.get(mime_type="image/png")


def _imgs(html: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', html)


def test_the_record_page_links_a_pdf_among_the_screenshots_instead_of_drawing_it(
    woo_client,
    shots,  # noqa: F811 - the fixture imported above
):
    html = woo_client.get(reverse("woo:record", args=[shots.pk])).content.decode()
    assert _media_url(shots, _pdf(shots)) not in _imgs(html)  # no broken image
    assert _media_url(shots, _shot(shots)) in _imgs(html)  # the screenshot still is one
    assert f'<a href="{_media_url(shots, _pdf(shots))}" class="woo-file">PDF-document 2 openen' in (
        html
    )


def test_a_withheld_pdf_among_the_screenshots_is_named_as_withheld(
    woo_client,
    shots,  # noqa: F811 - the fixture imported above
):
    pdf = _pdf(shots)
    pdf.release = MediaRelease.ACHTERGEHOUDEN
    pdf.save(update_fields=["release"])
    html = woo_client.get(reverse("woo:record", args=[shots.pk])).content.decode()
    assert _media_url(shots, pdf) not in html  # neither drawn nor linked
    figure = html[html.index(f'id="afbeelding-{pdf.pk}"') :].split("</figure>")[0]
    assert (
        re.sub(r"<[^>]+>", "", figure.split(">", 1)[1])
        .strip()
        .startswith("PDF-document 2 niet vrijgegeven. Informatiebeheer houdt dit bestand achter")
    )
    # Still counted apart from the one shown, as before.
    assert "<dt>Schermafbeeldingen</dt><dd>2 (1 achtergehouden door Informatiebeheer)</dd>" in html


def test_the_judging_page_links_a_pdf_document_instead_of_drawing_it(
    woo_client,
    woo_user,
    verzoek,
    shots,  # noqa: F811 - the fixture imported above
):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=shots.pk)
    html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, shots.pk])).content
    html = html.decode()
    assert _media_url(shots, _pdf(shots)) not in _imgs(html)
    assert _media_url(shots, _shot(shots)) in _imgs(html)
    assert f'<a href="{_media_url(shots, _pdf(shots))}">PDF-document 2 openen</a>' in html


def test_the_archive_pdf_draws_the_pdfs_pages_under_its_own_label(
    shots,  # noqa: F811 - the fixture imported above
):
    entries = list(record_messages(shots))
    assert [entry.label for entry in entries] == [
        "Schermafbeelding 1 van 2",
        "PDF-document 2 van 2",
    ]
    pages = entries[1].images
    assert pages and all(page.mime_type.startswith("image/") for page in pages)
    assert pages[0].caption.startswith("PDF-document (bijlage 2), pagina 1 van 1")
