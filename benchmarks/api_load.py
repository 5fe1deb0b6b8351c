"""Load generator for `saring serve`: /match throughput and latency at several concurrencies.

Starts `saring serve --workers N` on a free loopback port (over the configured data dir, the
bundled lists by default), sends POST /match/default requests from an asyncio + httpx client
for a bounded time at each concurrency level, and reports requests/s, p50/p99 latency,
errors, and the server's resident memory (all its processes) before and after.

    nice python benchmarks/api_load.py --workers 2 --seconds 15
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from saring.api.server import free_port, wait_ready

NAMES = [
    ("Person", "Sergey Lavrov", "1950"),
    ("Person", "Vladimir Putin", None),
    ("Person", "Ali Khamenei", None),
    ("Person", "Kim Jong Un", None),
    ("Person", "Mohammad Javad Zarif", None),
    ("Person", "John Smith", None),
    ("Person", "Maria Garcia", "1980"),
    ("Person", "Ramzan Kadyrov", "1976"),
    ("Person", "Лавров Сергей Викторович", None),
    ("Person", "Bashar al-Assad", None),
    ("Company", "Rosneft", None),
    ("Company", "Bank Melli Iran", None),
    ("Organization", "Islamic Revolutionary Guard Corps", None),
    ("Company", "Acme Trading LLC", None),
    ("Company", "Sberbank", None),
    ("Person", "Yevgeny Prigozhin", None),
]


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (from /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def body(i: int) -> dict:
    schema, name, born = NAMES[i % len(NAMES)]
    properties = {"name": [name]}
    if born:
        properties["birthDate"] = [born]
    return {"queries": {"q": {"schema": schema, "properties": properties}}}


async def level(url: str, concurrency: int, seconds: float) -> dict[str, float]:
    """Run ``concurrency`` request loops for ``seconds``; latency figures in ms."""
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30.0) as client:

        async def loop(worker: int) -> None:
            nonlocal errors
            i = worker
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                try:
                    response = await client.post("/match/default", json=body(i))
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - start) * 1000)
                errors += not ok
                i += concurrency

        began = time.perf_counter()
        await asyncio.gather(*(loop(w) for w in range(concurrency)))
        elapsed = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0.0

    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": pct(0.50),
        "p99": pct(0.99),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=15.0, help="per concurrency level")
    parser.add_argument("--concurrency", default="1,8,32")
    parser.add_argument("--data", help="SARING_DATA_DIR to serve (default: the configured one)")
    args = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    if args.data:
        env["SARING_DATA_DIR"] = args.data
    saring = Path(sys.executable).with_name("saring")
    command = [str(saring), "serve", "--port", str(port), "--workers", str(args.workers)]
    server = subprocess.Popen([*command, "--log-level", "warning"], env=env, start_new_session=True)
    try:
        wait_ready(url, timeout=600.0, alive=lambda: server.poll() is None)
        for _ in range(args.workers * 20):  # warm every worker's caches
            httpx.post(url + "/match/default", json=body(_), timeout=30)
        before = tree_rss(server.pid)
        print(f"saring serve --workers {args.workers}; /match/default; {args.seconds:g} s/level")
        print(f"{'conc':>5} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for concurrency in (int(c) for c in args.concurrency.split(",")):
            row = asyncio.run(level(url, concurrency, args.seconds))
            print(
                f"{concurrency:>5} {row['requests']:>9} {row['rps']:>8.1f} {row['p50']:>8.1f} "
                f"{row['p99']:>8.1f} {row['errors']:>7}"
            )
        after = tree_rss(server.pid)
        mib = 2**20
        print(f"server RSS (all processes): {before / mib:.0f} MiB before, {after / mib:.0f} after")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
