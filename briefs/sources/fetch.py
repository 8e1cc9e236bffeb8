"""Polite HTTP fetching: a small HTTP/1.1 client, keep-alive per host, bounded concurrency, limits on time and size.

Global and per-host limits, keep-alive, conditional GET, redirects followed by
hand (a permanent move is reported), one retry for connection errors and 5xx,
429 Retry-After honoured within bounds, bodies decompressed and counted here.
HTTP/1.1 itself is h11's (status lines, headers, chunked and length-delimited
bodies, each checked as it arrives); the sockets are asyncio's own, and https
verifies certificates with the standard library's TLS.
"""

from __future__ import annotations

import asyncio
import collections
import email.utils
import logging
import re
import time
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit

import h11

from ..config import Config
from ..errors import FetchError
from ..safety import check_url, clean_line

if TYPE_CHECKING:
    import ssl

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
# A 304's or a redirect's body is read up to this much (to keep the connection); beyond, dropped.
SMALL_BODY = 64 * 1024
# Retry-After longer than this is not waited for: the source fails this round.
MAX_RETRY_AFTER = 30.0
# A response's status line and headers: at most this many bytes (h11 refuses a longer head
# as it arrives) and this many header lines.
MAX_HEAD_BYTES = 100 * 1024
MAX_HEADERS = 256
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
    """The connection failed, or the server broke HTTP: worth one retry."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Stale(Exception):
    """A kept connection failed before any byte of the answer: the server had closed it."""


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
        self._global = asyncio.Semaphore(config.jobs)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        # Made on the first https request: loading the CA bundle costs 20-40 ms, never paid
        # by a refresh of plain http feeds.
        self._tls_context = tls_context
        # Idle keep-alive connections per (scheme, host, port), the hosts used least lately
        # first: at most `per_host` each (a host never has more requests in flight), and at most
        # `_max_idle` in all (those of the hosts used least lately are closed first), so a refresh
        # keeps a bounded number of sockets open, however many hosts it meets.
        self._idle: collections.OrderedDict[tuple[bool, str, int], list[_Connection]] = (
            collections.OrderedDict()
        )
        self._idle_count = 0
        # A refresh's lanes (jobs + 32) each keep theirs while their feed is parsed and stored,
        # to fetch the next feed of that host on it: fewer than that closed the very connections
        # about to be reused (1,000 connections for 1,000 feeds instead of 200).
        self._max_idle = 2 * config.jobs + 32
        self._open: set[_Connection] = set()
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
        self._idle.clear()
        self._idle_count = 0
        for conn in list(self._open):
            conn.close()

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        parts = urlsplit(url)
        key = f"{parts.hostname}:{parts.port or ''}"
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
            if response.status in (301, 302, 303, 307, 308):
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
        headers = [(b"Accept", accept.encode("ascii"))]
        if etag:
            headers.append((b"If-None-Match", etag.encode("utf-8")))
        if last_modified:
            headers.append((b"If-Modified-Since", last_modified.encode("utf-8")))
        target = _Target.of(url)
        total = self.config.total_timeout
        async with self._host_limit(url), self._global:
            try:
                # wait_for bounds the whole exchange: a server trickling bytes cannot outlast it.
                return await asyncio.wait_for(self._request(target, headers, url), timeout=total)
            except asyncio.TimeoutError:
                raise FetchError(f"{url}: timed out after {total:g} s") from None
            except _TooBig:
                raise FetchError(
                    f"{url}: response larger than {self.config.max_bytes} bytes; refused"
                ) from None
            except _Broken as exc:
                raise _Retry(exc.reason, self.retry_backoff) from None
            except h11.LocalProtocolError as exc:  # e.g. a stored validator h11 will not send
                raise FetchError(f"{url}: cannot send the request ({clean_line(str(exc), 120)})") from None

    async def _request(self, target: _Target, headers: list[tuple[bytes, bytes]], url: str) -> FetchResult:
        conn = self._checkout(target.key)
        if conn is not None:
            try:
                return await self._exchange(conn, target, headers, url)
            except _Stale:
                pass  # closed by the server as the request went out: sent again, on a new one
        return await self._exchange(await self._connect(target, url), target, headers, url)

    async def _exchange(
        self, conn: _Connection, target: _Target, headers: list[tuple[bytes, bytes]], url: str
    ) -> FetchResult:
        reused = conn.used
        try:
            conn.send(h11.Request(
                method="GET", target=target.path,
                headers=[(b"Host", target.authority), *self._agent, *headers],
            ))
            result = await self._read_response(conn, await conn.head(), url)
        except _Broken:
            conn.close()
            if reused and not conn.answered:
                raise _Stale() from None
            raise
        except BaseException:
            conn.close()
            raise
        if conn.next_cycle():
            self._checkin(target.key, conn)
        else:
            conn.close()
        return result

    async def _read_response(self, conn: _Connection, head: h11.Response, url: str) -> FetchResult:
        status = head.status_code
        resp_headers = _decoded(head.headers, url)
        if status in (301, 302, 303, 307, 308, 304):
            # Read the (empty or small) body to its end: a connection with a response left
            # unread cannot take the next request, and a refresh of feeds that all answer 304
            # would open one per feed. A larger body is dropped with its connection.
            try:
                await _read_limited(conn, resp_headers, SMALL_BODY, url)
            except (_TooBig, FetchError):
                conn.close()
            return FetchResult(url=url, status=status, data=b"", headers=resp_headers)
        reason = clean_line(head.reason.decode("latin-1"), 80)
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
        data = await _read_limited(conn, resp_headers, self.config.max_bytes, url)
        return FetchResult(url=url, status=status, data=data, headers=resp_headers)

    # --- connections ---------------------------------------------------------------------

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

    async def _connect(self, target: _Target, url: str) -> _Connection:
        loop = asyncio.get_running_loop()
        tls = self._tls() if target.tls else None
        try:
            _transport, wire = await asyncio.wait_for(
                loop.create_connection(
                    lambda: _Wire(loop), target.host, target.port, ssl=tls,
                    server_hostname=target.host if tls is not None else None,
                ),
                timeout=self.config.connect_timeout,
            )
        except asyncio.TimeoutError:
            raise FetchError(
                f"{url}: could not connect within {self.config.connect_timeout:g} s"
            ) from None
        except OSError as exc:
            if tls is not None:
                import ssl

                if isinstance(exc, ssl.SSLCertVerificationError):
                    # Not retried: the same certificate would be refused again.
                    why = clean_line(exc.verify_message or str(exc), 160)
                    raise FetchError(
                        f"{url}: the server's certificate is not trusted "
                        f"(CERTIFICATE_VERIFY_FAILED: {why})"
                    ) from None
            raise _Broken(f"cannot connect ({_os_text(exc, 'connection refused')})") from None
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


@dataclass(frozen=True)
class _Target:
    """Where a URL's request goes: the address to connect to, and what goes on the wire."""

    tls: bool
    host: str  # ASCII (an international name in its IDNA form)
    port: int
    authority: bytes  # the Host header
    path: bytes  # the request target: path and query, percent-encoded

    @property
    def key(self) -> tuple[bool, str, int]:
        return (self.tls, self.host, self.port)

    @classmethod
    def of(cls, url: str) -> _Target:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"{url}: only http and https can be fetched")
        host = parts.hostname or ""
        try:
            port = parts.port
        except ValueError:
            raise FetchError(f"{url}: not a valid port") from None
        if not host.isascii():
            import idna

            try:
                host = idna.encode(host).decode("ascii")
            except idna.IDNAError as exc:
                raise FetchError(f"{url}: not a valid international host name ({exc})") from None
        if not host or not _HOST_OK(host):
            raise FetchError(f"{url}: not a valid host name")
        tls = scheme == "https"
        default = 443 if tls else 80
        named = f"[{host}]" if ":" in host else host
        authority = named if port in (None, default) else f"{named}:{port}"
        path = quote(parts.path or "/", safe=_PATH_SAFE)
        if parts.query:
            path += "?" + quote(parts.query, safe=_QUERY_SAFE)
        return cls(tls, host, port or default, authority.encode("ascii"), path.encode("ascii"))


