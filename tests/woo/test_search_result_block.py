"""Issue 17, speed: each conversation of the result list is written in Python (the tag
search_results, woo_tags) instead of an include per result. What a template escaped on its
own, the tag must escape: the subject, the zaak, the page's own address in the form."""

import re
from datetime import date

import pytest
from django.urls import reverse

from chats.constants import RenditionState, SubmissionStatus
from chats.models import Submission
from woo.search import _RECORD_FIELDS, _records

pytestmark = pytest.mark.django_db


def test_a_result_escapes_what_the_record_holds_and_links_to_the_record_with_the_search(
    woo_client, make_record, zaak, verzoek
):
    zaak.zaaknummer = "Z-2024-<i>1</i>"
    zaak.save(update_fields=["zaaknummer"])
    record = make_record(["De kastanje aan de Kerkstraat wordt gekapt."], zaak=zaak)
    record.onderwerp_redacted = 'Kastanje <script>alert("x")</script> & co'
    record.periode_van, record.periode_tot = date(2024, 3, 12), date(2024, 4, 2)
    record.save(update_fields=["onderwerp_redacted", "periode_van", "periode_tot"])
    html = woo_client.get(
        reverse("woo:search"), {"q": "kastanje", "verzoek": verzoek.pk}
    ).content.decode()
    block = html[html.index(f'data-record="{record.pk}"') :]
    block = block[: block.index("</li>\n")]
    assert "<script>" not in html and "<i>1</i>" not in html
    # The subject holds the word: marked by PostgreSQL (woo.search subjects), else escaped here.
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</a>" in block
    assert "· zaak Z-2024-&lt;i&gt;1&lt;/i&gt;" in block
    assert "· 12 mrt 2024 – 2 apr 2024" in block
    link = f'href="{reverse("woo:record", args=[record.pk])}?zoek=kastanje&amp;verzoek={verzoek.pk}&amp;per=gesprek"'
    assert link in block
    # The form that adds the whole record returns to this page, its address escaped.
    assert 'name="next" value="/woo/zoeken/?q=kastanje&amp;verzoek=' in html
    assert f"Heel archiefstuk toevoegen aan {verzoek.nummer}" in html
    assert html.count('name="csrfmiddlewaretoken"') >= 2  # the record's form and the message's


def test_the_result_list_reads_the_same_fields_of_a_record_on_either_database(
    make_record, zaak, django_assert_num_queries
):
    # One list of fields for both: the plain query (PostgreSQL) and the ORM's (SQLite).
    record = make_record(["De kastanje wordt gekapt."], zaak=zaak)
    loaded = _records([record.pk])[record.pk]
    shown = set(_RECORD_FIELDS)
    every = {f.attname for f in Submission._meta.concrete_fields}
    assert loaded.get_deferred_fields() == every - shown
    with django_assert_num_queries(0):
        assert loaded.zaak.zaaknummer == zaak.zaaknummer


def test_the_result_list_shows_exactly_the_records_the_archive_calls_archived(make_record):
    # PostgreSQL's plain query restates Submission.objects.archived() in SQL: every status and
    # rendition state together must give the same records, so the two cannot drift apart.
    ids = []
    for status in SubmissionStatus:
        for state in RenditionState:
            record = make_record([f"Bericht {status} {state}."])
            Submission.objects.filter(pk=record.pk).update(status=status, rendition_state=state)
            ids.append(record.pk)
    archived = set(Submission.objects.archived().filter(pk__in=ids).values_list("pk", flat=True))
    assert archived  # the combinations include complete archived records
    assert set(_records(ids)) == archived


def test_each_result_links_to_its_own_record_and_shows_its_own_period(woo_client, make_record):
    # The record address is made from one reverse() and the period days are remembered per day
    # (woo_tags): every result must still get its own, also on a second page view.
    periods = [
        (date(2023, 1, 31), date(2023, 2, 1)),
        (date(2023, 10, 5), date(2023, 10, 5)),
        (date(2021, 12, 31), date(2022, 5, 17)),
    ]
    records = []
    for van, tot in periods:
        record = make_record([f"De beuk aan het plein {van.year} staat scheef."])
        record.periode_van, record.periode_tot = van, tot
        record.save(update_fields=["periode_van", "periode_tot"])
        records.append(record)
    for _ in range(2):
        html = woo_client.get(reverse("woo:search"), {"q": "beuk"}).content.decode()
        shown = ["31 jan 2023 – 1 feb 2023", "5 okt 2023\n", "31 dec 2021 – 17 mei 2022"]
        for record, expected in zip(records, shown, strict=True):
            block = html[html.index(f'data-record="{record.pk}"') :]
            block = block[: block.index("</li>\n")]
            assert f'href="{reverse("woo:record", args=[record.pk])}?zoek=beuk' in block
            assert f"· {expected}" in block


def test_a_hit_names_its_message_number_beside_its_time_as_the_record_page_does(
    woo_client, make_record
):
    # An officer cites "bericht 3" in a decision; the record page shows "d-m-Y H:i · #3", so the
    # hit in the result list says the same, not only the time.
    record = make_record(["Goedemorgen", "Hoe laat?", "De kastanje wordt morgen gekapt."])
    html = woo_client.get(reverse("woo:search"), {"q": "kastanje"}).content.decode()
    block = html[html.index(f'data-record="{record.pk}"') :]
    hit = block[block.index('class="woo-snippet') :]
    hit = hit[: hit.index("</li>")]
    seq = re.search(r"#bericht-nr-(\d+)", hit)[1]
    page = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    bubble = page[page.index(f'id="bericht-nr-{seq}"') :]
    number = re.search(r"\d\d:\d\d · (#\d+)", bubble)[1]
    assert re.search(rf"\d\d-\d\d-\d{{4}} \d\d:\d\d · {number}<", hit), (number, hit)
