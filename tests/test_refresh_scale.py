"""Refreshing many feeds: how much work the library does per refresh, not how long it takes."""

from __future__ import annotations

from feedserver import FeedServer, Route, rss

from briefs.config import Config
from briefs.model import Article
from briefs.refresh import refresh
from briefs.store.library import Incoming, Library

LONG = ("The harbour board met for three hours and agreed to meet again next month, "
        "officials said after the meeting in the capital. ") * 6


# No feed here is slow: generous limits keep a loaded machine (2 cores, other test workers) from
# turning an answer into a time-out.
CONNECT, TOTAL = 10.0, 30.0


def _config() -> Config:
    return Config(connect_timeout=CONNECT, total_timeout=TOTAL, jobs=8, per_host=4, retention_days=0)


def _feeds(lib: Library, server: FeedServer, feeds: int, items: int) -> None:
    for f in range(feeds):
        entries = [{"title": f"Feed {f} story {i}", "link": f"https://s.example/{f}/{i}", "guid": f"{f}-{i}",
                    "content": f"Story {f}-{i} about the ferry{f}x{i} timetable. {LONG}"} for i in range(items)]
        server.routes[f"/f{f}"] = Route(body=rss(f"Feed {f}", entries), etag=f'"f{f}"')
        lib.add_source("feed", server.url(f"/f{f}"))


def _statements(lib: Library) -> list[str]:
    seen: list[str] = []
    lib._conn.set_trace_callback(lambda sql: seen.append(" ".join(sql.split())))
    return seen


def _fts_integrity(lib: Library) -> None:
    with lib._read() as c:  # FTS5 checks its index against the articles table
        c.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_a_refresh_of_many_feeds_fills_the_search_index_in_one_statement(lib, server):
    _feeds(lib, server, feeds=24, items=5)
    statements = _statements(lib)
    report = refresh(lib, _config())
    lib._conn.set_trace_callback(None)
    assert report.new == 120 and not report.failed, report.errors
    fts_inserts = [s for s in statements if s.startswith("INSERT INTO articles_fts(rowid")]
    assert len(fts_inserts) == 1, fts_inserts
    assert len(lib.articles("all")) == 120
    assert [r.title for r in lib.articles("all", search="ferry7x3")] == ["Feed 7 story 3"]
    _fts_integrity(lib)


def test_articles_stored_but_not_yet_indexed_are_found_by_a_search(lib):
    # A refresh stopped before its end leaves its articles waiting for the index.
    source = lib.add_source("feed", "https://example.com/feed.xml")
    item = Incoming(Article(text=f"The lighthouse keepers met. {LONG}", title="Keepers", source="s",
                            url="https://e.com/k"), guid="k")
    lib.store_feeds([(source, [item], {"etag": '"1"'})])
    assert [r.title for r in lib.articles("all", search="lighthouse")] == ["Keepers"]
    _fts_integrity(lib)


def test_an_article_updated_or_deleted_before_it_is_indexed_leaves_the_index_sound(lib):
    source = lib.add_source("feed", "https://example.com/feed.xml")

    def item(text: str, guid: str) -> Incoming:
        return Incoming(Article(text=f"{text} {LONG}", title=guid, source="s", url=f"https://e.com/{guid}"), guid=guid)

    lib.store_feeds([(source, [item("Ferries run late.", "a"), item("Bridges close.", "b")], {})])
    lib.store_feeds([(source, [item("Ferries run on time again.", "a")], {})])  # updates a, unindexed
    with lib._write() as c:
        c.execute("DELETE FROM articles WHERE guid = 'b'")  # as pruning would
    assert lib.index_pending() == 1
    _fts_integrity(lib)  # (it also fails while articles wait: they are not in the index)
    assert [r.title for r in lib.articles("all", search="time")] == ["a"]
    assert lib.articles("all", search="bridges") == []
    _fts_integrity(lib)


