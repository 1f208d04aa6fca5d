"""Informatiebeheer's overview: per month and department, median time to archive, open questions
and failures, as an accessible SVG chart with a table of the same figures."""

import re
from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.review.overview import chart_geometry, overview
from chats.review.services import review_return_to_submitter
from tests.factories import SubmissionFactory, processed_submission

pytestmark = pytest.mark.django_db

URL = reverse("admin:chats_submission_overview")


def at(year, month, day, hour=12):
    return timezone.make_aware(datetime(year, month, day, hour))


@pytest.fixture
def history(ib):
    SubmissionFactory(created_at=at(2025, 1, 5), afdeling="ruimte")
    SubmissionFactory(created_at=at(2025, 1, 20), afdeling="ruimte")
    SubmissionFactory(created_at=at(2025, 1, 21), afdeling="bestuur")
    SubmissionFactory(created_at=at(2025, 2, 2), afdeling="bestuur", mislukt=True)
    # Archived in February after 2 and 4 days: median 3.
    SubmissionFactory(
        created_at=at(2025, 2, 3), afdeling="ruimte", gearchiveerd=True, archived_at=at(2025, 2, 5)
    )
    SubmissionFactory(
        created_at=at(2025, 2, 4), afdeling="ruimte", gearchiveerd=True, archived_at=at(2025, 2, 8)
    )
    question = processed_submission(created_at=at(2025, 2, 10))
    review_return_to_submitter(submission_id=question.pk, question="Welke zaak?", user=ib)


def test_the_figures_per_month_and_department(history):
    figures = overview(months=3, today=datetime(2025, 2, 15).date())
    assert [m.label for m in figures.months] == ["dec 2024", "jan 2025", "feb 2025"]
    labels = [label for _, label, _ in figures.afdelingen]
    assert labels == ["Bestuur en directie", "Ruimte en leefomgeving", "Beheer openbare ruimte"]
    dec, jan, feb = figures.months
    assert dec.total == 0
    assert jan.per_afdeling == [1, 2, 0] and jan.total == 3
    assert feb.per_afdeling == [1, 2, 1] and feb.failed == 1 and feb.archived == 2
    assert feb.median_days == 3.0 and figures.median_days == 3.0
    assert figures.open_questions == 1 and figures.failed_now == 1


def test_the_chart_bars_are_as_tall_as_their_counts():
    from chats.review.overview import MonthRow

    rows = [
        MonthRow(datetime(2025, 1, 1).date(), "jan 2025", [2, 6], 8, 0, 0, None),
        MonthRow(datetime(2025, 2, 1).date(), "feb 2025", [0, 0], 0, 0, 0, None),
    ]
    chart = chart_geometry(rows, [("a", "A", "#000"), ("b", "B", "#fff")])
    jan, feb = chart["bars"]
    assert feb.segments == []
    plot = chart["baseline"] - 16
    assert [s["n"] for s in jan.segments] == [2, 6]
    # The axis tops at 8: the stacked bar reaches the top exactly.
    assert chart["grid"][-1]["value"] == 8
    assert sum(s["height"] for s in jan.segments) == pytest.approx(plot, abs=0.2)


def test_the_page_shows_an_accessible_chart_and_the_same_figures_in_a_table(ib_client, history):
    SubmissionFactory(afdeling="ruimte")  # this month, so the chart has a bar
    response = ib_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(
        r'<svg[^>]+role="img"[^>]+aria-labelledby="di-chart-title di-chart-desc"', html
    )
    assert '<title id="di-chart-title">' in html and '<desc id="di-chart-desc">' in html
    assert '<table class="di-table"' in html and "<caption>" in html
    # Coordinates with a decimal point (the Dutch locale would write a comma, which SVG refuses).
    svg = re.search(r"<svg viewBox.*?</svg>", html, re.S).group(0)
    assert not re.search(r'(x|y|width|height)="\d+,\d', svg)
    assert re.search(r'<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#', svg)
    assert "mediane tijd" in html
    assert "open vragen aan indieners" in html


def test_the_overview_is_for_informatiebeheer_only(client, medewerker):
    client.force_login(medewerker)
    assert client.get(URL).status_code == 403


def test_the_page_works_without_any_submissions(ib_client):
    html = ib_client.get(URL).content.decode()
    assert "Nog geen inzendingen" in html
