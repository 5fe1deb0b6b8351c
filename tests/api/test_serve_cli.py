"""`saring serve` itself: several worker processes behind one port."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from saring.api.server import free_port, wait_ready

LAVROV = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Sergey Lavrov"]}}}}


def serve_env(bundled_dir: Path, tmp_path: Path) -> dict[str, str]:
    """The environment of a server over the bundled lists, its own files under ``tmp_path``."""
    data = tmp_path / "data"
    (data / "index").mkdir(parents=True)
    shutil.copyfile(bundled_dir / "index" / "names.idx", data / "index" / "names.idx")
    env = dict(os.environ)
    env["SARING_DATA_DIR"] = str(data)
    env["SARING_DATABASE_URL"] = f"sqlite:///{bundled_dir / 'saring.db'}"
    return env


def serve_command(port: int, *options: str) -> list[str]:
    saring = Path(sys.executable).with_name("saring")
    command = [str(saring), "serve", "--port", str(port), "--workers", "2"]
    return [*command, "--log-level", "warning", *options]


def listening_sockets(port: int) -> int | None:
    """How many IPv4 sockets listen on ``port`` (None where /proc does not tell)."""
    try:
        lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    except OSError:
        return None
    local = f":{port:04X}"
    return sum(1 for line in lines if line.split()[1].endswith(local) and line.split()[3] == "0A")


def test_two_workers_answer_matches_and_share_rate_limits(
    bundled_dir: Path, tmp_path: Path
) -> None:
    env = serve_env(bundled_dir, tmp_path)
    data = Path(env["SARING_DATA_DIR"])
    port = free_port()
    # Loopback callers limited to a burst of 4 requests (refilled once in 100 s).
    limits = ("--anonymous-rate", "0.01", "--burst", "4")
    server = subprocess.Popen(serve_command(port, *limits), env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, alive=lambda: server.poll() is None)
        if hasattr(socket, "SO_REUSEPORT") and listening_sockets(port) is not None:
            # A socket per worker (once both have started), so that connections are spread.
            deadline = time.monotonic() + 120
            while listening_sockets(port) != 2 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert listening_sockets(port) == 2
        with httpx.Client(base_url=url, timeout=30) as client:
            for _ in range(3):
                answer = client.post("/match/default", json=LAVROV).json()
                first = answer["responses"]["q"]["results"][0]
                assert (first["id"], first["match"]) == ("ofac-35233", True)
        # Each on a new connection, which the kernel gives to either worker: one bucket for
        # both workers lets one more request through, not four more per worker.
        codes = [httpx.get(url + "/catalog", timeout=30).status_code for _ in range(8)]
        assert codes == [200] + [429] * 7
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    audit = [json.loads(line) for line in (data / "api" / "audit.jsonl").read_text().splitlines()]
    assert sum(1 for entry in audit if entry.get("event") == "match") == 3


@pytest.mark.skipif(not hasattr(socket, "SO_REUSEPORT"), reason="one shared socket here")
def test_serve_refuses_a_port_already_taken(bundled_dir: Path, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = serve_env(bundled_dir, tmp_path)
        server = subprocess.run(serve_command(port), env=env, capture_output=True, timeout=120)
        assert server.returncode != 0
        assert listening_sockets(port) in (1, None)
