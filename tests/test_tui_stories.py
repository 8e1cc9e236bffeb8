"""The Stories and Agenda views, story triage, saving a story and the digest, in the reader:
real key presses (Pilot), a real library, assertions on state and messages."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import pytest
from textual.widgets import Input
from tui_support import (
    make_home,
    notices,
    palette_highlights,
    reader,
    screen_lines,
    settle,
    status_line,
    wait_for,
    written,
)

from briefs import Article, Home, Incoming, Library, agenda_items, list_stories, seeds_dir
from tui.app import NewsbriefApp
from tui.overview import OverviewRow
from tui.panes import VIEWS
from tui.reader import ReaderScreen, _version_of
from tui.screens import PromptScreen

SIZE = (160, 48)
SEED = seeds_dir() / "blinken-xi-beijing.txt"
OUTLETS = ("Alpha", "Beta", "Gamma")


def three_outlets(home: Home, title: str = "Xi hails progress in talks with Blinken") -> list[str]:
    """The seed's event from three outlets (one story), and a lone local article (another)."""
    paras = [p for p in SEED.read_text("utf-8").split("\n") if p.strip()]
    half = max(3, len(paras) // 2)
    takes = [(title, paras), (f"Blinken in Beijing: {title}", paras[1:]), (f"Update: {title}", paras[:half])]
    ids = []
    with Library.open(home.library_file) as lib:
        for n, (feed, (headline, body)) in enumerate(zip(OUTLETS, takes, strict=True)):
            source = lib.add_source("feed", f"https://{feed.lower()}.example/rss", title=feed)
            url = f"https://{feed.lower()}.example/xi"
            ids += lib.add_articles([Incoming(Article(text="\n\n".join(body), title=headline, url=url,
                                                      published=f"2023-06-19T{8 + n:02d}:00:00+00:00",
                                                      source=url), guid=url)], source)
        local = lib.add_source("folder", "/nowhere/local", title="Local desk")
        lib.add_articles([Article(
            text="Foreign ministers of the two countries met in Paris on Monday for two hours. "
                 "Minister Anna Berg said the talks were useful. "
                 "Berg will travel to Rome on Friday to meet her Italian counterpart, officials said. "
                 "A summit of the two leaders is expected later this year, the ministry said.",
            title="Ministers meet in Paris", source="local/1.txt",
            published="2023-06-19T08:00:00+00:00")], local)
    return ids


@pytest.fixture
def home(tmp_path: Path) -> Home:
    home = make_home(tmp_path)
    three_outlets(home)
    return home


def messages(app: NewsbriefApp) -> list[str]:
    """What the reader said: the status line (confirmations), then the toasts (problems)."""
    return [status_line(app)] + [n.message for n in notices(app)]


async def go_to(pilot, view: str) -> ReaderScreen:
    screen = reader(pilot.app)
    for _ in range(len(VIEWS)):
        if screen.view == view:
            break
        await pilot.press("v")
    assert screen.view == view
    await wait_for(pilot, lambda: screen.table.row_count > 0 and not any(
        w.group == "index" and w.is_running for w in screen.workers), what=f"the {view} list")
    await settle(pilot)
    return screen


async def line_where(pilot, screen: ReaderScreen, wanted, limit: int = 80):
    """Press j in the brief view until its highlighted line is `wanted`; returns that line."""
    view = screen.reading.brief_view
    for _ in range(limit):
        current = view.current_line
        if current is not None and wanted(current):
            return current
        await pilot.press("j")
    raise AssertionError("no such line: " + repr([line.text.plain for line in view.lines if line]))


async def test_the_reader_indexes_on_start_and_v_cycles_through_stories_and_agenda(home: Home):
    with Library.open(home.library_file) as lib:
        assert list_stories(lib, update=False) == []  # nothing indexed yet
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        seen = [screen.view]
        for _ in range(len(VIEWS)):
            await pilot.press("v")
            seen.append(screen.view)
        assert seen == ["inbox", "flagged", "saved", "archive", "all", "stories", "agenda", "inbox"]
        await go_to(pilot, "stories")
        rows = list(screen.table.rows_by_id.values())
        assert all(isinstance(r, OverviewRow) and r.story is not None for r in rows)
        first = rows[0]
        assert first.cells[1].plain == "3 sources" and "Blinken" in first.cells[2].plain
        # Columns as wide as what they show ("3 sources", an age), the story's title the rest.
        assert (screen.table.widths["sources"], screen.table.widths["age"]) == (len("3 sources"), 3)
        assert len(rows) == 2
        assert "Stories" in str(screen.query_one("#list-pane").border_title)
        box = screen.query_one("#search", Input)
        assert "article views" in box.placeholder  # `/` is off here: the line says so
        await go_to(pilot, "inbox")
        assert box.placeholder.startswith("/ search this view")
    with Library.open(home.library_file) as lib:
        assert sum(len(s.articles) for s in list_stories(lib, update=False)) == 4


async def test_enter_opens_the_story_brief_and_each_line_jumps_to_its_own_articles_sentence(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "stories")
        await pilot.press("enter")
        view = screen.reading.brief_view
        await wait_for(pilot, lambda: any(line and line.article_id for line in view.lines), what="story brief")
        assert view.has_focus
        lines = [line for line in view.lines if line is not None]
        sections = list(dict.fromkeys(line.section for line in lines))
        assert sections[:2] == ["Summary", "Key meeting"] and "Key quotes" in sections
        assert "Next steps" in sections and sections[-1] == "Articles"
        # The same quotation from three outlets: one line naming the three, then one line for each
        # other outlet, each with its own article and span.
        quote = next(line for line in lines if line.section == "Key quotes"
                     and all(name in line.text.plain for name in OUTLETS))
        group = lines[lines.index(quote): lines.index(quote) + 3]
        assert len({line.article_id for line in group}) == 3
        speakers = [o.prompt.plain for o, line in zip(view._options, view.lines, strict=True)
                    if line is None and o.prompt.plain and o.prompt.plain.isupper() is False]
        assert speakers, "quotes are grouped under their speaker"
        # Enter on an "also in" line: that article's text, at that sentence, centred.
        also = await line_where(pilot, screen, lambda line: "also in" in line.text.plain
                                and line.section == "Key quotes")
        await pilot.press("enter")
        article = screen.reading.article_view
        await wait_for(pilot, lambda: article.focus_span == also.span and article.children,
                       what="the article at the sentence")
        await settle(pilot)
        assert screen.reading.mode == "article" and article.has_focus
        assert article.text[also.span[0]:also.span[1]].strip()
        assert article.span_visible()
        with Library.open(home.library_file) as lib:
            title = lib.row(also.article_id).title
        assert title in str(screen.query_one("#reading-title").render())
        # 1 goes back to the story's brief.
        await pilot.press("1")
        assert screen.reading.mode == "brief" and any(line and line.article_id for line in view.lines)


async def first_story(pilot):
    """Stories opened, its first story under the cursor: the screen, the story and its article ids."""
    screen = await go_to(pilot, "stories")
    story = screen.table.current_row.story
    return screen, story, [a.id for a in story.articles]


def states_of(home: Home, ids: list[str]) -> set[str]:
    with Library.open(home.library_file) as lib:
        return {lib.row(i).state for i in ids}


def mark(screen: ReaderScreen, story_id: str) -> str:
    """The mark a story's row shows (as an article row's: ⚑ flagged, ✓ done, ● unread)."""
    return screen.table.get_cell(f"story:{story_id}", "state").plain


async def test_f_d_and_s_act_on_the_whole_story_and_saving_writes_one_file(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen, story, ids = await first_story(pilot)
        await pilot.press("f")
        await written(pilot)
        assert states_of(home, ids) == {"flagged"}
        assert any("Flagged 3 articles" in m for m in messages(app))
        assert screen.counts["flagged"] == 3
        await pilot.press("f")
        await written(pilot)
        assert states_of(home, ids) == {"read"}
        await pilot.press("s")
        folder = screen.briefs_folder
        await wait_for(pilot, lambda: any("Saved the story" in m for m in messages(app)), what="story saved")
        saved = list(folder.glob("*.md"))
        assert len(saved) == 1 and f"{saved[0].name} (in {folder})" in " ".join(messages(app))
        assert f'story: "{story.id}"' in saved[0].read_text("utf-8")
        await pilot.press("k", "d")
        await written(pilot)
        assert states_of(home, ids) == {"archived"}
        assert any("Archived 3 articles" in m for m in messages(app))
        assert screen.counts["inbox"] == 1


async def test_a_storys_row_shows_what_was_decided_about_it_as_an_article_row_does(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "stories")
        story = screen.table.current_row.story
        other = next(r.story for r in screen.table.rows_by_id.values() if r.story.id != story.id)
        assert mark(screen, story.id) == mark(screen, other.id) == "●"  # nothing read yet
        await pilot.press("f")
        await wait_for(pilot, lambda: mark(screen, story.id) == "⚑", what="the flag mark")
        assert screen.table.current_row.story.id == story.id  # f leaves the cursor on the story
        await pilot.press("u")  # the whole story's flag undone at once: every article unread again
        await written(pilot)
        assert mark(screen, story.id) == "●" and screen.table.current_row.story.id == story.id
        await go_to(pilot, "inbox")  # one article flagged by itself, then the story
        screen.table.move_cursor(row=screen.table.index_of(story.articles[0].id), animate=False)
        await pilot.press("f")
        screen = await go_to(pilot, "stories")
        screen.table.move_cursor(row=screen.table.index_of(f"story:{story.id}"), animate=False)
        await wait_for(pilot, lambda: mark(screen, story.id) == "⚑", what="one article's flag on its story")
        await pilot.press("f")  # not all flagged: f flags the rest
        await pilot.press("f")  # all flagged: f unflags them (read)
        await wait_for(pilot, lambda: mark(screen, story.id) == " ", what="the read story's blank mark")
        await pilot.press("d")
        await wait_for(pilot, lambda: mark(screen, story.id) == "✓", what="the done mark")
        assert "dim" in str(screen.table.get_cell(f"story:{story.id}", "title").style)
        assert mark(screen, other.id) == "●"  # only the story decided on changed
        await pilot.press("f")  # the other story, under the cursor after d
        await wait_for(pilot, lambda: mark(screen, other.id) == "⚑", what="the other story flagged")
        assert mark(screen, story.id) == "✓"  # marking one story leaves the others' marks
        await pilot.press("u")  # the other story's flag undone
        await wait_for(pilot, lambda: mark(screen, other.id) == "●", what="the flag undone")
        assert mark(screen, story.id) == "✓"


async def test_undo_in_stories_reads_the_marks_and_counts_in_the_undos_own_writer_job(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "stories")
        story = screen.table.current_row.story
        await pilot.press("f")
        await wait_for(pilot, lambda: mark(screen, story.id) == "⚑", what="the flag mark")
        await written(pilot)
        flagged = screen.counts.get("flagged")
        jobs = []
        submit = screen.writer.submit
        screen.writer.submit = lambda job, done=None: (jobs.append(job), submit(job, done))[1]
        await pilot.press("u")
        await written(pilot)
        jobs = [job for job in jobs if job is not _version_of]  # the library watch's timer may look meanwhile
        assert len(jobs) == 1, jobs  # the undo; no states or counts read after it
        assert mark(screen, story.id) == "●"  # the story's three articles unflagged by one u
        assert screen.counts.get("flagged") == flagged - 3


async def test_one_u_undoes_a_whole_storys_f_or_d_and_says_so(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen, story, ids = await first_story(pilot)
        await pilot.press("f")
        await written(pilot)
        assert states_of(home, ids) == {"flagged"}
        assert "u undoes it" in status_line(app)
        await pilot.press("u")
        await written(pilot)
        assert states_of(home, ids) == {"unread"}  # one u: every article back as it was
        assert status_line(app).startswith("Undone: flagging 3 articles of “"), status_line(app)
        assert mark(screen, story.id) == "●" and screen.counts.get("flagged", 0) == 0
        await pilot.press("d")  # archives the story and steps down
        await written(pilot)
        assert states_of(home, ids) == {"archived"}
        await pilot.press("u")
        await written(pilot)
        assert states_of(home, ids) == {"unread"}
        assert status_line(app).startswith("Undone: archiving 3 articles"), status_line(app)
        assert screen.counts["inbox"] == 4
        await pilot.press("u")  # nothing before the story's f: nothing more to undo
        await written(pilot)
        assert status_line(app) == "Nothing to undo."


async def test_m_n_p_t_and_o_in_stories_act_on_the_story_or_the_opened_article_or_say_why_not(
        home: Home, monkeypatch):
    monkeypatch.setattr(webbrowser, "get", lambda *a: (_ for _ in ()).throw(webbrowser.Error("no browser in tests")))
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen, story, ids = await first_story(pilot)
        await pilot.press("m")  # the whole story read, one decision
        await written(pilot)
        assert states_of(home, ids) == {"read"}
        assert status_line(app).startswith("Marked 3 articles of “") and "read (u undoes it)" in status_line(app)
        await wait_for(pilot, lambda: mark(screen, story.id) == " ", what="the read story's mark")
        await pilot.press("p")
        assert status_line(app) == "No more stories with unread articles above."
        await pilot.press("n")  # the next story with an unread article, its brief opened
        other = screen.table.current_row.story
        assert other.id != story.id and screen.reading.brief_view.has_focus
        await pilot.press("n")
        assert status_line(app) == "No more stories with unread articles below."
        await pilot.press("t")
        assert status_line(app) == ("t tags one article: enter opens the story, enter on one of its articles, "
                                    "then t (or v to an article view).")
        await pilot.press("o")
        assert status_line(app).startswith("o opens one article's web page: enter opens the story")
        await line_where(pilot, screen, lambda line: line.section == "Articles")
        await pilot.press("enter")  # the story's article opened at its text: m, t and o act on it
        await wait_for(pilot, lambda: screen.reading.evidence is not None, what="the article opened")
        article = screen.reading.evidence
        await pilot.press("m")
        await written(pilot)
        assert states_of(home, [article.id]) == {"read"}
        assert status_line(app).startswith("Marked read (u undoes it): “")
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen), what="the tag prompt")
        await pilot.press(*"paris", "enter")
        await written(pilot)
        with Library.open(home.library_file) as lib:
            assert lib.tags(article.id) == ("paris",)


async def test_m_n_p_t_and_o_in_the_agenda_open_the_steps_article_or_say_why_not(home: Home, monkeypatch):
    monkeypatch.setattr(webbrowser, "get", lambda *a: (_ for _ in ()).throw(webbrowser.Error("no browser in tests")))
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "agenda")
        for key in ("n", "p"):
            await pilot.press(key)
            assert status_line(app) == ("n/p go to unread articles; the Agenda lists next steps: j/k move, "
                                        "enter opens a step's article."), key
        await pilot.press("m")
        assert status_line(app) == ("m marks an article read or unread: enter opens this step's article, "
                                    "then m (or v to an article view).")
        await pilot.press("t")
        assert status_line(app).startswith("t tags one article: enter opens this step's article, then t")
        step = next(r for r in screen.table.rows_by_id.values() if r.item is not None and r.item.sources
                    and r.item.sources[0].url)
        screen.table.move_cursor(row=screen.table.index_of(step.id), animate=False)
        await pilot.press("o")  # the step's (first source's) article page
        await wait_for(pilot, lambda: any(step.item.sources[0].url in n.message for n in notices(app)),
                       what="the step's link named")


