"""Token buckets: each caller may make ``burst`` requests at once, refilled at ``rate`` per
second."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class TokenBuckets:
    """One token bucket per caller key, in this process."""

    #: Buckets kept before idle ones (full again) are dropped.
    MAX_BUCKETS = 10_000

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, key: str, rate: float, burst: int) -> float:
        """Spend one token of ``key``'s bucket: 0.0 if allowed, else the seconds to wait."""
        if rate <= 0:
            return 0.0
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(burst), now))
            tokens = min(float(burst), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[key] = (tokens, now)
                wait = (1.0 - tokens) / rate
            if len(self._buckets) > self.MAX_BUCKETS:
                self._prune(now, rate, burst)
        return wait

    def _prune(self, now: float, rate: float, burst: int) -> None:
        full_after = burst / rate
        for name, (_, last) in list(self._buckets.items()):
            if now - last > full_after:
                del self._buckets[name]


def retry_after(wait: float) -> str:
    """The Retry-After header value (whole seconds, at least 1)."""
    return str(max(1, math.ceil(wait)))
