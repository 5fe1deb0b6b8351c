"""Run the app on a free loopback port in a background thread, or wait for a server started
elsewhere to become ready (for tests, benchmarks and notebooks); run several worker processes
on one port with connections spread over them."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import httpx
import uvicorn
from fastapi import FastAPI
from uvicorn.supervisors import Multiprocess


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


def worker_socket(host: str, port: int) -> socket.socket:
    """A listening socket for one worker on ``host:port``, sharing it with the other workers'
    sockets (SO_REUSEPORT).

    Workers rebuild the listening socket without its protocol, so asyncio leaves Nagle's
    algorithm on for their connections (40 ms stalls on keep-alive): TCP_NODELAY is set on
    the listening socket, which accepted connections inherit.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


class SpreadWorkers(Multiprocess):
    """uvicorn's worker supervisor with a listening socket per worker (SO_REUSEPORT), so
    that the kernel spreads new connections over the workers.

    On one shared socket the first worker to wake accepts a whole burst of connections, and
    the keep-alive clients behind them then load that worker alone (7 of 8 on one of two).
    """

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config, sockets=[])

    @property
    def sockets(self) -> list[socket.socket]:  # type: ignore[override]
        """A new socket: the supervisor reads this once for each worker it starts."""
        return [worker_socket(self.config.host, self.config.port)]

    @sockets.setter
    def sockets(self, value: list[socket.socket]) -> None:
        pass
