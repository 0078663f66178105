"""Per-key rate limits with the `limits` library (its asyncio flavour, so a check never
blocks the event loop): in memory, or in Redis when configured.

The sliding-window counter keeps two counters per key and window, so a hit costs the
same at 20 requests per 10 s as at 100,000 (a moving window keeps one entry per
request in the window: its cost grows with the limit, in memory and in Redis)."""

from __future__ import annotations

import math
import time
from enum import StrEnum
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string

from sleeve.core.errors import RateLimited
from sleeve.core.settings import Settings, get_settings


class LimitName(StrEnum):
    """The endpoints with a per-key limit (each set by SLEEVE_RATE_LIMIT_<NAME>)."""

    GENERATE = "generate"
    RECORD_INFO = "record-info"
    REGISTER = "register"
    INTAKE = "intake"


class RateLimits:
    """The per-key limits of one process (shared through Redis if set)."""

    def __init__(self, settings: Settings):
        if settings.redis_url:
            storage = storage_from_string("async+" + settings.redis_url, implementation="redispy")
        else:
            storage = storage_from_string("async+memory://")
        self.limiter = SlidingWindowCounterRateLimiter(storage)
        self.items: dict[LimitName, RateLimitItem] = {
            LimitName.GENERATE: parse(settings.rate_limit_generate),
            LimitName.RECORD_INFO: parse(settings.rate_limit_record_info),
            LimitName.REGISTER: parse(settings.rate_limit_register),
            LimitName.INTAKE: parse(settings.rate_limit_intake),
        }
        self.namespace = settings.queue_name

    async def check(self, name: LimitName, *identifiers: str) -> None:
        """Count one hit; raise RateLimited with a Retry-After when over the limit."""
        item = self.items[name]
        if await self.limiter.hit(item, self.namespace, name, *identifiers):
            return
        stats = await self.limiter.get_window_stats(item, self.namespace, name, *identifiers)
        retry_after = max(1, math.ceil(stats.reset_time - time.time()))
        whose = "intake URL" if name is LimitName.INTAKE else "API key"
        raise RateLimited(
            f"rate limit of {item.amount} requests per {item.get_expiry()} seconds reached for "
            f"this {whose}; retry after {retry_after} seconds",
            headers={"Retry-After": str(retry_after)},
        )


@lru_cache
def get_rate_limits() -> RateLimits:
    """The process-wide limiter built from settings."""
    return RateLimits(get_settings())