def test_feeds_that_answer_304_are_recorded_together_not_one_transaction_each(lib, server, monkeypatch):
    _feeds(lib, server, feeds=12, items=1)
    assert refresh(lib, _config()).new == 12
    one_by_one = []
    monkeypatch.setattr(Library, "update_source", lambda self, *a, **kw: one_by_one.append(a))
    report = refresh(lib, _config())
    assert all(s.not_modified for s in report.sources) and not report.failed, report.errors
    assert one_by_one == []  # every 304 went into the batched writes (`store_feeds`)
    assert all(lib.source(s.source_id).last_checked for s in report.sources)


def test_idle_connections_are_kept_up_to_jobs_in_all_those_of_hosts_used_least_lately_closed():
    import asyncio

    from briefs.sources.fetch import Fetcher

    servers = [FeedServer().start() for _ in range(5)]
    try:
        for s in servers:
            s.routes["/feed"] = Route(body=rss("F", []))

        async def go() -> tuple[list[int], int, int]:
            async with Fetcher(Config(jobs=2, per_host=2)) as fetcher:
                fetcher._transport._max_idle = 2
                statuses = [(await fetcher.get(s.url("/feed"))).status for s in servers * 2]
                statuses.append((await fetcher.get(servers[4].url("/feed"))).status)
                idle = sum(len(conns) for conns in fetcher._transport._idle.values())
                return statuses, idle, len(fetcher._transport._open)

        statuses, idle, still_open = asyncio.run(go())
        assert statuses == [200] * 11
        assert idle == still_open == 2  # the bound: the rest were closed, not left open
        # Five hosts, room for two idle connections: each host's second request found its first
        # connection closed; the last request reused the one its host had just left.
        assert [s.connections for s in servers] == [2] * 5
    finally:
        for s in servers:
            s.stop()


def test_a_host_serves_a_run_of_requests_on_one_connection(server):
    import asyncio

    from briefs.sources.fetch import Fetcher

    server.routes["/feed"] = Route(body=rss("F", []), etag='"e"')

    async def go() -> list[int]:
        async with Fetcher(Config()) as fetcher:
            return [(await fetcher.get(server.url("/feed"), etag='"e"' if i % 2 else None)).status
                    for i in range(6)]

    assert asyncio.run(go()) == [200, 304] * 3
    assert server.connections == 1


def test_a_feed_summary_that_is_the_whole_text_is_stored_once(lib, server):
    entries = [{"title": f"Story {i}", "link": f"https://s.example/d{i}", "guid": f"d{i}",
                "description": f"<p>Story {i} about the harbour. {LONG}</p>"} for i in range(3)]
    server.routes["/f0"] = Route(body=rss("Described", entries), etag='"d"')
    lib.add_source("feed", server.url("/f0"))
    assert refresh(lib, _config()).new == 3
    with lib._read() as c:
        rows = c.execute("SELECT summary, summary_hash, content_hash FROM articles").fetchall()
    assert [r["summary"] for r in rows] == [None, None, None]  # the text is not written twice
    assert all(r["summary_hash"] == r["content_hash"] for r in rows), [dict(r) for r in rows]
    server.routes["/f0"].etag = None  # the same document again, without a validator
    lib._conn.execute("UPDATE sources SET etag = NULL, body_hash = NULL")
    again = refresh(lib, _config())
    assert (again.new, again.updated) == (0, 0)


def test_the_first_merge_of_a_new_source_looks_up_only_guids_it_repeats(lib):
    source = lib.add_source("feed", "https://example.com/feed.xml")

    def item(text: str, guid: str) -> Incoming:
        return Incoming(Article(text=f"{text} {LONG}", title=guid, source="s", url=f"https://e.com/{guid}/{text[:3]}"),
                        guid=guid)

    statements = _statements(lib)
    first = lib.merge_articles([item("Ferries", "a"), item("Bridges", "b"), item("Tolls", "a")], source)
    lookups = [s for s in statements if "FROM articles WHERE source_id IS " in s]
    assert len(lookups) == 1  # only the repeated guid "a"
    assert (len(first.new), len(first.updated)) == (2, 1)
    statements.clear()
    again = lib.merge_articles([item("Tolls", "a"), item("Bridges", "b")], source)
    lib._conn.set_trace_callback(None)
    assert len([s for s in statements if "FROM articles WHERE source_id IS " in s]) == 2
    assert (len(again.new), len(again.updated), again.duplicates) == (0, 0, 2)


