"""Accept cover tasks (once per music task, paid on acceptance) and report on them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from sleeve.accounts.keys import touch_last_used
from sleeve.accounts.ledger import balances_for_update, charge_covers
from sleeve.core.clock import iso_millis, utcnow
from sleeve.core.errors import (
    DuplicateCover,
    InsufficientCredits,
    NotFound,
    SleeveError,
    Unauthorized,
)
from sleeve.core.ids import new_task_id
from sleeve.db.conflict import insert_ignoring_conflict
from sleeve.db.models import ApiKey, CoverImage, CoverTask, MusicTask
from sleeve.files.urls import image_url

SUCCESS_FLAGS = {"PENDING": 0, "GENERATING": 2, "SUCCESS": 1, "GENERATE_COVER_FAILED": 3}


@dataclass(frozen=True)
class CoverRequest:
    """One cover request, already validated and authenticated (key_id None: no key)."""

    account_id: int
    key_id: int | None
    music_task_id: str
    callback_url: str


@dataclass(frozen=True)
class Accepted:
    """A cover task that was accepted and must now be queued."""

    task_id: str


Outcome = Accepted | SleeveError


def accept_covers(
    *, connection: Connection, requests: list[CoverRequest], cost: int
) -> list[Outcome]:
    """Accept a group of cover requests in the caller's write transaction: one active
    cover per music task (a unique index and INSERT ... ON CONFLICT DO NOTHING, never
    check-then-insert), each paid in the same transaction. Returns, in order, Accepted
    or the error for each request: Unauthorized (key revoked meanwhile), NotFound,
    DuplicateCover (with the existing id) or InsufficientCredits.

    A handful of statements serve the whole group, so a busy server spends one
    transaction on many requests instead of one each."""
    outcomes: list[Outcome | None] = [None] * len(requests)
    _refuse_revoked_keys(connection, requests, outcomes)
    music_ids = _music_ids(connection, requests, outcomes)
    active = _active_covers(connection, set(music_ids.values()))
    balances = balances_for_update(
        connection=connection, account_ids=sorted({r.account_id for r in requests})
    )
    planned: dict[int, tuple[int, str]] = {}  # music row id -> (request index, new cover id)
    for index, request in enumerate(requests):
        if outcomes[index] is not None:
            continue
        music_id = music_ids[index]
        existing = active.get(music_id) or (planned[music_id][1] if music_id in planned else None)
        if existing is not None:
            outcomes[index] = _duplicate(request, existing)
        elif balances.get(request.account_id, 0) < cost:
            outcomes[index] = InsufficientCredits(
                f"this account has {balances.get(request.account_id, 0)} credits and a cover "
                f"costs {cost}: add credits first"
            )
        else:
            balances[request.account_id] -= max(cost, 0)
            planned[music_id] = (index, new_task_id())
    inserted = _insert_covers(connection, requests, planned)
    raced = [music_id for music_id, (_, cover_id) in planned.items() if cover_id not in inserted]
    winners = _active_covers(connection, set(raced)) if raced else {}
    charges: dict[int, list[str]] = {}
    for music_id, (index, cover_id) in planned.items():
        request = requests[index]
        if cover_id in inserted:
            outcomes[index] = Accepted(cover_id)
            charges.setdefault(request.account_id, []).append(cover_id)
        else:  # another process inserted one between our read and our insert
            outcomes[index] = _duplicate(request, winners.get(music_id))
    for account_id, cover_ids in charges.items():
        charge_covers(
            connection=connection, account_id=account_id, cover_task_ids=cover_ids, cost=cost
        )
    _touch_keys(connection, requests)
    return [outcome for outcome in outcomes if outcome is not None]


def _duplicate(request: CoverRequest, existing: str | None) -> DuplicateCover:
    return DuplicateCover(
        f"a cover for music task {request.music_task_id} already exists; poll it with its taskId",
        data={"taskId": existing},
    )


def _refuse_revoked_keys(
    connection: Connection, requests: list[CoverRequest], outcomes: list[Outcome | None]
) -> None:
    """Keys are checked again inside the transaction: a key revoked a moment ago (by
    another process, after a cached authentication) pays for nothing."""
    key_ids = {r.key_id for r in requests if r.key_id is not None}
    if not key_ids:
        return
    live = set(
        connection.scalars(
            select(ApiKey.id).where(ApiKey.id.in_(sorted(key_ids)), ApiKey.revoked_at.is_(None))
        )
    )
    for index, request in enumerate(requests):
        if request.key_id is not None and request.key_id not in live:
            outcomes[index] = Unauthorized(
                "this API key was revoked: create a new key with `sleeve keys create`"
            )


def _music_ids(
    connection: Connection, requests: list[CoverRequest], outcomes: list[Outcome | None]
) -> dict[int, int]:
    """The music row id for each still-open request index; NotFound for the others."""
    wanted: dict[int, set[str]] = {}
    for index, request in enumerate(requests):
        if outcomes[index] is None:
            wanted.setdefault(request.account_id, set()).add(request.music_task_id)
    known: dict[tuple[int, str], int] = {}
    for account_id, task_ids in wanted.items():
        rows = connection.execute(
            select(MusicTask.task_id, MusicTask.id).where(
                MusicTask.account_id == account_id, MusicTask.task_id.in_(sorted(task_ids))
            )
        )
        known.update({(account_id, task_id): row_id for task_id, row_id in rows})
    found: dict[int, int] = {}
    for index, request in enumerate(requests):
        if outcomes[index] is not None:
            continue
        row_id = known.get((request.account_id, request.music_task_id))
        if row_id is None:
            outcomes[index] = NotFound(
                f"music task {request.music_task_id} was not found for this API key"
            )
        else:
            found[index] = row_id
    return found


def _active_covers(connection: Connection, music_ids: set[int]) -> dict[int, str]:
    """The active cover task id of each music row that has one."""
    if not music_ids:
        return {}
    rows = connection.execute(
        select(CoverTask.active_music_id, CoverTask.id).where(
            CoverTask.active_music_id.in_(sorted(music_ids))
        )
    )
    return {music_id: cover_id for music_id, cover_id in rows}


def _insert_covers(
    connection: Connection, requests: list[CoverRequest], planned: dict[int, tuple[int, str]]
) -> set[str]:
    """Insert the planned cover tasks; the ids that went in (a conflict skips a row)."""
    if not planned:
        return set()
    now = utcnow()
    rows = [
        {
            "id": cover_id,
            "account_id": requests[index].account_id,
            "music_id": music_id,
            "active_music_id": music_id,
            "callback_url": requests[index].callback_url,
            "status": "PENDING",
            "file_salt": secrets.token_hex(16),
            "notes": "",
            "created_at": now,
            "attempts": 0,
            "enqueued_at": now,
        }
        for music_id, (index, cover_id) in planned.items()
    ]
    statement = insert_ignoring_conflict(connection, CoverTask, ["active_music_id"])
    connection.execute(statement, rows)
    return set(
        connection.scalars(
            select(CoverTask.id).where(CoverTask.id.in_([row["id"] for row in rows]))
        )
    )


def _touch_keys(connection: Connection, requests: list[CoverRequest]) -> None:
    """Record when keys were last used (at most once a minute per key)."""
    key_ids = sorted({r.key_id for r in requests if r.key_id is not None})
    if key_ids:
        touch_last_used(connection=connection, key_ids=key_ids)


def cover_record(*, session: Session, account_id: int, cover_id: str, public_base: str) -> dict:
    """The record-info `data` of a cover task the caller owns (NotFound otherwise)."""
    row = session.execute(
        select(CoverTask, MusicTask.task_id)
        .join(MusicTask, MusicTask.id == CoverTask.music_id)
        .where(CoverTask.id == cover_id, CoverTask.account_id == account_id)
    ).first()
    if row is None:
        raise NotFound(f"cover task {cover_id} was not found for this API key")
    task, music_task_id = row
    images = list(
        session.scalars(
            select(CoverImage)
            .where(CoverImage.cover_task_id == task.id)
            .order_by(CoverImage.position)
        )
    )
    return _record(task, music_task_id, images, public_base)


def _record(task: CoverTask, music_task_id: str, images: list[CoverImage], base: str) -> dict:
    done = task.status in ("SUCCESS", "GENERATE_COVER_FAILED")
    response: dict[str, Any] | None = None
    expired = any(image.deleted_at is not None for image in images)
    expire_time = min((image.expires_at for image in images), default=None)
    if task.status == "SUCCESS":
        response = {"images": [image_url(base, image.token) for image in images]}
    error_code: int | None = None
    error_message: str | None = None
    if task.status == "SUCCESS":
        error_code, error_message = 200, ""
    elif task.status == "GENERATE_COVER_FAILED":
        error_code, error_message = 500, task.error_message or "cover generation failed"
    return {
        "taskId": task.id,
        "parentTaskId": music_task_id,
        "callbackUrl": task.callback_url,
        "createTime": iso_millis(task.created_at),
        "completeTime": iso_millis(task.completed_at) if done else None,
        "successFlag": SUCCESS_FLAGS[task.status],
        "status": task.status,
        "response": response,
        "errorCode": error_code,
        "errorMessage": error_message,
        "imagesExpireTime": iso_millis(expire_time),
        "imagesExpired": expired,
    }
