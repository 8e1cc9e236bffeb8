"""http:// and https:// go to separate pools: the plain one never speaks TLS, the TLS one
(made on the first https request) verifies certificates."""

from __future__ import annotations

import asyncio
import http.server
import shutil
import ssl
import subprocess
import threading

import httpx
import pytest

from briefs.config import Config
from briefs.errors import FetchError
from briefs.sources.fetch import Fetcher, _HostPools


def test_the_plain_pool_refuses_https():
    async def go():
        transport = _HostPools(2, max_pools=4, tls=False)
        try:
            with pytest.raises(httpx.UnsupportedProtocol):
                await transport.handle_async_request(httpx.Request("GET", "https://127.0.0.1:9/"))
        finally:
            await transport.aclose()

    asyncio.run(go())


def test_https_urls_are_routed_to_the_verifying_pool_made_on_first_use():
    async def go():
        async with Fetcher(Config()) as fetcher:
            tls = fetcher._transport_for(httpx.URL("https://127.0.0.1/feed"))
            assert isinstance(tls, _HostPools) and tls._tls
            assert tls._ssl_context is None  # no CA bundle loaded yet
            plain = fetcher._transport_for(httpx.URL("http://127.0.0.1/feed"))
            assert isinstance(plain, _HostPools) and not plain._tls
            assert fetcher._transport_for(httpx.URL("HTTPS://127.0.0.1/feed")) is tls
            assert fetcher._transport_for(httpx.URL("ftp://127.0.0.1/feed")) is plain  # which refuses it

    asyncio.run(go())


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_a_self_signed_https_server_is_refused(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )

    class Quiet(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Quiet)
    server.handle_error = lambda *args: None  # the refused handshakes
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        async def go():
            async with Fetcher(Config(connect_timeout=5, total_timeout=5), retry_backoff=0.01) as fetcher:
                with pytest.raises(FetchError) as caught:
                    await fetcher.get(f"https://127.0.0.1:{server.server_address[1]}/feed")
                return str(caught.value)

        message = asyncio.run(go())
        assert "CERTIFICATE_VERIFY_FAILED" in message or "certificate" in message.lower()
    finally:
        server.shutdown()
        server.server_close()
