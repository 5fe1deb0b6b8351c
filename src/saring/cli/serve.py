"""``saring serve`` (the HTTP API and web page) and ``saring keys`` (its API keys).

The API stage (FastAPI, uvicorn) is imported by these commands only, so that every other
command starts without it.
"""

from __future__ import annotations

import os
import socket
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from saring.cli.common import JsonOpt, app, emit_json, err, fail, open_index, open_store, out

if TYPE_CHECKING:
    from fastapi import FastAPI

    from saring.api import KeyRing

keys_app = typer.Typer(
    help="Manage API keys (required by `saring serve` off loopback).", no_args_is_help=True
)
app.add_typer(keys_app, name="keys")


def make_app() -> FastAPI:
    """The API with the web page, for the config in ``$SARING_API_CONFIG`` (uvicorn factory)."""
    from saring.api import ApiConfig, create_app
    from saring.web import mount

    return create_app(ApiConfig.from_env(), extend=mount)


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
    require_keys: Annotated[
        bool, typer.Option(help="Require API keys on loopback too (always off loopback).")
    ] = False,
    cors_origin: Annotated[
        list[str] | None, typer.Option(help="Allow browser calls from this origin (repeatable).")
    ] = None,
    rate: Annotated[
        float, typer.Option(min=0.0, help="Requests per second per key, all workers together.")
    ] = 50.0,
    burst: Annotated[int, typer.Option(min=1, help="Requests a key may make at once.")] = 100,
    anonymous_rate: Annotated[
        float, typer.Option(min=0.0, help="Per-address rate without a key (0: unlimited).")
    ] = 0.0,
    max_body: Annotated[int, typer.Option(min=1024, help="Largest JSON body, bytes.")] = 1_000_000,
    max_upload: Annotated[
        int, typer.Option(min=1024, help="Largest document or CSV upload, bytes.")
    ] = 20_000_000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the yente-compatible HTTP API and the analyst web page.

    Off loopback, every request needs a key from `saring keys create` (sent as
    `Authorization: ApiKey <key>`). Each match and review is appended to
    <data dir>/api/audit.jsonl with the list snapshots used.

    Example: saring serve --port 8000 --workers 2
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from saring.api import ApiConfig, KeyRing
    from saring.api.config import CONFIG_ENV, is_loopback
    from saring.api.server import SpreadWorkers

    config = ApiConfig.from_settings(
        require_keys=require_keys,
        rate=rate,
        burst=burst,
        anonymous_rate=anonymous_rate,
        max_body=max_body,
        max_upload=max_upload,
        cors_origins=tuple(cors_origin or ()),
    ).for_host(host)
    if config.require_keys and not any(k.active for k in KeyRing(config.keys_path).keys()):
        raise fail("API keys are required here but none exists: run `saring keys create NAME`", 2)
    if not is_loopback(host):
        err.print(f"Listening on {host}: API keys required (TLS belongs to a reverse proxy).")
    store = open_store()
    open_index(store)
    store.engine.dispose()
    os.environ[CONFIG_ENV] = config.to_json()
    server_config = uvicorn.Config(
        "saring.cli.serve:make_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        server_header=False,
        proxy_headers=False,
    )
    if workers == 1:
        uvicorn.Server(server_config).run()
        return
    sock = server_config.bind_socket()  # fails here, as it should, if the port is taken
    if hasattr(socket, "SO_REUSEPORT"):
        sock.close()
        SpreadWorkers(server_config).run()
        return
    # Workers rebuild the listening socket without its protocol, so asyncio leaves Nagle's
    # algorithm on for their connections (40 ms stalls on keep-alive): set TCP_NODELAY on
    # the listening socket, which accepted connections inherit.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(server_config, sockets=[sock]).run()


def _ring() -> KeyRing:
    from saring.api import ApiConfig, KeyRing

    return KeyRing(ApiConfig.from_settings().keys_path)


@keys_app.command("create")
def keys_create(
    name: Annotated[str, typer.Argument(help="Who or what the key is for.")],
    rate: Annotated[float | None, typer.Option(min=0.0, help="Requests per second.")] = None,
    burst: Annotated[int | None, typer.Option(min=1, help="Requests at once.")] = None,
) -> None:
    """Create a key and print its token (shown only now; only its sha256 is kept)."""
    token = _ring().create(name, rate=rate, burst=burst)
    out.print(token, highlight=False)
    err.print("Keep this key: it cannot be shown again.")


@keys_app.command("list")
def keys_list(as_json: JsonOpt = False) -> None:
    """List keys (ids, names, dates; never tokens)."""
    keys = [k.public() for k in _ring().keys()]
    if as_json:
        emit_json(keys)
        return
    if not keys:
        out.print("No API keys.")
        return
    table = Table()
    for col in ("id", "name", "created", "revoked", "rate", "burst"):
        table.add_column(col)
    for key in keys:
        table.add_row(*(str(key[c]) if key[c] is not None else "" for c in table_columns(table)))
    out.print(table)


def table_columns(table: Table) -> list[str]:
    """The header names of ``table``."""
    return [str(c.header) for c in table.columns]


@keys_app.command("revoke")
def keys_revoke(key: Annotated[str, typer.Argument(help="Key id or name.")]) -> None:
    """Revoke a key: requests with it are refused from now on."""
    try:
        revoked = _ring().revoke(key)
    except KeyError as exc:
        raise fail(f"no active key {key!r}", 1) from exc
    out.print(f"Revoked {revoked.id} ({revoked.name}).", highlight=False)
