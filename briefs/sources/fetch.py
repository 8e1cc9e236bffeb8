"""Polite HTTP fetching: a pool of connections per host, bounded concurrency, limits on time and size.

Global and per-host limits, keep-alive, conditional GET, redirects followed by
hand (a permanent move is reported), one retry for connection errors and 5xx,
429 Retry-After honoured within bounds, bodies decompressed and counted here.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import email.utils
import logging
import ssl
import sys
import time
import zlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

# httpx's package imports its command-line client (`httpx._main`), which loads rich and
# pygments whenever they are installed (textual installs rich), and briefs must never load
# rich. Marking that optional module absent makes httpx fall back to its stub `main`.
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

import httpx  # noqa: E402

from ..config import Config
from ..errors import FetchError
from ..safety import check_url, clean_line

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
# A 304's or a redirect's body is read up to this much (to keep the connection); beyond, dropped.
SMALL_BODY = 64 * 1024
# Retry-After longer than this is not waited for: the source fails this round.
MAX_RETRY_AFTER = 30.0
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


class Fetcher:
    """Fetches URLs politely. Use `async with Fetcher(config) as f: await f.get(url)`."""

    def __init__(self, config: Config, *, retry_backoff: float = 0.5) -> None:
        self.config = config
        self.retry_backoff = retry_backoff
        self._global = asyncio.Semaphore(config.jobs)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        # No httpx.AsyncClient: its redirect, auth and cookie machinery is what this class does
        # (or refuses) itself, and building and sending through it cost a third of each
        # request's CPU in a refresh. Requests go straight to the pools, one per host (see
        # `_HostPools`); http:// and https:// apart: the TLS context, which loads the CA bundle
        # (20-40 ms), is made on the first https request, never for plain http.
        self._plain = _HostPools(config.per_host, max_pools=2 * config.jobs, tls=False)
        self._tls = _HostPools(config.per_host, max_pools=2 * config.jobs, tls=True)
        self._timeout = httpx.Timeout(
            connect=config.connect_timeout, read=config.total_timeout,
            write=config.total_timeout, pool=config.total_timeout,
        ).as_dict()
        self._headers = [
            ("User-Agent", config.user_agent),
            # We decompress ourselves, counting every byte (compressed bombs).
            ("Accept-Encoding", "gzip, deflate"),
        ]

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        try:
            await self._plain.aclose()
        finally:
            await self._tls.aclose()

    def _transport_for(self, url: httpx.URL) -> _HostPools:
        """The https pools for https URLs; everything else meets the plain ones, which refuse
        any scheme but http."""
        return self._tls if url.scheme == "https" else self._plain

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
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        total = self.config.total_timeout
        async with self._host_limit(url), self._global:
            try:
                # wait_for bounds the whole exchange: a server trickling bytes cannot outlast it.
                return await asyncio.wait_for(self._request(url, headers), timeout=total)
            except (asyncio.TimeoutError, httpx.TimeoutException) as exc:
                if isinstance(exc, httpx.ConnectTimeout):
                    raise FetchError(
                        f"{url}: could not connect within {self.config.connect_timeout:g} s"
                    ) from None
                raise FetchError(f"{url}: timed out after {total:g} s") from None
            except _TooBig:
                raise FetchError(
                    f"{url}: response larger than {self.config.max_bytes} bytes; refused"
                ) from None
            except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError,
                    httpx.WriteError) as exc:
                raise _Retry(_connection_reason(exc), self.retry_backoff) from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # InvalidURL: e.g. a javascript: Location
                raise FetchError(f"{url}: {type(exc).__name__}: {clean_line(str(exc), 200)}") from None

    async def _request(self, url: str, headers: dict[str, str]) -> FetchResult:
        target = httpx.URL(url)
        request = httpx.Request(
            "GET", target, stream=_NO_BODY, extensions={"timeout": self._timeout},
            # With `stream` given httpx adds no header of its own: Host is ours to send.
            headers=[("Host", target.netloc.decode("ascii")), *self._headers, *headers.items()],
        )
        response = await self._transport_for(target).handle_async_request(request)
        try:
            return await self._read_response(response, url)
        finally:
            await response.aclose()

    async def _read_response(self, response: httpx.Response, url: str) -> FetchResult:
        status = response.status_code
        resp_headers = {k.lower(): v for k, v in response.headers.items()}
        if status in (301, 302, 303, 307, 308, 304):
            # Read the (empty or small) body to its end: a response left unread closes its
            # connection, and a refresh of feeds that all answer 304 would open one per feed.
            with contextlib.suppress(_TooBig, FetchError):
                await _read_limited(response, SMALL_BODY, url)
            return FetchResult(url=url, status=status, data=b"", headers=resp_headers)
        if status == 429:
            wait = _retry_after(resp_headers.get("retry-after"), self.retry_backoff)
            if wait > min(MAX_RETRY_AFTER, self.config.total_timeout):
                raise FetchError(
                    f"{url}: HTTP 429 Too Many Requests; the server asks to wait {wait:.0f} s"
                )
            raise _Retry("HTTP 429 Too Many Requests", wait)
        if status >= 500:
            raise _Retry(f"HTTP {status} {response.reason_phrase}", self.retry_backoff)
        if status >= 400 or status < 200:
            raise FetchError(f"{url}: HTTP {status} {response.reason_phrase}")
        declared = resp_headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.config.max_bytes:
            raise _TooBig()
        data = await _read_limited(response, self.config.max_bytes, url)
        return FetchResult(url=url, status=status, data=data, headers=resp_headers)


_NO_BODY = httpx.ByteStream(b"")


class _HostPools(httpx.AsyncBaseTransport):
    """One small connection pool per host, at most `per_host` connections each.

    httpcore's pool scans every connection it holds for every request (and asks each idle
    socket whether it is readable): one pool for the whole refresh made that scan the largest
    cost of fetching 1,000 feeds. The pools of hosts not used lately are closed, so a refresh
    of many hosts keeps a bounded number of sockets open. The http:// pools refuse any other
    scheme (no certificates to check): an https URL can never reach them, even by a routing
    mistake; the https:// ones verify certificates with one context made on first use.
    """

    def __init__(self, per_host: int, *, max_pools: int, tls: bool) -> None:
        self._limits = httpx.Limits(
            max_connections=per_host, max_keepalive_connections=per_host, keepalive_expiry=30.0,
        )
        self._max_pools = max(1, max_pools)
        self._tls = tls
        self._ssl_context: ssl.SSLContext | None = None
        # Least recently used first; with the requests each pool has in flight.
        self._pools: collections.OrderedDict[tuple[str, int | None], httpx.AsyncHTTPTransport] = (
            collections.OrderedDict()
        )
        self._busy: dict[tuple[str, int | None], int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme != ("https" if self._tls else "http"):
            raise httpx.UnsupportedProtocol(f"{request.url.scheme}: not served by this pool")
        key = (request.url.host, request.url.port)
        pool = self._pools.get(key)
        retired: list[httpx.AsyncHTTPTransport] = []
        if pool is None:
            retired = self._retire_idle_pools()
            if self._ssl_context is None:
                # One context for every pool (httpx makes one per transport otherwise, even for
                # plain http, where it is never used): verifying for https, inert for http.
                self._ssl_context = httpx.create_ssl_context(verify=self._tls, trust_env=False)
            pool = self._pools[key] = httpx.AsyncHTTPTransport(
                verify=self._ssl_context, limits=self._limits, trust_env=False,
            )
        self._pools.move_to_end(key)
        self._busy[key] = self._busy.get(key, 0) + 1
        try:
            for old in retired:
                await old.aclose()
            response = await pool.handle_async_request(request)
        except BaseException:
            self._done(key)
            raise
        # The connection is busy until the body is read or closed.
        response.stream = _Release(response.stream, lambda: self._done(key))  # type: ignore[arg-type]
        return response

    def _done(self, key: tuple[str, int | None]) -> None:
        left = self._busy.get(key, 1) - 1
        if left:
            self._busy[key] = left
        else:
            self._busy.pop(key, None)

    def _retire_idle_pools(self) -> list[httpx.AsyncHTTPTransport]:
        """Take out the least recently used idle pools while there are too many (the caller
        closes them; nothing here awaits, so no other request sees a pool half taken out)."""
        retired = []
        for key in list(self._pools):
            if len(self._pools) < self._max_pools:
                break
            if key not in self._busy:
                retired.append(self._pools.pop(key))
        return retired

    async def aclose(self) -> None:
        pools = list(self._pools.values())
        self._pools.clear()
        for pool in pools:
            await pool.aclose()


class _Release(httpx.AsyncByteStream):
    """A response body that calls `done` once, when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self._stream = stream
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if self._done is not None:
                done, self._done = self._done, None
                done()


async def _read_limited(response: httpx.Response, limit: int, url: str) -> bytes:
    """The body, decompressed here, failing as soon as raw or decoded bytes pass `limit`."""
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


def _connection_reason(exc: httpx.HTTPError) -> str:
    text = clean_line(str(exc), 160)
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({text or 'connection refused'})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"the server broke the connection ({text or 'protocol error'})"
    return f"connection error ({text or type(exc).__name__})"


__all__ = ["ACCEPT_FEEDS", "ACCEPT_PAGES", "FetchResult", "Fetcher", "MAX_REDIRECTS"]
