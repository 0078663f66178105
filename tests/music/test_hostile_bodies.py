"""Hostile bodies on the music endpoints get a 4xx in the envelope: deep JSON, lone
surrogates, oversized JSON, URLs that are not http(s); a slow DNS lookup for an
audioUrl does not stall the server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.server import SleeveServer, make_server

REGISTER = "/api/v1/music/register"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SleeveServer]:
    running = make_server(tmp_path_factory.mktemp("bodies"), SLEEVE_ALLOW_PRIVATE_CALLBACKS="false")
    running.start("--no-workers")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def account(server: SleeveServer) -> dict:
    return server.create_key("mallory", credits=5)


def envelope_of(reply: httpx.Response, code: int) -> dict:
    assert reply.status_code == code, reply.text
    body = reply.json()
    assert set(body) == {"code", "msg", "data"} and body["code"] == code
    return body


def _post_raw(
    server: SleeveServer, path: str, raw: bytes, key: str | None = None
) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return httpx.post(server.base + path, content=raw, headers=headers, timeout=30)


DEEP = b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def _pushed(task_id: str, title: str) -> bytes:
    """A provider callback whose strings are written with JSON escapes (kept as given)."""
    template = (
        '{"code": 200, "data": {"callbackType": "complete", "task_id": "TASK", '
        '"data": [{"title": "TITLE", "tags": "pop"}]}}'
    )
    return template.replace("TASK", task_id).replace("TITLE", title).encode()


def test_deep_json_at_an_intake_url_is_refused(server: SleeveServer, account: dict) -> None:
    for token in ("not-a-token", account["intake_token"]):
        body = envelope_of(_post_raw(server, f"/api/v1/intake/{token}", DEEP), 422)
        assert "not valid JSON" in body["msg"]


@pytest.mark.parametrize(
    ("task_id", "title"), [("ok-1", "bad \\ud800 title"), ("bad-\\udfff", "Fine")]
)
def test_lone_surrogates_in_a_push_are_refused(
    server: SleeveServer, account: dict, task_id: str, title: str
) -> None:
    url = f"/api/v1/intake/{account['intake_token']}"
    envelope_of(_post_raw(server, url, _pushed(task_id, title)), 422)
    # the same push with real text is taken
    fine = _post_raw(server, url, _pushed("surrogate-free", "Fine \\u00e9"))
    assert envelope_of(fine, 200)["data"] == {"taskId": "surrogate-free"}


def test_lone_surrogates_and_deep_json_elsewhere(server: SleeveServer, account: dict) -> None:
    key = account["key"]
    envelope_of(_post_raw(server, REGISTER, b'{"title": "a\\ud800b"}', key), 422)
    envelope_of(_post_raw(server, REGISTER, DEEP, key), 422)
    generate = "/api/v1/suno/cover/generate"
    raw = b'{"taskId": "x\\ud800", "callBackUrl": "https://example.com/cb"}'
    envelope_of(_post_raw(server, generate, raw, key), 422)


def test_json_registrations_are_held_to_the_body_limit(server: SleeveServer, account: dict) -> None:
    big = json.dumps({"title": "Big", "prompt": "x" * 10, "pad": "y" * 1_200_000}).encode()
    body = envelope_of(_post_raw(server, REGISTER, big, account["key"]), 413)
    assert "multipart" in body["msg"]
    # an audio file of the same size goes up as multipart
    reply = httpx.post(
        server.base + REGISTER,
        headers={"Authorization": f"Bearer {account['key']}"},
        data={"metadata": json.dumps({"title": "Uploaded"})},
        files={"audio": ("song.wav", b"RIFF" + b"\0" * 1_200_000, "audio/wav")},
        timeout=30,
    )
    assert envelope_of(reply, 200)["data"]["taskId"]


@pytest.mark.parametrize(
    "url", ["ftp://example.com/cover.png", "javascript:alert(1)", "file:///etc/passwd"]
)
def test_image_and_audio_urls_must_be_http(server: SleeveServer, account: dict, url: str) -> None:
    for field in ("imageUrl", "audioUrl"):
        reply = httpx.post(
            server.base + REGISTER,
            headers={"Authorization": f"Bearer {account['key']}"},
            json={"title": "Song", field: url},
        )
        assert field in envelope_of(reply, 422)["msg"]


SLOW_RESOLVER = """
import socket, time
_real = socket.getaddrinfo
def _slow(host, *args, **kwargs):
    if isinstance(host, str) and host.endswith(".slow.test"):
        time.sleep(4)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return _real(host, *args, **kwargs)
socket.getaddrinfo = _slow
"""


def test_a_slow_dns_lookup_for_an_audio_url_does_not_stall_the_server(tmp_path: Path) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SLOW_RESOLVER)  # this server's resolver is slow
    server = make_server(tmp_path / "data", SLEEVE_ALLOW_PRIVATE_CALLBACKS="false")
    server.env["PYTHONPATH"] = str(hooks)
    server.start("--no-workers")
    try:
        key = server.create_key("dns", credits=1)["key"]
        registering: dict[str, httpx.Response] = {}

        def register() -> None:
            registering["reply"] = httpx.post(
                server.base + REGISTER,
                headers={"Authorization": f"Bearer {key}"},
                json={"title": "Song", "audioUrl": "https://cdn.slow.test/song.mp3"},
                timeout=30,
            )

        worker = threading.Thread(target=register)
        worker.start()
        for _ in range(5):  # while the lookup hangs, the server keeps answering
            assert httpx.get(server.base + "/healthz", timeout=10).status_code == 200
        assert "reply" not in registering  # the lookup was still running all along
        worker.join(timeout=30)
        assert registering["reply"].status_code == 422
        assert "audioUrl" in registering["reply"].json()["msg"]
    finally:
        server.stop()
