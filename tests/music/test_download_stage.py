"""The download stage through a real server: slow audio hosts cost nobody else.

Two tracks of one account point at a host that drips one byte every five seconds;
another account's cover must still finish promptly (the renders never wait on a
download), the dripping downloads end at their deadline, one account runs at most
its limit of downloads at once, and storage keys come from our ids only.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.music.test_providers import wav_bytes
from tests.support.audio_host import AudioHost
from tests.support.server import SleeveServer, make_server

DEADLINE_S = 15


@pytest.fixture
def host() -> Iterator[AudioHost]:
    audio_host = AudioHost(files={"song.wav": wav_bytes()}, drip_every_s=5.0)
    yield audio_host
    audio_host.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SleeveServer]:
    running = make_server(
        tmp_path,
        SLEEVE_AUDIO_DOWNLOAD_TIMEOUT_S=str(DEADLINE_S),
        SLEEVE_AUDIO_DOWNLOADS_PER_ACCOUNT="2",
        SLEEVE_WORKERS="2",
    )
    running.start()
    yield running
    running.stop()


def register(server: SleeveServer, key: str, title: str, audio_url: str) -> str:
    reply = httpx.post(
        f"{server.base}/api/v1/music/register",
        headers={"Authorization": f"Bearer {key}"},
        json={"title": title, "tags": "ambient", "audioUrl": audio_url},
    ).json()
    assert reply["code"] == 200, reply
    return reply["data"]["taskId"]


def cover(server: SleeveServer, key: str, music: str) -> str:
    reply = httpx.post(
        f"{server.base}/api/v1/suno/cover/generate",
        headers={"Authorization": f"Bearer {key}"},
        json={"taskId": music, "callBackUrl": "http://127.0.0.1:9/cb"},
    ).json()
    assert reply["code"] == 200, reply
    return reply["data"]["taskId"]


def wait_done(server: SleeveServer, key: str, cover_id: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        record = httpx.get(
            f"{server.base}/api/v1/suno/cover/record-info",
            headers={"Authorization": f"Bearer {key}"},
            params={"taskId": cover_id},
        ).json()["data"]
        if record["status"] in ("SUCCESS", "GENERATE_COVER_FAILED"):
            return record
        time.sleep(0.1)
    raise AssertionError(f"cover {cover_id} did not finish in {timeout} s")


def timed_cover(server: SleeveServer, key: str, music: str) -> float:
    started = time.monotonic()
    assert wait_done(server, key, cover(server, key, music))["status"] == "SUCCESS"
    return time.monotonic() - started


def notes(server: SleeveServer, cover_id: str) -> str:
    with sqlite3.connect(server.data_dir / "sleeve.db") as db:
        return db.execute("SELECT notes FROM cover_tasks WHERE id = ?", (cover_id,)).fetchone()[0]


def test_dripping_audio_hosts_do_not_hold_up_another_accounts_cover(
    server: SleeveServer, host: AudioHost
) -> None:
    slow, other = server.create_key("slow-host"), server.create_key("other")
    timed_cover(server, other["key"], server.add_music("other", "Warm-up", "pop"))
    alone = timed_cover(server, other["key"], server.add_music("other", "Alone", "pop"))
    meanwhile = server.add_music("other", "Meanwhile", "pop")

    dripping = [register(server, slow["key"], f"Drip {n}", f"{host.base}/drip/{n}.wav")
                for n in range(3)]  # fmt: skip
    slow_covers = [cover(server, slow["key"], music) for music in dripping[:2]]
    deadline = time.monotonic() + 5
    while host.open_now < 2 and time.monotonic() < deadline:
        time.sleep(0.05)  # the downloads have started and hold their connections
    during = timed_cover(server, other["key"], meanwhile)
    print(f"\nother account's cover: {alone:.1f} s alone, {during:.1f} s while two downloads drip")
    assert len(host.paths) == 2  # the slow account's third download waits for its turn

    for cover_id in slow_covers:  # the dripping downloads end at their deadline
        assert wait_done(server, slow["key"], cover_id)["status"] == "SUCCESS"
        assert f"audioUrl did not finish within {DEADLINE_S} s" in notes(server, cover_id)
    third_started = host.asked_at[2] - host.asked_at[0]
    assert third_started >= DEADLINE_S - 1  # it began when one of the first two ended


def test_a_pushed_task_id_never_names_a_storage_path(server: SleeveServer, host: AudioHost) -> None:
    key = server.create_key("pusher")
    push = {
        "code": 200,
        "data": {
            "callbackType": "complete",
            "task_id": "../covers/evil",
            "data": [{"title": "Evil", "audio_url": f"{host.base}/file/song.wav"}],
        },
    }
    reply = httpx.post(f"{server.base}/api/v1/intake/{key['intake_token']}", json=push).json()
    assert reply["code"] == 200, reply
    deadline = time.monotonic() + 30
    stored = None
    while time.monotonic() < deadline and not stored:
        with sqlite3.connect(server.data_dir / "sleeve.db") as db:
            stored, music_id = db.execute(
                "SELECT audio_key, id FROM music_tasks WHERE task_id = '../covers/evil'"
            ).fetchone()
        time.sleep(0.1)
    assert stored is not None and stored.startswith(f"audio/{music_id}-") and ".." not in stored
    files = server.data_dir / "files"
    assert (files / stored).read_bytes() == wav_bytes()
    assert sorted(p.relative_to(files).as_posix() for p in files.rglob("*") if p.is_file()) == [
        stored
    ]
