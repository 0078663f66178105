"""Per-key rate limits with the `limits` library: in memory, or in Redis when configured."""

from __future__ import annotations

import math
import time
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from sleeve.core.errors import RateLimited
from sleeve.core.settings import Settings, get_settings


class RateLimits:
    """The generate and record-info limits of one process (shared through Redis if set)."""

    def __init__(self, settings: Settings):
        storage_url = settings.redis_url or "memory://"
        self.limiter = MovingWindowRateLimiter(storage_from_string(storage_url))
        self.generate = parse(settings.rate_limit_generate)
        self.record_info = parse(settings.rate_limit_record_info)
        self.namespace = settings.queue_name
        self.in_memory = not settings.redis_url  # cheap enough to check on the event loop

    def check(self, item: RateLimitItem, *identifiers: str) -> None:
        """Count one hit; raise RateLimited with a Retry-After when over the limit."""
        if self.limiter.hit(item, self.namespace, *identifiers):
            return
        stats = self.limiter.get_window_stats(item, self.namespace, *identifiers)
        retry_after = max(1, math.ceil(stats.reset_time - time.time()))
        raise RateLimited(
            f"rate limit of {item.amount} requests per {item.get_expiry()} seconds reached for "
            f"this API key; retry after {retry_after} seconds",
            headers={"Retry-After": str(retry_after)},
        )


@lru_cache
def get_rate_limits() -> RateLimits:
    """The process-wide limiter built from settings."""
    return RateLimits(get_settings())
