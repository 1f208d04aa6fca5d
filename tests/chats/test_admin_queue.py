"""The review queue changelist: who gets in, what it shows, and a fixed number of queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from chats.constants import SubmissionStatus
from chats.models import Submission
from tests.factories import SubmissionFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db

QUEUE = "admin:chats_submission_changelist"


def _login(client, make_user, username, *roles, staff):
    client.force_login(make_user(username, *roles, staff=staff))
    return client


# --- permission matrix -------------------------------------------------------------------------

ALLOWED = [("Informatiebeheer",), ("Beheerder",), ("Medewerker", "Informatiebeheer")]
REFUSED = [
    ("Medewerker",),
    ("Woo-behandelaar",),
    ("Medewerker", "Woo-behandelaar"),
    (),
]


def _review_urls(submission):
    media = submission.media.first()
    span = submission.redactions.first()
    return [
        ("get", reverse(QUEUE)),
        ("get", reverse("admin:chats_submission_review", args=[submission.pk])),
        ("get", reverse("admin:chats_submission_change", args=[submission.pk])),
        ("get", reverse("admin:chats_submission_media", args=[submission.pk, media.pk])),
        ("post", reverse("admin:chats_submission_redaction_toggle", args=[submission.pk, span.pk])),
        ("post", reverse("admin:chats_submission_selection", args=[submission.pk])),
        ("post", reverse("admin:chats_submission_archive", args=[submission.pk])),
        ("post", reverse("admin:chats_submission_reject", args=[submission.pk])),
    ]


@pytest.mark.parametrize("role_names", ALLOWED)
def test_informatiebeheer_and_beheerder_reach_the_queue_and_the_review_page(
    client, make_user, role_names
):
    submission = processed_submission()
    _login(client, make_user, "toegang", *role_names, staff=True)
    assert client.get(reverse(QUEUE)).status_code == 200
    assert (
        client.get(reverse("admin:chats_submission_review", args=[submission.pk])).status_code
        == 200
    )


@pytest.mark.parametrize("staff", [False, True])
@pytest.mark.parametrize("role_names", REFUSED)
def test_employees_and_woo_officers_get_403_everywhere_staff_or_not(
    client, make_user, role_names, staff
):
    submission = processed_submission()
    _login(client, make_user, "geen-toegang", *role_names, staff=staff)
    for method, url in _review_urls(submission):
        response = getattr(client, method)(url)
        assert response.status_code == 403, (method, url, response.status_code)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN


def test_informatiebeheer_without_staff_flag_gets_403_not_the_admin_login(
    client, make_user, django_user_model
):
    # Staff status follows the role (accounts/staff.py); a row changed behind its back (straight
    # in the database) still gets a clear 403 here, not the admin's login page.
    user = make_user("ib-geen-staff", "Informatiebeheer", staff=False)
    django_user_model.objects.filter(pk=user.pk).update(is_staff=False)
    client.force_login(user)
    assert client.get(reverse(QUEUE)).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client):
    submission = processed_submission()
    for method, url in _review_urls(submission):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url


def test_nobody_adds_or_deletes_submissions_in_the_admin(client, make_user):
    submission = processed_submission()
    _login(client, make_user, "beheer", "Beheerder", staff=True)
    assert client.get(reverse("admin:chats_submission_add")).status_code == 403
    assert (
        client.post(reverse("admin:chats_submission_delete", args=[submission.pk])).status_code
        == 403
    )
    assert Submission.objects.filter(pk=submission.pk).exists()


# --- what the queue shows ----------------------------------------------------------------------


def _onderwerpen(response) -> list[str]:
    return [obj.onderwerp for obj in response.context["cl"].result_list]


def test_the_queue_shows_waiting_submissions_oldest_first_with_counts_per_status(ib_client):
    now = timezone.now()
    SubmissionFactory(onderwerp="Nieuw", created_at=now - timedelta(hours=1))
    SubmissionFactory(onderwerp="Oud", created_at=now - timedelta(days=9))
    SubmissionFactory(onderwerp="Klaar", status=SubmissionStatus.GEARCHIVEERD)
    SubmissionFactory(onderwerp="Kapot", status=SubmissionStatus.MISLUKT)
    response = ib_client.get(reverse(QUEUE))
    assert _onderwerpen(response) == ["Oud", "Nieuw"]
    counts = {item["status"]: item["count"] for item in response.context["status_counts"]}
    assert counts[SubmissionStatus.TE_BEOORDELEN] == 2
    assert counts[SubmissionStatus.GEARCHIVEERD] == 1
    assert counts[SubmissionStatus.MISLUKT] == 1
    assert counts[SubmissionStatus.ONTVANGEN] == 0
    html = response.content.decode()
    assert "Beoordelingswachtrij" in html and "Wacht op beoordeling door Informatiebeheer" in html
    everything = ib_client.get(reverse(QUEUE), {"status": "alle"})
    assert sorted(_onderwerpen(everything)) == ["Kapot", "Klaar", "Nieuw", "Oud"]
    failed = ib_client.get(reverse(QUEUE), {"status": "mislukt"})
    assert _onderwerpen(failed) == ["Kapot"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"afdeling": "ruimte"}, ["Vergunning"]),
        ({"gesprekspartner__exact": "leverancier"}, ["Levering"]),
        ({"wacht": "7"}, ["Levering"]),
        ({"date_order_uncertain__exact": "1"}, ["Vergunning"]),
        ({"q": "vergun"}, ["Vergunning"]),
        ({"q": "Z-2024-000777"}, ["Levering"]),
        ({"q": "Z-2025-000001"}, ["Melding"]),
    ],
)
def test_filters_and_search(ib_client, params, expected):
    now = timezone.now()
    SubmissionFactory(
        onderwerp="Vergunning", afdeling="ruimte", date_order_uncertain=True, created_at=now
    )
    SubmissionFactory(
        onderwerp="Levering",
        gesprekspartner="leverancier",
        zaaknummer="Z-2024-000777",
        created_at=now - timedelta(days=8),
    )
    SubmissionFactory(
        onderwerp="Melding",
        status=SubmissionStatus.TERUG_NAAR_INDIENER,
        zaak=ZaakFactory(zaaknummer="Z-2025-000001"),
        created_at=now - timedelta(days=2),
    )
    params = {"status": "alle", **params} if "q" in params and "Z-2025" in params["q"] else params
    response = ib_client.get(reverse(QUEUE), params)
    assert response.status_code == 200
    assert _onderwerpen(response) == expected


def test_the_changelist_links_to_the_review_page_and_the_change_view_redirects_there(ib_client):
    submission = processed_submission()
    review_url = reverse("admin:chats_submission_review", args=[submission.pk])
    assert review_url in ib_client.get(reverse(QUEUE)).content.decode()
    response = ib_client.get(reverse("admin:chats_submission_change", args=[submission.pk]))
    assert response.status_code == 302 and response["Location"] == review_url


@pytest.mark.parametrize(
    "path",
    [
        "/admin/chats/submission/abc/change/",
        # A mistyped address below a review page lands on the admin's catch-all, then here.
        "/admin/chats/submission/3/beoordelen/bestaatniet/change/",
    ],
)
def test_a_change_address_without_a_number_is_not_found_not_a_server_error(ib_client, path):
    # It answered 500 (int() of the path) on main f36c8f4.
    assert ib_client.get(path).status_code == 404


def test_the_row_shows_counts_without_loading_heavy_text(ib_client):
    processed_submission()
    response = ib_client.get(reverse(QUEUE))
    row = response.context["cl"].result_list[0]
    assert row.redaction_count == 5 and row.media_count == 1
    assert "omschrijving" in row.get_deferred_fields()


# --- query count ------------------------------------------------------------------------------


def _queries_for_queue(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(QUEUE))
    assert response.status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_rows(ib_client):
    processed_submission(zaak=ZaakFactory())
    ib_client.get(reverse(QUEUE))  # warm the session and permission caches equally
    one = _queries_for_queue(ib_client)
    for index in range(49):
        SubmissionFactory(zaak=ZaakFactory() if index % 2 else None, flags=[{"message": "x"}])
    fifty = _queries_for_queue(ib_client)
    assert Submission.objects.filter(status=SubmissionStatus.TE_BEOORDELEN).count() == 50
    assert fifty == one
    assert fifty <= 10


# Every queue page, in order: session, user, the user's permissions (own and groups', one query), the status
# counts, the paginator's count, the page, the role names for the menu. On PostgreSQL the user
# comes with their permissions and role names in one query (stop 49, accounts.backends): 5.
QUEUE_QUERIES = 5 if connection.vendor == "postgresql" else 7
SUBMISSIONS = 'FROM "chats_submission"'


def _top_level(sql: str) -> str:
    """The SQL outside any parentheses: without subqueries and function arguments."""
    depth, kept = 0, []
    for char in sql:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def test_the_queue_never_counts_the_whole_table(ib_client):
    """The one aggregate over the whole table is the counts per status above the queue.

    "DI sees a queue sorted by age with counts": one GROUP BY status (at most one row per
    status) is intended and pinned here. On a filtered queue page everything else that reads
    the submissions table is bounded by the filter, so a second count of the whole table (a
    `.count()` in the changelist, `show_full_result_count = True`) fails here.
    """
    SubmissionFactory.create_batch(3)
    SubmissionFactory(afdeling="ruimte")
    ib_client.get(reverse(QUEUE), {"afdeling": "ruimte"})  # warm the caches like a second visit
    with CaptureQueriesContext(connection) as captured:
        response = ib_client.get(reverse(QUEUE), {"afdeling": "ruimte"})
    assert response.status_code == 200
    queries = [q["sql"] for q in captured]
    assert len(queries) == QUEUE_QUERIES, "\n".join(queries)

    on_submissions = [sql for sql in queries if SUBMISSIONS in _top_level(sql)]
    assert len(on_submissions) == 3, "\n".join(on_submissions)
    status_counts, page_count, page = on_submissions

    # 1. The counts per status: grouped by status, over the whole table, nothing else.
    top = _top_level(status_counts)
    assert top.startswith('SELECT "chats_submission"."status"'), status_counts
    assert "COUNT" in top and " GROUP BY " in top and " WHERE " not in top, status_counts
    counts = {item["status"]: item["count"] for item in response.context["status_counts"]}
    assert counts[SubmissionStatus.TE_BEOORDELEN] == 4

    # 2. The paginator counts the filtered rows only.
    top = _top_level(page_count)
    assert top.startswith("SELECT COUNT") and " WHERE " in top, page_count
    assert '"afdeling" = ' in page_count and '"status" = ' in page_count, page_count
    assert " GROUP BY " not in top

    # 3. The page: the same filter (no LIMIT here only because the count fits on one page).
    top = _top_level(page)
    assert " WHERE " in top and "COUNT" not in top and " GROUP BY " not in top, page
    assert '"afdeling" = ' in page and '"status" = ' in page, page

    # Only the status counts read the table without a WHERE or a LIMIT.
    unbounded = [
        sql
        for sql in on_submissions
        if " WHERE " not in _top_level(sql) and " LIMIT " not in _top_level(sql)
    ]
    assert unbounded == [status_counts]


# --- retry action -----------------------------------------------------------------------------


def test_retry_hands_failed_submissions_to_the_pipeline(ib_client, monkeypatch):
    from chats import services

    calls = []
    monkeypatch.setattr(
        services,
        "submission_retry",
        lambda *, submission_id, user: calls.append((submission_id, user.username)),
    )
    failed = SubmissionFactory(status=SubmissionStatus.MISLUKT)
    waiting = SubmissionFactory()
    response = ib_client.post(
        reverse(QUEUE) + "?status=alle",
        {"action": "retry_failed", "_selected_action": [failed.pk, waiting.pk]},
        follow=True,
    )
    assert calls == [(failed.pk, "inge")]
    assert "1 overgeslagen" in response.content.decode()


def test_retry_puts_a_failed_submission_back_in_the_queue(ib_client, monkeypatch):
    from chats import services

    queued = []
    monkeypatch.setattr(services, "enqueue_processing", queued.append)
    failed = SubmissionFactory(status=SubmissionStatus.MISLUKT, failure_reason="Kapot.")
    ib_client.post(
        reverse(QUEUE) + "?status=alle",
        {"action": "retry_failed", "_selected_action": [failed.pk]},
    )
    failed.refresh_from_db()
    assert failed.status == SubmissionStatus.ONTVANGEN
    assert failed.failure_reason == ""
