"""The archive PDF names the record as Woo and the inventarislijst do: WA-00000N (walk 51).

Its "Kenmerk inzending" showed the submission's UUID only; the UUID stays beside it as the
storage key (the folder submissions/<uuid>/ its files are kept in).
"""

import pytest

from chats.constants import UploadKind
from tests.chats import test_attachments as _flow
from tests.chats.test_archive_pdf_attachment_walk48 import _archive_pdf, _text
from tests.chats.test_attachments import _android_export, _processed

pytestmark = pytest.mark.django_db

archived, employee = _flow.archived, _flow.employee
private_temp_root = _flow.private_temp_root


def test_the_archive_pdf_gives_the_records_wa_number_as_its_kenmerk(employee, archived, tmp_path):
    submission = _processed(employee, _android_export(tmp_path), UploadKind.ANDROID_EXPORT)
    submission = archived(submission)
    text = _text(_archive_pdf(submission))
    assert f"Kenmerk inzending WA-{submission.pk:06d}" in text
    assert f"Kenmerk inzending {submission.uuid}" not in text
    assert f"Opslagkenmerk {submission.uuid}" in text
