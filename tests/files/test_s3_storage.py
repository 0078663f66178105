"""The S3 backend against a real S3 server, and the local backend through the same door."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import httpx
import pytest

from sleeve.files.s3 import S3Storage
from sleeve.files.storage import LocalStorage, StorageError, make_storage
from tests.support.seaweed import SeaweedS3


@pytest.fixture
def storage(s3: SeaweedS3) -> S3Storage:
    store = make_storage(s3.storage_url(f"b{uuid.uuid4().hex[:10]}", "covers"))
    assert isinstance(store, S3Storage)
    store.check()  # creates the bucket
    return store


def test_round_trip(storage: S3Storage) -> None:
    storage.put("covers/a.png", b"\x89PNG data", "image/png")
    assert storage.exists("covers/a.png")
    assert storage.read("covers/a.png") == b"\x89PNG data"
    storage.delete("covers/a.png")
    assert not storage.exists("covers/a.png")
    with pytest.raises(FileNotFoundError):
        storage.read("covers/a.png")


def test_presigned_url_serves_the_bytes_then_expires(storage: S3Storage) -> None:
    storage.put("x.png", b"pixels", "image/png")
    url = storage.presigned_url("x.png", expires_s=2)
    reply = httpx.get(url)
    assert reply.status_code == 200 and reply.content == b"pixels"
    assert reply.headers["content-type"] == "image/png"
    time.sleep(3)
    assert httpx.get(url).status_code in (400, 403)


def test_redirect_points_at_a_presigned_url(storage: S3Storage) -> None:
    storage.put("r.png", b"abc", "image/png")
    response = storage.redirect("r.png", {"ETag": '"e1"'})
    assert response.status_code == 307
    assert (
        "Signature" in response.headers["location"]
        or "X-Amz-Signature" in (response.headers["location"])
    )
    assert httpx.get(response.headers["location"]).content == b"abc"
    assert "max-age=300" in response.headers["cache-control"]


def test_unreachable_endpoint_is_a_readable_storage_error() -> None:
    store = make_storage("s3://nowhere?endpoint=http://127.0.0.1:9&access_key=a&secret_key=b")
    with pytest.raises(StorageError, match="not reachable|not usable"):
        store.check()


def test_local_storage_through_the_same_door(tmp_path: Path) -> None:
    store = make_storage(f"file://{tmp_path}")
    assert isinstance(store, LocalStorage)
    store.put("covers/z.png", b"z", "image/png")
    assert (tmp_path / "covers" / "z.png").read_bytes() == b"z"
    with pytest.raises(StorageError):
        store.put("../escape.png", b"z", "image/png")
