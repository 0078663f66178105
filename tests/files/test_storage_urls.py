"""Choosing a backend from SLEEVE_STORAGE_URL, and the parts that need no server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sleeve.files.s3 import S3Storage, parse_s3_url
from sleeve.files.storage import LocalStorage, StorageError, make_storage
from sleeve.files.urls import redirect_cache_control
from tests.support.storage import holds


def test_local_storage_through_make_storage(tmp_path: Path) -> None:
    store = make_storage(f"file://{tmp_path}")
    assert isinstance(store, LocalStorage)
    store.check()
    store.put("covers/z.png", b"z", "image/png")
    assert (tmp_path / "covers" / "z.png").read_bytes() == b"z"
    assert holds(store, "covers/z.png") and store.read("covers/z.png") == b"z"
    store.delete("covers/z.png")
    assert not holds(store, "covers/z.png")
    with pytest.raises(FileNotFoundError):
        store.read("covers/z.png")
    with pytest.raises(StorageError):
        store.put("../escape.png", b"z", "image/png")


def test_the_embedded_default_does_not_import_boto3(tmp_path: Path) -> None:
    code = (
        "import sys; from sleeve.files.storage import make_storage; "
        f"make_storage('file://{tmp_path}').check(); "
        "assert 'boto3' not in sys.modules and 'botocore' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_s3_urls_make_s3_storage_without_a_server() -> None:
    store = make_storage("s3://art/prod/covers?endpoint=http://127.0.0.1:1&region=eu-west-1")
    assert isinstance(store, S3Storage)
    assert store.location.bucket == "art" and store.location.prefix == "prod/covers"
    assert store.region == "eu-west-1"


class TestParse:
    def test_defaults(self) -> None:
        location = parse_s3_url("s3://art")
        assert (location.prefix, location.endpoint, location.access_key) == ("", None, None)

    def test_the_secret_stays_out_of_repr(self) -> None:
        location = parse_s3_url("s3://art?endpoint=http://h:1&access_key=k&secret_key=hush")
        assert location.secret_key == "hush" and "hush" not in repr(location)

    @pytest.mark.parametrize(
        ("url", "message"),
        [
            ("s3:///prefix", "bucket"),
            ("s3://art?endpont=http://h:1", "unknown"),
            ("s3://art?access_key=k", "both"),
            ("s3://art?endpoint=127.0.0.1:8333", "http"),
        ],
    )
    def test_mistakes_are_explained(self, url: str, message: str) -> None:
        with pytest.raises(ValueError, match=message):
            parse_s3_url(url)


class TestRedirectCaching:
    def test_caps_max_age_and_drops_immutable(self) -> None:
        given = "public, max-age=86400, immutable"
        assert redirect_cache_control(given, 900) == "public, max-age=300"

    def test_keeps_a_shorter_max_age_and_defaults_to_private(self) -> None:
        assert redirect_cache_control("max-age=60", 900) == "private, max-age=60"
        assert redirect_cache_control("", 900) == "private, max-age=300"

    def test_keeps_no_store(self) -> None:
        assert redirect_cache_control("no-store", 900) == "no-store"