async def test_f_d_and_s_in_the_agenda_act_on_the_steps_opened_article_or_say_why_not(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "agenda")
        await pilot.press("f")
        assert status_line(app) == ("f flags one article: enter opens this step's article, "
                                    "then f (or v to an article view).")
        await pilot.press("d")
        assert status_line(app).startswith("d archives one article: enter opens this step's article, then d")
        await pilot.press("s")
        assert status_line(app).startswith("s saves one article's brief: enter opens this step's article, then s")
        await written(pilot)
        with Library.open(home.library_file) as lib:
            assert not lib.articles(view="flagged") and not lib.articles(view="archive")
        step = screen.table.current_row
        await pilot.press("enter")  # the step's article opened at its sentence: f, d and s act on it
        await wait_for(pilot, lambda: screen.reading.evidence is not None, what="the article opened")
        article = screen.reading.evidence
        await pilot.press("f")
        await written(pilot)
        assert states_of(home, [article.id]) == {"flagged"}
        assert status_line(app).startswith("Flagged (kept) (u undoes it): “")
        await pilot.press("d")  # flag means keep
        assert status_line(app).startswith("Kept, flagged (f unflags, then d archives)")
        await pilot.press("f", "d")
        await written(pilot)
        assert states_of(home, [article.id]) == {"archived"}
        assert status_line(app).startswith("Archived (u undoes it): “")
        await pilot.press("d")
        assert status_line(app).startswith("Already archived: “")
        assert screen.table.current_row.id == step.id  # the cursor stays on its step
        await pilot.press("s")
        await wait_for(pilot, lambda: "Saved the brief" in status_line(app), what="the brief saved")
        assert len(list(screen.briefs_folder.glob("*.md"))) == 1


