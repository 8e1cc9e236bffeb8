"""Polite HTTP fetching: httpx requests and responses over a small HTTP/1.1 transport, keep-alive
per host, bounded concurrency, limits on time and size.

Global and per-host limits, keep-alive, conditional GET, redirects followed by
hand (a permanent move is reported), one retry for connection errors and 5xx,
429 Retry-After honoured within bounds, bodies decompressed and counted here.
The fetcher speaks httpx: it builds `httpx.Request`s (httpx.URL does the IDNA and
percent-encoding) and reads `httpx.Response`s (headers as `httpx.Headers`, the body through
`aiter_raw`). They travel over `_H11Transport`, an `httpx.AsyncBaseTransport` (httpx's own
extension point for custom transports): HTTP/1.1 is h11's (status lines, headers, chunked and
length-delimited bodies, each checked as it arrives), the sockets are asyncio's own, and https
verifies certificates with the standard library's TLS. No `httpx.AsyncClient`: its redirect,
cookie and auth layers are what this module does (or refuses) itself, and they cost CPU on
every request.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import email.utils
import logging
import re
import sys
import time
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import h11

# httpx's package imports its command-line client (`httpx._main`), which loads rich and
# pygments whenever they are installed (textual installs rich), and briefs must never load
# rich. Marking that optional module absent makes httpx fall back to its stub `main`.
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

import httpx  # noqa: E402

from ..config import Config  # noqa: E402
from ..errors import FetchError  # noqa: E402
from ..safety import check_url, clean_line  # noqa: E402

if TYPE_CHECKING:
    import ssl

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# A 304's or a redirect's body is read up to this much (to keep the connection); beyond, dropped.
SMALL_BODY = 64 * 1024
# Retry-After longer than this is not waited for: the source fails this round.
MAX_RETRY_AFTER = 30.0
# A response's status line and headers: at most this many bytes (h11 refuses a longer head
# as it arrives) and this many header lines.
MAX_HEAD_BYTES = 100 * 1024
MAX_HEADERS = 256
# Open files a refresh leaves to everything but its sockets: the library and its journal, the
# parsing worker's pipes, the standard streams, certificates, imports.
FILES_KEPT_FREE = 64
# Bytes received and not yet consumed, per connection: past this the socket is not read until
# they are (a body is counted against the size limit as it is consumed, never buffered whole).
READ_BUFFER = 256 * 1024
# An idle connection is kept this long for the next request to its host.
KEEPALIVE = 30.0
ACCEPT_FEEDS = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5"
)
ACCEPT_PAGES = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.3"


@dataclass(frozen=True)
class FetchResult:
    """A response: its body (decoded, within limits) or a 304."""

    url: str  # where the body came from, after redirects
    status: int
    data: bytes
    headers: dict[str, str] = field(default_factory=dict)
    moved_to: str | None = None  # set when every redirect on the way was permanent (301/308)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class _TooBig(Exception):
    pass


class _Retry(Exception):
    def __init__(self, reason: str, wait: float) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class _Broken(Exception):
    """The connection failed, or the server broke HTTP: raised to the fetcher as `kind`, an
    httpx transport error (worth one retry)."""

    def __init__(self, reason: str, kind: type[httpx.TransportError] = httpx.RemoteProtocolError) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind

    def as_httpx(self) -> httpx.TransportError:
        return self.kind(self.reason)


class _Stale(Exception):
    """A kept connection failed before any byte of the answer: the server had closed it."""


class _Untrusted(httpx.ConnectError):
    """The server's certificate was refused: not retried (it would be refused again)."""


