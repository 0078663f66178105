"""One attempt against real loopback receivers: what counts as delivered, and why not."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from standardwebhooks import Webhook

from sleeve.delivery.payloads import encode, success_payload
from sleeve.delivery.sender import AttemptOutcome, parse_retry_after, send_callback
from sleeve.delivery.signing import new_signing_secret, signed_headers, verify_kie_signature
from tests.delivery.receivers import ScriptedReceiver, answer, free_port, hang, reset

Start = Callable[..., ScriptedReceiver]
TASK = "00112233445566778899aabbccddeeff"
BODY = encode(success_payload(TASK, ["https://covers.example/a.png"]))


def send(url: str, **options: object) -> AttemptOutcome:
    options.setdefault("allow_private", True)
    return send_callback(url=url, body=BODY, headers={}, **options)  # type: ignore[arg-type]


class TestDelivered:
    def test_signed_body_arrives_and_verifies(self, receiver_factory: Start) -> None:
        receiver = receiver_factory(answer(204, body=b""))
        secret = new_signing_secret()
        headers = signed_headers(
            secret=secret, webhook_id="msg_1", task_id=TASK, body=BODY, timestamp=int(time.time())
        )
        outcome = send_callback(url=receiver.url(), body=BODY, headers=headers, allow_private=True)
        assert outcome.ok and outcome.status_code == 204 and outcome.error is None
        assert not outcome.permanent and outcome.latency_ms > 0
        [got] = receiver.requests
        assert got.method == "POST" and got.path == "/hook" and got.body == BODY
        assert got.headers["content-type"] == "application/json"
        assert got.headers["user-agent"] == "Sleeve-Webhooks/1"
        assert Webhook(secret).verify(got.body, got.headers)["data"]["taskId"] == TASK
        assert verify_kie_signature(
            secret=secret,
            task_id=TASK,
            timestamp=got.headers["x-webhook-timestamp"],
            signature=got.headers["x-webhook-signature"],
        )

    def test_a_large_answer_is_read_only_in_part(self, receiver_factory: Start) -> None:
        receiver = receiver_factory(answer(200, body=b"x" * 5_000_000))
        outcome = send(receiver.url())
        assert outcome.ok and outcome.latency_ms < 5_000


class TestAnsweredButNotDelivered:
    def test_redirect_is_not_followed(self, receiver_factory: Start) -> None:
        target = receiver_factory()
        receiver = receiver_factory(answer(302, {"Location": target.url()}))
        outcome = send(receiver.url())
        assert not outcome.ok and outcome.status_code == 302
        assert "redirect not followed" in (outcome.error or "")
        assert target.requests == [] and len(receiver.requests) == 1

    def test_server_error_is_a_retryable_failure(self, receiver_factory: Start) -> None:
        outcome = send(receiver_factory(answer(500, body=b"boom\n  db down")).url())
        assert not outcome.ok and not outcome.permanent and outcome.status_code == 500
        assert outcome.error == "the receiver answered HTTP 500: boom db down"
        assert outcome.retry_after_s is None

    @pytest.mark.parametrize("status", [429, 503])
    def test_retry_after_seconds_is_reported(self, receiver_factory: Start, status: int) -> None:
        outcome = send(receiver_factory(answer(status, {"Retry-After": "7"})).url())
        assert not outcome.ok and outcome.retry_after_s == 7

    def test_retry_after_http_date_is_reported(self, receiver_factory: Start) -> None:
        later = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
        outcome = send(receiver_factory(answer(503, {"Retry-After": later})).url())
        assert outcome.retry_after_s is not None and 100 < outcome.retry_after_s <= 120

    def test_retry_after_is_ignored_on_other_statuses(self, receiver_factory: Start) -> None:
        outcome = send(receiver_factory(answer(500, {"Retry-After": "7"})).url())
        assert outcome.retry_after_s is None

    def test_gone_is_permanent(self, receiver_factory: Start) -> None:
        outcome = send(receiver_factory(answer(410)).url())
        assert not outcome.ok and outcome.permanent and outcome.status_code == 410
        assert "410 Gone" in (outcome.error or "")


class TestNetworkFailures:
    def test_a_hanging_receiver_times_out(self, receiver_factory: Start) -> None:
        receiver = receiver_factory(hang)
        started = time.monotonic()
        outcome = send(receiver.url(), timeout_s=0.5)
        assert time.monotonic() - started < 3
        assert not outcome.ok and outcome.status_code is None and not outcome.permanent
        assert "timed out" in (outcome.error or "")
        assert len(receiver.requests) == 1

    def test_a_reset_connection_is_a_failure(self, receiver_factory: Start) -> None:
        outcome = send(receiver_factory(reset).url())
        assert not outcome.ok and outcome.status_code is None and not outcome.permanent
        assert "connection" in (outcome.error or "")

    def test_a_refused_connection_is_a_failure(self) -> None:
        outcome = send(f"http://127.0.0.1:{free_port()}/hook")
        assert not outcome.ok and outcome.status_code is None and not outcome.permanent
        assert "connection refused" in (outcome.error or "")

    def test_an_unresolvable_host_is_a_failure(self) -> None:
        outcome = send("http://no-such-host.invalid/hook")
        assert not outcome.ok and "could not be resolved" in (outcome.error or "")
        assert not outcome.permanent


class TestAddressSafetyAtSendTime:
    @pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "2130706433", "127.1"])
    def test_loopback_is_refused_without_connecting(
        self, receiver_factory: Start, host: str
    ) -> None:
        receiver = receiver_factory()
        outcome = send(receiver.url(host), allow_private=False)
        assert not outcome.ok and outcome.status_code is None
        assert "public internet addresses" in (outcome.error or "")
        assert outcome.permanent
        assert receiver.requests == []

    def test_allowed_when_private_is_allowed(self, receiver_factory: Start) -> None:
        receiver = receiver_factory()
        assert send(receiver.url("localhost"), allow_private=True).ok
        assert len(receiver.requests) == 1

    def test_malformed_url_never_raises(self) -> None:
        outcome = send("ftp://example.com/x")
        assert not outcome.ok and outcome.permanent and "http://" in (outcome.error or "")


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(None, None), ("", None), ("7", 7.0), (" 120 ", 120.0), ("soon", None), ("-3", None)],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


def test_parse_retry_after_in_the_past_is_zero() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