async def test_f_d_and_s_in_stories_act_on_the_opened_article_and_on_a_storys_line_on_the_story(home: Home):
    """As in the Agenda (and as m, t and o): with an article opened from a story's line, f, d and
    s act on that article and say so; back on the story's brief they act on the whole story."""
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen, story, ids = await first_story(pilot)
        await pilot.press("enter")
        await line_where(pilot, screen, lambda line: line.section == "Articles")
        await pilot.press("enter")  # one of the story's articles opened at its text
        await wait_for(pilot, lambda: screen.reading.evidence is not None, what="the article opened")
        article = screen.reading.evidence
        others = [i for i in ids if i != article.id]
        await pilot.press("f")
        await written(pilot)
        assert states_of(home, [article.id]) == {"flagged"} and states_of(home, others) == {"unread"}
        assert status_line(app).startswith("Flagged (kept) this article, not its story (u undoes it): “")
        await wait_for(pilot, lambda: mark(screen, story.id) == "⚑", what="the story kept by its flagged article")
        await pilot.press("f", "d")
        await written(pilot)
        assert states_of(home, [article.id]) == {"archived"} and states_of(home, others) == {"unread"}
        assert status_line(app).startswith("Archived this article, not its story (u undoes it): “")
        assert screen.table.current_row.story.id == story.id  # the cursor stays on its story
        await pilot.press("s")
        await wait_for(pilot, lambda: status_line(app).startswith("Saved this article's brief (not the story's) "),
                       what="the article's brief saved")
        (saved,) = screen.briefs_folder.glob("*.md")
        assert "story:" not in saved.read_text("utf-8") and (saved.with_suffix(".json")).exists()
        await pilot.press("u")  # one u: the article's d only
        await written(pilot)
        assert states_of(home, [article.id]) == {"read"}
        await pilot.press("1", "f")  # the story's brief again: f flags the whole story
        await written(pilot)
        assert states_of(home, ids) == {"flagged"}
        assert status_line(app).startswith("Flagged 3 articles of “")
        await pilot.press("u")  # one u: the whole story back as it was
        await written(pilot)
        assert states_of(home, others) == {"unread"} and states_of(home, [article.id]) == {"read"}


