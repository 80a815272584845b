"""Where a webhook may be sent: https to public addresses only, checked after DNS resolution
and pinned to the address checked (no second lookup, no redirects followed). Local
development and tests allow http and private addresses with
``RIPOSTE_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true``."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit


class RefusedDestination(ValueError):
    """The URL is not one Riposte will deliver to."""


@dataclass(frozen=True, slots=True)
class Destination:
    url: str  # the URL to connect to, with the checked address in place of the host name
    host: str  # the original host name: Host header and TLS server name
    address: str


def check_url(url: str, *, allow_private: bool) -> tuple[str, str, int]:
    """The scheme, host and port of an acceptable endpoint URL, or RefusedDestination."""
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError as exc:
        raise RefusedDestination("the endpoint URL is malformed") from exc
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise RefusedDestination("the endpoint URL contains spaces or control characters")
    allowed = ("https", "http") if allow_private else ("https",)
    if parts.scheme not in allowed:
        raise RefusedDestination("the endpoint URL must use https")
    if not hostname:
        raise RefusedDestination("the endpoint URL has no host")
    if parts.username or parts.password:
        raise RefusedDestination("the endpoint URL must not carry credentials")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise RefusedDestination("the endpoint URL has an invalid port") from exc
    if not allow_private and (parts.hostname == "localhost" or _literal_private(parts.hostname)):
        raise RefusedDestination("the endpoint URL points at a non-public address")
    return parts.scheme, parts.hostname, port


def _literal_private(host: str) -> bool:
    try:
        return not is_public(host)
    except ValueError:
        return False  # a host name: checked when it is resolved


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(url: str, *, allow_private: bool) -> Destination:
    """Resolve the host once and refuse loopback, private, link-local and other non-global
    addresses (unless allowed); the delivery connects to the address returned."""
    scheme, host, port = check_url(url, allow_private=allow_private)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise RefusedDestination(f"the host {host} does not resolve") from exc
    addresses = [info[4][0] for info in infos]
    if not allow_private:
        refused = [a for a in addresses if not is_public(a)]
        if refused or not addresses:
            raise RefusedDestination(f"the host {host} resolves to a non-public address")
    address = addresses[0]
    parts = urlsplit(url)
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{port}"
    pinned = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    return Destination(url=pinned, host=host, address=address)
