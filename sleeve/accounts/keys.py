"""API keys: created once in clear, stored hashed, revoked without losing the account."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sleeve.accounts.ledger import add_entry
from sleeve.core.clock import utcnow
from sleeve.core.errors import InvalidRequest, NotFound, Unauthorized
from sleeve.core.ids import hash_api_key, new_api_key
from sleeve.db.models import Account, ApiKey, LedgerKind
from sleeve.db.raw import RawSql, placeholders
from sleeve.delivery.signing import new_signing_secret

LAST_USED_RESOLUTION = timedelta(seconds=60)


@dataclass(frozen=True)
class CreatedKey:
    """A new key, the only time it exists in clear."""

    key: str
    name: str
    account: str
    webhook_secret: str
    intake_token: str


@dataclass(frozen=True)
class Caller:
    """Who is calling: the account behind a valid key."""

    account_id: int
    key_id: int
    account_name: str
    last_used_stale: bool = False


def create_key(
    *, session: Session, name: str, account: str | None = None, credits: int = 0
) -> CreatedKey:
    """Create a key named `name` for `account` (a new account of that name by default)."""
    if session.scalar(select(ApiKey.id).where(ApiKey.name == name)) is not None:
        raise InvalidRequest(f"a key named {name!r} already exists; choose another name")
    account_name = account or name
    owner = session.scalar(select(Account).where(Account.name == account_name))
    if owner is None:
        owner = Account(
            name=account_name,
            webhook_secret=new_signing_secret(),
            intake_token=new_intake_token(),
            balance=0,
        )
        session.add(owner)
        session.flush()
    key = new_api_key()
    session.add(ApiKey(account_id=owner.id, name=name, key_hash=hash_api_key(key), prefix=key[:10]))
    if credits:
        add_entry(
            session=session,
            account_id=owner.id,
            amount=credits,
            kind=LedgerKind.GRANT,
            note="initial",
        )
    session.flush()
    return CreatedKey(key, name, owner.name, owner.webhook_secret, owner.intake_token)


REVOKED_KEY = "this API key was revoked: create a new key with `sleeve keys create`"


def authenticate(*, session: Session, key: str) -> Caller:
    """The caller for a presented key; Unauthorized for unknown or revoked keys."""
    row = session.execute(
        select(ApiKey, Account.name)
        .join(Account, Account.id == ApiKey.account_id)
        .where(ApiKey.key_hash == hash_api_key(key))
    ).first()
    # The lookup is by hash, so timing does not depend on how much of the key matched;
    # compare again in constant time for defence in depth.
    if row is None or not hmac.compare_digest(row[0].key_hash, hash_api_key(key)):
        raise Unauthorized("the API key is not valid: check the Authorization: Bearer header")
    api_key, account_name = row
    if api_key.revoked_at is not None:
        raise Unauthorized(REVOKED_KEY)
    stale = api_key.last_used_at is None or (api_key.last_used_at < utcnow() - LAST_USED_RESOLUTION)
    return Caller(api_key.account_id, api_key.id, account_name, stale)


def touch_last_used(*, session: Session, key_id: int) -> None:
    """Record that a key was used (at most once a minute per key, to spare writes)."""
    now = utcnow()
    session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id)
        .where((ApiKey.last_used_at.is_(None)) | (ApiKey.last_used_at < now - LAST_USED_RESOLUTION))
        .values(last_used_at=now)
    )


def mark_keys_used(*, sql: RawSql, key_ids: list[int]) -> None:
    """touch_last_used for the cover intake's plain-SQL transaction."""
    now = utcnow()
    sql.run(
        f"UPDATE api_keys SET last_used_at = ? WHERE id IN ({placeholders(len(key_ids))}) "
        "AND (last_used_at IS NULL OR last_used_at < ?)",
        [now, *key_ids, now - LAST_USED_RESOLUTION],
    )


def list_keys(*, session: Session) -> list[tuple[ApiKey, Account]]:
    """Every key with its account, oldest first."""
    rows = session.execute(
        select(ApiKey, Account).join(Account, Account.id == ApiKey.account_id).order_by(ApiKey.id)
    )
    return [(key, account) for key, account in rows]


def revoke_key(*, session: Session, name: str) -> None:
    """Revoke a key by name; the account and its tasks stay. The account's intake URL,
    shown with the key when it was made, dies with it (a new one is made)."""
    key = session.scalar(select(ApiKey).where(ApiKey.name == name))
    if key is None:
        raise NotFound(f"no key named {name!r}")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        session.get(Account, key.account_id).intake_token = new_intake_token()


def new_intake_token() -> str:
    """The secret part of an account's intake URL (/api/v1/intake/<token>)."""
    return secrets.token_urlsafe(24)


def rotate_intake_token(*, session: Session, name: str) -> str:
    """Give an account (named directly or by one of its keys) a new intake URL token;
    the old URL stops working at once."""
    account = account_by_name(session=session, name=name)
    account.intake_token = new_intake_token()
    return account.intake_token


def account_by_name(*, session: Session, name: str) -> Account:
    """The account with this name (or the account of the key with this name)."""
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        key = session.scalar(select(ApiKey).where(ApiKey.name == name))
        if key is not None:
            account = session.get(Account, key.account_id)
    if account is None:
        raise NotFound(f"no account or key named {name!r}")
    return account


def rotate_key(*, session: Session, name: str) -> CreatedKey:
    """Replace a key with a new one of the same name on the same account; the old key
    stops working at once and stays listed as '<name>@<id>' (revoked), and the account
    gets a new intake URL token (in the result)."""
    old = session.scalar(select(ApiKey).where(ApiKey.name == name))
    if old is None:
        raise NotFound(f"no key named {name!r}")
    account = session.get(Account, old.account_id)
    old.name = f"{name}@{old.id}"
    if old.revoked_at is None:
        old.revoked_at = utcnow()
        account.intake_token = new_intake_token()
    session.flush()
    return create_key(session=session, name=name, account=account.name)


def rotate_webhook_secret(*, session: Session, name: str) -> str:
    """Give an account (named directly or by one of its keys) a new signing secret."""
    account = account_by_name(session=session, name=name)
    account.webhook_secret = new_signing_secret()
    return account.webhook_secret