class Fetcher:
    """Fetches URLs politely. Use `async with Fetcher(config) as f: await f.get(url)`.

    `tls_context` verifies https servers (by default one made on the first https request,
    trusting certifi's certificate authorities, as browsers' lists do); tests pass one that
    trusts their own loopback server.
    """

    def __init__(
        self, config: Config, *, retry_backoff: float = 0.5, tls_context: ssl.SSLContext | None = None
    ) -> None:
        self.config = config
        self.retry_backoff = retry_backoff
        jobs, max_idle = socket_budget(config.jobs, 2 * config.jobs + 32)
        self._global = asyncio.Semaphore(jobs)
        self._hosts: dict[tuple[bytes, int | None], asyncio.Semaphore] = {}
        # Requests go straight to the transport (as an httpx.AsyncClient would send them, without
        # its layers). A refresh's lanes (jobs + 32) each keep their connection while their feed
        # is parsed and stored, to fetch the next feed of that host on it: fewer idle connections
        # than that closed the very ones about to be reused (1,000 connections for 1,000 feeds
        # instead of 200).
        self._transport = _H11Transport(
            connect_timeout=config.connect_timeout, max_idle=max_idle,
            tls_context=tls_context,
        )
        self._agent = [
            (b"User-Agent", config.user_agent.encode("utf-8")),
            # We decompress ourselves, counting every byte (compressed bombs).
            (b"Accept-Encoding", b"gzip, deflate"),
        ]

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._transport.aclose()

    def _host_limit(self, url: httpx.URL) -> asyncio.Semaphore:
        key = (url.raw_host, url.port)
        sem = self._hosts.get(key)
        if sem is None:
            sem = self._hosts[key] = asyncio.Semaphore(self.config.per_host)
        return sem

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = ACCEPT_FEEDS,
    ) -> FetchResult:
        """GET `url` (http/https only). FetchError naming the URL on any failure or limit."""
        start = check_url(url)
        current = start
        permanent = True
        for _hop in range(MAX_REDIRECTS + 1):
            response = await self._attempt_with_retry(current, etag, last_modified, accept)
            if response.status in REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"{start}: HTTP {response.status} redirect without a Location")
                target = urljoin(current, location.strip())
                try:
                    target = check_url(target, source=start)
                except FetchError as exc:
                    raise FetchError(f"{start}: redirected to a refused URL: {exc}") from None
                permanent = permanent and response.status in (301, 308)
                current = target
                continue
            moved = current if permanent and current != start else None
            return FetchResult(
                url=current, status=response.status, data=response.data,
                headers=response.headers, moved_to=moved,
            )
        raise FetchError(f"{start}: more than {MAX_REDIRECTS} redirects")

    async def _attempt_with_retry(
        self, url: str, etag: str | None, last_modified: str | None, accept: str
    ) -> FetchResult:
        try:
            return await self._attempt(url, etag, last_modified, accept)
        except _Retry as retry:
            log.info("%s: %s; retrying once in %.1f s", url, retry.reason, retry.wait)
            await asyncio.sleep(retry.wait)
        try:
            return await self._attempt(url, etag, last_modified, accept)
        except _Retry as again:
            raise FetchError(f"{url}: {again.reason} (after one retry)") from None

    async def _attempt(
        self, url: str, etag: str | None, last_modified: str | None, accept: str
    ) -> FetchResult:
        """One request, holding a slot of its host and a global one (host first: waiting for a
        busy host must not hold a global slot that another host could use)."""
        headers = [*self._agent, (b"Accept", accept.encode("ascii"))]
        if etag:
            headers.append((b"If-None-Match", etag.encode("utf-8")))
        if last_modified:
            headers.append((b"If-Modified-Since", last_modified.encode("utf-8")))
        request = _get_request(url, headers)
        total = self.config.total_timeout
        async with self._host_limit(request.url), self._global:
            try:
                # wait_for bounds the whole exchange: a server trickling bytes cannot outlast it.
                return await asyncio.wait_for(self._request(request, url), timeout=total)
            except asyncio.TimeoutError:
                raise FetchError(f"{url}: timed out after {total:g} s") from None
            except _TooBig:
                raise FetchError(
                    f"{url}: response larger than {self.config.max_bytes} bytes; refused"
                ) from None
            except httpx.ConnectTimeout:
                raise FetchError(
                    f"{url}: could not connect within {self.config.connect_timeout:g} s"
                ) from None
            except _Untrusted as exc:
                raise FetchError(f"{url}: {exc}") from None
            except (httpx.ConnectError, httpx.ReadError, httpx.WriteError,
                    httpx.RemoteProtocolError) as exc:
                raise _Retry(str(exc), self.retry_backoff) from None
            except httpx.LocalProtocolError as exc:  # e.g. a stored validator h11 will not send
                raise FetchError(f"{url}: cannot send the request ({clean_line(str(exc), 120)})") from None

    async def _request(self, request: httpx.Request, url: str) -> FetchResult:
        response = await self._transport.handle_async_request(request)
        try:
            return await self._read_response(response, url)
        finally:
            # A body read to its end has already given its connection back; anything else
            # (a refused size, an error) closes the connection here.
            await response.aclose()

    async def _read_response(self, response: httpx.Response, url: str) -> FetchResult:
        status = response.status_code
        raw = response.headers.raw
        if len(raw) > MAX_HEADERS:
            raise FetchError(f"{url}: more than {MAX_HEADERS} header lines in the response; refused")
        # h11 refuses a head that grows past MAX_HEAD_BYTES while it waits for its end; one that
        # arrives whole in a single read is measured here.
        if sum(len(name) + len(value) for name, value in raw) > MAX_HEAD_BYTES:
            raise FetchError(f"{url}: response headers larger than {MAX_HEAD_BYTES // 1024} KiB; refused")
        # Names lower-case, repeated ones joined with ", " (httpx.Headers does both).
        resp_headers = dict(response.headers.items())
        if status in REDIRECTS or status == 304:
            # Read the (empty or small) body to its end: a connection with a response left
            # unread cannot take the next request, and a refresh of feeds that all answer 304
            # would open one per feed. A larger body is dropped with its connection.
            with contextlib.suppress(_TooBig, FetchError):
                await _read_limited(response, SMALL_BODY, url)
            return FetchResult(url=url, status=status, data=b"", headers=resp_headers)
        reason = clean_line(response.reason_phrase, 80)
        if status == 429:
            wait = _retry_after(resp_headers.get("retry-after"), self.retry_backoff)
            if wait > min(MAX_RETRY_AFTER, self.config.total_timeout):
                raise FetchError(
                    f"{url}: HTTP 429 Too Many Requests; the server asks to wait {wait:.0f} s"
                )
            raise _Retry("HTTP 429 Too Many Requests", wait)
        if status >= 500:
            raise _Retry(f"HTTP {status} {reason}", self.retry_backoff)
        if status >= 400 or status < 200:
            raise FetchError(f"{url}: HTTP {status} {reason}")
        declared = resp_headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.config.max_bytes:
            raise _TooBig()
        data = await _read_limited(response, self.config.max_bytes, url)
        return FetchResult(url=url, status=status, data=data, headers=resp_headers)


