"""Retention: after the retention time the files go, URLs answer 410, records stay."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

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
