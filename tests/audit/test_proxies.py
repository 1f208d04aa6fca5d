"""The client address: X-Forwarded-For counts only behind a trusted proxy (SSO_TRUSTED_PROXIES)."""

from types import SimpleNamespace

import pytest
from django.test import RequestFactory, override_settings

from audit import events
from audit.proxies import client_ip, is_trusted, parse_networks

pytestmark = pytest.mark.django_db


def request(remote: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_a_client_cannot_choose_its_address_with_x_forwarded_for(medewerker):
    # No trusted proxies: what the client writes in the header is ignored.
    spoofed = request("192.0.2.10", forwarded="10.1.2.3")
    spoofed.user = medewerker
    submission = SimpleNamespace(_meta=SimpleNamespace(label_lower="chats.submission"), pk=7)
    event = events.woo_record_viewed(submission=submission, actor=None, messages=1, request=spoofed)
    assert event.remote_addr == "192.0.2.10"


@override_settings(SSO_TRUSTED_PROXIES=["10.0.0.1"])
def test_a_request_from_another_address_keeps_its_own_address():
    assert client_ip(request("192.0.2.10", forwarded="10.1.2.3")) == "192.0.2.10"


@override_settings(SSO_TRUSTED_PROXIES=["10.0.0.1", "172.16.0.0/12"])
def test_behind_the_proxy_the_right_most_untrusted_hop_is_the_client():
    assert client_ip(request("10.0.0.1", forwarded="192.0.2.7")) == "192.0.2.7"
    # The client wrote the left-most hop itself; the proxies appended the rest.
    assert client_ip(request("10.0.0.1", forwarded="6.6.6.6, 192.0.2.7, 172.16.4.4")) == (
        "192.0.2.7"
    )
    # Without the header, or with garbage, the proxy's own address is all there is.
    assert client_ip(request("10.0.0.1")) == "10.0.0.1"
    assert client_ip(request("10.0.0.1", forwarded="nonsense")) == "10.0.0.1"


def test_networks_accept_addresses_and_cidrs():
    networks = parse_networks(["10.0.0.1", "172.16.0.0/12", " ::1 "])
    assert is_trusted("172.20.1.1", networks) and is_trusted("::1", networks)
    assert not is_trusted("10.0.0.2", networks)
    assert not is_trusted("", networks) and not is_trusted(None, networks)
    with pytest.raises(ValueError):
        parse_networks(["10.0.0.300"])