_NO_BODY = httpx.ByteStream(b"")
# A host name, IPv4 or IPv6 literal as httpx.URL gives it (IDNA-encoded): no spaces, controls,
# escapes or delimiters that would end up in the Host header or the name looked up.
_HOST_OK = re.compile(rb"[A-Za-z0-9._~!$&'()*+,;=:-]+").fullmatch


def _get_request(url: str, headers: list[tuple[bytes, bytes]]) -> httpx.Request:
    """The GET for `url`: httpx.URL encodes an international host name (IDNA) and the path and
    query (percent-encoding); the Host header is ours (given a `stream`, httpx adds none)."""
    try:
        target = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(f"{url}: not a valid URL ({clean_line(str(exc), 120)})") from None
    if target.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https can be fetched")
    if not _HOST_OK(target.raw_host):
        raise FetchError(f"{url}: not a valid host name")
    port = target.port
    if port is not None and not 0 < port < 65536:
        raise FetchError(f"{url}: not a valid port")
    return httpx.Request("GET", target, headers=[(b"Host", target.netloc), *headers], stream=_NO_BODY)


def _os_text(exc: BaseException, fallback: str) -> str:
    text = clean_line(str(exc), 160)
    return text or fallback


class _H11Transport(httpx.AsyncBaseTransport):
    """httpx's transport interface over h11 connections kept alive per host.

    `handle_async_request` sends an `httpx.Request` on an idle connection to its host (or a new
    one) and returns an `httpx.Response` once its head has arrived; the body is read from the
    connection as the response is streamed, and the connection goes back to the idle list when
    the body has been read to its end (closed if the response is closed before).

    Idle connections per (scheme, host, port), the hosts used least lately first: at most
    `max_idle` in all (those of the hosts used least lately are closed first), so a refresh keeps
    a bounded number of sockets open, however many hosts it meets; a host never has more than
    the fetcher's `per_host` requests, hence idle connections, at once. Kept up to KEEPALIVE.
    """

    def __init__(
        self, *, connect_timeout: float, max_idle: int, tls_context: ssl.SSLContext | None = None
    ) -> None:
        self._connect_timeout = connect_timeout
        self._max_idle = max_idle
        # Made on the first https request: loading the CA bundle costs 20-40 ms, never paid
        # by a refresh of plain http feeds.
        self._tls_context = tls_context
        self._idle: collections.OrderedDict[tuple[bool, str, int], list[_Connection]] = (
            collections.OrderedDict()
        )
        self._idle_count = 0
        self._open: set[_Connection] = set()

    async def aclose(self) -> None:
        self._idle.clear()
        self._idle_count = 0
        for conn in list(self._open):
            conn.close()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"{scheme}: not served by this transport")
        tls = scheme == "https"
        key = (tls, url.raw_host.decode("ascii"), url.port or (443 if tls else 80))
        try:
            outgoing = h11.Request(method=request.method, target=url.raw_path, headers=request.headers.raw)
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from None
        conn = self._checkout(key)
        if conn is not None:
            try:
                return await self._exchange(conn, key, outgoing)
            except _Stale:
                pass  # closed by the server as the request went out: sent again, on a new one
        return await self._exchange(await self._connect(key), key, outgoing)

    async def _exchange(
        self, conn: _Connection, key: tuple[bool, str, int], outgoing: h11.Request
    ) -> httpx.Response:
        reused = conn.used
        try:
            conn.send(outgoing)
            head = await conn.head()
        except _Broken as exc:
            conn.close()
            if reused and not conn.answered:
                raise _Stale() from None
            raise exc.as_httpx() from None
        except h11.LocalProtocolError as exc:
            conn.close()
            raise httpx.LocalProtocolError(str(exc)) from None
        except BaseException:
            conn.close()
            raise
        return httpx.Response(
            head.status_code, headers=head.headers, stream=_H11Body(self, conn, key),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": head.reason},
        )

    def _release(self, key: tuple[bool, str, int], conn: _Connection) -> None:
        """After a body read to its end: keep the connection for the host's next request."""
        if conn.next_cycle():
            self._checkin(key, conn)
        else:
            conn.close()

    def _checkout(self, key: tuple[bool, str, int]) -> _Connection | None:
        """An idle connection to this host that is still sound (the server has neither closed
        it nor sent anything unasked since), else None."""
        idle = self._idle.get(key)
        if not idle:
            return None
        now = time.monotonic()
        found = None
        while idle:
            conn = idle.pop()
            self._idle_count -= 1
            if conn.sound and now - conn.idle_since < KEEPALIVE:
                found = conn
                break
            conn.close()
        if not idle:
            del self._idle[key]
        return found

    def _checkin(self, key: tuple[bool, str, int], conn: _Connection) -> None:
        conn.idle_since = time.monotonic()
        idle = self._idle.get(key)
        if idle is None:
            idle = self._idle[key] = []
        else:
            self._idle.move_to_end(key)
        idle.append(conn)
        self._idle_count += 1
        while self._idle_count > self._max_idle:
            oldest_key = next(iter(self._idle))
            oldest = self._idle[oldest_key]
            oldest.pop(0).close()
            self._idle_count -= 1
            if not oldest:
                del self._idle[oldest_key]

    async def _connect(self, key: tuple[bool, str, int]) -> _Connection:
        loop = asyncio.get_running_loop()
        tls_on, host, port = key
        tls = self._tls() if tls_on else None
        try:
            _transport, wire = await asyncio.wait_for(
                loop.create_connection(
                    lambda: _Wire(loop), host, port, ssl=tls,
                    server_hostname=host if tls is not None else None,
                ),
                timeout=self._connect_timeout,
            )
        except asyncio.TimeoutError:
            raise httpx.ConnectTimeout(f"could not connect within {self._connect_timeout:g} s") from None
        except OSError as exc:
            if tls is not None:
                import ssl

                if isinstance(exc, ssl.SSLCertVerificationError):
                    why = clean_line(exc.verify_message or str(exc), 160)
                    raise _Untrusted(
                        f"the server's certificate is not trusted (CERTIFICATE_VERIFY_FAILED: {why})"
                    ) from None
            raise httpx.ConnectError(
                f"cannot connect ({_os_text(exc, 'connection refused')})"
            ) from None
        conn = _Connection(wire, self._open)
        self._open.add(conn)
        return conn

    def _tls(self) -> ssl.SSLContext:
        if self._tls_context is None:
            import ssl

            try:
                import certifi
            except ImportError:  # the system's authorities, then
                context = ssl.create_default_context()
            else:
                context = ssl.create_default_context(cafile=certifi.where())
            context.set_alpn_protocols(["http/1.1"])
            self._tls_context = context
        return self._tls_context


