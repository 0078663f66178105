"""The one HTTP client for URLs Sleeve was given: resolve once, check, connect to it.

httpx normally lets the OS resolve the host while connecting, so a name checked as
public a moment earlier could connect to 127.0.0.1 (DNS rebinding). Here an httpcore
network backend resolves the host itself (with the injectable resolver), refuses the
connection when any address is non-public (unless `allow_private`) and opens the TCP
connection to the checked IP. TLS is unaffected: httpcore starts TLS on that stream
with the request's host name, so SNI and certificate checks use the name.

Every socket read and write is also held to one deadline for the whole exchange, so
a peer that drips a byte every few seconds is cut off on time.

No proxy comes from the environment (`trust_env=False`); an operator can set one
explicitly (SLEEVE_OUTBOUND_PROXY). Through a proxy the target is checked before the
request, and the proxy resolves it: the proxy is then trusted not to be rebound.
Redirects are followed only by `fetch`, and each hop is checked like the first URL.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from functools import cache
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from sleeve.core.outbound import (
    IPAddress,
    Resolver,
    check_url,
    parse_url,
    resolve_checked,
    system_resolver,
)


class FetchFailed(RuntimeError):
    """A download that did not complete; str() names the field and says why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field} {reason}")
        self.field = field


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by one deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the deadline for the whole exchange has passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._stream.start_tls(ssl_context, server_hostname, self._left(timeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> object:
        return self._stream.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """A sync httpcore backend that connects only to checked addresses, by a deadline.

    Raises `RefusedUrl` (not an httpcore error) when an address is refused and
    `UnresolvableHost` when DNS has no answer, so callers can tell them apart.
    `trusted` names the operator's proxy host, which is not checked.
    """

    def __init__(
        self,
        *,
        field: str,
        allow_private: bool,
        resolver: Resolver,
        deadline: float,
        trusted: str | None = None,
    ) -> None:
        self.field = field
        self.allow_private = allow_private
        self.resolver = resolver
        self.deadline = deadline
        self.trusted = trusted
        self.connected_to: list[IPAddress] = []
        self._tcp = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Resolve and check `host` once, then connect to the first checked address."""
        allow = self.allow_private or host == self.trusted
        addresses = resolve_checked(
            host, port, field=self.field, allow_private=allow, resolver=self.resolver
        )
        last_error: Exception | None = None
        for address in addresses:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise httpcore.ConnectTimeout("the deadline passed before a connection was made")
            try:
                stream = self._tcp.connect_tcp(
                    str(address),
                    port,
                    timeout=left if timeout is None else min(timeout, left),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            self.connected_to.append(address)
            return _DeadlineStream(stream, self.deadline)
        assert last_error is not None  # resolve_checked never returns an empty list
        raise last_error

    def connect_unix_socket(self, *_args: object, **_kwargs: object) -> httpcore.NetworkStream:
        """Unix sockets are never a destination."""
        raise httpcore.ConnectError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        """Delegate to the standard sync backend."""
        self._tcp.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """An httpx transport whose connections go through a `PinnedBackend`: no proxy from
    the environment, no retries, one connection; `proxy` only when the operator set one."""

    def __init__(
        self,
        *,
        field: str,
        allow_private: bool,
        timeout_s: float,
        resolver: Resolver = system_resolver,
        proxy: str | None = None,
        verify: ssl.SSLContext | None = None,
    ) -> None:
        context = verify or default_ssl_context()
        super().__init__(verify=context, trust_env=False, retries=0)
        self.backend = PinnedBackend(
            field=field,
            allow_private=allow_private,
            resolver=resolver,
            deadline=time.monotonic() + timeout_s,
            trusted=urlsplit(proxy).hostname if proxy else None,
        )
        options = {
            "ssl_context": context,
            "max_connections": 1,
            "max_keepalive_connections": 0,
            "retries": 0,
            "network_backend": self.backend,
        }
        self._pool.close()
        if proxy:
            self._pool = httpcore.HTTPProxy(proxy_url=proxy, **options)  # type: ignore[arg-type]
        else:
            self._pool = httpcore.ConnectionPool(**options)  # type: ignore[arg-type]


def pinned_client(
    *,
    field: str,
    allow_private: bool,
    timeout_s: float,
    resolver: Resolver = system_resolver,
    proxy: str | None = None,
) -> httpx.Client:
    """An httpx client for one exchange with URLs given in `field`, ending by `timeout_s`."""
    transport = PinnedTransport(
        field=field,
        allow_private=allow_private,
        timeout_s=timeout_s,
        resolver=resolver,
        proxy=proxy,
    )
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(timeout_s),
        follow_redirects=False,
        trust_env=False,
    )


def fetch(
    url: str,
    *,
    field: str,
    allow_private: bool,
    max_bytes: int,
    deadline_s: float,
    resolver: Resolver = system_resolver,
    proxy: str | None = None,
    max_redirects: int = 3,
) -> bytes:
    """GET `url` (following up to `max_redirects` redirects, each checked) and return
    its body: at most `max_bytes`, all within `deadline_s`. FetchFailed otherwise;
    RefusedUrl when a URL or an address on the way is not allowed."""
    started = time.monotonic()
    with pinned_client(
        field=field,
        allow_private=allow_private,
        timeout_s=deadline_s,
        resolver=resolver,
        proxy=proxy,
    ) as client:
        for _hop in range(max_redirects + 1):
            target = parse_url(url, field=field, allow_private=allow_private)
            if proxy and not allow_private:  # the proxy resolves: check the name first
                check_url(target.url, field=field, allow_private=False, resolver=resolver)
            try:
                with client.stream("GET", target.url, headers={"Accept-Encoding": "identity"}) as r:
                    if r.is_redirect and "location" in r.headers:
                        url = urljoin(target.url, r.headers["location"])
                        continue
                    if r.status_code != 200:
                        raise FetchFailed(field, f"answered HTTP {r.status_code}")
                    return _read_capped(r, field=field, max_bytes=max_bytes)
            except httpx.TimeoutException as exc:
                spent = time.monotonic() - started
                raise FetchFailed(
                    field, f"did not finish within {deadline_s:g} s (stopped after {spent:.1f} s)"
                ) from exc
            except httpx.HTTPError as exc:
                reason = f"could not be fetched ({exc.__class__.__name__})"
                raise FetchFailed(field, reason) from exc
    raise FetchFailed(field, f"redirected more than {max_redirects} times")


def _read_capped(reply: httpx.Response, *, field: str, max_bytes: int) -> bytes:
    declared = reply.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchFailed(field, f"is larger than {max_bytes} bytes (it says {declared})")
    chunks: list[bytes] = []
    size = 0
    for chunk in reply.iter_raw():
        size += len(chunk)
        if size > max_bytes:
            raise FetchFailed(field, f"is larger than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@cache
def default_ssl_context() -> ssl.SSLContext:
    """One verifying TLS context (certifi roots) shared by all requests; loading the
    roots takes milliseconds, so it is built once."""
    return httpx.create_ssl_context(verify=True, trust_env=False)
