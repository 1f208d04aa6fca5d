"""Management commands of the zaken app."""

import io

import pytest
from django.core.management import call_command

from zaken.models import SelectielijstResultaat

pytestmark = pytest.mark.django_db


def test_load_selectielijst_reports_what_it_loaded():
    out = io.StringIO()
    call_command("load_selectielijst", stdout=out)
    assert "29 procestypen" in out.getvalue()
    assert SelectielijstResultaat.objects.count() == 57
