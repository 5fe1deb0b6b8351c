"""One ASGI middleware in front of every route: body size limits, API keys, rate limits and
safe response headers. Errors are plain JSON ``{"detail": …}``, as yente's."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_plus

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from saring.api.ratelimit import retry_after

if TYPE_CHECKING:
    from saring.api.service import Service

#: Paths served to anyone: the page, its files, the API description and the probes.
PUBLIC = ("/healthz", "/readyz", "/openapi.json", "/docs", "/static/")
#: Paths that take documents and files, allowed the upload size limit.
UPLOADS = ("/scan", "/screen-file")
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
PAGE_POLICY = (
    b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


class BodyTooLarge(HTTPException):
    """The request body passed its limit while being read (answered 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is limited to {limit:,} bytes")


def token_of(scope: Scope) -> str | None:
    """The API key of a request: ``Authorization: ApiKey|Bearer <key>``, ``X-API-Key`` or
    the ``api_key`` query parameter (as yente accepts)."""
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            kind, _, token = value.decode("latin-1").partition(" ")
            if kind.lower() in ("apikey", "bearer", "token") and token.strip():
                return token.strip()
        elif name == b"x-api-key" and value.strip():
            return value.decode("latin-1").strip()
    query = scope.get("query_string", b"").decode("latin-1")
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == "api_key" and value:
            return unquote_plus(value)
    return None


async def send_error(send: Send, status: int, detail: str, headers: list | None = None) -> None:
    """Answer with ``{"detail": detail}``."""
    body = json.dumps({"detail": detail}).encode()
    head = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": head + (headers or [])})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Size limits, keys, rate limits and headers for every HTTP request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        service: Service | None = getattr(scope["app"].state, "service", None)
        path: str = scope.get("path", "")
        if service is None:
            if path in ("/healthz", "/readyz", "/openapi.json"):
                await self.app(scope, receive, send)
            else:
                await send_error(send, 503, "the service is starting")
            return
        config = service.config
        limit = config.max_upload if path.startswith(UPLOADS) else config.max_body
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (not value.isdigit() or int(value) > limit):
                await send_error(send, 413, f"the request body is limited to {limit:,} bytes")
                return
        public = path == "/" or path.startswith(PUBLIC)
        actor = await self._admit(scope, send, service, public)
        if actor is None:
            return
        scope.setdefault("state", {})["actor"] = actor
        await self._call(scope, receive, send, limit, page=path == "/" or path.endswith(".html"))

    async def _admit(self, scope: Scope, send: Send, service: Service, public: bool) -> str | None:
        """The actor (key id or client address) if the request may go on; else answers it."""
        config = service.config
        token = token_of(scope)
        client = scope.get("client") or ("unknown", 0)
        if token is not None:
            key = service.keys.verify(token)
            if key is None:
                await send_error(send, 401, "invalid or revoked API key", _challenge())
                return None
            rate, burst, actor = key.rate or config.rate, key.burst or config.burst, f"key:{key.id}"
        elif config.require_keys and not public:
            detail = "an API key is required (Authorization: ApiKey <key>)"
            await send_error(send, 401, detail, _challenge())
            return None
        else:
            rate, burst, actor = config.anonymous_rate, config.burst, f"client:{client[0]}"
        if not public:
            wait = service.buckets.take(actor, rate, burst)
            if wait > 0:
                seconds = retry_after(wait)
                detail = f"rate limit exceeded: try again in {seconds} s"
                await send_error(send, 429, detail, [(b"retry-after", seconds.encode())])
                return None
        return actor

    async def _call(self, scope: Scope, receive: Receive, send: Send, limit: int, page: bool):
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def guarded(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", [])) + HEADERS
                if page:
                    headers.append((b"content-security-policy", PAGE_POLICY))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, counted, guarded)
        except BodyTooLarge:
            if not started:
                await send_error(send, 413, f"the request body is limited to {limit:,} bytes")


def _challenge() -> list[tuple[bytes, bytes]]:
    return [(b"www-authenticate", b'ApiKey realm="saring"')]


def client_detail(exc: Any) -> str:
    """A safe one-line message for an unexpected error: its type only, no trace."""
    return f"internal error ({type(exc).__name__})"