def footer_keys(app: NewsbriefApp) -> set[str]:
    """The descriptions of the keys the footer shows now."""
    from tui.footer import KeysFooter

    return {description for _key, _shown, description in app.screen.query_one(KeysFooter).shown}


async def test_the_agendas_footer_shows_f_d_and_s_only_with_an_article_opened_where_they_act(home: Home):
    """On a step's line f, d and s act on nothing (they only say why not): the footer leaves them
    out; with the step's article opened they act on it, and the footer shows them."""
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "stories")
        assert {"Flag", "Done", "Save"} <= footer_keys(app)  # on a story's line: the whole story
        screen = await go_to(pilot, "agenda")
        await wait_for(pilot, lambda: not {"Flag", "Done", "Save"} & footer_keys(app), what="f, d, s off the footer")
        assert "Help" in footer_keys(app)
        await pilot.press("d")  # still says why not, and what to press
        assert status_line(app).startswith("d archives one article: enter opens this step's article")
        await pilot.press("ctrl+p", *"flag / unflag")  # and so does the palette's command
        await palette_highlights(pilot, "flag / unflag")
        await pilot.press("enter")
        await wait_for(pilot, lambda: status_line(app).startswith("f flags one article: enter opens this step's"),
                       what="why not, from the palette")
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.reading.evidence is not None, what="the article opened")
        await wait_for(pilot, lambda: {"Flag", "Done", "Save"} <= footer_keys(app), what="f, d, s in the footer")
        await pilot.press("f")
        await written(pilot)
        assert states_of(home, [screen.reading.evidence.id]) == {"flagged"}
        await pilot.press("1")  # the step again, no article in view
        await wait_for(pilot, lambda: not {"Flag", "Done", "Save"} & footer_keys(app), what="f, d, s off again")


