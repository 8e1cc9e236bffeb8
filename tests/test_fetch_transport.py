"""The fetcher's transport is an httpx transport (httpx.AsyncBaseTransport): httpx's own client
runs on it, its responses are httpx.Responses whose body streams from the kept h11 connection,
and a connection goes back for reuse only when its response's body was read to its end."""

from __future__ import annotations

import asyncio
import sys

from feedserver import FeedServer, Route

from briefs.sources.fetch import _H11Transport

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]  # as briefs does: no rich

import httpx  # noqa: E402

BODY = b"<rss><channel><title>Kept</title></channel></rss>"


def test_httpx_own_client_runs_on_the_transport_and_reuses_its_connection(server: FeedServer):
    server.routes["/feed"] = Route(body=BODY, gzip=True, headers={"X-Twice": "a"})

    async def go() -> list[tuple[int, bytes, str | None]]:
        transport = _H11Transport(connect_timeout=5, max_idle=4)
        async with httpx.AsyncClient(transport=transport, trust_env=False) as client:
            seen = []
            for _ in range(3):
                response = await client.get(server.url("/feed"))
                assert isinstance(response.headers, httpx.Headers)
                seen.append((response.status_code, response.content, response.headers.get("x-twice")))
            return seen

    # httpx decodes the gzip body itself here (the fetcher decodes its own, bounded).
    assert asyncio.run(go()) == [(200, BODY, "a")] * 3
    assert server.connections == 1  # each body read to its end: the connection went back


def test_a_response_closed_before_its_body_is_read_closes_its_connection(server: FeedServer):
    server.routes["/feed"] = Route(body=BODY)

    async def go() -> tuple[int, int, int]:
        transport = _H11Transport(connect_timeout=5, max_idle=4)
        url = server.url("/feed")
        request = httpx.Request("GET", url, headers={"Host": httpx.URL(url).netloc.decode()},
                                stream=httpx.ByteStream(b""))
        unread = await transport.handle_async_request(request)
        await unread.aclose()  # the body never read: that connection cannot take a request
        read = await transport.handle_async_request(request)
        body = b"".join([chunk async for chunk in read.aiter_raw()])
        again = await transport.handle_async_request(request)
        await again.aread()
        open_now = len(transport._open)
        await transport.aclose()
        assert body == BODY
        return unread.status_code, open_now, len(transport._open)

    assert asyncio.run(go()) == (200, 1, 0)
    assert server.connections == 2  # the unread one closed; the read one reused
