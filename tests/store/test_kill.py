"""A process killed with SIGKILL in the middle of an import leaves the store as it was."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from saring.store import Store

WRITER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from followthemoney import model
    from saring.sources.base import Format
    from saring.store import Store

    def read(path, ctx):
        for item in json.loads(path.read_text()):
            yield model.get_proxy(item)

    class StallingStore(Store):
        def _write_snapshot(self, conn, *args):
            snap = super()._write_snapshot(conn, *args)
            print("WRITTEN", flush=True)  # every row is written, the commit is not
            time.sleep(120)
            return snap

    fmt = Format("kill-test", "kill test", read, lambda p, h: False, "killset")
    StallingStore(sys.argv[1]).import_file(fmt, Path(sys.argv[2]))
    """
)


def entities(n: int, prefix: str) -> list[dict]:
    return [
        {"id": f"{prefix}{i}", "schema": "Person", "properties": {"name": [f"Name {prefix} {i}"]}}
        for i in range(n)
    ]


def test_sigkill_mid_import_leaves_store_unchanged(store_url: str, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    first = tmp_path / "first.json"
    first.write_text(json.dumps(entities(50, "a")))
    # The first import completes normally.
    subprocess.run(
        [sys.executable, "-c", WRITER.replace("time.sleep(120)", "pass"), store_url, str(first)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    store = Store(store_url)
    before = [s.to_dict() for s in store.datasets()]
    ids_before = sorted(e.id for e in store.entities())
    assert len(ids_before) == 50

    second = tmp_path / "second.json"
    second.write_text(json.dumps(entities(5000, "b")))
    proc = subprocess.Popen(
        [sys.executable, str(script), store_url, str(second)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "WRITTEN"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    store.engine.dispose()
    reopened = Store(store_url)
    assert [s.to_dict() for s in reopened.datasets()] == before
    assert sorted(e.id for e in reopened.entities()) == ids_before
    reopened.engine.dispose()
