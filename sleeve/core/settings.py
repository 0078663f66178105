"""One settings class: every option comes from a SLEEVE_* environment variable or .env."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Sleeve's configuration. Defaults run the embedded mode on a fresh machine."""

    model_config = SettingsConfigDict(env_prefix="SLEEVE_", env_file=".env", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str = ""
    queue_url: str = ""
    queue_name: str = "sleeve"
    redis_url: str = ""
    storage_url: str = ""
    public_url: str = "http://127.0.0.1:8000"

    upstream_url: str = ""
    upstream_key: str = ""

    allow_private_callbacks: bool = False
    callback_timeout_s: float = 15.0
    callback_retry_delays: Annotated[list[float], NoDecode] = Field(
        default_factory=lambda: [60.0, 300.0, 900.0]
    )

    outbound_proxy: str = ""  # an explicit proxy for callbacks and downloads; never from env
    audio_download_timeout_s: float = 30.0  # the whole download, not each read
    audio_download_max_bytes: int = 40 * 1024 * 1024
    audio_download_workers: int = 4  # download threads per worker process, apart from renders
    audio_downloads_per_account: int = 2  # one account's downloads running at once
    render_timeout_s: float = 120.0  # a render that runs longer fails (and is refunded)

    rate_limit_generate: str = "20/10 seconds"
    rate_limit_record_info: str = "3/second"

    cover_cost: int = 1
    retention_days: float = 14.0
    sweep_interval_s: float = 600.0
    image_size: int = 1024
    max_body_bytes: int = 1_000_000
    max_upload_bytes: int = 52_000_000
    gc_tuning: bool = True  # freeze the start-up heap, collect less often (gc_tuning.py)

    lease_seconds: float = 30.0
    reconcile_interval_s: float = 5.0
    requeue_after_s: float = 60.0
    render_attempts: int = 3
    workers: int = 2

    @field_validator("callback_retry_delays", mode="before")
    @classmethod
    def _parse_delays(cls, value: object) -> object:
        """Accept "60,300,900" as well as a JSON list."""
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [float(part) for part in text.split(",") if part.strip()]
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


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
