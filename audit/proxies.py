"""Which reverse proxies are trusted, and the client address a request came from.

Settings: SSO_TRUSTED_PROXIES lists the addresses (IPs or CIDRs) of the municipality's reverse
proxies, which sign users on. ARCHIEF_FORWARDING_PROXIES lists our own proxies that only forward
(nginx in docker-compose): they append to X-Forwarded-For but pass a sign-on header on unchanged,
so the header counts only when the hop that handed the request to them is a signing proxy.
Lives in `audit` (the lowest layer) so that both the audit log (client address) and
`accounts.sso` (header sign-on) use the same rule.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from django.conf import settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: Iterable[str]) -> list[Network]:
    """The networks of `values` ("10.0.0.5", "10.1.0.0/16", "::1"); raises ValueError on a typo."""
    return [ipaddress.ip_network(value.strip(), strict=False) for value in values if value.strip()]


def _networks(setting: str) -> list[Network]:
    """The networks of a setting; an entry that is no IP or CIDR is skipped (a system check says so)."""
    networks = []
    for value in getattr(settings, setting, []) or []:
        try:
            networks.extend(parse_networks([value]))
        except ValueError:
            continue
    return networks


def trusted_networks() -> list[Network]:
    """The signing proxies (SSO_TRUSTED_PROXIES)."""
    return _networks("SSO_TRUSTED_PROXIES")


def forwarding_networks() -> list[Network]:
    """Our own forwarding proxies (ARCHIEF_FORWARDING_PROXIES): trusted for X-Forwarded-For only."""
    return _networks("ARCHIEF_FORWARDING_PROXIES")


def _address(value: str | None):
    try:
        return ipaddress.ip_address((value or "").strip())
    except ValueError:
        return None


def is_trusted(address: str | None, networks: list[Network] | None = None) -> bool:
    """Whether `address` is one of the trusted proxies (False for an empty list or a bad address)."""
    networks = trusted_networks() if networks is None else networks
    ip = _address(address)
    return ip is not None and any(ip in network for network in networks)


def _chain(request) -> list[str]:
    """The hops of the request, nearest last: X-Forwarded-For's entries, then REMOTE_ADDR."""
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    remote = (request.META.get("REMOTE_ADDR") or "").strip()
    return [hop for hop in hops if hop] + [remote]


def signing_hop(request) -> str | None:
    """The address that handed the request to our own forwarding proxies (or to the app).

    Forwarding proxies are skipped from the nearest hop outwards, but only through hops they wrote
    themselves: REMOTE_ADDR, then each X-Forwarded-For entry as long as the hop after it was a
    forwarding proxy. The first other address is the one a sign-on header must come from.
    """
    forwarding = forwarding_networks()
    chain = _chain(request)
    while len(chain) > 1 and is_trusted(chain[-1], forwarding):
        chain.pop()
    return chain[-1] or None


def request_from_trusted_proxy(request) -> bool:
    """Whether a sign-on header on `request` was put there by a signing proxy."""
    return is_trusted(signing_hop(request))


def client_ip(request) -> str | None:
    """The client's address: REMOTE_ADDR, unless that is a trusted proxy.

    Behind a trusted proxy the right-most hop of X-Forwarded-For that is not itself a trusted
    proxy is the client (hops further left were written by the client and prove nothing).
    """
    if request is None:
        return None
    *forwarded, remote = _chain(request)
    remote = remote or None
    networks = trusted_networks() + forwarding_networks()
    if not is_trusted(remote, networks):
        return remote
    for hop in reversed(forwarded):
        if _address(hop) is None:
            return remote  # a malformed chain: keep what the socket says
        if not is_trusted(hop, networks):
            return hop
    return remote
