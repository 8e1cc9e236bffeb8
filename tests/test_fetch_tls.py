"""https: certificates verified (the CA bundle loaded on the first https request, never for
plain http), a trusted loopback server fetched over TLS on one kept connection, and servers whose
certificate is self-signed or names another host refused."""

from __future__ import annotations

import asyncio
import gzip
import shutil
import ssl
import subprocess

import pytest
from feedserver import FeedServer, Route

from briefs.config import Config
from briefs.errors import FetchError
from briefs.sources.fetch import Fetcher

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


def _certificate(folder, name: str, alt: str) -> tuple[str, str]:
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", f"/CN={name}", "-addext", f"subjectAltName={alt}"],
        check=True, capture_output=True, timeout=60,
    )
    return str(cert), str(key)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    return {"loopback": _certificate(folder, "loopback", "IP:127.0.0.1"),
            "elsewhere": _certificate(folder, "elsewhere", "DNS:other.example")}


def _tls_server(cert: str, key: str) -> FeedServer:
    server = FeedServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd = server._httpd
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    httpd.handle_error = lambda *args: None  # the handshakes a test means to fail
    return server


def _https(server: FeedServer, path: str) -> str:
    return server.url(path).replace("http://", "https://", 1)


def _trusting(cert: str) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=cert)


def test_a_trusted_https_server_is_fetched_over_one_kept_connection(certificates):
    cert, key = certificates["loopback"]
    body = b"<rss><channel><title>over TLS</title></channel></rss>" * 50
    with _tls_server(cert, key) as server:
        server.routes["/plain"] = Route(body=body, etag='"t1"')
        server.routes["/packed"] = Route(body=body, gzip=True)

        async def go():
            async with Fetcher(Config(), tls_context=_trusting(cert)) as fetcher:
                first = await fetcher.get(_https(server, "/plain"))
                second = await fetcher.get(_https(server, "/packed"))
                again = await fetcher.get(_https(server, "/plain"), etag='"t1"')
                return first, second, again

        first, second, again = asyncio.run(go())
    assert (first.status, first.data) == (200, body)
    assert (second.status, second.data) == (200, body)  # decompressed here
    assert again.not_modified
    assert server.connections == 1
    assert server.hits("/plain")[0].headers["host"] == f"127.0.0.1:{server.port}"


@pytest.mark.parametrize("which", ["self-signed", "another host's"])
def test_an_https_server_whose_certificate_is_not_trusted_is_refused(certificates, which):
    cert, key = certificates["loopback" if which == "self-signed" else "elsewhere"]
    # The default context (certifi's authorities) for the self-signed one; for the other, a
    # context that trusts the certificate, which names a host other than the one asked.
    context = None if which == "self-signed" else _trusting(cert)
    with _tls_server(cert, key) as server:
        server.routes["/feed"] = Route(body=b"<rss/>")

        async def go():
            async with Fetcher(Config(connect_timeout=30, total_timeout=30), retry_backoff=0.01,  # refused at once
                               tls_context=context) as fetcher:
                with pytest.raises(FetchError) as caught:
                    await fetcher.get(_https(server, "/feed"))
                return str(caught.value)

        message = asyncio.run(go())
    assert "certificate" in message.lower() and _https(server, "/feed") in message
    assert "\n" not in message
    assert server.requests == []  # nothing was sent to it


def test_plain_http_never_loads_the_certificate_authorities(server: FeedServer):
    server.routes["/feed"] = Route(body=gzip.compress(b"<rss/>"), headers={"Content-Encoding": "gzip"})

    async def go():
        async with Fetcher(Config()) as fetcher:
            result = await fetcher.get(server.url("/feed"))
            return result, fetcher._transport._tls_context

    result, context = asyncio.run(go())
    assert result.data == b"<rss/>"
    assert context is None
