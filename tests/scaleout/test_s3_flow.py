"""Scale-out storage: images go to the bucket, the stable URLs redirect to presigned ones,
and retention deletes the objects."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import httpx

from sleeve.files.storage import make_storage
from tests.scaleout.cluster import auth, start_cluster
from tests.support.receiver import CallbackReceiver
from tests.support.seaweed import SeaweedS3
from tests.support.storage import holds


def test_covers_live_in_the_bucket_behind_stable_urls(
    tmp_path: Path, database_url: str, redis: str, s3: SeaweedS3
) -> None:
    storage_url = s3.storage_url(f"covers{uuid.uuid4().hex[:8]}", "prod")
    cluster = start_cluster(
        tmp_path,
        database_url=database_url,
        redis_url=redis,
        api_processes=1,
        storage_url=storage_url,
        SLEEVE_IMAGE_SIZE="256",
    )
    receiver = CallbackReceiver()
    try:
        cluster.start_worker(concurrency=1)
        api = cluster.api[0]
        key = api.create_key("s3user", credits=5)["key"]
        music = api.add_music("s3user", "Cloud Nine", "dream pop")
        cover_id = httpx.post(
            api.base + "/api/v1/suno/cover/generate",
            headers=auth(key),
            json={"taskId": music, "callBackUrl": receiver.url},
        ).json()["data"]["taskId"]
        urls = receiver.wait_for(1, timeout=90)[0].json["data"]["images"]
        assert all(url.startswith(api.base + "/files/covers/") for url in urls)
        assert not list(tmp_path.glob("files/covers/*.png")), "nothing written locally"

        bucket = make_storage(storage_url)
        for url in urls:
            redirect = httpx.get(url)
            assert redirect.status_code == 307
            image = httpx.get(redirect.headers["location"])
            assert image.status_code == 200 and image.content[:4] == b"\x89PNG"
            assert holds(bucket, f"covers/{url.rsplit('/', 1)[1]}")

        later = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() + 15 * 86400))
        assert "deleted 2" in api.cli("sweep", "--at", later).stdout
        for url in urls:
            assert httpx.get(url).status_code == 410
            assert not holds(bucket, f"covers/{url.rsplit('/', 1)[1]}")
        record = httpx.get(
            api.base + "/api/v1/suno/cover/record-info",
            headers=auth(key),
            params={"taskId": cover_id},
        ).json()["data"]
        assert record["status"] == "SUCCESS" and record["imagesExpired"] is True
    finally:
        cluster.stop()
        receiver.close()
