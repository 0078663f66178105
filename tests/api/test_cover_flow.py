"""A client written for the hosted providers gets two covers by callback and by polling."""

from __future__ import annotations

import io
import time
from datetime import datetime, timedelta

import httpx
from PIL import Image
from standardwebhooks.webhooks import Webhook

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer


def poll_until_done(client: httpx.Client, cover_id: str, timeout: float = 90) -> list[dict]:
    """Poll record-info and return every distinct state seen, in order."""
    seen: list[dict] = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        data = client.get("/api/v1/suno/cover/record-info", params={"taskId": cover_id}).json()
        assert data["code"] == 200, data
        if not seen or seen[-1]["status"] != data["data"]["status"]:
            seen.append(data["data"])
        if data["data"]["status"] in ("SUCCESS", "GENERATE_COVER_FAILED"):
            return seen
        time.sleep(0.02)
    raise AssertionError(f"cover {cover_id} did not finish; states: {seen}")


def test_generate_then_callback_and_polling(
    server: SleeveServer, account: dict, client: httpx.Client, receiver: CallbackReceiver
) -> None:
    music_id = server.add_music("alice", "Midnight Tide", "dark synthwave, night drive")
    before = client.get("/api/v1/generate/credit").json()["data"]

    reply = client.post(
        "/api/v1/suno/cover/generate",
        json={"taskId": music_id, "callBackUrl": receiver.url, "extra": 1},
    )
    assert reply.status_code == 200
    body = reply.json()
    assert body["code"] == 200 and body["msg"] == "success"
    cover_id = body["data"]["taskId"]
    assert len(cover_id) == 32 and all(c in "0123456789abcdef" for c in cover_id)

    states = poll_until_done(client, cover_id)
    first = states[0]
    assert first["status"] in ("PENDING", "GENERATING")
    assert first["errorCode"] is None and first["errorMessage"] is None
    assert first["completeTime"] is None and first["response"] is None
    final = states[-1]
    assert final["status"] == "SUCCESS" and final["successFlag"] == 1
    assert final["errorCode"] == 200 and final["errorMessage"] == ""
    assert final["parentTaskId"] == music_id and final["callbackUrl"] == receiver.url
    assert final["createTime"].endswith("Z") and len(final["createTime"]) == 24
    assert final["imagesExpired"] is False
    kept = datetime.fromisoformat(final["imagesExpireTime"].replace("Z", "+00:00")) - (
        datetime.fromisoformat(final["completeTime"].replace("Z", "+00:00"))
    )
    assert abs(kept - timedelta(days=14)) < timedelta(minutes=1)
    images = final["response"]["images"]
    assert len(images) == 2 and len(set(images)) == 2

    callback = receiver.wait_for(1)[0]
    assert callback.json == {
        "code": 200,
        "msg": "success",
        "data": {"taskId": cover_id, "images": images},
    }
    Webhook(account["webhook_secret"]).verify(callback.body, callback.headers)

    pictures = []
    for url in images:
        assert url.startswith(server.base + "/files/")
        got = httpx.get(url)
        assert got.status_code == 200
        assert got.headers["content-type"] == "image/png"
        assert int(got.headers["content-length"]) == len(got.content)
        assert got.headers["etag"] and "max-age" in got.headers["cache-control"]
        again = httpx.get(url, headers={"If-None-Match": got.headers["etag"]})
        assert again.status_code == 304
        picture = Image.open(io.BytesIO(got.content))
        assert picture.format == "PNG" and picture.size == (512, 512)
        pictures.append(got.content)
    assert pictures[0] != pictures[1]

    after = client.get("/api/v1/generate/credit").json()["data"]
    assert after == before - 1
    assert client.get("/api/v1/chat/credit").json()["data"] == after


def test_music_registered_through_the_api_with_uploaded_audio(
    client: httpx.Client, receiver: CallbackReceiver
) -> None:
    import numpy as np
    import soundfile

    rate = 22050
    t = np.arange(rate * 40) / rate  # 1.8 MB: over the 1 MB JSON body limit
    tone = 0.3 * np.sin(2 * np.pi * 220 * t) * (np.sin(2 * np.pi * 2 * t) > 0)
    buffer = io.BytesIO()
    soundfile.write(buffer, tone, rate, format="WAV", subtype="PCM_16")
    assert len(buffer.getvalue()) > 1_500_000
    reply = client.post(
        "/api/v1/music/register",
        data={"metadata": '{"title": "Pulse", "tags": "minimal techno", "instrumental": true}'},
        files={"audio": ("pulse.wav", buffer.getvalue(), "audio/wav")},
    )
    assert reply.status_code == 200, reply.text
    music_id = reply.json()["data"]["taskId"]

    record = client.get("/api/v1/generate/record-info", params={"taskId": music_id}).json()
    assert record["code"] == 200
    assert record["data"]["response"]["sunoData"][0]["title"] == "Pulse"

    cover = client.post(
        "/api/v1/suno/cover/generate", json={"taskId": music_id, "callBackUrl": receiver.url}
    ).json()
    assert cover["code"] == 200
    final = poll_until_done(client, cover["data"]["taskId"])[-1]
    assert final["status"] == "SUCCESS"


def test_json_registration_of_a_music_task(client: httpx.Client) -> None:
    reply = client.post(
        "/api/v1/music/register",
        json={"title": "Sunny Days", "tags": "happy pop", "prompt": "la la"},
    )
    assert reply.json()["code"] == 200
    music_id = reply.json()["data"]["taskId"]
    data = client.get("/api/v1/generate/record-info", params={"taskId": music_id}).json()["data"]
    assert data["response"]["sunoData"][0]["tags"] == "happy pop"
