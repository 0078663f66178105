"""Where Sleeve may send a request to a URL it was given: one rule set for every field.

Callbacks (`callBackUrl`), audio (`audioUrl`, on register, push and pull) and any other
URL a client or provider hands us go through this module; the connection itself goes
through `sleeve.core.outbound_http`, which resolves the host once, checks the answer
with these rules and connects to the checked address.

Decisions:
- A host name is spelled one way everywhere: its IDNA (UTS #46, non-transitional)
  ASCII form, as browsers and httpx write it. `faß.example` is checked, resolved and
  connected as `xn--fa-hia.example`, never as `fass.example`. Mapping comes first, so
  full-width digits and dots ("127。0。0。1") are read as the address they spell.
- IP literals are read the way `inet_aton`/getaddrinfo and browsers read them, so
  "2130706433", "0177.0.0.1", "0x7f.1" and "127.1" are all 127.0.0.1 and refused.
- "localhost" and "*.localhost" are refused without a DNS lookup.
- A host name that cannot be resolved raises `UnresolvableHost` (maybe temporary).
- With `allow_private=True` (local development, tests) every address is acceptable.
- Any port from 1 to 65535 is allowed; user names and passwords in URLs are refused.
- Refusals name the field they are about: str(exc) reads "audioUrl points to ...".
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit, urlunsplit

import idna

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[IPAddress]]

PUBLIC_ONLY = "Sleeve only connects to public internet addresses"
_NUMERIC_LABEL = re.compile(r"^(0[xX][0-9a-fA-F]*|[0-9]+)$")
_HOST_CHARS = re.compile(r"^[a-z0-9_.-]+$")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")


class RefusedUrl(ValueError):
    """A URL Sleeve will not request. str() is "<field> <reason>", a sentence to act on."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field} {reason}")
        self.field = field
        self.reason = reason


class UnresolvableHost(RefusedUrl):
    """The host name has no address right now (DNS failure): maybe temporary."""


@dataclass(frozen=True)
class Target:
    """A checked URL: `host` is the ASCII (IDNA) spelling that is resolved and connected,
    `url` the same URL written with that host."""

    url: str
    scheme: str
    host: str
    port: int
    ip: IPAddress | None


def system_resolver(host: str, port: int) -> list[IPAddress]:
    """The addresses the system resolver gives for an ASCII host name (OSError on failure)."""
    addresses: list[IPAddress] = []
    for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def is_public_address(ip: IPAddress | str) -> bool:
    """True for globally routable unicast addresses; False for loopback, private,
    link-local, multicast, reserved, unspecified, shared (100.64/10), documentation
    and benchmark ranges, and IPv6 forms that embed such an IPv4 address.
    IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d, as DNS64 hands out on
    IPv6-only hosts) addresses are judged by the IPv4 address they reach."""
    if isinstance(ip, str):
        ip = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None and not is_public_address(embedded):
            return False
        if embedded is not None and _is_translated(ip):
            return True  # the connection reaches the embedded IPv4 address, which is public
    if ip.version == 4 and ip in _SHARED:
        return False
    return ip.is_global and not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local)
    )


