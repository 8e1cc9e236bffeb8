"""The reader's background jobs are worker methods (`@work`): calling one starts a thread worker in
its group and returns it; each posts one typed message, and a result that is no longer wanted
(another article, another request since) is never shown in place of the current one."""

from __future__ import annotations

from textual.worker import WorkerState
from tui_support import open_library, reader, settle, wait_for

from briefs import Brief, agenda_items
from tui.app import NewsbriefApp
from tui.reader import ReaderScreen

WIDE = (200, 50)


async def test_briefing_is_a_worker_method_posting_the_brief_it_made(home):
    posted: list[object] = []
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE, message_hook=posted.append) as pilot:
        await settle(pilot)
        screen = reader(app)
        article_id = screen.table.id_at(2)

        worker = screen._make_brief(article_id)

        await worker.wait()
        await wait_for(pilot, lambda: any(isinstance(m, ReaderScreen.BriefReady) and m.article_id == article_id
                                          for m in posted), what="the brief posted")
        assert (worker.group, worker.state) == ("brief", WorkerState.SUCCESS)
        ready = next(m for m in posted if isinstance(m, ReaderScreen.BriefReady) and m.article_id == article_id)
        assert isinstance(ready.brief, Brief) and ready.brief.article.id == article_id
        assert article_id in screen.briefs


async def test_a_newer_briefing_cancels_the_older_one_in_its_group(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        first, second = screen.table.id_at(1), screen.table.id_at(2)

        older = screen._make_brief(first)
        newer = screen._make_brief(second)

        await newer.wait()
        assert older.is_cancelled or older.state == WorkerState.SUCCESS  # it may have ended first
        assert older.state != WorkerState.ERROR and newer.state == WorkerState.SUCCESS


async def test_only_the_latest_source_asked_for_is_shown(home):
    """Two story or agenda lines opened in quick succession: the second one's article is shown,
    whichever worker ends last."""
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        first, second = screen.table.id_at(0), screen.table.id_at(3)
        with open_library(home) as library:
            wanted = library.brief(second).article.text[:40]

        screen.show_evidence(first, None)
        screen.show_evidence(second, None)
        await settle(pilot)
        # An answer for the first request arriving now changes nothing either.
        with open_library(home) as library:
            stale = ReaderScreen.EvidenceReady(1, library.row(first), library.brief(first), None)
        screen.post_message(stale)
        await settle(pilot, rounds=1)

        assert wanted in screen.reading.article_view.text


async def test_an_article_being_briefed_is_briefed_once_however_often_it_is_asked_for(home, monkeypatch):
    """A slow brief (a 4 MB file takes the engine ~20 s) is made once: the cursor leaving it and
    coming back, and the prefetch of the rows around it, wait for the brief on its way instead of
    each starting another one; it shows when it comes, though its worker was replaced meanwhile."""
    import sqlite3
    import threading
    from collections import Counter

    import briefs.engine

    with open_library(home) as library:
        agenda_items(library)  # stories and agenda indexed: the reader's index has nothing to brief
    with sqlite3.connect(home.library_file) as db:
        db.execute("DELETE FROM briefs")  # every brief the pane shows to be made by the reader
    slow = threading.Event()
    made: Counter[str] = Counter()
    engine = briefs.engine.brief_article
    first: list[str] = []

    def brief_article(article):
        made[article.id] += 1
        if first and article.id == first[0]:
            slow.wait(600)  # the slow article: until the test lets it finish, however busy the machine
        return engine(article)

    with open_library(home) as library:
        first.append(library.articles()[0].id)
    monkeypatch.setattr(briefs.engine, "brief_article", brief_article)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        try:
            screen = reader(app)
            await wait_for(pilot, lambda: made[first[0]] >= 1, what="the first article being briefed")
            for _ in range(3):  # away and back: each time the pane asks for the brief again
                await pilot.press("j")
                await wait_for(pilot, lambda: screen.table.id_at(1) in screen.briefs, what="the second brief")
                await pilot.press("k")
                around = [i for i in screen.table.ids_around() if i != first[0]]
                await wait_for(pilot, lambda: all(i in screen.briefs for i in around),  # noqa: B023
                               what="the prefetch of the rows around")
            # The pane follows the cursor once it rests (a timer): until then it still shows the row left.
            await wait_for(pilot, lambda: screen._preview_timer is None, what="the pane following the cursor")
            assert screen.table.current_id == first[0] and screen.reading.brief is None
            slow.set()
            await wait_for(pilot, lambda: screen.reading.brief is not None, what="the slow brief shown")
            assert screen.reading.brief.article.id == first[0]
            assert made[first[0]] == 1, made
        finally:
            slow.set()  # a failed check must not leave the briefing thread waiting
