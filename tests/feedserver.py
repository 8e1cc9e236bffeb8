"""A real HTTP server on 127.0.0.1 for feed tests: routes you control, requests recorded.

Routes serve bytes with a status, headers, an optional ETag (If-None-Match -> 304),
a delay, a trickle (one byte at a time) or gzip. Shared by tests and bench.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    trickle: float | None = None  # seconds between bytes: a server that never quite finishes
    gzip: bool = False


@dataclass(frozen=True)
class Seen:
    """A request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    host: str


class FeedServer:
    """`with FeedServer() as s: s.routes["/feed"] = Route(body=...); url = s.url("/feed")`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.routes: dict[str, Route | Callable[[Seen], Route]] = {}
        self.requests: list[Seen] = []
        self.connections = 0  # TCP connections accepted (a keep-alive one serves many requests)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def handle(self) -> None:  # once per connection
                with server._lock:
                    server.connections += 1
                super().handle()

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                seen = Seen("GET", self.path, {k.lower(): v for k, v in self.headers.items()},
                            self.headers.get("Host", ""))
                with server._lock:
                    server.requests.append(seen)
                    route = server.routes.get(self.path.split("?", 1)[0])
                if callable(route):
                    route = route(seen)
                if route is None:
                    self._send(404, b"not found", "text/plain", {})
                    return
                if route.delay:
                    server._stop.wait(route.delay)
                if route.etag and seen.headers.get("if-none-match") == route.etag:
                    self._send(304, b"", None, {"ETag": route.etag})
                    return
                if route.last_modified and seen.headers.get("if-modified-since") == route.last_modified:
                    self._send(304, b"", None, {"Last-Modified": route.last_modified})
                    return
                headers = dict(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                if route.last_modified:
                    headers["Last-Modified"] = route.last_modified
                body = route.body
                if route.gzip:
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                if route.trickle is not None:
                    self._trickle(route, body, headers)
                    return
                self._send(route.status, body, route.content_type, headers)

            def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str]) -> None:
                try:
                    self.send_response(status)
                    if ctype and status != 304:
                        self.send_header("Content-Type", ctype)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if status != 304:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _trickle(self, route: Route, body: bytes, headers: dict[str, str]) -> None:
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    for i in range(len(body)):
                        if server._stop.wait(route.trickle):
                            return
                        self.wfile.write(body[i:i + 1])
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._httpd = ThreadingHTTPServer((host, port), Handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self.host = host
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path.split("?", 1)[0] == path]


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def rss(title: str, items: list[dict[str, str]], link: str = "https://site.example/") -> bytes:
    """A small RSS 2.0 document; item keys: title, link, guid, description, content, pubDate."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
        f"<title>{_x(title)}</title><link>{_x(link)}</link><description>test</description>",
    ]
    for item in items:
        parts.append("<item>")
        for key in ("title", "link", "guid", "description", "pubDate"):
            if key in item:
                parts.append(f"<{key}>{_x(item[key])}</{key}>")
        if "content" in item:
            parts.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def _x(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
