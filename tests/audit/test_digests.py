"""The keyed hashes of audit.digests: one key derivation for every app, and the hashes made
before it moved there still found (a hash kept past the purge cannot be made again)."""

import pytest

from audit import digests
from audit.events import user_login_failed
from chats.person_digests import keyed_digest

# Made by the code before the key derivation moved to audit.digests, with SECRET_KEY "pin-sleutel".
PERSON = "59542560222012a7e1d99eb07e5d989bf64f45a2bdbf2d34d2dfdf80515fbdea"
PERSON_OWN_KEY = "594f0fc7f4aaef0306c20ecb162b58043daf96b271f55dad4246ae6edf41f6b8"
LOGIN_NAME = "c66571268b90f1ef832afcac1545add3b73e73af65bdb0e2c409cddca768628f"


@pytest.fixture
def pinned_key(settings):
    settings.SECRET_KEY = "pin-sleutel"
    settings.SECRET_KEY_FALLBACKS = []
    settings.ARCHIEF_PERSON_DIGEST_KEY = ""
    settings.ARCHIEF_PERSON_DIGEST_KEY_FALLBACKS = []
    return settings


def test_the_hashes_made_before_stay_the_same(pinned_key):
    assert digests.person_digest("ria van der mol") == keyed_digest("ria van der mol") == PERSON
    assert digests.login_name_digest("Zomer2026!geheim") == LOGIN_NAME
    pinned_key.ARCHIEF_PERSON_DIGEST_KEY = "eigen-sleutel"
    assert keyed_digest("ria van der mol") == PERSON_OWN_KEY
    # The hash made with the derived key before the own key was set is still looked up.
    assert digests.person_lookup_digests("ria van der mol") == [PERSON_OWN_KEY, PERSON]


@pytest.mark.django_db
def test_the_audit_log_keeps_the_login_name_hash_of_audit_digests(pinned_key):
    event = user_login_failed(username="Zomer2026!geheim", known=False)
    assert event.detail == {"username_unknown": True, "username_digest": LOGIN_NAME}


def test_each_purpose_has_a_key_of_its_own(pinned_key):
    assert digests.login_name_digest("ria van der mol") != PERSON
    assert digests.derived_key("pin-sleutel", digests.LOGIN_NAME) != digests.derived_key(
        "pin-sleutel", digests.PERSON_DIGEST
    )
