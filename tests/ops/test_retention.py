"""Retention: after the retention time the files go, URLs answer 410, records stay."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import httpx

from tests.music.test_providers import wav_bytes
from tests.support.audio_host import AudioHost
from tests.support.receiver import CallbackReceiver
from tests.support.server import make_server


def test_expired_images_are_swept_and_answer_410(tmp_path: Path) -> None:
    server = make_server(tmp_path, SLEEVE_RETENTION_DAYS="14")
    receiver = CallbackReceiver()
    server.start()
    try:
        key = server.create_key("r", credits=5)
        headers = {"Authorization": f"Bearer {key['key']}"}
        music = server.add_music("r", "Old Photos", "folk")
        cover_id = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=headers,
            json={"taskId": music, "callBackUrl": receiver.url},
        ).json()["data"]["taskId"]
        receiver.wait_for(1)
        record = httpx.get(
            server.base + "/api/v1/suno/cover/record-info",
            headers=headers,
            params={"taskId": cover_id},
        ).json()["data"]
        urls = record["response"]["images"]
        assert all(httpx.get(url).status_code == 200 for url in urls)
        files_before = list((tmp_path / "files" / "covers").glob("*.png"))
        assert len(files_before) == 2

        # 13 days later nothing goes; 15 days later both files go
        soon = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() + 13 * 86400))
        assert "deleted 0" in server.cli("sweep", "--at", soon).stdout
        later = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() + 15 * 86400))
        assert "deleted 2" in server.cli("sweep", "--at", later).stdout

        assert list((tmp_path / "files" / "covers").glob("*.png")) == []
        for url in urls:
            gone = httpx.get(url)
            assert gone.status_code == 410 and "expired" in gone.json()["detail"]
        after = httpx.get(
            server.base + "/api/v1/suno/cover/record-info",
            headers=headers,
            params={"taskId": cover_id},
        ).json()
        assert after["code"] == 200 and after["data"]["status"] == "SUCCESS"
        assert after["data"]["imagesExpired"] is True
        assert after["data"]["response"]["images"] == urls
    finally:
        server.stop()
        receiver.close()


def test_uploaded_and_downloaded_audio_follow_the_retention_time(tmp_path: Path) -> None:
    song = wav_bytes()
    host = AudioHost(files={"song.wav": song})
    server = make_server(tmp_path, SLEEVE_RETENTION_DAYS="14")
    server.start()
    try:
        key = server.create_key("keeper", credits=5)
        upload = tmp_path / "upload.wav"
        upload.write_bytes(song)
        server.add_music("keeper", "Uploaded", "folk", "--audio", str(upload))
        reply = httpx.post(
            server.base + "/api/v1/music/register",
            headers={"Authorization": f"Bearer {key['key']}"},
            json={"title": "Downloaded", "audioUrl": f"{host.base}/file/song.wav"},
        ).json()
        assert reply["code"] == 200, reply
        audio = tmp_path / "files" / "audio"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(list(audio.glob("*.wav"))) < 2:
            time.sleep(0.1)
        assert [p.read_bytes() == song for p in audio.glob("*.wav")] == [True, True]

        soon = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() + 13 * 86400))
        assert "deleted 0" in server.cli("sweep", "--at", soon).stdout
        later = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() + 15 * 86400))
        assert (
            "deleted 2 expired files, 2 of them audio" in server.cli("sweep", "--at", later).stdout
        )
        assert list(audio.glob("*")) == []
        with sqlite3.connect(tmp_path / "sleeve.db") as db:
            rows = db.execute("SELECT audio_key, audio_url FROM music_tasks ORDER BY id").fetchall()
        assert rows == [(None, None), (None, f"{host.base}/file/song.wav")]
    finally:
        server.stop()
        host.close()
