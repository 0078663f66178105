"""Signatures verify with the standardwebhooks package and with kie.ai-style HMAC."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

import pytest
from standardwebhooks import Webhook, WebhookVerificationError

from sleeve.delivery.payloads import encode, success_payload
from sleeve.delivery.signing import new_signing_secret, signed_headers, verify_kie_signature

TASK = "fedcba9876543210fedcba9876543210"


def sign(secret: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    return signed_headers(
        secret=secret,
        webhook_id="msg_2f1c0e",
        task_id=TASK,
        body=body,
        timestamp=int(time.time()) if timestamp is None else timestamp,
    )


class TestNewSigningSecret:
    def test_is_standard_webhooks_format_with_32_random_bytes(self) -> None:
        secret = new_signing_secret()
        assert secret.startswith("whsec_")
        assert len(base64.b64decode(secret.removeprefix("whsec_"), validate=True)) == 32
        assert new_signing_secret() != secret


class TestStandardWebhooksHeaders:
    def test_verify_with_the_standardwebhooks_package(self) -> None:
        secret = new_signing_secret()
        body = encode(success_payload(TASK, ["https://x.example/a.png"]))
        headers = sign(secret, body)
        assert Webhook(secret).verify(body, headers) == {
            "code": 200,
            "msg": "success",
            "data": {"taskId": TASK, "images": ["https://x.example/a.png"]},
        }

    def test_signature_is_v1_hmac_of_id_timestamp_body(self) -> None:
        secret = new_signing_secret()
        body = b'{"code":200}'
        headers = sign(secret, body, timestamp=1_700_000_000)
        key = base64.b64decode(secret.removeprefix("whsec_"))
        mac = hmac.new(key, b"msg_2f1c0e.1700000000." + body, hashlib.sha256).digest()
        assert headers["webhook-signature"] == "v1," + base64.b64encode(mac).decode()
        assert headers["webhook-id"] == "msg_2f1c0e"
        assert headers["webhook-timestamp"] == "1700000000"

    def test_another_secret_or_a_changed_body_fails(self) -> None:
        secret = new_signing_secret()
        headers = sign(secret, b'{"a":1}')
        with pytest.raises(WebhookVerificationError):
            Webhook(new_signing_secret()).verify(b'{"a":1}', headers)
        with pytest.raises(WebhookVerificationError):
            Webhook(secret).verify(b'{"a":2}', headers)

    def test_carries_content_type_and_user_agent(self) -> None:
        headers = sign(new_signing_secret(), b"{}")
        assert headers["Content-Type"] == "application/json"
        assert headers["User-Agent"] == "Sleeve-Webhooks/1"


class TestKieHeaders:
    def test_verify_with_the_helper(self) -> None:
        secret = new_signing_secret()
        headers = sign(secret, b"{}")
        assert headers["X-Webhook-Timestamp"] == headers["webhook-timestamp"]
        assert verify_kie_signature(
            secret=secret,
            task_id=TASK,
            timestamp=headers["X-Webhook-Timestamp"],
            signature=headers["X-Webhook-Signature"],
        )

    def test_key_is_the_secret_string_as_shown(self) -> None:
        secret = new_signing_secret()
        headers = sign(secret, b"{}", timestamp=1_700_000_123)
        mac = hmac.new(secret.encode(), f"{TASK}.1700000123".encode(), hashlib.sha256).digest()
        assert headers["X-Webhook-Signature"] == base64.b64encode(mac).decode()

    @pytest.mark.parametrize(
        ("task_id", "timestamp"), [("other-task", None), (TASK, "1"), (TASK, "not a number")]
    )
    def test_wrong_task_or_timestamp_fails(self, task_id: str, timestamp: str | None) -> None:
        secret = new_signing_secret()
        headers = sign(secret, b"{}")
        assert not verify_kie_signature(
            secret=secret,
            task_id=task_id,
            timestamp=timestamp or headers["X-Webhook-Timestamp"],
            signature=headers["X-Webhook-Signature"],
        )
