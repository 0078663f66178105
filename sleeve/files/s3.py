"""The S3-compatible storage backend (scale-out): objects in a bucket; clients keep the
stable Sleeve URL, which redirects to a short-lived presigned URL.

Configured by one URL (SLEEVE_STORAGE_URL):

    s3://BUCKET/optional/prefix?endpoint=http://127.0.0.1:8333&region=us-east-1

`endpoint` is for S3-compatible servers (SeaweedFS, MinIO, Garage...), addressed
path-style; leave it out for AWS. Credentials come from boto3's usual chain
(AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, an instance role). For local
servers `access_key` and `secret_key` may ride in the URL instead: convenient, but the
secret then lives wherever the URL does (environment listings, .env files, shell
history, process lists), so use it only for throwaway or loopback servers.

The bucket is created by `check()` (the readiness probe, run at start-up) when missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlparse

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from sleeve.files.errors import StorageError

PRESIGN_SECONDS = 900
MAX_PRESIGN_SECONDS = 7 * 24 * 3600  # SigV4's upper limit
URL_OPTIONS = frozenset({"endpoint", "region", "access_key", "secret_key"})
MISSING = frozenset({"404", "NoSuchKey", "NotFound", "NoSuchBucket"})
DENIED = frozenset(
    {"403", "AccessDenied", "Forbidden", "InvalidAccessKeyId", "SignatureDoesNotMatch"}
)


@dataclass(frozen=True)
class S3Location:
    """Bucket, key prefix and connection settings parsed from SLEEVE_STORAGE_URL."""

    bucket: str
    prefix: str = ""
    endpoint: str | None = None
    region: str | None = None
    access_key: str | None = None
    secret_key: str | None = field(default=None, repr=False)


def parse_s3_url(url: str) -> S3Location:
    """s3://BUCKET/prefix?endpoint=http://host:port&region=R[&access_key=..&secret_key=..]"""
    parsed = urlparse(url)
    if parsed.scheme != "s3" or not parsed.netloc:
        raise ValueError("an S3 storage URL looks like s3://bucket/optional/prefix?endpoint=...")
    query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    unknown = sorted(set(query) - URL_OPTIONS)
    if unknown:
        raise ValueError(
            f"unknown S3 storage URL option(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(URL_OPTIONS))}"
        )
    if ("access_key" in query) != ("secret_key" in query):
        raise ValueError("the S3 storage URL needs both access_key and secret_key, or neither")
    endpoint = query.get("endpoint")
    if endpoint is not None and urlparse(endpoint).scheme not in ("http", "https"):
        raise ValueError(f"the S3 endpoint must be an http(s) URL, not {endpoint!r}")
    return S3Location(
        bucket=parsed.netloc,
        prefix=parsed.path.strip("/"),
        endpoint=endpoint,
        region=query.get("region"),
        access_key=query.get("access_key"),
        secret_key=query.get("secret_key"),
    )


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