async def test_in_the_agenda_check_action_asks_no_pane_that_is_gone(home: Home):
    """While the screen unmounts (quitting from the Agenda) its children go first: a footer
    refresh asking whether f, d and s act then found no reading pane and raised NoMatches."""
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "agenda")
        assert screen.check_action("flag", ()) is False
        await screen.reading.remove()  # as on unmounting
        assert screen.check_action("flag", ()) is False  # raised NoMatches
        assert screen.check_action("done", ()) is False


async def test_J_K_and_A_in_stories_and_the_agenda_act_or_say_why_not(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "stories")
        story = screen.table.current_row.story
        for key in ("J", "K"):
            await pilot.press(key)
            assert status_line(app) == ("J/K open the next/previous article; these rows are stories: j/k move, enter "
                                        "opens one, n/p open the next story with unread."), key
        assert screen.table.current_row.story.id == story.id
        ids = [a.id for s in screen.stories for a in s.articles]
        await pilot.press("A")  # every story's articles read, one decision
        await written(pilot)
        assert states_of(home, ids) == {"read"}
        assert status_line(app) == f"Marked {len(ids)} articles of every story read (u undoes it)."
        await wait_for(pilot, lambda: mark(screen, story.id) == " ", what="the read story's mark")
        assert screen.counts.get("unread", 0) == 0
        await pilot.press("A")
        await written(pilot)
        assert status_line(app) == "Nothing unread in Stories."
        await pilot.press("u")  # one u: every article unread again
        await written(pilot)
        assert states_of(home, ids) == {"unread"}
        await wait_for(pilot, lambda: mark(screen, story.id) == "●", what="the story unread again")
        screen = await go_to(pilot, "agenda")
        await pilot.press("A")
        assert status_line(app) == ("A marks a view's articles read; the Agenda lists next steps: "
                                    "enter opens a step's article, then m marks it.")
        await pilot.press("J")
        assert status_line(app) == ("J/K open the next/previous article; these rows are steps: j/k move, enter "
                                    "opens a step's article.")
        await written(pilot)
        assert states_of(home, ids) == {"unread"}


