"""DNS rebinding, IDNA and proxies: the address is checked when sending, the connection
goes to it, the host is spelled one way, and no proxy comes from the environment.

The resolver is injected (`sleeve.core.outbound.Resolver`): a scripted one answers
one list of addresses per lookup, so a name can be public at check time and loopback
at connect time.
"""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import subprocess
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from sleeve.core.outbound import RefusedUrl, check_url
from sleeve.core.outbound_http import PinnedTransport
from sleeve.delivery.sender import send_callback
from tests.delivery.receivers import ScriptedReceiver

Start = Callable[..., ScriptedReceiver]
LOOPBACK = ipaddress.ip_address("127.0.0.1")


class ScriptedResolver:
    """Answers each lookup of a name with the next of its answers (the last repeats)
    and records every name asked; unknown names do not resolve."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = {name: list(ips) for name, ips in answers.items()}
        self.asked: list[str] = []

    def __call__(self, host: str, _port: int) -> list:
        self.asked.append(host)
        queue = self.answers.get(host)
        if not queue:
            raise OSError("Name or service not known")
        return [ipaddress.ip_address(queue.pop(0) if len(queue) > 1 else queue[0])]


def transport(resolver: ScriptedResolver, *, allow_private: bool, **options: object):  # type: ignore[no-untyped-def]
    return PinnedTransport(
        field="callBackUrl", allow_private=allow_private, timeout_s=5, resolver=resolver, **options
    )


def test_a_name_rebound_to_loopback_after_the_check_is_never_reached(
    receiver_factory: Start,
) -> None:
    receiver = receiver_factory()
    resolver = ScriptedResolver({"rebind.test": ["93.184.216.34", "127.0.0.1"]})
    url = receiver.url("rebind.test")
    check_url(url, field="callBackUrl", allow_private=False, resolver=resolver)  # submit: public
    outcome = send_callback(url=url, body=b"{}", headers={}, resolver=resolver)
    assert not outcome.ok and not outcome.permanent
    assert "callBackUrl 'rebind.test' resolves to 127.0.0.1, a loopback address" in (
        outcome.error or ""
    )
    assert receiver.requests == []
    assert resolver.asked == ["rebind.test", "rebind.test"]  # once to check, once to connect


def test_any_non_public_answer_refuses_the_name(receiver_factory: Start) -> None:
    receiver = receiver_factory()
    resolver = ScriptedResolver({"mixed.test": ["10.1.2.3"]})
    with pytest.raises(RefusedUrl, match="resolves to 10.1.2.3, a private"):
        check_url(receiver.url("mixed.test"), field="callBackUrl", allow_private=False,
                  resolver=resolver)  # fmt: skip


def test_the_transport_checks_even_without_the_url_check(receiver_factory: Start) -> None:
    receiver = receiver_factory()
    pinned = transport(ScriptedResolver({"localhost": ["127.0.0.1"]}), allow_private=False)
    with httpx.Client(transport=pinned) as client, pytest.raises(RefusedUrl):
        client.post(receiver.url("localhost"), content=b"{}")
    assert receiver.requests == [] and pinned.backend.connected_to == []


def test_the_connection_goes_to_the_checked_address_and_keeps_the_host(
    receiver_factory: Start,
) -> None:
    receiver = receiver_factory()
    pinned = transport(ScriptedResolver({"pinned.test": ["127.0.0.1"]}), allow_private=True)
    with httpx.Client(transport=pinned) as client:
        assert client.post(receiver.url("pinned.test"), content=b"{}").status_code == 200
    assert pinned.backend.connected_to == [LOOPBACK]
    assert receiver.requests[0].headers["host"] == f"pinned.test:{receiver.port}"


def test_an_internationalised_callback_host_is_looked_up_and_sent_in_one_spelling(
    receiver_factory: Start,
) -> None:
    receiver = receiver_factory()
    # the IDNA 2003 spelling "fass" would be public; the one connected is loopback
    resolver = ScriptedResolver({"fass.test": ["93.184.216.34"], "xn--fa-hia.test": ["127.0.0.1"]})
    url = receiver.url("faß.test")
    with pytest.raises(RefusedUrl, match="'xn--fa-hia.test' resolves to 127.0.0.1"):
        check_url(url, field="callBackUrl", allow_private=False, resolver=resolver)
    outcome = send_callback(url=url, body=b"{}", headers={}, resolver=resolver)
    assert not outcome.ok and "'xn--fa-hia.test' resolves to 127.0.0.1" in (outcome.error or "")
    assert receiver.requests == [] and "fass.test" not in resolver.asked
    allowed = send_callback(url=url, body=b"{}", headers={}, resolver=resolver, allow_private=True)
    assert allowed.ok
    assert receiver.requests[0].headers["host"] == f"xn--fa-hia.test:{receiver.port}"


def test_a_proxy_in_the_environment_is_not_used(
    receiver_factory: Start, monkeypatch: pytest.MonkeyPatch
) -> None:
    receiver, proxy = receiver_factory(), receiver_factory()
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, proxy.url(path=""))
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    resolver = ScriptedResolver({"hook.test": ["127.0.0.1"]})
    outcome = send_callback(
        url=receiver.url("hook.test"), body=b"{}", headers={}, resolver=resolver,
        allow_private=True,
    )  # fmt: skip
    assert outcome.ok
    assert len(receiver.requests) == 1 and proxy.requests == []


def test_a_proxy_the_operator_sets_is_used(receiver_factory: Start) -> None:
    receiver, proxy = receiver_factory(), receiver_factory()
    resolver = ScriptedResolver({"hook.test": ["127.0.0.1"], "proxy.test": ["127.0.0.1"]})
    outcome = send_callback(
        url=receiver.url("hook.test"), body=b"{}", headers={}, resolver=resolver,
        allow_private=True, proxy=proxy.url("proxy.test", path=""),
    )  # fmt: skip
    assert outcome.ok and receiver.requests == []
    assert len(proxy.requests) == 1  # the proxy got the request, with the full URL


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for "cover.test" (and its key), made with openssl."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=cover.test",
         "-addext", "subjectAltName=DNS:cover.test"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def test_tls_verifies_and_sends_sni_for_the_host_name_not_the_ip(
    receiver_factory: Start, tls_files: tuple[Path, Path]
) -> None:
    cert, key = tls_files
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)
    names: list[str | None] = []
    server_tls.sni_callback = lambda _sock, name, _ctx: names.append(name)  # type: ignore[assignment, misc]
    receiver = receiver_factory(tls=server_tls)
    resolver = ScriptedResolver({"cover.test": ["127.0.0.1"]})
    trust = ssl.create_default_context(cafile=str(cert))

    pinned = transport(resolver, allow_private=True, verify=trust)
    with httpx.Client(transport=pinned) as client:
        assert client.post(receiver.url("cover.test"), content=b"{}").status_code == 200
    assert names == ["cover.test"] and pinned.backend.connected_to == [LOOPBACK]

    mismatch = pytest.raises(httpx.ConnectError, match="IP address mismatch")
    strict = transport(resolver, allow_private=True, verify=trust)
    with httpx.Client(transport=strict) as client, mismatch:
        client.post(receiver.url("127.0.0.1"), content=b"{}")
    assert len(receiver.requests) == 1