class _H11Body(httpx.AsyncByteStream):
    """A response body as h11 reads it from its connection (still content-encoded). Read to its
    end, the connection goes back to the transport's idle list; closed before, it is closed."""

    __slots__ = ("_transport", "_conn", "_key")

    def __init__(self, transport: _H11Transport, conn: _Connection, key: tuple[bool, str, int]) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._key = key

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn = self._conn
        if conn is None:
            return
        try:
            while (data := await conn.chunk()) is not None:
                yield data
        except _Broken as exc:
            self._conn = None
            conn.close()
            raise exc.as_httpx() from None
        if self._conn is conn:
            self._conn = None
            self._transport._release(self._key, conn)

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


class _Wire(asyncio.Protocol):
    """One connection's incoming bytes, held until the reader takes them (at most
    READ_BUFFER; then the socket is not read until they are taken)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.transport: asyncio.Transport | None = None
        self._chunks: collections.deque[bytes] = collections.deque()
        self._buffered = 0
        self._paused = False
        self._eof = False
        self._lost: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None
        self.received = False  # set on every arrival; the connection clears it as it sends

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.received = True
        self._chunks.append(data)
        self._buffered += len(data)
        if self._buffered > READ_BUFFER and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self._eof = True
        self._wake()
        return False  # close our side too

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        self._lost = exc
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    @property
    def sound(self) -> bool:
        """Open, and nothing received that was not asked for."""
        return not self._eof and not self._chunks and self.transport is not None \
            and not self.transport.is_closing()

    async def read(self) -> bytes:
        """The next bytes received; b"" once the server has closed its side."""
        while not self._chunks:
            if self._eof:
                if self._lost is not None:
                    raise _Broken(
                        f"connection error ({_os_text(self._lost, type(self._lost).__name__)})",
                        httpx.ReadError,
                    )
                return b""
            self._waiter = self._loop.create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        data = self._chunks.popleft()
        self._buffered -= len(data)
        if self._paused and self._buffered < READ_BUFFER // 2 and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()
        return data


class _Connection:
    """One HTTP/1.1 connection: h11's state machine over a `_Wire`."""

    __slots__ = ("_wire", "_h11", "_eof_fed", "_registry", "idle_since", "used")

    def __init__(self, wire: _Wire, registry: set[_Connection]) -> None:
        self._wire = wire
        self._h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD_BYTES)
        self._eof_fed = False
        self._registry = registry
        self.idle_since = 0.0
        self.used = False  # a request was sent on it before the current one

    @property
    def answered(self) -> bool:
        """Whether any byte came back since the current request was sent."""
        return self._wire.received

    @property
    def sound(self) -> bool:
        return self._wire.sound

    def send(self, request: h11.Request) -> None:
        transport = self._wire.transport
        if transport is None or transport.is_closing():
            raise _Broken("the connection was closed", httpx.WriteError)
        data = self._h11.send(request)
        end = self._h11.send(h11.EndOfMessage())
        self._wire.received = False
        transport.write(data + end if end else data)  # type: ignore[operator]

    async def _event(self) -> object:
        while True:
            try:
                event = self._h11.next_event()
            except h11.RemoteProtocolError as exc:
                if "buffer too long" in str(exc):  # h11: a head not ended within the bound
                    raise _Broken(
                        f"the server broke the connection: response headers past {MAX_HEAD_BYTES // 1024} KiB"
                    ) from None
                # h11 says "request line" for a response that does not start like one.
                what = clean_line(str(exc).replace("request line", "status line"), 120)
                raise _Broken(f"the server broke the connection: not valid HTTP ({what})") from None
            if event is not h11.NEED_DATA:
                return event
            if self._eof_fed:
                raise _Broken("the server closed the connection mid-response")
            data = await self._wire.read()
            self._eof_fed = not data
            self._h11.receive_data(data)

    async def head(self) -> h11.Response:
        """The response's status line and headers (1xx interim answers skipped: the total
        timeout bounds a server that sends nothing else)."""
        while True:
            event = await self._event()
            if type(event) is h11.Response:
                return event
            if type(event) is h11.InformationalResponse:
                continue
            raise _Broken("the server closed the connection without answering")

    async def chunk(self) -> bytes | None:
        """The body's next bytes as received (still encoded); None at its end."""
        event = await self._event()
        if type(event) is h11.Data:
            return event.data  # type: ignore[no-any-return, attr-defined]
        if type(event) is h11.EndOfMessage:
            return None
        raise _Broken("the server closed the connection before the end of the body")

    def next_cycle(self) -> bool:
        """After a whole exchange: ready for the next request (keep-alive), or False."""
        if self._h11.our_state is h11.DONE and self._h11.their_state is h11.DONE and self._wire.sound:
            self._h11.start_next_cycle()
            self.used = True
            return True
        return False

    def close(self) -> None:
        self._registry.discard(self)
        if self._wire.transport is not None:
            self._wire.transport.abort()


