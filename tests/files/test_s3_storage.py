"""The S3 backend against a real S3 server (SeaweedFS on loopback)."""

from __future__ import annotations

import time
import uuid
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from botocore.exceptions import ClientError
from starlette.datastructures import Headers

from sleeve.files.endpoints import file_response
from sleeve.files.s3 import S3Storage
from sleeve.files.storage import StorageError, make_storage
from tests.support.seaweed import SECRET_KEY, SeaweedS3
from tests.support.server import free_port
from tests.support.storage import holds


def fresh_bucket() -> str:
    return f"sleeve-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def storage(s3: SeaweedS3) -> S3Storage:
    store = make_storage(s3.storage_url(fresh_bucket(), "covers"))
    assert isinstance(store, S3Storage)
    store.check()
    return store


class TestObjects:
    def test_round_trip(self, storage: S3Storage) -> None:
        storage.put("covers/a.png", b"\x89PNG data", "image/png")
        assert holds(storage, "covers/a.png")
        assert storage.read("covers/a.png") == b"\x89PNG data"
        storage.put("covers/a.png", b"replaced", "image/png")
        assert storage.read("covers/a.png") == b"replaced"
        storage.delete("covers/a.png")
        assert not holds(storage, "covers/a.png")

    def test_reading_a_missing_key_is_file_not_found(self, storage: S3Storage) -> None:
        with pytest.raises(FileNotFoundError):
            storage.read("covers/never.png")

    def test_deleting_a_missing_key_is_fine(self, storage: S3Storage) -> None:
        storage.delete("covers/never.png")

    def test_objects_live_under_the_prefix_with_their_type(
        self, storage: S3Storage, s3: SeaweedS3
    ) -> None:
        storage.put("x/y.png", b"png", "image/png")
        head = s3.client().head_object(Bucket=storage.location.bucket, Key="covers/x/y.png")
        assert head["ContentType"] == "image/png"

    def test_unsafe_keys_are_refused(self, storage: S3Storage) -> None:
        for key in ("../escape.png", "/abs.png", "a//b.png", ""):
            with pytest.raises(StorageError, match="unsafe"):
                storage.put(key, b"x", "image/png")


class TestPresignedUrls:
    def test_downloads_the_same_bytes(self, storage: S3Storage) -> None:
        storage.put("p.png", b"pixels", "image/png")
        reply = httpx.get(storage.presigned_url("p.png"))
        assert reply.status_code == 200
        assert reply.content == b"pixels"
        assert reply.headers["content-type"] == "image/png"

    def test_expires(self, storage: S3Storage) -> None:
        storage.put("e.png", b"pixels", "image/png")
        signed_at = time.monotonic()
        url = storage.presigned_url("e.png", expires_s=3)
        # SigV4 signs with whole seconds, so the URL is good for 2 to 3 s
        assert httpx.get(url).status_code == 200
        while (status := httpx.get(url).status_code) == 200:
            assert time.monotonic() - signed_at < 10, "the presigned URL outlived its expiry"
            time.sleep(0.2)
        assert time.monotonic() - signed_at >= 2
        assert status in (400, 403)

    def test_a_tampered_url_is_refused(self, storage: S3Storage) -> None:
        storage.put("t.png", b"pixels", "image/png")
        url = storage.presigned_url("t.png").replace("t.png", "u.png")
        assert httpx.get(url).status_code == 403


class TestRedirect:
    def test_answers_a_redirect_to_a_presigned_url(self, storage: S3Storage) -> None:
        storage.put("r.png", b"abc", "image/png")
        response = file_response(storage, "r.png", '"e1"', Headers())
        assert response.status_code == 307
        location = urlparse(response.headers["location"])
        expected = urlparse(storage.presigned_url("r.png"))
        assert (location.netloc, location.path) == (expected.netloc, expected.path)
        query = parse_qs(location.query)
        assert query["X-Amz-Expires"] == ["900"] and "X-Amz-Signature" in query
        assert httpx.get(response.headers["location"]).content == b"abc"

    def test_is_cached_for_less_than_the_url_lives(self, storage: S3Storage) -> None:
        storage.put("c.png", b"abc", "image/png")
        response = file_response(storage, "c.png", '"e1"', Headers())
        assert response.headers["cache-control"] == "public, max-age=300"
        assert "etag" not in response.headers


class TestCheck:
    def test_creates_the_missing_bucket(self, s3: SeaweedS3) -> None:
        bucket = fresh_bucket()
        with pytest.raises(ClientError):
            s3.client().head_bucket(Bucket=bucket)
        store = S3Storage.from_url(s3.storage_url(bucket))
        store.check()
        s3.client().head_bucket(Bucket=bucket)
        store.check()  # and is happy once it exists

    def test_a_wrong_endpoint_is_a_readable_error(self) -> None:
        endpoint = f"http://127.0.0.1:{free_port()}"
        store = make_storage(f"s3://covers?endpoint={endpoint}&access_key=a&secret_key=b")
        with pytest.raises(StorageError, match="not reachable") as caught:
            store.check()
        assert endpoint in str(caught.value) and "'covers'" in str(caught.value)

    def test_wrong_credentials_are_a_readable_error(self, s3: SeaweedS3) -> None:
        store = make_storage(s3.storage_url(fresh_bucket()).replace(SECRET_KEY, "wrong"))
        with pytest.raises(StorageError, match="refused access.*credentials"):
            store.check()
