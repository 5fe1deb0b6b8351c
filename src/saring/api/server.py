"""Run the app on a free loopback port in a background thread, or wait for a server started
elsewhere to become ready (for tests, benchmarks and notebooks)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import httpx
import uvicorn
from fastapi import FastAPI


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on ``host`` right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def wait_ready(url: str, timeout: float = 180.0, alive: Callable[[], bool] = lambda: True) -> None:
    """Wait until the server at ``url`` answers ``/readyz``; `RuntimeError` if it does not
    within ``timeout`` seconds or ``alive()`` turns false (its process exited)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError(f"the server for {url} exited")
        try:
            if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the server at {url} did not become ready in {timeout:g} s")


class ThreadedServer:
    """A real uvicorn server for ``app`` on a loopback port; a context manager."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", timeout: float = 60.0) -> None:
        self.port = free_port(host)
        self.url = f"http://{host}:{self.port}"
        self.timeout = timeout
        config = uvicorn.Config(app, host=host, port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ThreadedServer:
        self.thread.start()
        deadline = time.monotonic() + self.timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                self.server.should_exit = True
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
