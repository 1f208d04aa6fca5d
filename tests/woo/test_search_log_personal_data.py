"""The audit row of a Woo search keeps what the officer searched for, but not the personal data
typed into it: the audit log is append-only and kept for good, long after the records the search
was about are destroyed; a resident's phone number, e-mail address, BSN or full name typed into
the search box would stay there readable for every auditor."""

import pytest
from django.urls import reverse

from audit.actions import AuditAction
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

SEARCHED = (
    "klacht Hendrikje Scholtenhuis 06-28374619 h.scholtenhuis@ziggo.nl BSN 111222333 "
    "NL91ABNA0417164300"
)


def _logged_query(woo_client, make_record, q: str) -> str:
    make_record(["De boom aan de Hoofdstraat is omgewaaid."])
    response = woo_client.get(reverse("woo:search"), {"q": q})
    assert response.status_code == 200
    row = AuditEvent.objects.filter(action=AuditAction.WOO_ARCHIVE_SEARCHED).get()
    return row.detail["query"]


def test_a_searched_resident_leaves_no_personal_data_in_the_audit_log(woo_client, make_record):
    logged = _logged_query(woo_client, make_record, SEARCHED)
    for secret in (
        "Scholtenhuis",
        "Hendrikje",
        "28374619",
        "ziggo.nl",
        "111222333",
        "NL91ABNA0417164300",
    ):
        assert secret not in logged
    # What was searched for stays traceable: the words, and the kind of data left out.
    assert logged.startswith("klacht ")
    assert "[TELEFOONNUMMER]" in logged and "[BSN]" in logged


def test_a_search_without_personal_data_is_logged_as_typed(woo_client, make_record):
    assert _logged_query(woo_client, make_record, "omgewaaide boom") == "omgewaaide boom"
