"""Token buckets: each caller may make ``burst`` requests at once, refilled at ``rate`` per
second.

The buckets live in a small table in a memory-mapped file, so that every worker process of a
server (each maps the same file) draws on one bucket per caller: a limit holds whatever the
number of workers. A file lock orders the workers' updates; the clock is the system-wide
monotonic clock.
"""

from __future__ import annotations

import fcntl
import hashlib
import math
import mmap
import os
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

#: A slot: the caller key's hash (0: free), its tokens, and when they were counted.
_SLOT = struct.Struct("<Qdd")


class TokenBuckets:
    """One token bucket per caller key, in the table of ``path`` (shared by every process
    mapping it; an anonymous table private to this process without a path)."""

    #: Slots in the table. A key probes up to `PROBES` slots from its hash's; when all are
    #: taken by others, the one idle longest is given up (its bucket counts as full again).
    SLOTS = 8192
    PROBES = 16

    def __init__(self, path: Path | None = None, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        size = self.SLOTS * _SLOT.size
        self._fd: int | None = None
        if path is None:
            self._table = mmap.mmap(-1, size)
            return
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        with self._locked():
            if os.fstat(self._fd).st_size != size:
                os.ftruncate(self._fd, 0)
                os.ftruncate(self._fd, size)
        self._table = mmap.mmap(self._fd, size)

    def take(self, key: str, rate: float, burst: int) -> float:
        """Spend one token of ``key``'s bucket: 0.0 if allowed, else the seconds to wait."""
        if rate <= 0:
            return 0.0
        digest = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")
        digest = digest or 1
        with self._locked():
            now = self._clock()
            offset, tokens, last = self._slot(digest, float(burst), now)
            # A time before the last count (a clock restarted with the machine): full again.
            elapsed = now - last if now >= last else math.inf
            tokens = min(float(burst), tokens + elapsed * rate)
            if tokens >= 1.0:
                tokens, wait = tokens - 1.0, 0.0
            else:
                wait = (1.0 - tokens) / rate
            _SLOT.pack_into(self._table, offset, digest, tokens, now)
        return wait

    def _slot(self, digest: int, burst: float, now: float) -> tuple[int, float, float]:
        """The offset of ``digest``'s slot (claimed if new) and its tokens and time."""
        start = digest % self.SLOTS
        oldest, oldest_time = 0, math.inf
        for probe in range(self.PROBES):
            offset = ((start + probe) % self.SLOTS) * _SLOT.size
            held, tokens, last = _SLOT.unpack_from(self._table, offset)
            if held == digest:
                return offset, tokens, last
            if held == 0:
                return offset, burst, now
            if last < oldest_time:
                oldest, oldest_time = offset, last
        return oldest, burst, now

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._lock:
            if self._fd is None:
                yield
                return
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)


def retry_after(wait: float) -> str:
    """The Retry-After header value (whole seconds, at least 1)."""
    return str(max(1, math.ceil(wait)))
