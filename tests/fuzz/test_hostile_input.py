"""Hand-written hostile input: every answer stays in the envelope, nothing 5xx, no secret
in the logs."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator

import httpx
import pytest

from tests.support.server import SleeveServer, make_server

GENERATE = "/api/v1/suno/cover/generate"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SleeveServer]:
    running = make_server(
        tmp_path_factory.mktemp("hostile"), SLEEVE_ALLOW_PRIVATE_CALLBACKS="false"
    )
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def account(server: SleeveServer) -> dict:
    return server.create_key("mallory", credits=50)


@pytest.fixture(scope="module")
def music(server: SleeveServer, account: dict) -> str:
    return server.add_music("mallory", "Target", "pop")


def envelope_of(reply: httpx.Response) -> dict:
    assert reply.status_code < 500, reply.text
    assert reply.headers["content-type"].startswith("application/json")
    body = reply.json()
    assert set(body) == {"code", "msg", "data"} and isinstance(body["msg"], str)
    return body


def _generate(server: SleeveServer, account: dict, task_id: str, callback_url: str) -> dict:
    """POST a JSON generate request with the account's key; the checked envelope."""
    reply = httpx.post(
        server.base + GENERATE,
        headers={"Authorization": f"Bearer {account['key']}"},
        json={"taskId": task_id, "callBackUrl": callback_url},
    )
    return envelope_of(reply)


def local_hostname() -> list[str]:
    name = socket.gethostname()
    try:
        address = ipaddress.ip_address(socket.gethostbyname(name))
    except OSError:
        return []
    return [f"http://{name}/cb"] if not address.is_global else []


@pytest.mark.parametrize(
    "url",
    [
        "http://user:pass@example.com/cb",
        "https://user@93.184.216.34/cb",
        "http://2130706433/cb",
        "http://0177.0.0.1/cb",
        "http://0x7f.1/cb",
        "http://127.1/cb",
        "http://[::1]:8080/cb",
        "http://[::ffff:127.0.0.1]/cb",
        "http://[fe80::1%25eth0]/cb",
        "http://169.254.169.254/latest/meta-data",
        "http://100.64.0.1/cb",
        "http://224.0.0.1/cb",
        "http://0.0.0.0:80/cb",
        "http://10.1.2.3:65535/cb",
        "http://93.184.216.34:0/cb",
        "http://93.184.216.34:99999/cb",
        "gopher://93.184.216.34/cb",
        "javascript:alert(1)",
        "http:///cb",
        "http://localhost./cb",
        "http://sub.localhost/cb",
        *local_hostname(),
    ],
)
def test_unsafe_callback_urls_are_422(
    server: SleeveServer, account: dict, music: str, url: str
) -> None:
    body = _generate(server, account, music, url)
    assert body["code"] == 422 and "callBackUrl" in body["msg"], body


def test_public_ip_with_an_odd_port_is_accepted(server: SleeveServer, account: dict) -> None:
    track = server.add_music("mallory", "Odd Port", "jazz")
    assert _generate(server, account, track, "https://93.184.216.34:8443/x?y=1")["code"] == 200


WEIRD = [
    "\u0000",
    "\u202e\u0645\u0631\u062d\u0628\u0627",
    "🎵" * 50,
    "\x1b[31mred",
    "' OR 1=1 --",
    "../../etc/passwd",
    "a" * 5000,
    "\ud7ff\ue000\ufffd",
]


@pytest.mark.parametrize("value", WEIRD)
def test_unicode_and_control_characters_in_every_field(
    server: SleeveServer, account: dict, value: str
) -> None:
    headers = {"Authorization": f"Bearer {account['key']}"}
    for body in (
        {"taskId": value, "callBackUrl": "https://93.184.216.34/cb"},
        {"taskId": "x", "callBackUrl": value},
    ):
        assert envelope_of(httpx.post(server.base + GENERATE, headers=headers, json=body))[
            "code"
        ] in (404, 422)
    reply = httpx.get(
        server.base + "/api/v1/suno/cover/record-info", headers=headers, params={"taskId": value}
    )
    assert envelope_of(reply)["code"] in (404, 422)
    registered = httpx.post(
        server.base + "/api/v1/music/register",
        headers=headers,
        json={"title": value, "tags": value, "prompt": value},
    )
    assert envelope_of(registered)["code"] in (200, 422)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"taskId=x&callBackUrl=https://a.b", "application/x-www-form-urlencoded"),
        (b"<xml/>", "application/xml"),
        (b"\xff\xfe\x00garbage", "application/json"),
        (b"null", "application/json"),
        (b'"just a string"', "application/json"),
        (b"[" * 5000 + b"]" * 5000, "application/json"),
        (b'{"a":' * 3000 + b"1" + b"}" * 3000, "application/json"),
        (
            b'{"taskId": "x", "callBackUrl": "https://93.184.216.34", "taskId": ["dup"]}',
            "application/json",
        ),
    ],
)
def test_odd_bodies_and_content_types(
    server: SleeveServer, account: dict, content: bytes, content_type: str
) -> None:
    reply = httpx.post(
        server.base + GENERATE,
        content=content,
        headers={"Authorization": f"Bearer {account['key']}", "Content-Type": content_type},
    )
    assert envelope_of(reply)["code"] == 422


@pytest.mark.parametrize(
    "header", ["Bearer", "Bearer ", "Basic abc", "bearer\tx", "x" * 9000, "Bearer \u00e9"]
)
def test_odd_authorization_headers_are_401(server: SleeveServer, header: str) -> None:
    try:
        reply = httpx.get(
            server.base + "/api/v1/generate/credit",
            headers={"Authorization": header.encode("utf-8")},
        )
    except (httpx.RemoteProtocolError, httpx.LocalProtocolError):
        return  # not a header HTTP allows: refused before it reaches Sleeve
    if reply.status_code == 431:
        return  # headers too large, refused by the HTTP server before Sleeve
    assert envelope_of(reply)["code"] == 401


def test_chunked_oversized_body_is_413(server: SleeveServer, account: dict) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"taskId": "'
        for _ in range(300):
            yield b"a" * 10_000
        yield b'", "callBackUrl": "https://93.184.216.34"}'

    reply = httpx.post(
        server.base + GENERATE,
        content=chunks(),
        headers={"Authorization": f"Bearer {account['key']}", "Content-Type": "application/json"},
    )
    assert envelope_of(reply)["code"] == 413


def test_no_secret_reaches_the_logs(server: SleeveServer, account: dict, music: str) -> None:
    headers = {"Authorization": f"Bearer {account['key']}"}
    httpx.post(
        server.base + GENERATE,
        headers=headers,
        json={"taskId": music, "callBackUrl": "https://93.184.216.34/cb"},
    )
    httpx.get(server.base + "/api/v1/generate/credit", headers={"Authorization": "Bearer sk_bad"})
    httpx.post(f"{server.base}/api/v1/intake/{account['intake_token']}", json={"nope": 1})
    logs = server.logs()
    assert logs, "the server wrote logs"
    for secret in (account["key"], account["webhook_secret"], account["intake_token"]):
        assert secret not in logs


def test_a_host_our_dns_cannot_resolve_is_accepted_and_checked_at_send_time(
    server: SleeveServer, account: dict
) -> None:
    track = server.add_music("mallory", "No DNS", "ambient")
    assert _generate(server, account, track, "https://sleeve-test.invalid/cb")["code"] == 200
