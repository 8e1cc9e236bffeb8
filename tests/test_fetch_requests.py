"""What the fetcher puts on the wire: the headers a polite client sends, conditional requests,
and nothing a server handed us earlier (no cookie jar)."""

from __future__ import annotations

import asyncio

from feedserver import FeedServer, Route

from briefs.config import Config
from briefs.sources.fetch import ACCEPT_FEEDS, Fetcher


def _get_all(urls_and_validators: list[tuple[str, str | None, str | None]]) -> list[int]:
    async def go() -> list[int]:
        async with Fetcher(Config()) as fetcher:
            return [(await fetcher.get(url, etag=etag, last_modified=modified)).status
                    for url, etag, modified in urls_and_validators]

    return asyncio.run(go())


def test_every_request_names_its_host_agent_accepted_types_and_encodings(server: FeedServer):
    server.routes["/feed"] = Route(body=b"<rss/>")
    assert _get_all([(server.url("/feed"), None, None)]) == [200]
    seen = server.hits("/feed")[0].headers
    assert seen["host"] == f"127.0.0.1:{server.port}"
    assert seen["user-agent"] == Config().user_agent
    assert seen["accept"] == ACCEPT_FEEDS
    assert seen["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in seen and "if-modified-since" not in seen
    assert "content-length" not in seen and "transfer-encoding" not in seen  # a GET has no body


def test_the_validators_stored_last_time_make_the_request_conditional(server: FeedServer):
    stamp = "Wed, 01 Oct 2025 10:00:00 GMT"
    server.routes["/etag"] = Route(body=b"<rss/>", etag='"v1"')
    server.routes["/dated"] = Route(body=b"<rss/>", last_modified=stamp)
    statuses = _get_all([(server.url("/etag"), '"v1"', None), (server.url("/dated"), None, stamp)])
    assert statuses == [304, 304]
    assert server.hits("/etag")[0].headers["if-none-match"] == '"v1"'
    assert server.hits("/dated")[0].headers["if-modified-since"] == stamp


def test_a_cookie_a_feed_sets_is_never_sent_back(server: FeedServer):
    # A refresh is not a browsing session: what one feed's server sets must not follow us to
    # the next request (on that host or another feed of it).
    server.routes["/a"] = Route(body=b"<rss/>", headers={"Set-Cookie": "track=me; Path=/"})
    server.routes["/b"] = Route(body=b"<rss/>")
    assert _get_all([(server.url("/a"), None, None), (server.url("/b"), None, None),
                     (server.url("/a"), None, None)]) == [200, 200, 200]
    assert all("cookie" not in seen.headers for seen in server.requests), server.requests
