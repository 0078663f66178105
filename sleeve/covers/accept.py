"""Accept a group of cover requests in one transaction: once per music task, paid on
acceptance. The group commit in intake.py calls this for every waiting request."""

from __future__ import annotations

from dataclasses import dataclass

from sleeve.accounts.keys import REVOKED_KEY
from sleeve.accounts.ledger import balances_for_update, charge_covers
from sleeve.core.clock import utcnow
from sleeve.core.errors import (
    DuplicateCover,
    InsufficientCredits,
    NotFound,
    SleeveError,
    Unauthorized,
)
from sleeve.core.ids import new_task_ids
from sleeve.db.models import CoverStatus
from sleeve.db.raw import RawSql, placeholders


@dataclass(frozen=True)
class CoverRequest:
    """One cover request, already validated and authenticated (key_id None: no key)."""

    account_id: int
    key_id: int | None
    music_task_id: str
    callback_url: str
    styles: tuple[str, str] | None = None  # None: the engine chooses
    variation_of: str | None = None  # a variation is one more cover, beside the active one


@dataclass(frozen=True)
class Accepted:
    """A cover task that was accepted and must now be queued."""

    task_id: str


Outcome = Accepted | SleeveError


def accept_covers(*, sql: RawSql, requests: list[CoverRequest], cost: int) -> list[Outcome]:
    """Accept a group of cover requests inside the caller's write transaction: one
    active cover per music task (a unique index and INSERT ... ON CONFLICT DO NOTHING,
    never check-then-insert), each paid in the same transaction. Returns, in order,
    Accepted or the error for each request: Unauthorized (key revoked meanwhile),
    NotFound, DuplicateCover (with the existing id) or InsufficientCredits.

    About eight statements serve the whole group, however large it is."""
    outcomes: list[Outcome | None] = [None] * len(requests)
    _refuse_revoked_keys(sql, requests, outcomes)
    music_ids = _music_ids(sql, requests, outcomes)
    accounts = sorted({requests[index].account_id for index in music_ids})
    balances = balances_for_update(sql=sql, account_ids=accounts) if accounts else {}
    wanted: dict[int, int] = {}
    for index in music_ids:
        wanted[requests[index].account_id] = wanted.get(requests[index].account_id, 0) + cost
    tight = any(wanted[account] > balances.get(account, 0) for account in wanted)
    # With enough credits for everyone, the insert alone finds the duplicates; when
    # credits are short, existing covers are looked up first so that a duplicate
    # request never takes the credit a later request could have used.
    active = _active_covers(sql, set(music_ids.values())) if tight else {}
    fresh = iter(new_task_ids(2 * len(music_ids)))  # a task id and a file salt each
    planned: dict[int, tuple[int, str, str]] = {}  # music row id -> (index, cover id, salt)
    variations: list[tuple[int, int, str, str]] = []  # (index, music row id, cover id, salt)
    followers: list[tuple[int, int]] = []  # (request index, music row id) asked twice in a batch
    for index, music_id in music_ids.items():
        request = requests[index]
        variation = request.variation_of is not None
        if not variation and music_id in active:
            outcomes[index] = _duplicate(request, active[music_id])
        elif not variation and music_id in planned:
            followers.append((index, music_id))
        elif balances.get(request.account_id, 0) < cost:
            outcomes[index] = InsufficientCredits(
                f"this account has {balances.get(request.account_id, 0)} credits and a cover "
                f"costs {cost}: add credits first"
            )
        else:
            balances[request.account_id] -= max(cost, 0)
            if variation:
                variations.append((index, music_id, next(fresh), next(fresh)))
            else:
                planned[music_id] = (index, next(fresh), next(fresh))
    inserted = _insert_covers(sql, requests, planned, variations)
    charges: dict[int, list[str]] = {}
    for index, _, cover_id, _ in variations:
        outcomes[index] = Accepted(cover_id)
        charges.setdefault(requests[index].account_id, []).append(cover_id)
    lost = [music_id for music_id, (_, cover_id, _) in planned.items() if cover_id not in inserted]
    winners = _active_covers(sql, set(lost)) if lost else {}
    for music_id, (index, cover_id, _) in planned.items():
        request = requests[index]
        if cover_id in inserted:
            outcomes[index] = Accepted(cover_id)
            charges.setdefault(request.account_id, []).append(cover_id)
            winners[music_id] = cover_id
        else:  # an active cover already existed (or another process just made one)
            outcomes[index] = _duplicate(request, winners.get(music_id))
    for index, music_id in followers:
        outcomes[index] = _duplicate(requests[index], winners.get(music_id))
    if cost > 0:
        charge_covers(sql=sql, charges=charges, cost=cost)
    return [outcome for outcome in outcomes if outcome is not None]


