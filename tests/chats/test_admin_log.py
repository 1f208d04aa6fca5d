"""The admin's own history (django_admin_log, kept for good) names a submission by its number,
not by str(), which holds the onderwerp as the employee typed it."""

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.test import RequestFactory

from chats.models import Submission
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def test_the_admin_history_names_a_submission_by_its_number(ib):
    submission = SubmissionFactory(onderwerp="Schutting van Ria Mol")
    request = RequestFactory().post("/")
    request.user = ib
    model_admin = admin.site._registry[Submission]
    model_admin.log_deletions(request, Submission.objects.filter(pk=submission.pk))
    model_admin.log_change(request, submission, [{"changed": {"fields": ["Zaak"]}}])
    assert LogEntry.objects.count() == 2
    for entry in LogEntry.objects.all():
        assert "Mol" not in entry.object_repr, entry.object_repr
        assert str(submission.pk) in entry.object_repr
