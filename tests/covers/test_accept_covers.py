"""Group acceptance of cover requests (the intake's transaction), on SQLite and on
PostgreSQL: every request in a batch gets exactly the answer it would get alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sleeve.accounts.keys import create_key, revoke_key
from sleeve.accounts.ledger import balance, ledger_sum
from sleeve.core.errors import DuplicateCover, InsufficientCredits, NotFound, Unauthorized
from sleeve.covers.accept import Accepted, CoverRequest, accept_covers
from sleeve.db.migrate import upgrade
from sleeve.db.models import ApiKey, CoverTask
from sleeve.db.raw import RawSql
from sleeve.db.session import make_engine
from sleeve.music.fields import MusicFields
from sleeve.music.service import register_music
from tests.support.services import fresh_postgres_database

HOOK = "https://example.com/hook"


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        made = make_engine(f"sqlite:///{tmp_path / 'sleeve.db'}")
        upgrade(made)
        yield made
        made.dispose()
        return
    with fresh_postgres_database() as url:
        made = make_engine(url)
        upgrade(made)
        yield made
        made.dispose()


def _account(engine: Engine, name: str, credits: int, tracks: int) -> tuple[int, int, list[str]]:
    with Session(engine) as session, session.begin():
        create_key(session=session, name=name, credits=credits)
        key = session.scalar(select(ApiKey).where(ApiKey.name == name))
        music = [
            register_music(
                session=session,
                account_id=key.account_id,
                fields=MusicFields(title=f"{name} {i}", tags="pop"),
            ).task_id
            for i in range(tracks)
        ]
        return key.account_id, key.id, music


def _accept(engine: Engine, requests: list[CoverRequest], cost: int = 1) -> list[object]:
    sql = RawSql(engine)
    with sql.transaction():
        return accept_covers(sql=sql, requests=requests, cost=cost)


def _balance(engine: Engine, account_id: int) -> tuple[int, int]:
    with Session(engine) as session:
        return (
            balance(session=session, account_id=account_id),
            ledger_sum(session=session, account_id=account_id),
        )


def test_one_batch_answers_each_request_as_if_alone(engine: Engine) -> None:
    alice, alice_key, (a1, a2, a3) = _account(engine, "alice", credits=10, tracks=3)
    bob, bob_key, (b1,) = _account(engine, "bob", credits=10, tracks=1)
    (earlier,) = _accept(engine, [CoverRequest(alice, alice_key, a3, HOOK)])
    assert isinstance(earlier, Accepted)

    outcomes = _accept(
        engine,
        [
            CoverRequest(alice, alice_key, a1, HOOK),  # new
            CoverRequest(alice, alice_key, a1, HOOK),  # the same track twice in one batch
            CoverRequest(alice, alice_key, a3, HOOK),  # already has a cover
            CoverRequest(alice, alice_key, b1, HOOK),  # bob's track: not alice's
            CoverRequest(bob, bob_key, b1, HOOK),  # another account in the same batch
            CoverRequest(alice, alice_key, "no-such-track", HOOK),
            CoverRequest(alice, alice_key, a2, HOOK),
        ],
    )
    first, twice, again, foreign, bobs, unknown, second = outcomes
    assert isinstance(first, Accepted) and isinstance(second, Accepted)
    assert isinstance(bobs, Accepted)
    assert isinstance(twice, DuplicateCover) and twice.data == {"taskId": first.task_id}
    assert isinstance(again, DuplicateCover) and again.data == {"taskId": earlier.task_id}
    assert isinstance(foreign, NotFound) and isinstance(unknown, NotFound)
    # each accepted cover was charged once, and only those
    assert _balance(engine, alice) == (7, 7)
    assert _balance(engine, bob) == (9, 9)
    with Session(engine) as session:
        assert session.scalar(select(CoverTask.status).where(CoverTask.id == first.task_id)) == (
            "PENDING"
        )


def test_short_credits_go_to_requests_in_order_and_duplicates_take_none(engine: Engine) -> None:
    account, key, (t1, t2, t3) = _account(engine, "carol", credits=2, tracks=3)
    (made,) = _accept(engine, [CoverRequest(account, key, t1, HOOK)])
    outcomes = _accept(
        engine,
        [
            CoverRequest(account, key, t1, HOOK),  # duplicate: must not use up a credit
            CoverRequest(account, key, t2, HOOK),
            CoverRequest(account, key, t3, HOOK),  # no credit left for this one
        ],
    )
    duplicate, paid, refused = outcomes
    assert isinstance(duplicate, DuplicateCover) and duplicate.data == {"taskId": made.task_id}
    assert isinstance(paid, Accepted)
    assert isinstance(refused, InsufficientCredits) and "0 credits" in refused.msg
    assert _balance(engine, account) == (0, 0)


def test_a_key_revoked_after_authentication_gets_nothing(engine: Engine) -> None:
    account, key, (track,) = _account(engine, "dave", credits=5, tracks=1)
    with Session(engine) as session, session.begin():
        revoke_key(session=session, name="dave")
    (outcome,) = _accept(engine, [CoverRequest(account, key, track, HOOK)])
    assert isinstance(outcome, Unauthorized) and "revoked" in outcome.msg
    assert _balance(engine, account) == (5, 5)


def test_variations_go_beside_the_one_cover_and_are_paid_alike(engine: Engine) -> None:
    account, key, (track,) = _account(engine, "vary", credits=3, tracks=1)
    cover = CoverRequest(account, key, track, HOOK)
    variation = CoverRequest(account, key, track, HOOK, ("aura", "vinyl"), variation_of="x" * 32)
    first, second, again, third = _accept(engine, [cover, variation, cover, variation])
    assert isinstance(first, Accepted) and isinstance(second, Accepted)
    assert isinstance(third, Accepted)
    assert isinstance(again, DuplicateCover) and again.data == {"taskId": first.task_id}
    assert _balance(engine, account) == (0, 0)
    (short,) = _accept(engine, [variation])
    assert isinstance(short, InsufficientCredits), "a variation needs credits like a cover"
    with Session(engine) as session:
        rows = {t.id: t for t in session.scalars(select(CoverTask))}
    assert rows[first.task_id].active_music_id is not None and rows[first.task_id].styles is None
    assert rows[second.task_id].active_music_id is None
    assert rows[second.task_id].styles == "aura,vinyl"
    assert rows[second.task_id].variation_of == "x" * 32
