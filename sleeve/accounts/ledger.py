"""The credit ledger: every grant, charge and refund is a row; the balance is their sum.

`accounts.balance` caches the sum. It only changes in the same transaction as the
ledger row that explains it, and a charge is a conditional update
(`balance >= cost`), so concurrent requests can never overdraw an account.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.core.errors import InsufficientCredits
from sleeve.db.conflict import insert_ignoring_conflict
from sleeve.db.models import Account, CreditEntry, LedgerKind
from sleeve.db.raw import RawSql, placeholders


def add_entry(
    *,
    session: Session,
    account_id: int,
    amount: int,
    kind: str,
    note: str = "",
    cover_task_id: str | None = None,
) -> None:
    """Add a ledger row and move the cached balance by the same amount."""
    session.add(
        CreditEntry(
            account_id=account_id, amount=amount, kind=kind, note=note, cover_task_id=cover_task_id
        )
    )
    session.execute(
        update(Account).where(Account.id == account_id).values(balance=Account.balance + amount)
    )


def balances_for_update(*, sql: RawSql, account_ids: list[int]) -> dict[int, int]:
    """The balances of some accounts, locked until the transaction ends (on PostgreSQL;
    SQLite's write transaction already excludes every other writer)."""
    rows = sql.rows(
        f"SELECT id, balance FROM accounts WHERE id IN ({placeholders(len(account_ids))}) "
        f"ORDER BY id{sql.for_update()}",
        account_ids,
    )
    return {account_id: int(amount) for account_id, amount in rows}


def charge_covers(*, sql: RawSql, charges: dict[int, list[str]], cost: int) -> None:
    """Take `cost` credits for each cover task (account id -> cover task ids): one
    ledger row each, then one conditional balance update per account. Callers check
    balances first under `balances_for_update`; the condition is the guard that makes
    overdrawing impossible (InsufficientCredits: the transaction must roll back)."""
    rows = [(account, cover) for account, covers in charges.items() for cover in covers]
    if cost <= 0 or not rows:
        return
    now = utcnow()
    sql.insert(
        "credit_entries",
        ("account_id", "amount", "kind", "cover_task_id", "note", "created_at"),
        [
            (account_id, -cost, LedgerKind.CHARGE.value, cover_id, "", now)
            for account_id, cover_id in rows
        ],
    )
    for account_id, cover_ids in charges.items():
        total = cost * len(cover_ids)
        changed = sql.run(
            "UPDATE accounts SET balance = balance - ? WHERE id = ? AND balance >= ?",
            [total, account_id, total],
        )
        if changed != 1:
            raise InsufficientCredits(f"this account cannot pay {total} credits: add credits first")


def refund_once(*, session: Session, account_id: int, cover_task_id: str) -> bool:
    """Give back what a failed cover task was charged, at most once. True if refunded now."""
    charged = session.scalar(
        select(CreditEntry.amount).where(
            CreditEntry.cover_task_id == cover_task_id, CreditEntry.kind == LedgerKind.CHARGE
        )
    )
    if not charged:
        return False
    values = {
        "account_id": account_id,
        "amount": -charged,
        "kind": LedgerKind.REFUND,
        "cover_task_id": cover_task_id,
        "note": "cover failed",
    }
    inserted = session.execute(
        insert_ignoring_conflict(session, CreditEntry, ["cover_task_id", "kind"])
        .values(**values)
        .returning(CreditEntry.id)
    ).first()
    if inserted is None:
        return False
    session.execute(
        update(Account).where(Account.id == account_id).values(balance=Account.balance - charged)
    )
    return True


def balance(*, session: Session, account_id: int) -> int:
    """The cached balance of an account."""
    return int(session.scalar(select(Account.balance).where(Account.id == account_id)) or 0)


def ledger_sum(*, session: Session, account_id: int) -> int:
    """The balance recomputed from the ledger (for checks and `credits show`)."""
    total = session.scalar(
        select(func.coalesce(func.sum(CreditEntry.amount), 0)).where(
            CreditEntry.account_id == account_id
        )
    )
    return int(total or 0)


def recent_entries(*, session: Session, account_id: int, limit: int = 20) -> list[CreditEntry]:
    """The newest ledger rows of an account."""
    return list(
        session.scalars(
            select(CreditEntry)
            .where(CreditEntry.account_id == account_id)
            .order_by(CreditEntry.id.desc())
            .limit(limit)
        )
    )
