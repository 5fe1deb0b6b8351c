"""Load generator for `saring serve`: /match throughput and latency at several concurrencies.

Starts `saring serve --workers N` on a free loopback port (over the configured data dir, the
bundled lists by default) and drives POST /match/default with `wrk` (a C load generator,
Debian package ``wrk``; one thread, so it takes a small share of the cores the server runs on),
one closed-loop connection per concurrency unit, for a bounded time at each level. Each request
carries one query drawn in turn from listed and unlisted names. Reports requests/s, p50/p99
latency, errors (socket errors and non-200 answers), and the server's resident memory (all its
processes) before and after.

    apt-get install wrk
    python benchmarks/api_load.py --workers 2 --seconds 15
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
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


WRK_SCRIPT = """
local bodies = %s
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/match/default",
    {["Content-Type"] = "application/json"}, bodies[(i %% #bodies) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT %%d %%d %%d %%d %%d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def wrk_script(folder: Path) -> Path:
    """A wrk Lua script that posts the NAMES bodies in turn and prints its figures on one line."""
    bodies = ", ".join(json.dumps(json.dumps(body(i))) for i in range(len(NAMES)))
    path = folder / "match.lua"
    path.write_text(WRK_SCRIPT % ("{" + bodies + "}"), encoding="utf-8")
    return path


def level(url: str, script: Path, concurrency: int, seconds: float) -> dict[str, float]:
    """Run wrk with ``concurrency`` connections for ``seconds``; latency figures in ms."""
    command = ["wrk", "-t1", f"-c{concurrency}", f"-d{seconds:g}s", "--timeout", "30s"]
    done = subprocess.run(
        [*command, "-s", str(script), url], capture_output=True, text=True, check=True
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("WRK_RESULT "))
    requests, micros, p50, p99, errors = (int(x) for x in line.split()[1:])
    return {
        "requests": requests,
        "rps": requests / (micros / 1e6),
        "p50": p50 / 1000,
        "p99": p99 / 1000,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=15.0, help="per concurrency level")
    parser.add_argument("--concurrency", default="1,8,32")
    parser.add_argument("--data", help="SARING_DATA_DIR to serve (default: the configured one)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("api_load.py needs wrk on PATH: apt-get install wrk")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    if args.data:
        env["SARING_DATA_DIR"] = args.data
    saring = Path(sys.executable).with_name("saring")
    command = [str(saring), "serve", "--port", str(port), "--workers", str(args.workers)]
    server = subprocess.Popen([*command, "--log-level", "warning"], env=env, start_new_session=True)
    folder = tempfile.TemporaryDirectory(prefix="saring-load-")
    try:
        script = wrk_script(Path(folder.name))
        wait_ready(url, timeout=600.0, alive=lambda: server.poll() is None)
        for _ in range(args.workers * 20):  # warm every worker's caches
            httpx.post(url + "/match/default", json=body(_), timeout=30)
        before = tree_rss(server.pid)
        print(f"saring serve --workers {args.workers}; wrk; {args.seconds:g} s a level")
        print(f"{'conc':>5} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for concurrency in (int(c) for c in args.concurrency.split(",")):
            row = level(url, script, concurrency, args.seconds)
            print(
                f"{concurrency:>5} {row['requests']:>9} {row['rps']:>8.1f} {row['p50']:>8.1f} "
                f"{row['p99']:>8.1f} {row['errors']:>7}"
            )
        after = tree_rss(server.pid)
        mib = 2**20
        print(f"server RSS (all processes): {before / mib:.0f} MiB before, {after / mib:.0f} after")
    finally:
        folder.cleanup()
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
