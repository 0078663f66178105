"""Where callbacks (and fetched audio) may go: public internet addresses only.

`check_callback_url` runs when a URL is submitted. The sender checks again at send
time on the address it actually connects to (see `pinning.PinnedPublicBackend`), so a
DNS name that later re-points to a private address (DNS rebinding) is still refused.

Decisions:
- IP literals are read the way `inet_aton`/getaddrinfo and browsers read them, so
  "2130706433", "0177.0.0.1", "0x7f.1" and "127.1" are all 127.0.0.1 and refused.
- "localhost" and "*.localhost" are refused without a DNS lookup.
- A host name that cannot be resolved raises `UnresolvableHost`. The cover endpoint
  accepts such a URL (a DNS outage on our side must not reject a client's request);
  the sender resolves, checks and pins the address again when it sends.
- With `allow_private=True` (local development, tests) no DNS lookup is made at all:
  every address is acceptable then, so only the URL's shape is checked.
- Any port from 1 to 65535 is allowed; user names and passwords in URLs are refused.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

PUBLIC_ONLY = "callbacks only go to public internet addresses"
_NUMERIC_LABEL = re.compile(r"^(0[xX][0-9a-fA-F]*|[0-9]+)$")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")


class UnsafeCallbackUrl(ValueError):
    """A URL Sleeve will not send to; `reason` reads after the field name ("callBackUrl ...")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnresolvableHost(UnsafeCallbackUrl):
    """The host name has no address right now (DNS failure): maybe temporary."""


@dataclass(frozen=True)
class CallbackTarget:
    """The parts of a checked URL: host without brackets or zone, and the effective port."""

    scheme: str
    host: str
    port: int
    ip: IPAddress | None


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


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address an IP-literal host names (any IPv4 form, or IPv6 without brackets,
    zone id ignored); None for a DNS name. Raises UnsafeCallbackUrl for a host that
    looks numeric but is no valid address (such as "999.1.1.1")."""
    if ":" in host:
        try:
            return ipaddress.IPv6Address(unquote(host).split("%", 1)[0])
        except ValueError as exc:
            raise UnsafeCallbackUrl(f"has an invalid IPv6 address '{host}'") from exc
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()
    if not _NUMERIC_LABEL.match(labels[-1]):
        return None
    value = _inet_aton(labels)
    if value is None:
        raise UnsafeCallbackUrl(f"has an invalid IPv4 address '{host}'")
    return ipaddress.IPv4Address(value)


@lru_cache(maxsize=4096)
def parse_callback_url_cached(url: str, *, allow_private: bool) -> CallbackTarget:
    """parse_callback_url, remembered for the URLs seen lately (clients send the same
    callback URL again and again; refusals are not remembered)."""
    return parse_callback_url(url, allow_private=allow_private)


def parse_callback_url(url: str, *, allow_private: bool) -> CallbackTarget:
    """Check a URL's shape, and an IP-literal host, without any DNS lookup."""
    if not isinstance(url, str) or not url or _SPACE_OR_CONTROL.search(url):
        raise UnsafeCallbackUrl("must be an absolute http:// or https:// URL without spaces")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeCallbackUrl(
            "is not a valid URL (check the host and the port, which must be 1-65535)"
        ) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeCallbackUrl(
            "must be an absolute http:// or https:// URL, such as https://example.com/hook"
        )
    if "@" in parts.netloc:
        raise UnsafeCallbackUrl(
            "must not contain a user name or password; "
            "verify callbacks with the webhook-signature header instead"
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsafeCallbackUrl("has no host name; use a full URL such as https://example.com/hook")
    if port == 0:
        raise UnsafeCallbackUrl("has port 0; use a port from 1 to 65535")
    port = port or (443 if scheme == "https" else 80)
    ip = parse_ip_literal(host)
    if ip is not None:
        host = str(ip) if ip.version == 4 else unquote(host).split("%", 1)[0]
        if not allow_private and not is_public_address(ip):
            raise UnsafeCallbackUrl(f"points to {ip}, {describe_address(ip)}; {PUBLIC_ONLY}")
    elif not allow_private and (host == "localhost" or host.endswith(".localhost")):
        raise UnsafeCallbackUrl(f"points to '{host}', this machine; {PUBLIC_ONLY}")
    return CallbackTarget(scheme=scheme, host=host, port=port, ip=ip)


def resolve_public(host: str, port: int, *, allow_private: bool) -> list[IPAddress]:
    """Resolve `host` and return its addresses; UnsafeCallbackUrl when it cannot be
    resolved or when any address is non-public (unless `allow_private`)."""
    ip = parse_ip_literal(host)
    if ip is not None:
        addresses = [ip]
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise UnresolvableHost(
                f"has a host name '{host}' that could not be resolved (DNS lookup failed); "
                "check the spelling, or use a host with a public DNS record"
            ) from exc
        addresses = []
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if address not in addresses:
                addresses.append(address)
        if not addresses:
            raise UnresolvableHost(f"has a host name '{host}' with no addresses")
    if not allow_private:
        for address in addresses:
            if not is_public_address(address):
                where = f"'{host}' resolves to" if ip is None else "points to"
                raise UnsafeCallbackUrl(
                    f"{where} {address}, {describe_address(address)}; {PUBLIC_ONLY}"
                )
    return addresses


def check_callback_url(url: str, *, allow_private: bool) -> None:
    """Raise UnsafeCallbackUrl (with a sentence a person can act on) unless Sleeve may
    POST to `url`: absolute http(s), a host, no credentials, and, unless
    `allow_private`, only public addresses (IP literal, or every address the name
    resolves to). See the module docstring for the decisions."""
    target = parse_callback_url(url, allow_private=allow_private)
    if not allow_private and target.ip is None:
        resolve_public(target.host, target.port, allow_private=False)


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
