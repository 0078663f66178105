"""What the account endpoints call."""

from __future__ import annotations

from sleeve.accounts.ledger import balance
from sleeve.db.session import read_session


def credit_balance(*, account_id: int) -> int:
    """The account's credits now."""
    with read_session() as session:
        return balance(session=session, account_id=account_id)
