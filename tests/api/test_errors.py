"""Every error under /api/ is the contract's envelope with a message that says what to fix."""

from __future__ import annotations

import httpx
import pytest

from tests.support.server import SleeveServer

GENERATE = "/api/v1/suno/cover/generate"


def assert_envelope(reply: httpx.Response, code: int, *words: str) -> dict:
    assert reply.headers["content-type"].startswith("application/json"), reply.text
    body = reply.json()
    assert set(body) == {"code", "msg", "data"}
    assert body["code"] == code, body
    assert reply.status_code == (503 if code == 455 else code)
    for word in words:
        assert word.lower() in body["msg"].lower(), body["msg"]
    return body


@pytest.fixture(scope="module")
def music_id(server: SleeveServer, account: dict) -> str:
    return server.add_music("alice", "Error Song", "indie rock")


def test_missing_key_is_401(server: SleeveServer) -> None:
    reply = httpx.post(server.base + GENERATE, json={"taskId": "x", "callBackUrl": "https://a.b"})
    assert_envelope(reply, 401, "Authorization")


def test_unknown_key_is_401(server: SleeveServer) -> None:
    reply = httpx.get(
        server.base + "/api/v1/generate/credit",
        headers={"Authorization": "Bearer sk_not_a_real_key"},
    )
    assert_envelope(reply, 401, "not valid")


def test_revoked_key_is_401(server: SleeveServer) -> None:
    created = server.create_key("to-revoke", credits=1)
    headers = {"Authorization": f"Bearer {created['key']}"}
    assert httpx.get(server.base + "/api/v1/generate/credit", headers=headers).status_code == 200
    server.cli("keys", "revoke", "to-revoke")
    reply = httpx.get(server.base + "/api/v1/generate/credit", headers=headers)
    assert_envelope(reply, 401, "revoked")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", ["JSON"]),
        (b"[1, 2]", ["object"]),
        (b'{"callBackUrl": "https://example.com/cb"}', ["taskId", "required"]),
        (b'{"taskId": "abc"}', ["callBackUrl", "required"]),
        (b'{"taskId": "", "callBackUrl": "https://example.com/cb"}', ["taskId", "empty"]),
        (b'{"taskId": 12, "callBackUrl": "https://example.com/cb"}', ["taskId", "string"]),
        (b'{"taskId": "abc", "callBackUrl": ["x"]}', ["callBackUrl", "string"]),
        (b'{"taskId": "abc", "callBackUrl": "ftp://example.com/cb"}', ["callBackUrl"]),
        (b'{"taskId": "abc", "callBackUrl": "/relative/path"}', ["callBackUrl"]),
        (b'{"taskId": "abc", "callBackUrl": "not a url"}', ["callBackUrl"]),
        (b"", ["empty", "JSON"]),
    ],
)
def test_bad_generate_bodies_are_422(
    client: httpx.Client, content: bytes, words: list[str]
) -> None:
    reply = client.post(GENERATE, content=content, headers={"Content-Type": "application/json"})
    assert_envelope(reply, 422, *words)


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "text/plain"])
def test_json_sent_without_the_json_content_type_says_which_header_to_send(
    client: httpx.Client, music_id: str, content_type: str
) -> None:
    body = b'{"taskId": "%s", "callBackUrl": "https://example.com/cb"}' % music_id.encode()
    reply = client.post(GENERATE, content=body, headers={"Content-Type": content_type})
    assert_envelope(reply, 422, content_type, "Content-Type: application/json")


def test_unknown_music_task_is_404(client: httpx.Client) -> None:
    reply = client.post(GENERATE, json={"taskId": "f" * 32, "callBackUrl": "https://example.com"})
    assert_envelope(reply, 404, "music task")


def test_unknown_cover_task_is_404(client: httpx.Client) -> None:
    reply = client.get("/api/v1/suno/cover/record-info", params={"taskId": "0" * 32})
    assert_envelope(reply, 404, "cover task")


def test_record_info_without_task_id_is_422(client: httpx.Client) -> None:
    assert_envelope(client.get("/api/v1/suno/cover/record-info"), 422, "taskId")


def test_another_accounts_tasks_are_404(
    server: SleeveServer, client: httpx.Client, music_id: str
) -> None:
    cover = client.post(
        GENERATE, json={"taskId": music_id, "callBackUrl": "https://example.com/cb"}
    ).json()
    cover_id = cover["data"]["taskId"]
    bob = server.create_key("bob", credits=5)
    headers = {"Authorization": f"Bearer {bob['key']}"}
    other = httpx.post(
        server.base + GENERATE,
        headers=headers,
        json={"taskId": music_id, "callBackUrl": "https://example.com/cb"},
    )
    assert_envelope(other, 404, "not found")
    peek = httpx.get(
        server.base + "/api/v1/suno/cover/record-info", headers=headers, params={"taskId": cover_id}
    )
    assert_envelope(peek, 404, "not found")
    music = httpx.get(
        server.base + "/api/v1/generate/record-info", headers=headers, params={"taskId": music_id}
    )
    assert_envelope(music, 404, "not found")


def test_private_callback_refused_when_not_allowed(tmp_path) -> None:
    from tests.support.server import make_server

    strict = make_server(tmp_path, SLEEVE_ALLOW_PRIVATE_CALLBACKS="false")
    strict.start()
    try:
        key = strict.create_key("carol", credits=3)
        music = strict.add_music("carol", "Local", "pop")
        headers = {"Authorization": f"Bearer {key['key']}"}
        for url in (
            "http://127.0.0.1:9/cb",
            "http://localhost/cb",
            "http://10.0.0.7/cb",
            "http://[::1]/cb",
            "http://169.254.169.254/latest",
        ):
            reply = httpx.post(
                strict.base + GENERATE, headers=headers, json={"taskId": music, "callBackUrl": url}
            )
            assert_envelope(reply, 422, "callBackUrl")
        credit = httpx.get(strict.base + "/api/v1/generate/credit", headers=headers).json()
        assert credit["data"] == 3
    finally:
        strict.stop()


def test_unknown_api_path_and_method_stay_in_the_envelope(client: httpx.Client) -> None:
    assert_envelope(client.get("/api/v1/nope"), 404, "endpoint")
    assert_envelope(client.delete(GENERATE), 405, "method")


def test_oversized_body_is_413(client: httpx.Client) -> None:
    huge = b'{"taskId": "' + b"a" * 2_000_000 + b'", "callBackUrl": "https://e.com"}'
    reply = client.post(GENERATE, content=huge, headers={"Content-Type": "application/json"})
    assert_envelope(reply, 413, "larger")


def test_insufficient_credits_is_402(server: SleeveServer) -> None:
    poor = server.create_key("poor", credits=0)
    music = server.add_music("poor", "Broke", "blues")
    reply = httpx.post(
        server.base + GENERATE,
        headers={"Authorization": f"Bearer {poor['key']}"},
        json={"taskId": music, "callBackUrl": "https://example.com/cb"},
    )
    assert_envelope(reply, 402, "credits")
