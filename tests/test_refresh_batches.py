"""How a refresh hands feeds to the library: in few transactions, without holding up a lone one."""

from __future__ import annotations

import asyncio
import time

import pytest

from briefs import refresh as refresh_module
from briefs.config import Config
from briefs.errors import LibraryError
from briefs.model import Article
from briefs.refresh import _Run
from briefs.store.library import Incoming, Library


def _item(source: int, n: int) -> Incoming:
    return Incoming(Article(text=f"Story {source}-{n} about the harbour ferries.", title=f"Story {n}",
                            url=f"https://e.com/{source}/{n}", source="feed"), guid=f"g{n}")


def _batches(lib: Library, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    store_feeds = Library.store_feeds

    def counted(self: Library, batch):  # type: ignore[no-untyped-def]
        sizes.append(len(batch))
        return store_feeds(self, batch)

    monkeypatch.setattr(Library, "store_feeds", counted)
    return sizes


def test_feeds_queued_a_moment_apart_are_stored_in_one_transaction(lib: Library, monkeypatch):
    # Each commit rewrites the index pages its rows touched: a refresh that committed every feed
    # as it came spent a third more of the library's CPU than one that waits a moment for more.
    sources = [lib.add_source("feed", f"https://e.com/{n}.xml") for n in range(5)]
    sizes = _batches(lib, monkeypatch)
    # The batch lingers for the feeds 5 ms apart. With the product's linger (0.1 s), a loaded
    # machine that stalls this process for a tenth of a second can split the batch; a linger of 5 s
    # cannot be outlasted, and a refresh that committed each feed as it came still fails.
    assert refresh_module.STORE_LINGER >= 0.05  # the product's linger is a moment, not nothing
    monkeypatch.setattr(refresh_module, "STORE_LINGER", 5.0)

    async def go() -> list[int]:
        run = _Run(lib, Config(), sources=5)
        run.storers = 5  # five lanes, each with one feed, ready 5 ms apart

        async def lane(n: int) -> int:
            await asyncio.sleep(0.005 * n)
            try:
                return len((await run.store_feed(sources[n], [_item(n, 1), _item(n, 2)])).new)
            finally:
                run.storer_done()

        try:
            return await asyncio.gather(*(lane(n) for n in range(5)))
        finally:
            await run.close()

    assert asyncio.run(go()) == [2] * 5
    assert sizes == [5]


def test_a_lone_feed_is_stored_at_once(lib: Library, monkeypatch):
    # `add` (one source) and a lane left alone never wait for company.
    # A feed that waited for company would wait 10 min; storing one takes milliseconds, and the
    # 60 s allowed is far above what a loaded machine adds.
    monkeypatch.setattr(refresh_module, "STORE_LINGER", 600.0)
    source = lib.add_source("feed", "https://e.com/feed.xml")
    sizes = _batches(lib, monkeypatch)

    async def go() -> int:
        run = _Run(lib, Config(), sources=1)
        try:
            merged = await asyncio.wait_for(run.store_feed(source, [_item(0, 1)]), timeout=60)
            return len(merged.new)
        finally:
            await run.close()

    assert asyncio.run(go()) == 1
    assert sizes == [1]


def _unchanged_feeds(lib: Library, server, count: int) -> list[int]:
    from feedserver import Route, rss

    ids = []
    for n in range(count):
        server.routes[f"/u{n}"] = Route(body=rss(f"Feed {n}", [{"title": f"S{n}", "link": f"https://e.com/{n}",
                                                               "guid": f"u{n}", "content": "A ferry story."}]),
                                        etag=f'"u{n}"')
        ids.append(lib.add_source("feed", server.url(f"/u{n}")))
    assert refresh_module.refresh(lib, Config(retention_days=0)).new == count
    return ids


def test_lanes_fetch_on_while_unchanged_feeds_wait_to_be_recorded(lib: Library, server, monkeypatch):
    # Ten feeds of one host: two lanes of five. Their 304s are recorded with the next batch; a lane
    # that waited for each record (up to STORE_LINGER, then the commit) was idle half the time.
    _unchanged_feeds(lib, server, 10)
    server.requests.clear()
    store_feeds = Library.store_feeds
    every_request_seen = []

    def held(self: Library, batch):  # type: ignore[no-untyped-def]
        if not every_request_seen:  # the first batch waits until every feed has been asked
            # Lanes that waited for this record would never send the rest: a minute, far above
            # what ten loopback requests take on a loaded machine, tells them apart.
            deadline = time.monotonic() + 60
            while len(server.requests) < 10 and time.monotonic() < deadline:
                time.sleep(0.01)
            every_request_seen.append(len(server.requests))
        return store_feeds(self, batch)

    monkeypatch.setattr(Library, "store_feeds", held)
    report = refresh_module.refresh(lib, Config(retention_days=0))
    assert every_request_seen == [10]
    assert all(s.not_modified for s in report.sources) and not report.failed, report.errors
    assert all(lib.source(s.source_id).last_checked for s in report.sources)


def test_an_unchanged_feed_whose_record_cannot_be_stored_is_reported_failed(lib: Library, server, monkeypatch):
    ids = _unchanged_feeds(lib, server, 4)
    doomed = ids[2]

    def refuse(batch):  # type: ignore[no-untyped-def]
        if any(item[0] == doomed for item in batch):
            raise LibraryError("the disk is full")

    store_feeds, store_feed = Library.store_feeds, Library.store_feed
    monkeypatch.setattr(Library, "store_feeds", lambda self, batch: refuse(batch) or store_feeds(self, batch))
    monkeypatch.setattr(Library, "store_feed",
                        lambda self, source_id, *a, **kw: refuse([(source_id,)]) or store_feed(self, source_id, *a, **kw))
    report = refresh_module.refresh(lib, Config(retention_days=0))
    failed = {s.source_id: s.error for s in report.sources if s.error}
    assert list(failed) == [doomed] and "the disk is full" in failed[doomed]
    assert sum(s.not_modified for s in report.sources) == 3
    assert lib.source(doomed).last_error and "the disk is full" in lib.source(doomed).last_error
