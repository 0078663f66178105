"""DNS-rebinding-safe connections: resolve once, check, connect to what was checked.

httpx normally lets the OS resolve the host while connecting, so a name checked as
public a moment earlier could connect to 127.0.0.1. `PinnedPublicBackend` is an
httpcore network backend that resolves the host itself, refuses the connection when
any address is non-public (unless `allow_private`), and opens the TCP connection to
the checked IP. TLS is unaffected: httpcore starts TLS on that stream with the
request's original host name, so SNI and certificate checks use the host name.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from functools import cache

import httpcore
import httpx

from sleeve.delivery.address_safety import IPAddress, resolve_public


class PinnedPublicBackend(httpcore.NetworkBackend):
    """A sync httpcore backend that connects only to checked addresses.

    Raises `UnsafeCallbackUrl` (not an httpcore error) when an address is refused and
    `UnresolvableHost` when DNS has no answer, so callers can tell them apart.
    """

    def __init__(self, *, allow_private: bool) -> None:
        self.allow_private = allow_private
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
        """Resolve and check `host`, then connect to the first checked address that answers."""
        addresses = resolve_public(host, port, allow_private=self.allow_private)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = self._tcp.connect_tcp(
                    str(address),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            self.connected_to.append(address)
            return stream
        assert last_error is not None  # resolve_public never returns an empty list
        raise last_error

    def connect_unix_socket(self, *_args: object, **_kwargs: object) -> httpcore.NetworkStream:
        """Unix sockets are never a callback destination."""
        raise httpcore.ConnectError("unix sockets are not allowed for callbacks")

    def sleep(self, seconds: float) -> None:
        """Delegate to the standard sync backend."""
        self._tcp.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """An httpx transport whose connections go through `PinnedPublicBackend`.

    No proxies, no environment settings, no retries. httpx's HTTPTransport takes no
    network backend argument, so its connection pool is replaced by an equivalent
    one that has ours.
    """

    def __init__(self, *, allow_private: bool, verify: ssl.SSLContext | None = None) -> None:
        context = verify or default_ssl_context()
        super().__init__(verify=context, trust_env=False, retries=0)
        self.backend = PinnedPublicBackend(allow_private=allow_private)
        self._pool.close()
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=1,
            max_keepalive_connections=0,
            http1=True,
            http2=False,
            retries=0,
            network_backend=self.backend,
        )


@cache
def default_ssl_context() -> ssl.SSLContext:
    """One verifying TLS context (certifi roots) shared by all attempts; loading the
    roots takes milliseconds, so it is built once."""
    return httpx.create_ssl_context(verify=True, trust_env=False)