def _duplicate(request: CoverRequest, existing: str | None) -> DuplicateCover:
    return DuplicateCover(
        f"a cover for music task {request.music_task_id} already exists; poll it with its taskId",
        data={"taskId": existing},
    )


def _refuse_revoked_keys(
    sql: RawSql, requests: list[CoverRequest], outcomes: list[Outcome | None]
) -> None:
    """Keys are checked again inside the transaction: a key revoked a moment ago (by
    another process, after a cached authentication) pays for nothing."""
    key_ids = sorted({r.key_id for r in requests if r.key_id is not None})
    if not key_ids:
        return
    live = {
        row[0]
        for row in sql.rows(
            "SELECT id FROM api_keys WHERE revoked_at IS NULL "
            f"AND id IN ({placeholders(len(key_ids))})",
            key_ids,
        )
    }
    for index, request in enumerate(requests):
        if request.key_id is not None and request.key_id not in live:
            outcomes[index] = Unauthorized(REVOKED_KEY)


def _music_ids(
    sql: RawSql, requests: list[CoverRequest], outcomes: list[Outcome | None]
) -> dict[int, int]:
    """The music row id for each still-open request index; NotFound for the others."""
    wanted: dict[int, set[str]] = {}
    for index, request in enumerate(requests):
        if outcomes[index] is None:
            wanted.setdefault(request.account_id, set()).add(request.music_task_id)
    known: dict[tuple[int, str], int] = {}
    for account_id, task_ids in wanted.items():
        rows = sql.rows(
            "SELECT task_id, id FROM music_tasks WHERE account_id = ? "
            f"AND task_id IN ({placeholders(len(task_ids))})",
            [account_id, *sorted(task_ids)],
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


def _active_covers(sql: RawSql, music_ids: set[int]) -> dict[int, str]:
    """The active cover task id of each music row that has one."""
    if not music_ids:
        return {}
    rows = sql.rows(
        "SELECT active_music_id, id FROM cover_tasks "
        f"WHERE active_music_id IN ({placeholders(len(music_ids))})",
        sorted(music_ids),
    )
    return {music_id: cover_id for music_id, cover_id in rows}


_COVER_COLUMNS = (
    "id",
    "account_id",
    "music_id",
    "active_music_id",
    "callback_url",
    "status",
    "file_salt",
    "notes",
    "created_at",
    "attempts",
    "enqueued_at",
    "styles",
    "variation_of",
)


def _insert_covers(
    sql: RawSql,
    requests: list[CoverRequest],
    planned: dict[int, tuple[int, str, str]],
    variations: list[tuple[int, int, str, str]],
) -> set[str]:
    """Insert the planned cover tasks and variations in one statement; the ids that
    went in (a conflict on the active music task skips a row; a variation is never
    the active cover, so it never conflicts)."""
    rows_in = [
        (index, music_id, music_id, cover_id, salt)
        for music_id, (index, cover_id, salt) in planned.items()
    ]
    rows_in += [
        (index, music_id, None, cover_id, salt) for index, music_id, cover_id, salt in variations
    ]
    if not rows_in:
        return set()
    now = utcnow()
    rows = sql.insert(
        "cover_tasks",
        _COVER_COLUMNS,
        [
            (
                cover_id,
                requests[index].account_id,
                music_id,
                active_music_id,
                requests[index].callback_url,
                CoverStatus.PENDING.value,
                salt,
                "",
                now,
                0,
                now,
                ",".join(requests[index].styles) if requests[index].styles else None,
                requests[index].variation_of,
            )
            for index, music_id, active_music_id, cover_id, salt in rows_in
        ],
        tail="ON CONFLICT (active_music_id) DO NOTHING RETURNING id",
        returns=True,
    )
    return {cover_id for (cover_id,) in rows}