class S3Storage:
    """Storage in an S3-compatible bucket. One boto3 client per storage, shared by
    all threads (boto3 clients are thread-safe; sessions are not, so each storage
    builds its client from its own session)."""

    def __init__(self, location: S3Location, *, presign_seconds: int = PRESIGN_SECONDS):
        self.location = location
        self.presign_seconds = presign_seconds
        try:
            session = boto3.session.Session(
                aws_access_key_id=location.access_key,
                aws_secret_access_key=location.secret_key,
                region_name=location.region,
            )
        except BotoCoreError as exc:  # e.g. AWS_PROFILE names a missing profile
            raise StorageError(f"S3 configuration error: {exc}") from exc
        self.region = session.region_name or "us-east-1"
        self.client = session.client(
            "s3",
            endpoint_url=location.endpoint,
            region_name=self.region,
            config=Config(
                signature_version="s3v4",
                s3={"addressing_style": "path" if location.endpoint else "auto"},
                retries={"max_attempts": 3, "mode": "standard"},
                connect_timeout=3,
                read_timeout=30,
            ),
        )

    @classmethod
    def from_url(cls, url: str) -> S3Storage:
        """The storage described by an s3:// URL."""
        return cls(parse_s3_url(url))

    @property
    def where(self) -> str:
        """The bucket and server, for messages."""
        return f"bucket {self.location.bucket!r} at {self.location.endpoint or 'AWS S3'}"

    def _key(self, key: str) -> str:
        parts = key.split("/")
        if not key or key.startswith("/") or any(part in ("", ".", "..") for part in parts):
            raise StorageError(f"refusing an unsafe storage key: {key!r}")
        return f"{self.location.prefix}/{key}" if self.location.prefix else key

    def _error(self, doing: str, exc: Exception) -> StorageError:
        """A readable StorageError for a failed call."""
        if isinstance(exc, NoCredentialsError):
            return StorageError(
                f"could not {doing}: no S3 credentials found (set AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY, or access_key/secret_key in SLEEVE_STORAGE_URL)"
            )
        if isinstance(exc, ClientError) and _code(exc) in DENIED:
            return StorageError(
                f"could not {doing}: {self.where} refused access ({_code(exc)}); "
                "check the S3 credentials and their permissions"
            )
        if isinstance(exc, ClientError) and _code(exc) == "NoSuchBucket":
            return StorageError(f"could not {doing}: {self.where} does not exist")
        if isinstance(exc, BotoCoreError):
            return StorageError(f"could not {doing}: {self.where} is not reachable: {exc}")
        return StorageError(f"could not {doing} in {self.where}: {exc}")

    def put(self, key: str, data: bytes, content_type: str) -> None:
        name = self._key(key)
        try:
            self.client.put_object(
                Bucket=self.location.bucket, Key=name, Body=data, ContentType=content_type
            )
        except (BotoCoreError, ClientError) as exc:
            raise self._error(f"write {key}", exc) from exc

    def read(self, key: str) -> bytes:
        name = self._key(key)
        try:
            reply = self.client.get_object(Bucket=self.location.bucket, Key=name)
            return reply["Body"].read()
        except ClientError as exc:
            if _code(exc) in ("NoSuchKey", "404", "NotFound"):
                raise FileNotFoundError(f"no object {key!r} in {self.where}") from exc
            raise self._error(f"read {key}", exc) from exc
        except BotoCoreError as exc:
            raise self._error(f"read {key}", exc) from exc

    def delete(self, key: str) -> None:
        name = self._key(key)
        try:
            self.client.delete_object(Bucket=self.location.bucket, Key=name)
        except (BotoCoreError, ClientError) as exc:
            raise self._error(f"delete {key}", exc) from exc

    def check(self) -> None:
        """Raise StorageError unless the server answers and the bucket is usable;
        a missing bucket is created here (so a fresh server needs no setup)."""
        try:
            self.client.head_bucket(Bucket=self.location.bucket)
        except ClientError as exc:
            if _code(exc) not in MISSING:
                raise self._error("use the bucket", exc) from exc
            self._create_bucket()
        except BotoCoreError as exc:
            raise self._error("use the bucket", exc) from exc

    def _create_bucket(self) -> None:
        extra: dict[str, object] = {}
        if self.region != "us-east-1":  # AWS wants the region named for any other
            extra["CreateBucketConfiguration"] = {"LocationConstraint": self.region}
        try:
            self.client.create_bucket(Bucket=self.location.bucket, **extra)
        except ClientError as exc:
            if _code(exc) not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                raise self._error("create the missing bucket", exc) from exc
        except BotoCoreError as exc:
            raise self._error("create the missing bucket", exc) from exc

    @property
    def url_lifetime_s(self) -> int:
        """How long a URL from `url` works."""
        return self.presign_seconds

    def url(self, key: str) -> str:
        """A presigned URL that fetches the object for `url_lifetime_s` seconds."""
        return self.presigned_url(key, self.presign_seconds)

    def presigned_url(self, key: str, expires_s: int = PRESIGN_SECONDS) -> str:
        """A URL that fetches the object for `expires_s` seconds without credentials."""
        if not 1 <= expires_s <= MAX_PRESIGN_SECONDS:
            raise ValueError(f"a presigned URL lives 1 to {MAX_PRESIGN_SECONDS} seconds")
        name = self._key(key)
        try:
            return self.client.generate_presigned_url(
                "get_object",
                Params={"Bucket": self.location.bucket, "Key": name},
                ExpiresIn=expires_s,
            )
        except (BotoCoreError, ClientError) as exc:
            raise self._error(f"sign a URL for {key}", exc) from exc
