"""DNS rebinding: the address is checked when sending and the connection goes to it.

A host name's answers are scripted by replacing `socket.getaddrinfo` (the system
resolver, not our code) for names under ".test"; every other lookup is real.
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from sleeve.delivery.address_safety import UnsafeCallbackUrl, check_callback_url
from sleeve.delivery.pinning import PinnedTransport
from sleeve.delivery.sender import send_callback
from tests.delivery.receivers import ScriptedReceiver

Start = Callable[..., ScriptedReceiver]
LOOPBACK = ipaddress.ip_address("127.0.0.1")


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[str]]]:
    """Map a ".test" name to a list of answers, one per lookup (the last repeats)."""
    answers: dict[str, list[str]] = {}
    real = socket.getaddrinfo

    def getaddrinfo(host: object, port: object, *args: object, **kwargs: object) -> list:
        if isinstance(host, str) and host.endswith(".test"):
            queue = answers.get(host)
            if not queue:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            address = queue.pop(0) if len(queue) > 1 else queue[0]
            return real(address, port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield answers


def test_a_name_rebound_to_loopback_after_the_check_is_refused(
    receiver_factory: Start, fake_dns: dict[str, list[str]]
) -> None:
    receiver = receiver_factory()
    fake_dns["rebind.test"] = ["93.184.216.34", "127.0.0.1"]
    url = receiver.url("rebind.test")
    check_callback_url(url, allow_private=False)  # submit time: public
    outcome = send_callback(url=url, body=b"{}", headers={}, allow_private=False)
    assert not outcome.ok and not outcome.permanent
    assert "'rebind.test' resolves to 127.0.0.1, a loopback address" in (outcome.error or "")
    assert receiver.requests == []


def test_any_non_public_answer_refuses_the_name(
    receiver_factory: Start, fake_dns: dict[str, list[str]]
) -> None:
    receiver = receiver_factory()
    fake_dns["mixed.test"] = ["10.1.2.3"]
    with pytest.raises(UnsafeCallbackUrl, match="resolves to 10.1.2.3, a private"):
        check_callback_url(receiver.url("mixed.test"), allow_private=False)


def test_the_transport_checks_even_without_the_url_check(receiver_factory: Start) -> None:
    receiver = receiver_factory()
    transport = PinnedTransport(allow_private=False)
    with httpx.Client(transport=transport) as client, pytest.raises(UnsafeCallbackUrl):
        client.post(receiver.url("localhost"), content=b"{}")
    assert receiver.requests == [] and transport.backend.connected_to == []


def test_the_connection_goes_to_the_checked_address_and_keeps_the_host(
    receiver_factory: Start, fake_dns: dict[str, list[str]]
) -> None:
    receiver = receiver_factory()
    fake_dns["pinned.test"] = ["127.0.0.1"]
    transport = PinnedTransport(allow_private=True)
    with httpx.Client(transport=transport) as client:
        assert client.post(receiver.url("pinned.test"), content=b"{}").status_code == 200
    assert transport.backend.connected_to == [LOOPBACK]
    assert receiver.requests[0].headers["host"] == f"pinned.test:{receiver.port}"


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
    receiver_factory: Start, fake_dns: dict[str, list[str]], tls_files: tuple[Path, Path]
) -> None:
    cert, key = tls_files
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)
    names: list[str | None] = []
    server_tls.sni_callback = lambda _sock, name, _ctx: names.append(name)  # type: ignore[assignment, misc]
    receiver = receiver_factory(tls=server_tls)
    fake_dns["cover.test"] = ["127.0.0.1"]
    trust = ssl.create_default_context(cafile=str(cert))

    transport = PinnedTransport(allow_private=True, verify=trust)
    with httpx.Client(transport=transport) as client:
        assert client.post(receiver.url("cover.test"), content=b"{}").status_code == 200
    assert names == ["cover.test"] and transport.backend.connected_to == [LOOPBACK]

    mismatch = pytest.raises(httpx.ConnectError, match="IP address mismatch")
    strict = PinnedTransport(allow_private=True, verify=trust)
    with httpx.Client(transport=strict) as client, mismatch:
        client.post(receiver.url("127.0.0.1"), content=b"{}")
    assert len(receiver.requests) == 1
