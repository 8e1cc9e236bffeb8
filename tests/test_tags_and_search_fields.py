"""Tags match whatever their case ("taiwan" finds "Taiwan"), and a search may name a field:
`title:word` looks in titles only, `source:word` keeps the sources whose name has it."""

from __future__ import annotations

from click.testing import CliRunner
from tui_support import open_library, reader, settle, wait_for

from briefs import Article
from briefs.cli import cli
from tui.app import NewsbriefApp

WIDE = (160, 48)


def run(home, *args: str):
    result = CliRunner().invoke(cli, ["--home", str(home.data_dir), *args], obj={})
    assert "Traceback" not in result.output
    return result


def listed(home, *args: str) -> list[str]:
    result = run(home, "list", *args)
    assert result.exit_code == 0, result.output
    return [line.split(None, 1)[0] for line in result.stdout.splitlines()]


def _tag_three(home) -> tuple[str, str, str]:
    """Three articles tagged Taiwan, Taiwan and taiwan (an existing library with both spellings)."""
    with open_library(home) as library:
        a, b, c = (r.id for r in library.articles(view="all")[:3])
        library.set_tags(a, ["Taiwan"])
        library.set_tags(b, ["Taiwan", "china"])
        assert library.set_tags(c, ["taiwan", "TAIWAN"]) == ("taiwan",)  # one tag: the first kept
    return a, b, c


def test_a_tag_matches_whatever_its_case_and_two_spellings_are_one_tag(home):
    a, b, c = _tag_three(home)
    for typed in ("taiwan", "Taiwan", "TAIWAN"):
        assert sorted(listed(home, "--tag", typed)) == sorted([a, b, c]), typed
    with open_library(home) as library:
        # Shown once, as most of its articles spell it, with every article counted.
        assert library.all_tags() == [("china", 1), ("Taiwan", 3)]
        assert library.tags(c) == ("taiwan",)  # each article keeps the tag as typed
    assert listed(home, "--tag", "CHINA") == [b]


async def test_the_sidebar_shows_one_tag_for_both_spellings_and_filters_by_it(home):
    a, b, c = _tag_three(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        prompts = [str(screen.sidebar.get_option_at_index(i).prompt) for i in range(screen.sidebar.option_count)]
        tags = [p for p in prompts if p.startswith("#")]
        assert len(tags) == 2 and tags[1].startswith("#Taiwan") and tags[1].split()[-1] == "3", prompts
        screen.sidebar.focus()
        await pilot.press("G", "enter")  # the last line: #Taiwan
        await wait_for(pilot, lambda: screen.tag == "Taiwan" and screen.table.row_count == 3,
                       what="the tag's three articles")
        assert set(screen.table.rows_by_id) == {a, b, c}
        # Retagging one "TAIWAN" keeps it in the list the tag filters.
        screen.table.focus()
        await pilot.press("g", "t", "ctrl+u", *"TAIWAN", "enter")
        await settle(pilot)
        assert screen.table.row_count == 3


async def test_the_reader_opens_again_on_a_tag_named_in_another_case(home):
    _tag_three(home)
    with open_library(home) as library:
        library.set_setting("reader.place", {"view": "all", "source_id": None, "tag": "TAIWAN", "article": None})
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.tag == "Taiwan" and screen.table.row_count == 3


def _second_source(home) -> str:
    with open_library(home) as library:
        wire = library.add_source("feed", "https://wire.example/rss", title="Harbour Wire")
        library.add_articles([Article(
            text="Dock workers will vote on the new contract on Monday, the union said.",
            title="Dock workers to ballot on contract", source="https://wire.example/1",
            published="2024-05-25T09:00:00+00:00")], source_id=wire)
        return next(r.id for r in library.articles(view="all") if r.source_id == wire)


def test_title_and_source_fields_in_a_search(home):
    dock = _second_source(home)
    with open_library(home) as library:
        ids = {r.title.split()[0]: r.id for r in library.articles(view="all")}
    council, rail = ids["Council"], ids["Rail"]
    assert sorted(listed(home, "--search", "vote")) == sorted([council, rail, dock])
    assert listed(home, "--search", "title:vote") == [council]  # "vote" in its title; the others' text
    assert listed(home, "--search", "TITLE:Vote") == [council]
    assert sorted(listed(home, "--search", "vote -title:vote")) == sorted([rail, dock])
    assert listed(home, "--search", 'title:"harbour bridge"') == [council]
    assert listed(home, "--search", "source:wire") == [dock]
    assert listed(home, "--search", "feed:harbour vote") == [dock]
    assert sorted(listed(home, "--search", "vote -source:wire")) == sorted([council, rail])
    assert listed(home, "--search", 'source:"test desk" title:vote') == [council]
    assert listed(home, "--search", "source:nowhere-at-all") == []


async def test_a_search_for_title_words_in_the_reader(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("slash", *"title:vote", "enter")
        await wait_for(pilot, lambda: screen.table.row_count == 1, what="one article with vote in its title")
        row = screen.table.rows_by_id[screen.table.id_at(0)]
        assert row.title == "Council delays vote on the harbour bridge"


def test_field_names_and_source_names_are_not_highlighted_as_words():
    from tui.render import search_terms

    assert search_terms('title:taiwan source:wire feed:"Test desk" china -title:x') == ["taiwan", "china"]
