"""`saring serve` itself: several worker processes behind one port."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from saring.api.server import free_port, wait_ready

LAVROV = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Sergey Lavrov"]}}}}


def test_two_workers_answer_matches_on_one_kept_alive_connection(
    bundled_dir: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    (data / "index").mkdir(parents=True)
    shutil.copyfile(bundled_dir / "index" / "names.idx", data / "index" / "names.idx")
    env = dict(os.environ)
    env["SARING_DATA_DIR"] = str(data)
    env["SARING_DATABASE_URL"] = f"sqlite:///{bundled_dir / 'saring.db'}"
    port = free_port()
    saring = Path(sys.executable).with_name("saring")
    command = [str(saring), "serve", "--port", str(port), "--workers", "2"]
    server = subprocess.Popen([*command, "--log-level", "warning"], env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, alive=lambda: server.poll() is None)
        with httpx.Client(base_url=url, timeout=30) as client:
            for _ in range(3):
                answer = client.post("/match/default", json=LAVROV).json()
                first = answer["responses"]["q"]["results"][0]
                assert (first["id"], first["match"]) == ("ofac-35233", True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    audit = [json.loads(line) for line in (data / "api" / "audit.jsonl").read_text().splitlines()]
    assert sum(1 for entry in audit if entry.get("event") == "match") == 3
