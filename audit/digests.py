"""Keyed hashes (HMAC-SHA256, hex) of personal data the archive must recognise but not keep.

One place derives the keys, for every app (audit is the lowest layer, so accounts and chats may
use it): a person's name kept past the purge (chats.person_digests), a login name that is no
account's, in the audit log and in django-axes' attempts (audit.events, accounts.lockout), and a
number or mailbox of the contact list in the audit log (chats.contact_list). Each
use has a purpose of its own, so a hash of one use cannot be compared with a hash of another.

The person-digest key may be a key of its own outside the database
(settings.ARCHIEF_PERSON_DIGEST_KEY); otherwise, and for the login name always, the key is derived
from SECRET_KEY and the purpose. A hash made with a key is found only with that key: `person_keys`
lists the current key first, then every earlier one a kept hash may be made with.
"""

from __future__ import annotations

import functools
import hashlib
import hmac

from django.conf import settings

PERSON_DIGEST = "person-digest"
LOGIN_NAME = "audit-login-name"
CONTACT_VALUE = "audit-contact-value"


def derived_key(secret: str, purpose: str) -> bytes:
    """The key of `purpose` derived from `secret` (SECRET_KEY or one of its fallbacks)."""
    label = f"meppel-archief/{purpose}".encode()
    return hmac.new(secret.encode("utf-8"), label, "sha256").digest()


def hmac_hex(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


@functools.cache
def _person_keys(
    secret: str, secret_fallbacks: tuple[str, ...], own: str, own_fallbacks: tuple[str, ...]
) -> tuple[bytes, ...]:
    """The key new hashes are made with, then every earlier one a kept hash may be made with:
    a hash cannot be made again once the purge took the name, so a rotated key must still
    recognise it (the old keys in the fallbacks, a key derived from SECRET_KEY before a key of
    their own was set)."""
    current = own.encode("utf-8") if own else derived_key(secret, PERSON_DIGEST)
    earlier = [key.encode("utf-8") for key in own_fallbacks if key]
    secrets = ((secret if own else ""), *secret_fallbacks)
    earlier += [derived_key(s, PERSON_DIGEST) for s in secrets if s]
    return tuple(dict.fromkeys([current, *earlier]))


def person_keys() -> tuple[bytes, ...]:
    return _person_keys(
        settings.SECRET_KEY,
        tuple(settings.SECRET_KEY_FALLBACKS),
        settings.ARCHIEF_PERSON_DIGEST_KEY,
        tuple(settings.ARCHIEF_PERSON_DIGEST_KEY_FALLBACKS),
    )


def person_digest(text: str) -> str:
    """The hash of a person's name (or a word of it) with the current person-digest key."""
    return hmac_hex(person_keys()[0], text)


def person_lookup_digests(text: str) -> list[str]:
    """The hashes `text` may be kept under: with the current key and each earlier one."""
    return [hmac_hex(key, text) for key in person_keys()]


@functools.cache
def _login_name_key(secret: str) -> bytes:
    return derived_key(secret, LOGIN_NAME)


def login_name_digest(username: str) -> str:
    """The hash of a login name that is no account's (a password typed into the name field, a
    resident's e-mail address): the same for each try of one name, never the name itself."""
    return hmac_hex(_login_name_key(settings.SECRET_KEY), username or "")


@functools.cache
def _contact_value_key(secret: str) -> bytes:
    return derived_key(secret, CONTACT_VALUE)


def contact_value_digest(key: str) -> str:
    """The hash of a contact list's number or mailbox in its one writing (contact_key): the
    audit log tells the same value again without keeping it (it may be a mistaken private one;
    a plain hash of a phone number is undone by trying all of them)."""
    return hmac_hex(_contact_value_key(settings.SECRET_KEY), key)
