"""One callback attempt: POST the signed body once and report what happened.

Rules (CONTRACT, "The callback"):
- One POST, no retries here; the caller schedules the next attempt with
  `retry_delays_after`.
- Redirects are never followed: a 3xx is a failure ("redirect not followed"), since
  following one would send the signed body somewhere the account never named and
  would skip the address check.
- 2xx is success. 410 Gone is a permanent failure: the receiver says the URL is gone
  for good, so no more attempts are made. A URL that fails the shape check at send
  time is permanent too. Everything else (other 4xx/5xx, timeouts, resets, DNS
  failures, an address refused at send time) is retried on the schedule.
- Retry-After on 429 and 503 (seconds or an HTTP date) is reported; it can only
  lengthen the next wait, and by at most `MAX_RETRY_AFTER_S`.
- The address is checked at send time on the IP actually connected to, with the one
  outbound policy (`sleeve.core.outbound`, `sleeve.core.outbound_http`).
- Network problems never raise: they come back as an `AttemptOutcome` with a
  readable `error`. At most `MAX_RESPONSE_BYTES` of the answer are read.
- `timeout_s` bounds the whole exchange (connect, send, every read); DNS resolution
  uses the resolver's own timeouts.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from sleeve.core.outbound import RefusedUrl, Resolver, UnresolvableHost, parse_url, system_resolver
from sleeve.core.outbound_http import pinned_client

MAX_RESPONSE_BYTES = 64 * 1024
MAX_RETRY_AFTER_S = 3600.0
SNIPPET_CHARS = 200


@dataclass(frozen=True)
class AttemptOutcome:
    """What one attempt did. `permanent` means: do not try this delivery again."""

    ok: bool
    status_code: int | None
    latency_ms: float
    error: str | None
    retry_after_s: float | None = None
    permanent: bool = False


def send_callback(
    *,
    url: str,
    body: bytes,
    headers: dict[str, str],
    timeout_s: float = 15.0,
    allow_private: bool = False,
    proxy: str | None = None,
    resolver: Resolver = system_resolver,
) -> AttemptOutcome:
    """POST `body` with `headers` to `url` once; never raises for network problems."""
    started = time.perf_counter()

    def outcome(**fields: object) -> AttemptOutcome:
        latency_ms = round((time.perf_counter() - started) * 1000, 1)
        return AttemptOutcome(latency_ms=latency_ms, **fields)  # type: ignore[arg-type]

    try:
        target = parse_url(url, field="callBackUrl", allow_private=allow_private)
    except RefusedUrl as exc:
        return outcome(ok=False, status_code=None, error=str(exc), permanent=True)
    request_headers = {"Accept-Encoding": "identity", **headers}
    client = pinned_client(
        field="callBackUrl",
        allow_private=allow_private,
        timeout_s=timeout_s,
        resolver=resolver,
        proxy=proxy,
    )
    try:
        with (
            client,
            client.stream("POST", target.url, content=body, headers=request_headers) as reply,
        ):
            answer = _read_capped(reply)
    except UnresolvableHost as exc:
        return outcome(ok=False, status_code=None, error=str(exc))
    except RefusedUrl as exc:
        return outcome(ok=False, status_code=None, error=f"refused at send time: {exc}")
    except (httpx.TimeoutException, TimeoutError):
        return outcome(ok=False, status_code=None, error=_timeout_error(timeout_s))
    except httpx.InvalidURL as exc:
        return outcome(ok=False, status_code=None, error=f"invalid URL: {exc}", permanent=True)
    except (httpx.HTTPError, OSError) as exc:
        return outcome(ok=False, status_code=None, error=_network_error(exc))
    return outcome(status_code=reply.status_code, **_judge(reply, answer))


def _judge(reply: httpx.Response, answer: bytes) -> dict[str, object]:
    """Outcome fields for a received answer: 2xx ok, 3xx not followed, 410 permanent."""
    status = reply.status_code
    if 200 <= status < 300:
        return {"ok": True, "error": None}
    if 300 <= status < 400:
        location = reply.headers.get("location", "")
        where = f" to {location[:SNIPPET_CHARS]}" if location else ""
        error = (
            f"redirect not followed: the receiver answered HTTP {status}{where}; "
            "set callBackUrl to the final address"
        )
        return {"ok": False, "error": error}
    error = f"the receiver answered HTTP {status}"
    if snippet := _snippet(answer):
        error += f": {snippet}"
    if status == 410:
        return {"ok": False, "error": error + " (410 Gone: no further attempts)", "permanent": True}
    retry_after = None
    if status in (429, 503):
        retry_after = parse_retry_after(reply.headers.get("retry-after"))
    return {"ok": False, "error": error, "retry_after_s": retry_after}


def retry_delays_after(
    attempt_number: int, delays: Sequence[float], retry_after_s: float | None
) -> float | None:
    """Seconds to wait after failed attempt `attempt_number` (1 = the first), or None to
    give up. `delays[i]` is the wait after attempt i+1, so len(delays) retries follow
    the first attempt. A receiver's Retry-After can lengthen a wait, up to
    `MAX_RETRY_AFTER_S` (1 hour), but never shortens it or adds attempts."""
    if attempt_number < 1:
        raise ValueError("attempt_number starts at 1")
    if attempt_number > len(delays):
        return None
    delay = max(0.0, float(delays[attempt_number - 1]))
    if retry_after_s is not None and retry_after_s > delay:
        delay = min(float(retry_after_s), max(delay, MAX_RETRY_AFTER_S))
    return delay


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After value: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _read_capped(reply: httpx.Response) -> bytes:
    """Up to MAX_RESPONSE_BYTES of the raw answer (the transport ends it by the deadline)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in reply.iter_raw():
        chunks.append(chunk)
        size += len(chunk)
        if size >= MAX_RESPONSE_BYTES:
            break
    return b"".join(chunks)[:MAX_RESPONSE_BYTES]


def _snippet(answer: bytes) -> str:
    """The start of an answer body on one line, for the attempt log."""
    text = " ".join(answer.decode("utf-8", errors="replace").split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 3] + "..."


def _timeout_error(timeout_s: float) -> str:
    return f"timed out: no complete answer within {timeout_s:g} s"


def _network_error(exc: Exception) -> str:
    """A readable sentence for a connection-level failure."""
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if "refused" in lowered:
        return "connection refused: nothing is listening at the callback address"
    if "reset" in lowered or isinstance(exc, httpx.RemoteProtocolError):
        return f"connection reset: the receiver closed the connection without answering ({text})"
    if "certificate" in lowered or "ssl" in lowered:
        return f"TLS failed: {text}"
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect: {text}"
    return f"network error: {text}"