def arrives_from_outside(home: Home, title: str) -> str:
    """An article another process adds (`newsbrief add` in another terminal), about another event."""
    with Library.open(home.library_file) as lib:
        source = lib.add_source("folder", f"/nowhere/{title}", title=title)
        (article_id,) = lib.add_articles([Article(
            text=f"The {title} harbour reopened on Tuesday after the storm. Port chief Lena Holm said "
                 "ships would dock again from Wednesday.", title=f"{title} harbour reopens",
            source=f"{title}/1.txt", published="2023-06-20T08:00:00+00:00")], source)
    return article_id


async def test_A_in_stories_covers_the_articles_that_arrived_after_the_list_was_drawn(home: Home, monkeypatch):
    import tui.reader

    monkeypatch.setattr(tui.reader, "WATCH_SECONDS", 3600.0)  # the reader does not see it arrive by itself
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "stories")
        assert screen.table.total == 2
        late = arrives_from_outside(home, "Bergen")
        await pilot.press("A")
        await written(pilot)
        assert states_of(home, [late]) == {"read"}, "A left the article that arrived after the list unread"
        assert status_line(app) == ("Marked 5 articles of every story read, with the 1 that arrived since the list "
                                    "was drawn (u undoes it).")
        # The view shows what A covered: the new article's story, read.
        await wait_for(pilot, lambda: screen.table.total == 3, what="the new story listed")
        await pilot.press("u")  # one u: all five unread again
        await written(pilot)
        assert states_of(home, [late]) == {"unread"}
        # More arrivals than A indexes itself: A marks what the stories hold and says what it left.
        monkeypatch.setattr(tui.reader, "INDEX_ON_DEMAND", 0)
        later = arrives_from_outside(home, "Tromso")
        said: list[str] = []  # the status line's lines (the index's end may follow A's at once)
        set_status = screen.set_status
        monkeypatch.setattr(screen, "set_status", lambda text: (said.append(str(text)), set_status(text)))
        await pilot.press("A")
        await written(pilot)
        assert states_of(home, [later]) == {"unread"} and states_of(home, [late]) == {"read"}
        assert said[0] == ("Marked 5 articles of every story read (u undoes it). 1 newer article is still "
                                    "being put in stories and stays unread: A again once they show.")
        await wait_for(pilot, lambda: any(later in {a.id for a in story.articles} for story in screen.stories),
                       what="the index worker listing the newer article in its story")
        await pilot.press("A")
        await written(pilot)
        assert states_of(home, [later]) == {"read"}


