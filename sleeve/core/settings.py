"""One settings class: every option comes from a SLEEVE_* environment variable or .env.

Every value is typed and checked when the process starts (`load_settings`): a bad
rate limit, URL, number or duration stops start-up with a message that names the
variable and shows a good value, instead of failing the first request."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated
from urllib.parse import urlparse

from limits import parse as parse_rate_limit
from pydantic import AfterValidator, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_PREFIX = "SLEEVE_"


def _url_check(*schemes: str, empty: bool = True):  # type: ignore[no-untyped-def]
    def check(value: str) -> str:
        if not value and empty:
            return value
        parsed = urlparse(value)
        if parsed.scheme not in schemes or not (parsed.netloc or parsed.path):
            raise ValueError(
                f"must be a URL starting with {' or '.join(s + '://' for s in schemes)}"
            )
        return value

    return AfterValidator(check)


def _rate_limit_check(value: str) -> str:
    try:
        parse_rate_limit(value)
    except ValueError as exc:
        raise ValueError("is not a rate limit") from exc
    return value


RateLimit = Annotated[str, AfterValidator(_rate_limit_check)]
Seconds = Annotated[float, Field(gt=0)]
HttpUrl = Annotated[str, _url_check("http", "https")]

EXAMPLES = {  # a good value for each setting whose type is not obvious from its name
    "public_url": "https://covers.example.com",
    "upstream_url": "https://api.example.com",
    "database_url": "postgresql+psycopg://sleeve:secret@db.internal/sleeve",
    "queue_url": "redis://127.0.0.1:6379/0",
    "redis_url": "redis://127.0.0.1:6379/1",
    "storage_url": "s3://bucket/prefix",
    "callback_retry_delays": "60,300,900",
    "rate_limit_generate": "20/10 seconds",
    "rate_limit_record_info": "3/second",
    "rate_limit_register": "60/minute",
    "rate_limit_intake": "600/minute",
    "image_size": "1024",
    "allow_private_callbacks": "false",
    "outbound_proxy": "http://proxy.internal:3128",
}


class Settings(BaseSettings):
    """Sleeve's configuration. Defaults run the embedded mode on a fresh machine."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_file=".env", extra="ignore")

    data_dir: Path = Path("data")
    database_url: Annotated[str, _url_check("sqlite", "postgresql", "postgresql+psycopg")] = ""
    queue_url: Annotated[str, _url_check("sqlite", "redis", "rediss")] = ""
    queue_name: str = Field(default="sleeve", min_length=1)
    redis_url: Annotated[str, _url_check("redis", "rediss")] = ""
    storage_url: Annotated[str, _url_check("file", "s3")] = ""
    public_url: Annotated[str, _url_check("http", "https", empty=False)] = "http://127.0.0.1:8000"

    upstream_url: HttpUrl = ""
    upstream_key: str = ""

    allow_private_callbacks: bool = False
    callback_timeout_s: Seconds = 15.0
    callback_retry_delays: Annotated[list[Annotated[float, Field(ge=0)]], NoDecode] = Field(
        default_factory=lambda: [60.0, 300.0, 900.0]
    )

    outbound_proxy: Annotated[str, _url_check("http", "https")] = ""  # never from env
    audio_download_timeout_s: Seconds = 30.0  # the whole download, not each read
    audio_download_max_bytes: int = Field(default=40 * 1024 * 1024, gt=0)
    audio_download_workers: int = Field(default=4, ge=1)  # threads per worker, apart from renders
    audio_downloads_per_account: int = Field(default=2, ge=1)  # one account's at once
    render_timeout_s: Seconds = 120.0  # a render that runs longer fails (and is refunded)

    rate_limit_generate: RateLimit = "20/10 seconds"
    rate_limit_record_info: RateLimit = "3/second"
    rate_limit_register: RateLimit = "60/minute"
    rate_limit_intake: RateLimit = "600/minute"

    cover_cost: int = Field(default=1, ge=0)
    retention_days: Annotated[float, Field(gt=0)] = 14.0
    sweep_interval_s: Seconds = 600.0
    image_size: int = Field(default=1024, ge=64, le=3000)
    tags_on_cover: bool = False  # print the genre tags under the title (no release does)
    # an account's latest covers whose layouts its next covers avoid (engine.looks)
    layout_memory: int = Field(default=150, ge=0, le=1000)
    max_body_bytes: int = Field(default=1_000_000, gt=0)
    max_upload_bytes: int = Field(default=52_000_000, gt=0)
    http_header_timeout_s: Seconds = 10.0
    http_body_timeout_s: Seconds = 60.0
    gc_tuning: bool = True  # freeze the start-up heap, collect less often (gc_tuning.py)

    lease_seconds: Seconds = 30.0
    reconcile_interval_s: Seconds = 5.0
    requeue_after_s: Seconds = 60.0
    render_attempts: int = Field(default=3, ge=1)
    workers: int = Field(default=2, ge=1)

    @field_validator("callback_retry_delays", mode="before")
    @classmethod
    def _parse_delays(cls, value: object) -> object:
        """Accept "60,300,900" as well as a JSON list."""
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to a SQLite file in the data directory."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'sleeve.db').resolve()}"

    @property
    def resolved_queue_url(self) -> str:
        """The task transport URL, defaulting to a SQLite file beside the database."""
        return self.queue_url or f"sqlite:///{(self.data_dir / 'queue.db').resolve()}"

    @property
    def resolved_storage_url(self) -> str:
        """Where image files live, defaulting to a folder in the data directory."""
        return self.storage_url or f"file://{(self.data_dir / 'files').resolve()}"

    @property
    def public_base(self) -> str:
        """The public base URL without a trailing slash."""
        return self.public_url.rstrip("/")


class BadSettings(ValueError):
    """Settings that failed validation, explained one variable per line."""


def explain(error: ValidationError) -> str:
    """One line per bad variable: its name, what is wrong, and a good value."""
    lines = []
    for problem in error.errors():
        field = str(problem["loc"][0]) if problem["loc"] else ""
        message = problem["msg"].removeprefix("Value error, ")
        example = EXAMPLES.get(field) or str(Settings.model_fields[field].default)
        given = problem.get("input")
        got = f" (got {given!r})" if isinstance(given, str | int | float) else ""
        lines.append(
            f"{ENV_PREFIX}{field.upper()}: {message}{got}; for example "
            f"{ENV_PREFIX}{field.upper()}={example!r}"
        )
    return "\n".join(lines)


def load_settings() -> Settings:
    """Read the settings afresh (from the environment as it is now)."""
    get_settings.cache_clear()
    return get_settings()


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once; BadSettings names each bad variable."""
    try:
        return Settings()
    except ValidationError as exc:
        raise BadSettings(explain(exc)) from None