async def _read_limited(response: httpx.Response, limit: int, url: str) -> bytes:
    """The body, decompressed here, failing as soon as raw or decoded bytes pass `limit`.

    The raw bytes come from httpx's `aiter_raw`; the decoding is not httpx's `aiter_bytes`:
    its decoders inflate each chunk whole (`decompress(data)`, no bound), so a small gzip bomb
    would be held in memory, a thousand times its size, before any count could refuse it. Here
    `max_length` stops every chunk at the limit."""
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    decoder: zlib._Decompress | None
    if encoding in ("", "identity"):
        decoder = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        decoder = zlib.decompressobj(47)  # gzip or zlib header, detected
    else:
        raise FetchError(f"{url}: unsupported content encoding {clean_line(encoding, 40)!r}")
    chunks: list[bytes] = []
    raw_total = 0
    total = 0
    async for raw in response.aiter_raw():
        raw_total += len(raw)
        if raw_total > limit:
            raise _TooBig()
        if decoder is None:
            total += len(raw)
            chunks.append(raw)
            continue
        pending = raw
        while pending:
            try:
                # max_length bounds what one chunk may inflate to: a bomb stops at the limit.
                piece = decoder.decompress(pending, limit - total + 1)
            except zlib.error as exc:
                raise FetchError(f"{url}: corrupt {encoding} body ({exc})") from None
            total += len(piece)
            if total > limit:
                raise _TooBig()
            chunks.append(piece)
            pending = decoder.unconsumed_tail
            if not piece:
                break
    if decoder is not None:
        tail = decoder.flush()
        total += len(tail)
        if total > limit:
            raise _TooBig()
        chunks.append(tail)
    return b"".join(chunks)


