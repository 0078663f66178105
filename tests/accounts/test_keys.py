"""Keys: hashed at rest, shown once, revocable and rotatable without losing tasks."""

from __future__ import annotations

import json

import httpx
from standardwebhooks.webhooks import Webhook

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer


def test_keys_are_stored_hashed_and_last_use_is_recorded(server: SleeveServer) -> None:
    created = server.create_key("hashed", credits=1)
    raw = (server.data_dir / "sleeve.db").read_bytes()
    raw += b"".join(p.read_bytes() for p in server.data_dir.glob("sleeve.db-wal"))
    assert created["key"].encode() not in raw
    assert _row(server, "hashed")["last_used_at"] is None
    httpx.get(
        server.base + "/api/v1/generate/credit",
        headers={"Authorization": f"Bearer {created['key']}"},
    )
    assert _row(server, "hashed")["last_used_at"] is not None
    assert created["key"] not in server.cli("keys", "list").stdout
    assert created["key"] not in server.cli("keys", "list", "--json").stdout


def _row(server: SleeveServer, name: str) -> dict:
    listing = server.cli("keys", "list", "--json").stdout.splitlines()
    return next(row for row in map(json.loads, listing) if row["name"] == name)


def test_rotation_keeps_the_accounts_tasks(server: SleeveServer) -> None:
    created = server.create_key("rotor", credits=3)
    music = server.add_music("rotor", "Spin", "disco")
    old = {"Authorization": f"Bearer {created['key']}"}
    cover = httpx.post(
        server.base + "/api/v1/suno/cover/generate",
        headers=old,
        json={"taskId": music, "callBackUrl": "https://example.com/cb"},
    ).json()
    new_key = json.loads(server.cli("keys", "rotate", "rotor", "--json").stdout)["key"]
    new = {"Authorization": f"Bearer {new_key}"}

    assert httpx.get(server.base + "/api/v1/generate/credit", headers=old).json()["code"] == 401
    seen = httpx.get(
        server.base + "/api/v1/suno/cover/record-info",
        headers=new,
        params={"taskId": cover["data"]["taskId"]},
    ).json()
    assert seen["code"] == 200
    assert httpx.get(server.base + "/api/v1/generate/credit", headers=new).json()["data"] == 2


def test_rotated_webhook_secret_signs_the_next_callback(server: SleeveServer) -> None:
    created = server.create_key("signer", credits=3)
    secret = server.cli("keys", "rotate-secret", "signer").stdout.strip().splitlines()[-1]
    assert secret.startswith("whsec_") and secret != created["webhook_secret"]
    receiver = CallbackReceiver()
    try:
        music = server.add_music("signer", "Sign Here", "jazz")
        httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers={"Authorization": f"Bearer {created['key']}"},
            json={"taskId": music, "callBackUrl": receiver.url},
        )
        callback = receiver.wait_for(1)[0]
        Webhook(secret).verify(callback.body, callback.headers)
    finally:
        receiver.close()


def test_a_key_revoked_while_the_server_remembers_it_gets_no_cover(server: SleeveServer) -> None:
    """generate keeps recently seen keys in memory; a revoke from another process
    still stops the very next request, before anything is created or charged."""
    created = server.create_key("remembered", credits=5)
    headers = {"Authorization": f"Bearer {created['key']}"}
    first = server.add_music("remembered", "One", "pop")
    second = server.add_music("remembered", "Two", "pop")
    made = httpx.post(
        server.base + "/api/v1/suno/cover/generate",
        headers=headers,
        json={"taskId": first, "callBackUrl": "https://example.com/cb"},
    )
    assert made.json()["code"] == 200
    assert _row(server, "remembered")["last_used_at"] is not None  # marked by generate

    server.cli("keys", "revoke", "remembered")
    refused = httpx.post(
        server.base + "/api/v1/suno/cover/generate",
        headers=headers,
        json={"taskId": second, "callBackUrl": "https://example.com/cb"},
    )
    assert refused.status_code == 401
    assert refused.json()["code"] == 401 and "revoked" in refused.json()["msg"]
    # one cover charged, the refused request nothing
    assert "balance: 4 (ledger sum 4)" in server.cli("credits", "show", "remembered").stdout
