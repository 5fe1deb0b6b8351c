"""The compiled scoring core: built, and scoring exactly as its current Python source."""

from __future__ import annotations

import csv
import importlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from saring.settings import Settings
from saring.store import Store

ROOT = Path(__file__).resolve().parents[1]
PURE = bool(os.environ.get("SARING_PURE_PYTHON"))


def core_modules() -> list[str]:
    """The modules setup.py compiles."""
    spec = importlib.util.spec_from_file_location("saring_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)
    return setup.core_modules()


@pytest.mark.skipif(PURE, reason="installed as plain Python (SARING_PURE_PYTHON)")
@pytest.mark.parametrize("module", core_modules())
def test_core_module_is_compiled(module: str) -> None:
    loaded = Path(importlib.import_module(module).__file__ or "")
    assert loaded.suffix == ".so", f"{module} runs as Python: reinstall (pip install -e .)"


def _saring(args: list[str], env: dict[str, str]) -> str:
    """What a saring command run in a new process prints."""
    command = [sys.executable, "-c", "from saring.cli import app; app()", *args]
    done = subprocess.run(command, env=env, capture_output=True, check=True, timeout=600)
    return done.stdout.decode("utf-8")


def _entities() -> list[dict]:
    """Every 60th listed entity of the bundled lists with names, of every schema and script."""
    store = Store(Settings.from_env().database_url)
    found = sorted(
        (e.to_dict() for e in store.entities(matchable=True) if e.get("name")),
        key=lambda e: e["id"],
    )
    return found[::60]


@pytest.mark.skipif(PURE, reason="installed as plain Python (SARING_PURE_PYTHON)")
def test_compiled_core_scores_as_its_python_source(bundled_env: Path, tmp_path: Path) -> None:
    entities = _entities()
    assert len(entities) > 300
    pairs, rows = [], []
    for listed, other in zip(entities, entities[1:] + entities[:1], strict=True):
        props = listed["properties"]
        names = props.get("alias", [])[:2] + props["name"][:1]
        for name in names:
            query = {"schema": listed["schema"], "properties": {"name": [name]}}
            pairs += [{"query": query, "candidate": listed}, {"query": query, "candidate": other}]
            typo = name[:-2] + name[-1:] + name[-2] if len(name) > 4 else name
            rows.append({"name": typo, "schema": listed["schema"]})
    (tmp_path / "pairs.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8"
    )
    with open(tmp_path / "rows.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["name", "schema"])
        writer.writeheader()
        writer.writerows(rows)
    # The Python source alone, without the compiled modules beside it, comes first on the path.
    shutil.copytree(
        ROOT / "src", tmp_path / "pure", ignore=shutil.ignore_patterns("*.so", "__pycache__")
    )
    outputs = {}
    for mode in ("compiled", "pure"):
        env = dict(os.environ, SARING_DATA_DIR=str(bundled_env))
        if mode == "pure":
            env["PYTHONPATH"] = str(tmp_path / "pure")
        where = [sys.executable, "-c", "import saring.match.align as m; print(m.__file__)"]
        loaded = subprocess.run(where, env=env, capture_output=True, text=True, check=True)
        assert loaded.stdout.strip().endswith(".so" if mode == "compiled" else ".py")
        screened = tmp_path / f"{mode}.screen.jsonl"
        scores = _saring(["compare", str(tmp_path / "pairs.jsonl")], env)
        _saring(["screen-file", str(tmp_path / "rows.csv"), "--out", str(screened)], env)
        outputs[mode] = (scores, screened.read_text("utf-8"))
    (compiled_scores, compiled_hits), (pure_scores, pure_hits) = outputs.values()
    assert len(compiled_scores.splitlines()) == len(pairs)
    matches = sum(json.loads(line)["match"] for line in compiled_scores.splitlines())
    assert matches > len(pairs) / 3
    # A difference after editing the core means the compiled modules are stale: reinstall.
    assert compiled_scores == pure_scores
    assert len(compiled_hits.splitlines()) > len(rows) / 2  # rows with a match
    assert compiled_hits == pure_hits
