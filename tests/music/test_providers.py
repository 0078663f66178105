"""Music tasks that come from a provider: pushed to the intake URL, or pulled upstream."""

from __future__ import annotations

import io
import sqlite3
import time
from pathlib import Path

import httpx
import numpy as np
import soundfile

from tests.support.provider import FakeProvider
from tests.support.receiver import CallbackReceiver
from tests.support.server import make_server


def wav_bytes(seconds: float = 3.0) -> bytes:
    rate = 22050
    t = np.arange(int(rate * seconds)) / rate
    buffer = io.BytesIO()
    soundfile.write(buffer, 0.4 * np.sin(2 * np.pi * 330 * t), rate, format="WAV")
    return buffer.getvalue()


def test_pushed_provider_callbacks_create_and_update_the_music_task(tmp_path: Path) -> None:
    provider = FakeProvider(audio={"song.wav": wav_bytes()})
    server = make_server(tmp_path)
    server.start()
    try:
        key = server.create_key("pusher", credits=5)
        intake = f"{server.base}/api/v1/intake/{key['intake_token']}"
        headers = {"Authorization": f"Bearer {key['key']}"}
        text_stage = {
            "code": 200,
            "msg": "Text generation completed successfully.",
            "data": {
                "callbackType": "text",
                "task_id": "prov-task-1",
                "data": [
                    {
                        "id": "s1",
                        "title": "Glass City",
                        "tags": "dream pop, shoegaze",
                        "prompt": "[Verse] neon rain",
                        "model_name": "chirp-v4",
                        "audio_url": "",
                        "image_url": "",
                        "duration": None,
                    }
                ],
            },
        }
        assert httpx.post(intake, json=text_stage).json() == {
            "code": 200,
            "msg": "success",
            "data": {"taskId": "prov-task-1"},
        }
        complete = {
            "code": 200,
            "msg": "All generated successfully.",
            "data": {
                "callbackType": "complete",
                "task_id": "prov-task-1",
                "data": [
                    {
                        "id": "s1",
                        "title": "Glass City",
                        "tags": "dream pop, shoegaze",
                        "prompt": "[Verse] neon rain",
                        "model_name": "chirp-v4",
                        "audio_url": f"{provider.base}/audio/song.wav",
                        "image_url": "",
                        "duration": 3.0,
                    }
                ],
            },
        }
        assert httpx.post(intake, json=complete).json()["code"] == 200

        record = httpx.get(
            server.base + "/api/v1/generate/record-info",
            headers=headers,
            params={"taskId": "prov-task-1"},
        ).json()["data"]
        song = record["response"]["sunoData"][0]
        assert song["title"] == "Glass City" and song["audioUrl"].endswith("song.wav")
        assert record["status"] == "SUCCESS"

        deadline = time.time() + 20
        audio_key = None
        while time.time() < deadline and not audio_key:
            with sqlite3.connect(tmp_path / "sleeve.db") as db:
                (audio_key,) = db.execute(
                    "SELECT audio_key FROM music_tasks WHERE task_id = 'prov-task-1'"
                ).fetchone()
            time.sleep(0.1)
        assert audio_key and (tmp_path / "files" / audio_key).read_bytes() == wav_bytes()

        bad = httpx.post(f"{server.base}/api/v1/intake/not-a-token", json=complete)
        assert bad.status_code == 404 and bad.json()["code"] == 404
        wrong = httpx.post(intake, json={"data": {"callbackType": "weird", "task_id": "x"}})
        assert wrong.json()["code"] == 422 and "callbackType" in wrong.json()["msg"]
    finally:
        server.stop()
        provider.close()


def test_unknown_task_is_pulled_from_the_upstream_then_covered(tmp_path: Path) -> None:
    provider = FakeProvider(
        tracks={
            "up-1": {"title": "Far Shore", "tags": "epic orchestral", "prompt": "horns at dawn"}
        }
    )
    receiver = CallbackReceiver()
    server = make_server(
        tmp_path, SLEEVE_UPSTREAM_URL=provider.base, SLEEVE_UPSTREAM_KEY="upstream-secret"
    )
    server.start()
    try:
        key = server.create_key("puller", credits=5)
        headers = {"Authorization": f"Bearer {key['key']}"}
        reply = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=headers,
            json={"taskId": "up-1", "callBackUrl": receiver.url},
        ).json()
        assert reply["code"] == 200, reply
        assert provider.requests == ["up-1"] and provider.auth_seen == ["Bearer upstream-secret"]
        receiver.wait_for(1)
        record = httpx.get(
            server.base + "/api/v1/generate/record-info", headers=headers, params={"taskId": "up-1"}
        ).json()["data"]
        assert record["response"]["sunoData"][0]["title"] == "Far Shore"

        missing = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=headers,
            json={"taskId": "up-404", "callBackUrl": receiver.url},
        ).json()
        assert missing["code"] == 404
    finally:
        server.stop()
        provider.close()
        receiver.close()


def test_upstream_down_or_slow_gives_a_clear_error_and_stores_nothing(tmp_path: Path) -> None:
    provider = FakeProvider(tracks={"slow-1": {"title": "Late"}}, delay_s=12)
    server = make_server(tmp_path, SLEEVE_UPSTREAM_URL=provider.base)
    server.start()
    try:
        key = server.create_key("waiter", credits=5)
        headers = {"Authorization": f"Bearer {key['key']}"}
        slow = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=headers,
            timeout=30,
            json={"taskId": "slow-1", "callBackUrl": "https://example.com/cb"},
        )
        assert slow.json()["code"] == 500 and "did not answer" in slow.json()["msg"]
        provider.close()
        down = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=headers,
            json={"taskId": "slow-1", "callBackUrl": "https://example.com/cb"},
        )
        assert down.json()["code"] == 500 and "could not be reached" in down.json()["msg"]
        with sqlite3.connect(tmp_path / "sleeve.db") as db:
            assert db.execute("SELECT COUNT(*) FROM music_tasks").fetchone()[0] == 0
            assert db.execute("SELECT COUNT(*) FROM cover_tasks").fetchone()[0] == 0
        assert (
            httpx.get(server.base + "/api/v1/generate/credit", headers=headers).json()["data"] == 5
        )
    finally:
        server.stop()
