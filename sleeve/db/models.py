"""SQLAlchemy models: the rows are the truth for every task, job and callback."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sleeve.core.clock import utcnow


class CoverStatus(StrEnum):
    """Where a cover task stands (the contract's `status` values)."""

    PENDING = "PENDING"
    GENERATING = "GENERATING"
    SUCCESS = "SUCCESS"
    FAILED = "GENERATE_COVER_FAILED"


class DeliveryStatus(StrEnum):
    """Where a callback delivery stands."""

    PENDING = "PENDING"
    DELIVERING = "DELIVERING"
    DELIVERED = "DELIVERED"
    FAILED = "FAILED"


class LedgerKind(StrEnum):
    """What a credit ledger line records."""

    GRANT = "grant"
    CHARGE = "charge"
    REFUND = "refund"


class MusicStatus(StrEnum):
    """How far the provider got with a music task (its callbacks' stages)."""

    TEXT_SUCCESS = "TEXT_SUCCESS"
    FIRST_SUCCESS = "FIRST_SUCCESS"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"


class MusicSource(StrEnum):
    """How a music task reached Sleeve."""

    API = "api"
    PUSH = "push"
    PULL = "pull"
    CLI = "cli"


class Base(DeclarativeBase):
    """Declarative base of all Sleeve tables."""


class Account(Base):
    """A customer: owns keys, music tasks, cover tasks and a credit balance."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    webhook_secret: Mapped[str] = mapped_column(String(80))
    intake_token: Mapped[str] = mapped_column(String(64), unique=True)
    balance: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ApiKey(Base):
    """An API key, stored only as a hash; `prefix` helps people tell keys apart."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CreditEntry(Base):
    """One line of the credit ledger: a grant, a charge or a refund."""

    __tablename__ = "credit_entries"
    __table_args__ = (UniqueConstraint("cover_task_id", "kind", name="uq_credit_task_kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))  # a LedgerKind
    cover_task_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AudioStatus(StrEnum):
    """Where a music task's audio download stands."""

    PENDING = "PENDING"
    DOWNLOADING = "DOWNLOADING"
    STORED = "STORED"
    FAILED = "FAILED"


class MusicTask(Base):
    """A song a cover is made for, as registered, pushed or pulled."""

    __tablename__ = "music_tasks"
    __table_args__ = (
        UniqueConstraint("account_id", "task_id", name="uq_music_account_task"),
        Index("ix_music_audio_expires", "audio_expires_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[str] = mapped_column(String(64))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    tags: Mapped[str] = mapped_column(String(1000), default="")
    prompt: Mapped[str] = mapped_column(Text, default="")
    instrumental: Mapped[bool] = mapped_column(Boolean, default=False)
    model_name: Mapped[str] = mapped_column(String(80), default="")
    duration_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    audio_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    audio_key: Mapped[str | None] = mapped_column(String(300), nullable=True)
    image_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    # the download of audio_url into audio_key (music/downloads.py); None: none asked
    audio_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    audio_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    audio_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    audio_expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(32), default=MusicStatus.SUCCESS)
    source: Mapped[str] = mapped_column(String(16), default=MusicSource.API)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CoverTask(Base):
    """A cover request and its render job (the lease columns make it claimable)."""

    __tablename__ = "cover_tasks"
    __table_args__ = (Index("ix_cover_status_lease", "status", "lease_expires_at"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    music_id: Mapped[int] = mapped_column(ForeignKey("music_tasks.id"), index=True)
    # Set while the task is not failed; its unique index enforces one cover per music task.
    active_music_id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    callback_url: Mapped[str] = mapped_column(String(2000))
    status: Mapped[str] = mapped_column(String(32), default=CoverStatus.PENDING)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    file_salt: Mapped[str] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(80), nullable=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    enqueued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Studio extensions: the picked image (1 or 2), the styles asked for (comma-separated;
    # None: the engine chooses), the cover task this one varies, and the art direction
    # in words (JSON), written when the images are.
    selected_image: Mapped[int | None] = mapped_column(Integer, nullable=True)
    styles: Mapped[str | None] = mapped_column(String(200), nullable=True)
    variation_of: Mapped[str | None] = mapped_column(String(32), nullable=True)
    direction: Mapped[str | None] = mapped_column(Text, nullable=True)


class CoverImage(Base):
    """One stored cover image; `token` is the unguessable part of its URL."""

    __tablename__ = "cover_images"
    __table_args__ = (UniqueConstraint("cover_task_id", "position", name="uq_image_position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cover_task_id: Mapped[str] = mapped_column(ForeignKey("cover_tasks.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    style: Mapped[str] = mapped_column(String(40))
    # the turn of the seed the style drew at (engine.looks; an export draws it again)
    # and the layout key it drew, which the account's next covers avoid
    turn: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    layout: Mapped[str] = mapped_column(String(120), default="", server_default="")
    token: Mapped[str] = mapped_column(String(64), unique=True)
    storage_key: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(40), default="image/png")
    byte_size: Mapped[int] = mapped_column(Integer)
    etag: Mapped[str] = mapped_column(String(80))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CoverExport(Base):
    """One image of a cover task rendered at a print size (rendered once, then kept
    with the task's images and deleted with them)."""

    __tablename__ = "cover_exports"
    __table_args__ = (
        UniqueConstraint("cover_task_id", "position", "size", "format", name="uq_export"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cover_task_id: Mapped[str] = mapped_column(ForeignKey("cover_tasks.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(8))
    storage_key: Mapped[str] = mapped_column(String(300))
    byte_size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CallbackDelivery(Base):
    """The callback of one cover task: one webhook id, many attempts."""

    __tablename__ = "callback_deliveries"
    __table_args__ = (Index("ix_delivery_status_next", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cover_task_id: Mapped[str] = mapped_column(ForeignKey("cover_tasks.id"), unique=True)
    webhook_id: Mapped[str] = mapped_column(String(40))
    url: Mapped[str] = mapped_column(String(2000))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=DeliveryStatus.PENDING)
    attempt_count: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    lease_owner: Mapped[str | None] = mapped_column(String(80), nullable=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    enqueued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class DeliveryAttempt(Base):
    """One try at delivering a callback: when, what came back, how long it took."""

    __tablename__ = "delivery_attempts"
    __table_args__ = (UniqueConstraint("delivery_id", "attempt_no", name="uq_attempt_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("callback_deliveries.id"), index=True)
    attempt_no: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class ServiceFlag(Base):
    """Operator switches shared by every process (maintenance mode)."""

    __tablename__ = "service_flags"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
