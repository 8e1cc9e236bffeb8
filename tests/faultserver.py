"""A loopback server that misbehaves on purpose: resets, hangs, truncated or garbage replies.

`tests/feedserver.py` serves well-formed HTTP; this one writes raw bytes on the
socket so it can break the protocol. 127.0.0.1 only, started and stopped by the
test: `with FaultServer() as s: s.faults["/x"] = Fault("reset"); url = s.url("/x")`.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass
from functools import lru_cache

# How long a misbehaving server keeps it up (a hang, a drip of headers, a flood of interim answers)
# unless closed first: far past any time limit a test gives the client (a few seconds) and any
# bound it asserts on a loaded machine (30-120 s), so a client without the limit fails the test
# by its wait instead of slipping under the bound. Closing the server ends every wait at once.
MISBEHAVE_SECONDS = 600.0

KINDS = (
    "ok",          # a proper 200 with `body`
    "status",      # `status` (e.g. 500) with a short body
    "reset",       # read the request, then close with RST
    "close",       # read the request, then close without a byte
    "hang",        # read the request, never answer (for ten minutes, or until the server closes)
    "truncated",   # announce len(body) bytes, send half, close
    "garbage",     # bytes that are not HTTP at all
    "huge",        # a 200 without Content-Length that streams until the client gives up
    "trickle",     # a 200 that sends one byte every `interval` seconds
    "bomb",        # `encoding` (gzip/deflate) of `bomb_mb` MB of zeros, Content-Length honest
    "redirect",    # 302 to `location`
    "drip-headers",  # a status line, then one header line every `interval` seconds, for ten minutes
    "continue-flood",  # "100 Continue" responses, one every `interval` seconds, for ten minutes
    "raw",         # `body` as the whole response, byte for byte (then the server closes)
)


@dataclass
class Fault:
    kind: str = "ok"
    body: bytes = b""
    status: int = 500
    content_type: str = "application/rss+xml; charset=utf-8"
    interval: float = 0.2
    bomb_mb: int = 300
    encoding: str = "gzip"
    location: str = "/"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault {self.kind!r}")


@lru_cache(maxsize=4)
def zero_bomb(megabytes: int, encoding: str = "gzip") -> bytes:
    """`megabytes` MB of zeros compressed (about 1000:1), built once per size."""
    wbits = {"gzip": 31, "deflate": 15}[encoding]
    comp = zlib.compressobj(9, zlib.DEFLATED, wbits)
    chunk = bytes(1 << 20)
    parts = [comp.compress(chunk) for _ in range(megabytes)]
    parts.append(comp.flush())
    return b"".join(parts)


class FaultServer:
    """A threaded raw-socket HTTP/1.1 server; unknown paths get 404. Counts hits per path."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.faults: dict[str, Fault] = {}
        self.hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self._sock.listen(64)
        self._sock.settimeout(0.05)
        self.host = host
        self.port = self._sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def __enter__(self) -> FaultServer:
        self._accept.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._accept.join(5)
        self._sock.close()
        for thread in self._threads:
            thread.join(5)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _handle(self, conn: socket.socket) -> None:
        # Generous: a client on a loaded machine may not read for seconds, and a send cut short
        # here would turn a refused-size failure into a dropped connection.
        conn.settimeout(30)
        try:
            with conn:
                path = self._read_request(conn)
                if path is None:
                    return
                with self._lock:
                    self.hits[path] = self.hits.get(path, 0) + 1
                    fault = self.faults.get(path)
                if fault is None:
                    self._reply(conn, 404, b"not found", "text/plain")
                    return
                self._misbehave(conn, fault)
        except OSError:
            pass  # the client gave up (that is often the point)

    @staticmethod
    def _read_request(conn: socket.socket) -> str | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(4096)
            if not chunk or len(data) > 65536:
                return None
            data += chunk
        line = data.split(b"\r\n", 1)[0].decode("latin-1").split()
        return line[1].split("?", 1)[0] if len(line) >= 2 else None

    @staticmethod
    def _reply(conn: socket.socket, status: int, body: bytes, ctype: str,
               extra: dict[str, str] | None = None) -> None:
        head = [f"HTTP/1.1 {status} X", f"Content-Type: {ctype}", f"Content-Length: {len(body)}",
                "Connection: close"]
        head += [f"{k}: {v}" for k, v in (extra or {}).items()]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)

    def _misbehave(self, conn: socket.socket, fault: Fault) -> None:
        kind = fault.kind
        if kind == "ok":
            self._reply(conn, 200, fault.body, fault.content_type)
        elif kind == "status":
            self._reply(conn, fault.status, b"<h1>Internal Server Error</h1>", "text/html")
        elif kind == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif kind == "close":
            pass
        elif kind == "hang":
            self._stop.wait(MISBEHAVE_SECONDS)
        elif kind == "truncated":
            body = fault.body or b"<rss>" + b"x" * 4000
            head = (f"HTTP/1.1 200 OK\r\nContent-Type: {fault.content_type}\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n")
            conn.sendall(head.encode() + body[: len(body) // 2])
        elif kind == "garbage":
            conn.sendall(b"\x00\xff\xfeSSH-2.0-not-http\r\n\x1b[2J" + bytes(range(256)) * 4)
        elif kind == "huge":
            conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: {fault.content_type}\r\n"
                         "Connection: close\r\n\r\n".encode())
            chunk = b"<rss>" + b"A" * 65531
            for _ in range(4096):  # at most 256 MB, and only while the client reads
                if self._stop.is_set():
                    return
                conn.sendall(chunk)
        elif kind == "trickle":
            body = fault.body or b"<rss>" + b" " * 10_000
            conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: {fault.content_type}\r\n"
                         f"Content-Length: {len(body)}\r\n\r\n".encode())
            for i in range(len(body)):
                if self._stop.wait(fault.interval):
                    return
                conn.sendall(body[i:i + 1])
        elif kind == "bomb":
            self._reply(conn, 200, zero_bomb(fault.bomb_mb, fault.encoding), fault.content_type,
                        {"Content-Encoding": fault.encoding})
        elif kind == "raw":
            conn.sendall(fault.body)
        elif kind == "redirect":
            self._reply(conn, 302, b"", "text/plain", {"Location": fault.location})
        elif kind in ("drip-headers", "continue-flood"):
            if kind == "drip-headers":
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
            line = b"X-Drip: still here\r\n" if kind == "drip-headers" else b"HTTP/1.1 100 Continue\r\n\r\n"
            end = time.monotonic() + MISBEHAVE_SECONDS  # bounded: a client without a deadline fails, never hangs
            while time.monotonic() < end:
                if self._stop.wait(fault.interval):
                    return
                conn.sendall(line)