async def test_a_decision_on_an_article_shows_on_its_storys_row(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "stories")
        stories = {r.story.id: r.story for r in screen.table.rows_by_id.values()}
        lone = next(s for s in stories.values() if len(s.articles) == 1)
        big = next(s for s in stories.values() if len(s.articles) == 3)
        await go_to(pilot, "inbox")
        screen.table.move_cursor(row=screen.table.index_of(lone.articles[0].id), animate=False)
        await pilot.press("d")  # archived in the Inbox
        screen.table.move_cursor(row=screen.table.index_of(big.articles[1].id), animate=False)
        await pilot.press("f")  # one of three flagged: the story is kept
        screen = await go_to(pilot, "stories")
        await wait_for(pilot, lambda: (mark(screen, lone.id), mark(screen, big.id)) == ("✓", "⚑"),
                       what="the marks of decisions made on articles")


async def test_the_agenda_groups_steps_by_period_and_enter_goes_to_the_steps_sentence(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "agenda")
        rows = list(screen.table.rows_by_id.values())
        headers = [r.cells[1].plain for r in rows if r.is_header]
        items = [r for r in rows if r.item is not None]
        with Library.open(home.library_file) as lib:
            expected = agenda_items(lib, update=False)
        assert [r.item for r in items] == expected and headers
        assert headers[-1] == "Undated" or all(r.item.days is not None for r in items)
        assert any(h.startswith(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
                   for h in headers), headers
        assert any(r.cells[4].plain == "3 sources" for r in items)
        current = screen.table.current_row
        assert current.item is not None  # the cursor starts on a step, not on a heading
        # f, d and s act on one article, not on a step: said why not, the article untouched.
        await pilot.press("f")
        assert not any(" of “" in m for m in messages(app)), messages(app)
        with Library.open(home.library_file) as lib:
            assert not lib.articles(view="flagged")
        await pilot.press("enter")
        source = current.item.sources[0]
        article = screen.reading.article_view
        await wait_for(pilot, lambda: article.focus_span == tuple(source.span) and article.children,
                       what="the step's sentence")
        await settle(pilot)
        assert screen.reading.mode == "article" and article.span_visible()


async def test_D_writes_the_digest_into_the_briefs_folder_and_says_where(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await settle(pilot)
        await pilot.press("D")
        await wait_for(pilot, lambda: any("Wrote the digest" in m for m in messages(app)), what="digest")
        (written,) = screen.briefs_folder.glob("digest-*.md")
        assert written.name in " ".join(messages(app))
        assert written.read_text("utf-8").startswith("# Digest, ")
        await pilot.press("D")
        await wait_for(pilot, lambda: len(list(screen.briefs_folder.glob("digest-*.md"))) == 2,
                       what="a second digest beside the first")
        assert written.read_text("utf-8").startswith("# Digest, ")


async def test_D_into_a_folder_that_takes_no_file_says_why_once(home: Home, monkeypatch):
    import errno
    import tempfile

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await settle(pilot)
        monkeypatch.setattr(tempfile, "mkstemp", read_only)
        await pilot.press("D")
        await wait_for(pilot, lambda: notices(app), what="the failure")
        (said,) = [n.message for n in notices(app)]
        # One sentence naming the file it tried, not the folder's message wrapped round the file's.
        assert said.startswith(f"{screen.briefs_folder / 'digest-'}"), said
        assert said.endswith(".md: cannot write the digest (Read-only file system)"), said
        assert "Could not write the digest" in status_line(app)


async def test_help_lists_the_view_cycle_and_the_digest_key(home: Home):
    from tui.screens import HelpScreen

    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
        rows = {binding_id: (keys, does) for keys, does, binding_id in app.screen.rows}
        assert rows["write_digest"][0] == "D" and "digest" in rows["write_digest"][1]
        assert "stories, agenda" in rows["cycle_view"][1]


async def test_the_sidebar_and_the_palette_open_stories_and_the_agenda(home: Home):
    from tui_support import palette_highlights

    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await settle(pilot)
        await pilot.press("ctrl+p", *"go to agenda")
        await palette_highlights(pilot, "go to agenda")
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.view == "agenda", what="the agenda")
        await pilot.press("shift+tab")  # to the sidebar: down to Stories, enter
        assert screen.sidebar.has_focus
        await pilot.press("up", "enter")  # the sidebar points at Agenda: Stories is just above
        await wait_for(pilot, lambda: screen.view == "stories" and screen.table.row_count == 2,
                       what="the stories")
        # D works from any view, and the digest's top story is the story of three sources.
        await pilot.press("D")
        await wait_for(pilot, lambda: any("Wrote the digest" in m for m in messages(app)), what="digest")


async def test_an_added_source_joins_the_stories_without_leaving_the_reader(home: Home, tmp_path: Path):
    from textual.widgets import Input

    folder = tmp_path / "delta"
    folder.mkdir()
    paras = [p for p in SEED.read_text("utf-8").split("\n") if p.strip()]
    (folder / "xi-and-blinken.txt").write_text("\n\n".join(paras[:-2]), encoding="utf-8")
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "stories")
        assert screen.table.row_count == 2
        await pilot.press("a")
        app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, what="the add dialog closed")
        # Indexed in a worker after the add: the list follows without a key.
        await wait_for(pilot, lambda: screen.table.total == 3 or any(
            len(r.story.articles) == 4 for r in screen.table.rows_by_id.values()), what="the new article's story")
        assert screen.view == "stories" and app.is_running
    with Library.open(home.library_file) as lib:
        assert sum(len(s.articles) for s in list_stories(lib, update=False)) == 5


