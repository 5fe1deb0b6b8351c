"""Fetching new list versions from their official URLs and importing them."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from saring.sources.catalog import DatasetSource
from saring.sources.registry import get_format
from saring.store.store import ImportResult, Store, file_digest

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
RETRIES = 3


class UpdateError(Exception):
    """A list could not be fetched; the store is unchanged."""


@dataclass
class UpdateResult:
    """Outcome of updating one dataset."""

    dataset: str
    status: str  # "imported", "unchanged" or "not-modified"
    result: ImportResult | None = None


def fetch(client: httpx.Client, url: str, target: Path, state: dict[str, str | None]) -> bool:
    """Download ``url`` into ``target`` unless the server says it is not modified.

    Returns False on 304. Retries transient failures; raises ``UpdateError`` at the end.
    """
    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = str(state["etag"])
    if state.get("last_modified"):
        headers["If-Modified-Since"] = str(state["last_modified"])
    last_error: Exception | None = None
    for _ in range(RETRIES):
        try:
            with client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return False
                response.raise_for_status()
                with target.open("wb") as fh:
                    for chunk in response.iter_bytes():
                        fh.write(chunk)
                expected = response.headers.get("content-length")
                if expected is not None and target.stat().st_size != int(expected):
                    raise UpdateError(f"{url}: download truncated")
                state["etag"] = response.headers.get("etag")
                state["last_modified"] = response.headers.get("last-modified")
                return True
        except httpx.HTTPStatusError as exc:
            raise UpdateError(f"{url}: server answered {exc.response.status_code}") from exc
        except (httpx.TransportError, UpdateError) as exc:
            last_error = exc
    raise UpdateError(f"{url}: cannot download ({last_error})")


def update_dataset(store: Store, source: DatasetSource, workdir: Path) -> UpdateResult:
    """Fetch ``source``'s files and import them as a new snapshot if they changed."""
    folder = Path(tempfile.mkdtemp(prefix=f"{source.name}-", dir=workdir))
    try:
        states = {url: store.download_state(url) for url in source.urls.values()}
        if store.latest(source.name) is None:
            states = {url: {} for url in source.urls.values()}
        with httpx.Client(timeout=TIMEOUT, follow_redirects=True) as client:
            fresh = {
                name: fetch(client, url, folder / name, states[url])
                for name, url in source.urls.items()
            }
            if not any(fresh.values()):
                return UpdateResult(source.name, "not-modified")
            for name, url in source.urls.items():
                if not fresh[name]:  # part of a file set unchanged: fetch it whole
                    states[url] = {}
                    fetch(client, url, folder / name, states[url])
        path = folder if len(source.urls) > 1 else folder / next(iter(source.urls))
        result = store.import_file(get_format(source.format), path, source.name)
        for name, url in source.urls.items():
            digest = file_digest(folder / name)
            store.save_download_state(
                url,
                sha256=digest,
                etag=states[url].get("etag"),
                last_modified=states[url].get("last_modified"),
            )
        return UpdateResult(source.name, "unchanged" if result.unchanged else "imported", result)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
