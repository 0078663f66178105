"""The S3-compatible storage backend (scale-out): objects in a bucket; clients keep the
stable Sleeve URL, which redirects to a short-lived presigned URL."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from starlette.responses import RedirectResponse

from sleeve.files.storage import StorageError

PRESIGN_SECONDS = 900


@dataclass(frozen=True)
class S3Location:
    """Bucket, key prefix and connection settings parsed from SLEEVE_STORAGE_URL."""

    bucket: str
    prefix: str
    endpoint: str | None
    region: str | None
    access_key: str | None
    secret_key: str | None


def parse_s3_url(url: str) -> S3Location:
    """s3://BUCKET/prefix?endpoint=http://host:port&region=R[&access_key=..&secret_key=..]

    Credentials in the URL are for local servers; elsewhere leave them out and let
    boto3 find them (environment, profile, instance role) so they stay out of URLs."""
    parsed = urlparse(url)
    if not parsed.netloc:
        raise ValueError("SLEEVE_STORAGE_URL s3:// needs a bucket name: s3://bucket/prefix")
    query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    return S3Location(
        parsed.netloc,
        parsed.path.strip("/"),
        query.get("endpoint"),
        query.get("region"),
        query.get("access_key"),
        query.get("secret_key"),
    )


class S3Storage:
    """Storage in an S3-compatible bucket (path-style addressing for custom endpoints)."""

    def __init__(self, location: S3Location):
        self.location = location
        self.client = boto3.client(
            "s3",
            endpoint_url=location.endpoint,
            region_name=location.region or "us-east-1",
            aws_access_key_id=location.access_key,
            aws_secret_access_key=location.secret_key,
            config=Config(
                s3={"addressing_style": "path" if location.endpoint else "auto"},
                retries={"max_attempts": 3, "mode": "standard"},
                connect_timeout=5,
                read_timeout=30,
            ),
        )

    @classmethod
    def from_url(cls, url: str) -> S3Storage:
        """The storage described by an s3:// URL."""
        return cls(parse_s3_url(url))

    def _key(self, key: str) -> str:
        return f"{self.location.prefix}/{key}" if self.location.prefix else key

    def put(self, key: str, data: bytes, content_type: str) -> None:
        try:
            self.client.put_object(
                Bucket=self.location.bucket, Key=self._key(key), Body=data, ContentType=content_type
            )
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"could not write {key} to the bucket: {exc}") from exc

    def read(self, key: str) -> bytes:
        try:
            reply = self.client.get_object(Bucket=self.location.bucket, Key=self._key(key))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise FileNotFoundError(key) from exc
            raise StorageError(f"could not read {key} from the bucket: {exc}") from exc
        except BotoCoreError as exc:
            raise StorageError(f"could not read {key} from the bucket: {exc}") from exc
        return reply["Body"].read()

    def delete(self, key: str) -> None:
        try:
            self.client.delete_object(Bucket=self.location.bucket, Key=self._key(key))
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"could not delete {key} from the bucket: {exc}") from exc

    def exists(self, key: str) -> bool:
        try:
            self.client.head_object(Bucket=self.location.bucket, Key=self._key(key))
        except ClientError:
            return False
        return True

    def check(self) -> None:
        """Reachable and the bucket exists (it is created when missing)."""
        try:
            self.client.head_bucket(Bucket=self.location.bucket)
        except ClientError:
            try:
                self.client.create_bucket(Bucket=self.location.bucket)
            except (BotoCoreError, ClientError) as exc:
                raise StorageError(f"bucket {self.location.bucket} is not usable: {exc}") from exc
        except BotoCoreError as exc:
            raise StorageError(f"the object store is not reachable: {exc}") from exc

    def presigned_url(self, key: str, expires_s: int = PRESIGN_SECONDS) -> str:
        """A URL that fetches the object for `expires_s` seconds without credentials."""
        return self.client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.location.bucket, "Key": self._key(key)},
            ExpiresIn=expires_s,
        )

    def redirect(self, key: str, headers: dict[str, str]) -> RedirectResponse:
        """A temporary redirect to a fresh presigned URL; cached for less than it lives."""
        cache = {"Cache-Control": f"private, max-age={PRESIGN_SECONDS // 3}"}
        kept = {k: v for k, v in headers.items() if k.lower() == "etag"}
        return RedirectResponse(self.presigned_url(key), status_code=307, headers={**kept, **cache})
