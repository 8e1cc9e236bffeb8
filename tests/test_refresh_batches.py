"""How a refresh hands feeds to the library: in few transactions, without holding up a lone one."""

from __future__ import annotations

import asyncio

import pytest

from briefs import refresh as refresh_module
from briefs.config import Config
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
    monkeypatch.setattr(refresh_module, "STORE_LINGER", 60.0)
    source = lib.add_source("feed", "https://e.com/feed.xml")
    sizes = _batches(lib, monkeypatch)

    async def go() -> int:
        run = _Run(lib, Config(), sources=1)
        try:
            merged = await asyncio.wait_for(run.store_feed(source, [_item(0, 1)]), timeout=10)
            return len(merged.new)
        finally:
            await run.close()

    assert asyncio.run(go()) == 1
    assert sizes == [1]
