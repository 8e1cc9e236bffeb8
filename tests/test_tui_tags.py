"""Tags: t tags an article, tags are a sidebar group and a filter, saved briefs carry them,
and `list --tag` / `rename` on the command line agree with the reader."""

from __future__ import annotations

from click.testing import CliRunner
from textual.widgets import Input
from tui_support import open_library, reader, settle

from briefs.cli import cli
from tui.app import NewsbriefApp
from tui.screens import PromptScreen

WIDE = (160, 48)


def run(home, *args: str):
    result = CliRunner().invoke(cli, ["--home", str(home.data_dir), *args], obj={})
    assert "Traceback" not in result.output
    return result


async def test_t_tags_the_article_and_the_tag_becomes_a_sidebar_filter(home, tmp_path):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        first = screen.table.current_id
        await pilot.press("t")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"china, talks", "enter")
        await settle(pilot, rounds=1)
        with open_library(home) as library:
            assert library.tags(first) == ("china", "talks")
        prompts = [str(screen.sidebar.get_option_at_index(i).prompt) for i in range(screen.sidebar.option_count)]
        assert any(p.startswith("TAGS") for p in prompts)
        assert any(p.startswith("#talks") for p in prompts)
        screen.sidebar.focus()
        screen.sidebar.highlighted = screen.sidebar.get_option_index("tag:talks")
        await pilot.press("enter")
        await settle(pilot, rounds=1)
        assert screen.tag == "talks"
        assert list(screen.table.rows_by_id) == [first]
        await pilot.press("t")
        assert app.screen.query_one(Input).value == "china talks"
        await pilot.press("escape")
        await pilot.press("s")
        await settle(pilot)
    saved = next(home.briefs_dir.glob("*.md"))
    assert 'tags: ["china", "talks"]' in saved.read_text(encoding="utf-8")


def test_list_tag_and_rename_on_the_command_line(home):
    with open_library(home) as library:
        first = library.articles(view="all")[0].id
        library.set_tags(first, ["china"])
    result = run(home, "list", "--tag", "china")
    assert result.exit_code == 0 and result.output.startswith(first)
    assert len(result.output.strip().splitlines()) == 1
    result = run(home, "rename", "Test desk", "Harbour desk")
    assert result.exit_code == 0, result.output
    with open_library(home) as library:
        assert [s.title for s in library.sources()] == ["Harbour desk"]
    assert run(home, "rename", "No such", "X").exit_code == 2
    assert run(home, "rename", "Harbour desk", "  ").exit_code == 2
