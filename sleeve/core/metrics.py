"""Prometheus metrics of the background work, counted where the work runs (the
workers of this process: embedded in `sleeve serve`, whose /metrics shows them).

- `sleeve_renders_total{outcome}`: success, retry (an attempt failed, another is
  queued) or failed (the last attempt failed; the credit was refunded)
- `sleeve_render_seconds`: how long the art engine and storing the images took
- `sleeve_callback_attempts_total{outcome}`: delivered, retry or failed
- `sleeve_callback_attempt_seconds`: how long the receiver took to answer
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

RENDERS = Counter("sleeve_renders_total", "Cover renders by outcome", ["outcome"])
RENDER_SECONDS = Histogram(
    "sleeve_render_seconds",
    "Time to render a cover task and store its images",
    buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
)
CALLBACK_ATTEMPTS = Counter(
    "sleeve_callback_attempts_total", "Callback delivery attempts by outcome", ["outcome"]
)
CALLBACK_SECONDS = Histogram(
    "sleeve_callback_attempt_seconds",
    "Time a callback receiver took to answer one attempt",
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15),
)
for _outcome in ("success", "retry", "failed"):  # present at zero before the first render
    RENDERS.labels(_outcome)
for _outcome in ("delivered", "retry", "failed"):
    CALLBACK_ATTEMPTS.labels(_outcome)
