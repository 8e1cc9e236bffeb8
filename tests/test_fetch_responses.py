"""What the fetcher accepts from a server, byte for byte: chunked and length-delimited bodies,
interim 1xx answers, kept connections the server closes; and what it refuses with one line
naming the URL: status lines that are not HTTP, floods of headers, bodies past the limit."""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import time

import pytest
from faultserver import Fault, FaultServer

from briefs.config import Config
from briefs.errors import FetchError
from briefs.sources.fetch import MAX_HEAD_BYTES, MAX_HEADERS, Fetcher, _get_request

BODY = b"<rss><channel><title>Raw</title></channel></rss>"

# A dead kept connection is replaced at once, never by way of the one retry: that retry waits
# RETRY_WAIT, and the test allows AT_ONCE for the whole exchange. Loopback requests take
# milliseconds, but a loaded machine (2 cores, other test workers) can stall a process for
# seconds: the bound is far above that, and the retry's wait far above the bound. (The requests'
# own time limits are generous for the same reason: no answer here is slow.)
RETRY_WAIT = 90.0
AT_ONCE = 30.0


def _head(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _chunked(data: bytes, size: int) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


@pytest.fixture
def faults():
    with FaultServer() as server:
        yield server


def _get(url: str, **config) -> bytes:
    async def go() -> bytes:
        # Every answer here comes at once: generous limits keep a loaded machine from turning
        # one into a time-out (no test here is about time).
        settings = Config(connect_timeout=30, total_timeout=30, **config)
        async with Fetcher(settings, retry_backoff=0.01) as fetcher:
            return (await fetcher.get(url)).data

    return asyncio.run(go())


def _refused(url: str, **config) -> str:
    with pytest.raises(FetchError) as caught:
        _get(url, **config)
    message = str(caught.value)
    assert url in message and "\n" not in message and "Traceback" not in message
    return message


def test_chunked_and_length_delimited_bodies_are_read_whole(faults):
    packed = gzip.compress(BODY * 40)
    faults.faults["/chunked"] = Fault("raw", body=_head("HTTP/1.1 200 OK", "Transfer-Encoding: chunked")
                                      + _chunked(BODY * 40, 7))
    faults.faults["/chunked-gzip"] = Fault("raw", body=_head(
        "HTTP/1.1 200 OK", "Transfer-Encoding: chunked", "Content-Encoding: gzip") + _chunked(packed, 100))
    faults.faults["/length"] = Fault("raw", body=_head("HTTP/1.1 200 OK", f"Content-Length: {len(BODY)}") + BODY)
    faults.faults["/until-close"] = Fault("raw", body=_head("HTTP/1.0 200 OK") + BODY)
    assert _get(faults.url("/chunked")) == BODY * 40
    assert _get(faults.url("/chunked-gzip")) == BODY * 40
    assert _get(faults.url("/length")) == BODY
    assert _get(faults.url("/until-close")) == BODY


def test_interim_answers_are_skipped_and_the_final_one_read(faults):
    faults.faults["/interim"] = Fault("raw", body=_head("HTTP/1.1 100 Continue") + _head("HTTP/1.1 103 Early Hints")
                                      + _head("HTTP/1.1 200 OK", f"Content-Length: {len(BODY)}") + BODY)
    assert _get(faults.url("/interim")) == BODY


def test_a_kept_connection_the_server_has_closed_is_not_reused(faults):
    # No "Connection: close", yet the server closes after answering: the next request to the host
    # opens a new connection instead of failing on the dead one.
    faults.faults["/once"] = Fault("raw", body=_head("HTTP/1.1 200 OK", f"Content-Length: {len(BODY)}") + BODY)

    async def go() -> list[bytes]:
        async with Fetcher(Config(connect_timeout=30, total_timeout=30), retry_backoff=RETRY_WAIT) as fetcher:
            return [(await fetcher.get(faults.url("/once"))).data for _ in range(3)]

    started = time.monotonic()
    assert asyncio.run(go()) == [BODY] * 3
    assert time.monotonic() - started < AT_ONCE  # never the retry's wait
    assert faults.hits["/once"] == 3


def test_a_request_on_a_kept_connection_the_server_drops_unanswered_is_sent_again_at_once():
    # The server's keep-alive timeout fires just as our next request arrives: it reads the request
    # and closes without a byte. A GET is safe to send again, on a new connection, not counted as
    # the one retry (whose wait here is RETRY_WAIT).
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    answer = _head("HTTP/1.1 200 OK", f"Content-Length: {len(BODY)}") + BODY
    seen: list[str] = []

    def serve() -> None:
        first, _ = listener.accept()
        with first:
            seen.append(first.recv(65536).decode("latin-1").split(" ")[1])
            first.sendall(answer)
            seen.append(first.recv(65536).decode("latin-1").split(" ")[1])  # read, never answered
        second, _ = listener.accept()
        with second:
            seen.append(second.recv(65536).decode("latin-1").split(" ")[1])
            second.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()

    async def go() -> list[bytes]:
        async with Fetcher(Config(connect_timeout=30, total_timeout=30), retry_backoff=RETRY_WAIT) as fetcher:
            return [(await fetcher.get(f"http://127.0.0.1:{port}/{n}")).data for n in ("a", "b")]

    started = time.monotonic()
    try:
        assert asyncio.run(go()) == [BODY, BODY]
    finally:
        listener.close()
        thread.join(5)
    assert time.monotonic() - started < AT_ONCE  # never the retry's wait
    assert seen == ["/a", "/b", "/b"]


@pytest.mark.parametrize("line", [
    "HTTP/1.1 abc OK", "ICY 200 OK", "HTTP/1.1", "HTTP/9 200 OK", "<html>hello</html>", "HTTP/1.1 200 OK\x00",
])
def test_a_status_line_that_is_not_http_is_refused_with_one_line(faults, line):
    faults.faults["/bad"] = Fault("raw", body=_head(line, "Content-Length: 2") + b"ok")
    message = _refused(faults.url("/bad"))
    assert "not valid HTTP" in message


def test_header_floods_are_refused(faults):
    many = [f"X-Flood-{i}: y" for i in range(MAX_HEADERS + 1)]
    faults.faults["/many"] = Fault("raw", body=_head("HTTP/1.1 200 OK", *many, "Content-Length: 2") + b"ok")
    big = "X-Big: " + "y" * (MAX_HEAD_BYTES + 10)
    faults.faults["/big"] = Fault("raw", body=_head("HTTP/1.1 200 OK", big, "Content-Length: 2") + b"ok")
    assert "header lines" in _refused(faults.url("/many"))
    assert "headers larger than" in _refused(faults.url("/big"))
    # One that never ends is refused as it grows (h11 buffers at most MAX_HEAD_BYTES of it).
    endless = "X-Big: " + "y" * (MAX_HEAD_BYTES * 4)
    faults.faults["/endless"] = Fault("raw", body=("HTTP/1.1 200 OK\r\n" + endless).encode())
    assert "response headers past" in _refused(faults.url("/endless"))


def test_bodies_past_the_limit_are_refused_however_they_are_framed(faults):
    data = b"x" * 5000
    faults.faults["/declared"] = Fault("raw", body=_head("HTTP/1.1 200 OK", "Content-Length: 999999999") + data)
    faults.faults["/chunked"] = Fault("raw", body=_head("HTTP/1.1 200 OK", "Transfer-Encoding: chunked")
                                      + _chunked(data, 100))
    faults.faults["/gzip"] = Fault("raw", body=_head("HTTP/1.1 200 OK", "Content-Encoding: gzip",
                                                    "Transfer-Encoding: chunked") + _chunked(gzip.compress(data), 10))
    for path in ("/declared", "/chunked", "/gzip"):
        assert "larger than 4096 bytes" in _refused(faults.url(path), max_bytes=4096), path


def test_a_body_cut_short_is_a_connection_failure_not_a_document(faults):
    faults.faults["/cut"] = Fault("raw", body=_head("HTTP/1.1 200 OK", "Transfer-Encoding: chunked")
                                  + _chunked(BODY, 10)[:-5])
    assert "connection" in _refused(faults.url("/cut"))


def test_international_hosts_and_paths_are_sent_encoded():
    request = _get_request("http://Bücher.example:8080/straße/ä b?q=ü&x=1#part", [])
    assert request.url.raw_host == b"xn--bcher-kva.example" and request.url.port == 8080
    assert request.headers.raw == [(b"Host", b"xn--bcher-kva.example:8080")]  # httpx adds nothing
    assert request.url.raw_path == b"/stra%C3%9Fe/%C3%A4%20b?q=%C3%BC&x=1"
    assert _get_request("https://[::1]/feed", []).headers["host"] == "[::1]"
    assert _get_request("https://example.org:443/", []).headers["host"] == "example.org"
    for bad in ("http://exa mple.org/", "http://example.org:99999/", "ftp://example.org/",
                "http://exa<mple.org/"):
        with pytest.raises(FetchError):
            _get_request(bad, [])
