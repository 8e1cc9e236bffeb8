"""The reader's background jobs are worker methods (`@work`): calling one starts a thread worker in
its group and returns it; each posts one typed message, and a result that is no longer wanted
(another article, another request since) is never shown in place of the current one."""

from __future__ import annotations

from textual.worker import WorkerState
from tui_support import open_library, reader, settle, wait_for

from briefs import Brief
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