# What stays as it is in a request target (RFC 3986 pchar, and "%" of the escapes already there).
_PATH_SAFE = "/%!$&'()*+,;=:@~"
_QUERY_SAFE = _PATH_SAFE + "?"
# A host name, IPv4 or IPv6 literal: no spaces, controls or delimiters that would end up in the
# Host header or the name looked up.
_HOST_OK = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:%-]+").fullmatch


def _decoded(raw: list[tuple[bytes, bytes]], url: str) -> dict[str, str]:
    """Response headers as text (names lower-case, repeated ones joined with ", ")."""
    if len(raw) > MAX_HEADERS:
        raise FetchError(f"{url}: more than {MAX_HEADERS} header lines in the response; refused")
    # h11 refuses a head that grows past MAX_HEAD_BYTES while it waits for its end; one that
    # arrives whole in a single read is measured here.
    if sum(len(name) + len(value) for name, value in raw) > MAX_HEAD_BYTES:
        raise FetchError(f"{url}: response headers larger than {MAX_HEAD_BYTES // 1024} KiB; refused")
    headers: dict[str, str] = {}
    for name, value in raw:
        key = name.decode("ascii", "replace")
        if value.isascii():
            text = value.decode("ascii")
        else:
            try:
                text = value.decode("utf-8")
            except UnicodeDecodeError:
                text = value.decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


def _os_text(exc: BaseException, fallback: str) -> str:
    text = clean_line(str(exc), 160)
    return text or fallback


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
                    raise _Broken(f"connection error ({_os_text(self._lost, type(self._lost).__name__)})")
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
            raise _Broken("the connection was closed")
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


async def _read_limited(conn: _Connection, headers: dict[str, str], limit: int, url: str) -> bytes:
    """The body, decompressed here, failing as soon as raw or decoded bytes pass `limit`."""
    encoding = headers.get("content-encoding", "identity").strip().lower()
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
    while (raw := await conn.chunk()) is not None:
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