def test_a_backlog_of_unindexed_articles_is_indexed_a_chunk_per_transaction(lib, monkeypatch):
    from briefs.store import library as library_module

    monkeypatch.setattr(library_module, "INDEX_CHUNK", 2)
    source = lib.add_source("feed", "https://example.com/feed.xml")
    items = [Incoming(Article(text=f"Story {n} about quay{n} repairs. {LONG}", title=f"S{n}", source="s",
                              url=f"https://e.com/{n}"), guid=str(n)) for n in range(5)]
    lib.store_feeds([(source, items, {})])
    statements = _statements(lib)
    assert lib.index_pending() == 5
    lib._conn.set_trace_callback(None)
    assert len([s for s in statements if s == "COMMIT"]) == 3  # 2 + 2 + 1: the lock is let go between
    assert [r.title for r in lib.articles("all", search="quay4")] == ["S4"]
    _fts_integrity(lib)


def test_a_refresh_of_unchanged_feeds_never_reads_every_article(lib, server):
    # Nothing new: the sources, their validators, the 304s and the prune of old articles are
    # lookups. Counting each source's articles, or finding old ones without an index, read the
    # whole table: a tenth of such a refresh at 20,000 articles, more as the library grows.
    _feeds(lib, server, feeds=6, items=5)
    config = Config(connect_timeout=CONNECT, total_timeout=TOTAL, jobs=8, per_host=4, retention_days=30)
    assert refresh(lib, config).new == 30
    statements = _statements(lib)
    report = refresh(lib, config)
    lib._conn.set_trace_callback(None)
    assert all(s.not_modified for s in report.sources)
    plans = {}
    with lib._read() as c:
        for sql in statements:
            if sql.startswith(("SELECT", "WITH", "INSERT", "UPDATE", "DELETE")):
                rows = c.execute("EXPLAIN QUERY PLAN " + sql, (None,) * sql.count("?")).fetchall()
                plans[sql] = [row[-1] for row in rows]
    assert any("FROM articles" in sql for sql in plans), plans  # the prune ran
    scans = {sql: plan for sql, plan in plans.items() if any(p.startswith("SCAN a") for p in plan)}
    assert scans == {}
    assert [sql for sql in statements if "COUNT(" in sql.upper()] == []


def test_a_refresh_keeps_each_lanes_connection_while_its_feed_is_parsed_and_stored(lib):
    # Eight hosts of five feeds: eight lanes, each fetching one host's feeds back to back on one
    # connection, which waits idle while each feed is parsed and stored (more idle connections
    # than `jobs`): twice over, one connection per host each time.
    servers = [FeedServer().start() for _ in range(8)]
    try:
        for h, s in enumerate(servers):
            for f in range(5):
                s.routes[f"/f{f}"] = Route(body=rss(f"Feed {h}.{f}", [
                    {"title": f"Story {h}.{f}", "link": f"https://s.example/{h}/{f}", "guid": f"{h}-{f}",
                     "content": f"Story {h}-{f}. {LONG}"}]), etag=f'"{h}-{f}"')
                lib.add_source("feed", s.url(f"/f{f}"))
        config = Config(connect_timeout=CONNECT, total_timeout=TOTAL, jobs=4, per_host=4, retention_days=0)
        assert refresh(lib, config).new == 40
        report = refresh(lib, config)
        assert all(r.not_modified for r in report.sources)
        assert [s.connections for s in servers] == [2] * 8
    finally:
        for s in servers:
            s.stop()