def socket_budget(jobs: int, max_idle: int) -> tuple[int, int]:
    """Requests in flight and idle connections kept, within this process's open-file limit.

    A refresh may hold `jobs` sockets in flight and `max_idle` idle ones. Where the soft limit is
    lower (macOS starts programs at 256), it is raised toward the hard limit; where it cannot go
    high enough, the sockets it leaves are shared: at most half of them in flight, the rest kept
    idle, so a refresh of many hosts never fails with "too many open files".
    """
    try:
        import resource
    except ImportError:  # Windows: no per-process limit of this kind
        return jobs, max_idle
    wanted = jobs + max_idle + FILES_KEPT_FREE
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        target = wanted if hard == resource.RLIM_INFINITY else min(hard, wanted)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass  # macOS refuses more than OPEN_MAX even under an unlimited hard limit
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return jobs, max_idle
    sockets = max(2, soft - FILES_KEPT_FREE)
    jobs = max(1, min(jobs, sockets // 2))
    return jobs, max(1, min(max_idle, sockets - jobs))


def _retry_after(value: str | None, default: float) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return default
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, when.timestamp() - time.time())


__all__ = ["ACCEPT_FEEDS", "ACCEPT_PAGES", "FetchResult", "Fetcher", "MAX_REDIRECTS"]
