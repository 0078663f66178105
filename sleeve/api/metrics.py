"""Prometheus metrics of the HTTP side: requests and their latency by route, and the
queue depth (read at scrape time). Renders and callbacks: sleeve/core/metrics.py."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram
from starlette.types import Scope

from sleeve.jobs.queue import get_huey

REQUESTS = Counter("sleeve_http_requests_total", "HTTP requests", ["route", "status"])
LATENCY = Histogram(
    "sleeve_http_request_seconds",
    "HTTP request latency",
    ["route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)


def observe_request(scope: Scope, status: int, seconds: float) -> None:
    """Count one request under its route template (not its raw path: ids would explode)."""
    route = scope.get("route")
    name = getattr(route, "path", None) or (
        "/files" if scope["path"].startswith("/files/") else "unmatched"
    )
    REQUESTS.labels(name, str(status)).inc()
    LATENCY.labels(name).observe(seconds)


QUEUE_DEPTH = Gauge("sleeve_queue_depth", "Messages waiting in the task queue (due now)")


def read_queue_depth() -> None:
    """Set the queue depth gauge from the transport (called before each scrape)."""
    QUEUE_DEPTH.set(get_huey().pending_count())
