"""Per-key rate limits with the `limits` library (its asyncio flavour, so a check never
blocks the event loop): in memory, or in Redis when configured.

The sliding-window counter keeps two counters per key and window, so a hit costs the
same at 20 requests per 10 s as at 100,000 (a moving window keeps one entry per
request in the window: its cost grows with the limit, in memory and in Redis)."""

from __future__ import annotations

import math
import time
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string

from sleeve.core.errors import RateLimited
from sleeve.core.settings import Settings, get_settings


class RateLimits:
    """The generate and record-info limits of one process (shared through Redis if set)."""

    def __init__(self, settings: Settings):
        if settings.redis_url:
            storage = storage_from_string("async+" + settings.redis_url, implementation="redispy")
        else:
            storage = storage_from_string("async+memory://")
        self.limiter = SlidingWindowCounterRateLimiter(storage)
        self.generate = parse(settings.rate_limit_generate)
        self.record_info = parse(settings.rate_limit_record_info)
        self.namespace = settings.queue_name

    async def check(self, item: RateLimitItem, *identifiers: str) -> None:
        """Count one hit; raise RateLimited with a Retry-After when over the limit."""
        if await self.limiter.hit(item, self.namespace, *identifiers):
            return
        stats = await self.limiter.get_window_stats(item, self.namespace, *identifiers)
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
