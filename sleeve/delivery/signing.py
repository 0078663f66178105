"""Callback signatures: Standard Webhooks headers plus the kie.ai-style pair.

Receivers written for Standard Webhooks verify with `standardwebhooks.Webhook(secret)`;
receivers written for kie.ai verify `X-Webhook-Signature` with `verify_kie_signature`
(or the few lines of HMAC it contains).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import UTC, datetime

from standardwebhooks import Webhook

SECRET_PREFIX = "whsec_"
USER_AGENT = "Sleeve-Webhooks/1"


def new_signing_secret() -> str:
    """A fresh account signing secret: "whsec_" + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def kie_signature(*, secret: str, task_id: str, timestamp: int) -> str:
    """base64(HMAC-SHA256(f"{task_id}.{timestamp}", key)) as kie.ai clients expect.

    The key is the secret string exactly as shown to the user, UTF-8 encoded, including
    its "whsec_" prefix: kie.ai clients paste the key they were given into their HMAC
    call verbatim, so they must not have to know about Standard Webhooks' base64 payload.
    """
    message = f"{task_id}.{timestamp}".encode()
    digest = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def signed_headers(
    *, secret: str, webhook_id: str, task_id: str, body: bytes, timestamp: int
) -> dict[str, str]:
    """All headers of one callback attempt, signatures included.

    `webhook-signature` is "v1,<base64 HMAC-SHA256 of 'id.timestamp.body'>", made by
    `standardwebhooks.Webhook.sign` with the decoded secret. `X-Webhook-Signature` is
    `kie_signature` (the key there is the secret string as shown, see its docstring).
    Send the same `webhook_id` on every attempt of one delivery; re-sign each attempt
    with a fresh `timestamp` (Unix seconds) so receivers' 5-minute tolerance holds.
    """
    sent_at = datetime.fromtimestamp(timestamp, tz=UTC)
    signature = Webhook(secret).sign(msg_id=webhook_id, timestamp=sent_at, data=body.decode())
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature,
        "X-Webhook-Timestamp": str(timestamp),
        "X-Webhook-Signature": kie_signature(secret=secret, task_id=task_id, timestamp=timestamp),
    }


def verify_kie_signature(
    *, secret: str, task_id: str, timestamp: str | int, signature: str
) -> bool:
    """True when `signature` (the X-Webhook-Signature value) matches; constant-time."""
    try:
        expected = kie_signature(secret=secret, task_id=task_id, timestamp=int(timestamp))
    except ValueError:
        return False
    return hmac.compare_digest(expected.encode(), signature.strip().encode())
