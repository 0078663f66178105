"""The intake token: never in the logs, rotatable, and dead with a revoked key."""

from __future__ import annotations

import json

import httpx

from sleeve.core.logging import redact
from tests.support.server import SleeveServer

PUSH = {"data": {"callbackType": "text", "task_id": "tok-1", "data": [{"title": "Tokens"}]}}


def push(server: SleeveServer, token: str, body: object = PUSH) -> dict:
    return httpx.post(f"{server.base}/api/v1/intake/{token}", json=body).json()


def test_the_intake_token_never_reaches_the_logs(server: SleeveServer) -> None:
    token = server.create_key("logged")["intake_token"]
    assert push(server, token)["code"] == 200
    push(server, token, {"data": "not an object"})
    push(server, token, [1, 2])
    deep = "[" * 100_000 + "]" * 100_000  # parsed badly, it was logged with its path
    httpx.post(f"{server.base}/api/v1/intake/{token}", content=deep,
               headers={"Content-Type": "application/json"})  # fmt: skip
    logs = server.logs()
    assert token not in logs
    if "unhandled_error" in logs:  # the path was logged, without its secret
        assert "/api/v1/intake/[redacted]" in logs


def test_redaction_keeps_the_rest_of_the_line() -> None:
    line = json.dumps({"path": "/api/v1/intake/abc_DEF-123", "error": "x"})
    assert redact(line) == json.dumps({"path": "/api/v1/intake/[redacted]", "error": "x"})
    assert (
        redact("GET /api/v1/intake/abc?x=1 HTTP/1.1")
        == "GET /api/v1/intake/[redacted]?x=1 HTTP/1.1"
    )


def test_the_intake_url_can_be_rotated(server: SleeveServer) -> None:
    old = server.create_key("rotator")["intake_token"]
    new = server.cli("keys", "rotate-intake", "rotator").stdout.strip().splitlines()[-1]
    assert new and new != old
    assert push(server, old)["code"] == 404
    assert push(server, new)["code"] == 200


def test_the_intake_url_dies_with_a_revoked_key(server: SleeveServer) -> None:
    created = server.create_key("leaked")
    assert push(server, created["intake_token"])["code"] == 200
    server.cli("keys", "revoke", "leaked")
    assert push(server, created["intake_token"])["code"] == 404
    replaced = server.create_key("leaked-again", credits=0)
    assert push(server, replaced["intake_token"])["code"] == 200
    rotated = json.loads(server.cli("keys", "rotate", "leaked-again", "--json").stdout)
    assert push(server, replaced["intake_token"])["code"] == 404
    assert push(server, rotated["intake_token"])["code"] == 200