def describe_address(ip: IPAddress) -> str:
    """A few words naming the kind of a non-public address, for messages."""
    inner = _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
    if inner is not None and not is_public_address(inner):
        return f"an IPv6 form of {inner}, {describe_address(inner)}"
    checks = (
        ("is_unspecified", "the unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
    )
    for attribute, words in checks:
        if getattr(ip, attribute):
            return words
    if ip.version == 4 and ip in _SHARED:
        return "a shared (carrier-grade NAT) address"
    if ip.is_private:
        return "a private or special-purpose address"
    return "a reserved, non-public address"


def parse_ip_literal(host: str, *, field: str = "url") -> IPAddress | None:
    """The address an IP-literal host names (any IPv4 form, or IPv6 without brackets,
    zone id ignored); None for a DNS name. RefusedUrl for a host that looks numeric
    but is no valid address (such as "999.1.1.1")."""
    if ":" in host:
        try:
            return ipaddress.IPv6Address(unquote(host).split("%", 1)[0])
        except ValueError as exc:
            raise RefusedUrl(field, f"has an invalid IPv6 address '{host}'") from exc
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()
    if not _NUMERIC_LABEL.match(labels[-1]):
        return None
    value = _inet_aton(labels)
    if value is None:
        raise RefusedUrl(field, f"has an invalid IPv4 address '{host}'")
    return ipaddress.IPv4Address(value)


def ascii_host(host: str, *, field: str) -> str:
    """The one spelling of a host that is checked and connected: lower-case ASCII, IDNA
    (UTS #46) for internationalised names."""
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise RefusedUrl(
                field, f"has a host name '{host}' that is not a valid internationalised name"
            ) from exc
    host = host.lower().rstrip(".")
    if host and ":" not in host and not _HOST_CHARS.match(host):
        raise RefusedUrl(field, f"has characters that are not allowed in a host name: '{host}'")
    return host


@lru_cache(maxsize=4096)
def parse_url_cached(url: str, *, field: str, allow_private: bool) -> Target:
    """parse_url, remembered for the URLs seen lately (clients send the same callback
    URL again and again; refusals are not remembered)."""
    return parse_url(url, field=field, allow_private=allow_private)


def parse_url(url: str, *, field: str, allow_private: bool) -> Target:
    """Check a URL's shape, and an IP-literal host, without any DNS lookup."""
    if not isinstance(url, str) or not url or _SPACE_OR_CONTROL.search(url):
        raise RefusedUrl(field, "must be an absolute http:// or https:// URL without spaces")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise RefusedUrl(
            field, "is not a valid URL (check the host and the port, which must be 1-65535)"
        ) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise RefusedUrl(
            field, "must be an absolute http:// or https:// URL, such as https://example.com/a"
        )
    if "@" in parts.netloc:
        raise RefusedUrl(
            field,
            "must not contain a user name or password; "
            "callbacks are verified with the webhook-signature header instead",
        )
    raw_host = parts.hostname or ""
    if not raw_host.rstrip("."):
        raise RefusedUrl(field, "has no host name; use a full URL such as https://example.com/a")
    if port == 0:
        raise RefusedUrl(field, "has port 0; use a port from 1 to 65535")
    host = ascii_host(raw_host, field=field)
    port = port or (443 if scheme == "https" else 80)
    ip = parse_ip_literal(host, field=field)
    if ip is not None:
        host = str(ip) if ip.version == 4 else unquote(host).split("%", 1)[0]
        if not allow_private and not is_public_address(ip):
            raise RefusedUrl(field, f"points to {ip}, {describe_address(ip)}; {PUBLIC_ONLY}")
    elif not allow_private and (host == "localhost" or host.endswith(".localhost")):
        raise RefusedUrl(field, f"points to '{host}', this machine; {PUBLIC_ONLY}")
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    rebuilt = urlunsplit((scheme, netloc, parts.path, parts.query, ""))
    return Target(url=rebuilt, scheme=scheme, host=host, port=port, ip=ip)


def resolve_checked(
    host: str, port: int, *, field: str, allow_private: bool, resolver: Resolver
) -> list[IPAddress]:
    """Resolve an ASCII host once and return its addresses; RefusedUrl when any address
    is non-public (unless `allow_private`), UnresolvableHost when there is none."""
    ip = parse_ip_literal(host, field=field)
    if ip is not None:
        addresses = [ip]
    else:
        try:
            addresses = resolver(host, port)
        except (OSError, UnicodeError) as exc:
            raise UnresolvableHost(
                field,
                f"has a host name '{host}' that could not be resolved (DNS lookup failed); "
                "check the spelling, or use a host with a public DNS record",
            ) from exc
        if not addresses:
            raise UnresolvableHost(field, f"has a host name '{host}' with no addresses")
    if not allow_private:
        for address in addresses:
            if not is_public_address(address):
                where = f"'{host}' resolves to" if ip is None else "points to"
                raise RefusedUrl(
                    field, f"{where} {address}, {describe_address(address)}; {PUBLIC_ONLY}"
                )
    return addresses


def check_url(
    url: str, *, field: str, allow_private: bool, resolver: Resolver = system_resolver
) -> Target:
    """Raise RefusedUrl unless Sleeve may request `url`: absolute http(s), a host, no
    credentials, and, unless `allow_private`, only public addresses (IP literal, or
    every address the name resolves to now). The connection checks again, pinned."""
    target = parse_url(url, field=field, allow_private=allow_private)
    if not allow_private and target.ip is None:
        resolve_checked(
            target.host, target.port, field=field, allow_private=False, resolver=resolver
        )
    return target


def _inet_aton(labels: list[str]) -> int | None:
    """The 32-bit value of 1-4 dotted parts in decimal, octal (0...) or hex (0x...)."""
    if not 1 <= len(labels) <= 4:
        return None
    numbers: list[int] = []
    for label in labels:
        try:
            if label[:2].lower() == "0x":
                numbers.append(int(label[2:] or "0", 16))
            elif len(label) > 1 and label.startswith("0"):
                numbers.append(int(label, 8))
            else:
                numbers.append(int(label, 10))
        except ValueError:
            return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = last
    for index, number in enumerate(head):
        value |= number << (8 * (3 - index))
    return value


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside a mapped, compatible, 6to4, Teredo or NAT64 address."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if any(ip in network for network in _NAT64):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if int(ip) >> 32 == 0 and int(ip) > 1:
        return ipaddress.IPv4Address(int(ip))
    return None


def _is_translated(ip: ipaddress.IPv6Address) -> bool:
    """IPv4-mapped or NAT64: the packets go to the embedded IPv4 address."""
    return ip.ipv4_mapped is not None or any(ip in network for network in _NAT64)