def test_a_line_said_by_two_articles_of_one_feed_names_the_other_article():
    from briefs.stories.clusters import Story
    from briefs.stories.merge import Source, StoryBrief, StoryLine
    from tui.overview import story_lines

    sources = (Source("a1", (0, 5), "Wire", title="Talks open"), Source("a2", (0, 5), "Wire", title="Talks end"),
               Source("a3", (0, 5), "Daily", title="Talks in Paris"))
    sb = StoryBrief(Story("s-a1", "Talks open", "", "", ()), StoryLine("Talks were held.", sources), None, (), (), ())
    shown = [line.text.plain for line in story_lines(sb)]
    assert "  ↳ also in another Wire article: Talks end" in shown  # not "also in Wire" under "Wire"
    assert "  ↳ also in Daily" in shown


async def test_an_agenda_step_from_many_sources_shows_its_count_whole_at_80_columns(tmp_path: Path):
    """"12 sources" fits the Sources column of a narrow agenda (it was cut to "12 sourc…")."""
    home = make_home(tmp_path)
    with Library.open(home.library_file) as lib:
        for n in range(12):
            source = lib.add_source("feed", f"https://desk{n}.example/rss", title=f"Desk {n}")
            url = f"https://desk{n}.example/summit"
            lib.add_articles([Incoming(Article(
                text=f"Foreign ministers met in Geneva on Monday for two hours, report {n} said. "
                     "Minister Anna Berg said the talks were useful. Berg will travel to Rome on Friday "
                     "to meet her Italian counterpart, officials said. A summit of the two leaders is "
                     "expected later this year, the ministry said.",
                title=f"Ministers meet in Geneva ({n})", url=url, source=url,
                published="2031-06-02T08:00:00+00:00"), guid=url)], source)
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go_to(pilot, "agenda")
        shown = "\n".join(screen_lines(app))
        assert "12 sources" in shown, shown


async def test_the_agenda_opens_at_today_with_the_past_steps_above(tmp_path: Path):
    """As a calendar opens: years of past steps lie above, and the cursor (with the screen) starts
    on the first step still ahead, not on one from twenty years ago."""
    import datetime as dt

    home = make_home(tmp_path)
    ahead = dt.date.today().year + 3
    years = list(range(1995, 2015)) + [ahead]
    with Library.open(home.library_file) as lib:
        desk = lib.add_source("folder", "/nowhere/desk", title="Desk")
        lib.add_articles([Article(
            text="The trade ministers of France and Spain met in Paris on Monday for two hours, officials "
                 f"said. Minister Berg{n} will travel to Town{n} on Friday to meet her counterpart, the "
                 f"ministry said. Talks on the fishing quota {n} remain unresolved, a diplomat said.",
            title=f"Ministers meet ({year})", source=f"desk/{n}.txt", published=f"{year}-03-10T09:00:00+00:00")
            for n, year in enumerate(years)], source_id=desk)
        (upcoming,) = [item for item in agenda_items(lib) if item.days and item.days[0].year == ahead]
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await go_to(pilot, "agenda")
        current = screen.table.current_row
        assert current.item == upcoming, current
        assert screen.table.cursor_row > 20  # the past steps and their headings are above it
        shown = "\n".join(screen_lines(app))
        assert f"Town{len(years) - 1}" in shown and str(ahead) in shown, shown
