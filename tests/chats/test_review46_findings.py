"""Reviewer 46: proofs of defects in the change since b9deed12, each fixed since."""

import zipfile
from pathlib import Path

import pytest

from audit.models import AuditEvent
from chats.constants import SubmissionStatus, UploadKind
from chats.contact_list import mark_unchecked_entries
from chats.models import OrganisationContact, Participant, Submission
from chats.processing import submission_process
from chats.services import IncomingFile, submission_create
from tests.chats.test_review_submitter import CHAT
from tests.conftest import SUBMISSION_FIELDS

pytestmark = pytest.mark.django_db
LIST = "/admin/chats/organisationcontact/"


@pytest.fixture(autouse=True)
def no_scanner(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


def test_confirming_a_marked_entry_is_audited(beheerder_client):
    """The decision 'keep this 06 number readable in every chat' must leave an audit row."""
    contact = OrganisationContact.objects.create(
        kind="telefoon", value="06 1400 0522", omschrijving="WhatsApp"
    )
    mark_unchecked_entries(OrganisationContact.objects, AuditEvent.objects)
    data = {"kind": "telefoon", "value": "06 1400 0522", "omschrijving": "WhatsApp"}
    url = f"{LIST}{contact.pk}/change/"
    assert (
        beheerder_client.post(url, {**data, "active": "on", "not_private": "on"}).status_code == 302
    )
    contact.refresh_from_db()
    assert not contact.nog_te_controleren  # readable again ...
    rows = AuditEvent.objects.filter(
        object_type="chats.organisationcontact", object_id=str(contact.pk)
    )
    assert [r.detail.get("confirmed_not_private") for r in rows] == [True]  # ... by whom?


@pytest.fixture
def record(make_user, tmp_path):
    piet = make_user("piet", "Medewerker")
    piet.first_name, piet.last_name = "Piet", "Bakker"
    piet.save()
    path = tmp_path / "WhatsApp Chat - Boom.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", CHAT)
    fields = {
        **SUBMISSION_FIELDS,
        "omschrijving": "Karin Smit meldde dat de boom op haar schuur lag.",
    }
    submission = submission_create(
        user=piet,
        files=[IncomingFile(path=Path(path), client_name=path.name)],
        upload_kind=UploadKind.IOS_EXPORT,
        **fields,
    )
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    return submission


def test_free_texts_follow_the_renumbered_pseudonyms(record, ib_client):
    before = record.omschrijving_redacted
    assert "Inwoner 3" in before  # Karin Smit
    piet = Participant.objects.get(submission=record, name="Piet (werk)")
    ib_client.post(
        f"/admin/chats/submission/{record.pk}/beoordelen/indiener/", {"deelnemer": piet.pk}
    )
    assert Participant.objects.get(submission=record, name="Karin Smit").pseudonym == "Inwoner 2"
    after = Submission.objects.get(pk=record.pk).omschrijving_redacted
    assert "Inwoner 2" in after, after  # still names 'Inwoner 3', who no longer exists


def test_beheer_may_not_name_the_submitter(record, beheerder_client):
    karin = Participant.objects.get(submission=record, name="Karin Smit")
    response = beheerder_client.post(
        f"/admin/chats/submission/{record.pk}/beoordelen/indiener/", {"deelnemer": karin.pk}
    )
    assert response.status_code == 403
    assert Participant.objects.get(pk=karin.pk).pseudonym == "Inwoner 3"


def test_sign_on_with_mapped_roles_writes_one_creation_row(rf, settings, roles):
    from accounts.oidc import ArchiefOIDCBackend

    settings.OIDC_CREATE_UNKNOWN_USERS = True
    settings.OIDC_ROLE_MAP = "GG-DI=Informatiebeheer"
    backend = ArchiefOIDCBackend()
    backend.request = rf.get("/oidc/callback/")
    backend.request.session = {}
    claims = {"preferred_username": "nieuw", settings.OIDC_GROUPS_CLAIM: ["GG-DI"]}
    user = backend.create_user(claims)
    rows = list(AuditEvent.objects.filter(object_id=str(user.pk)).order_by("pk"))
    assert [r.action for r in rows] == ["user.created_sso"], [(r.action, r.detail) for r in rows]


@pytest.mark.parametrize("word", ["minister", "minimaal", "megafoon"])
def test_a_dictionary_word_that_opens_with_a_size_prefix_is_not_cut(word):
    from woo.expansion import _split, expand
    from woo.query import parse_query

    assert _split(word, {}) is None or _split(word, {})[0] not in ("mini", "mega")
    [clause] = expand(parse_query(word)).clauses
    assert [a.text for a in clause] == [word]  # 'minister' also searched 'ster*' (sterk, sterven)


def _switch_off_from_the_list(client, off, rows):
    data = {"form-TOTAL_FORMS": str(len(rows)), "form-INITIAL_FORMS": str(len(rows)), "_save": "1"}
    for i, contact in enumerate(rows):
        data[f"form-{i}-id"] = str(contact.pk)
        if contact != off:
            data[f"form-{i}-active"] = "on"  # as it stands: unchanged
    return client.post(LIST, data)


@pytest.mark.parametrize("marked", [False, True])
def test_a_marked_row_does_not_block_saving_another_row_of_the_list(beheerder_client, marked):
    OrganisationContact.objects.create(kind="telefoon", value="06 4123 4567")
    other = OrganisationContact.objects.create(kind="telefoon", value="0522 85 44 11")
    if marked:
        assert mark_unchecked_entries(OrganisationContact.objects, AuditEvent.objects) == 1
    response = _switch_off_from_the_list(
        beheerder_client, other, list(OrganisationContact.objects.all())
    )
    other.refresh_from_db()
    assert not other.active, "Zet dit gegeven weer in gebruik" in response.content.decode()
