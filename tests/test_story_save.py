"""Saving a story's brief: one Markdown file for the story, atomic, never overwriting another."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from briefs import Article, Incoming, Library, list_stories, save_story, story_brief

SEED = Path(__file__).resolve().parents[1] / "seeds" / "blinken-xi-beijing.txt"
NOW = datetime(2023, 6, 20, 12, 0, tzinfo=timezone.utc)


def three_outlets(lib: Library, title: str = "Xi hails progress in talks with Blinken") -> None:
    paras = [p for p in SEED.read_text("utf-8").split("\n") if p.strip()]
    half = max(3, len(paras) // 2)
    takes = [(title, paras), (f"Blinken in Beijing: {title}", paras[1:]), (f"Update: {title}", paras[:half])]
    for n, (feed, (headline, body)) in enumerate(zip(("Alpha", "Beta", "Gamma"), takes, strict=True)):
        source = lib.add_source("feed", f"https://{feed.lower()}.example/rss", title=feed)
        url = f"https://{feed.lower()}.example/xi"
        lib.add_articles([Incoming(Article(text="\n\n".join(body), title=headline, url=url,
                                           published=f"2023-06-19T{8 + n:02d}:00:00+00:00", source=url),
                                   guid=url)], source)


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as library:
        three_outlets(library)
        yield library


def test_a_saved_story_is_one_markdown_file_naming_every_source_of_each_line(lib: Library, tmp_path: Path):
    (story,) = [s for s in list_stories(lib) if len(s.articles) == 3]
    sb = story_brief(lib, story)
    path = save_story(sb, tmp_path / "briefs", now=NOW)
    assert path.parent == tmp_path / "briefs" and path.suffix == ".md"
    assert path.name.startswith("2023-06-19-") and list(path.parent.iterdir()) == [path]
    text = path.read_text("utf-8")
    assert f'story: "{story.id}"' in text and "sources: 3" in text
    for section in ("## Summary", "## Key meeting", "## Key quotes", "## Open issues", "## Next steps",
                    "## Sources"):
        assert section in text
    shared = [q for q in sb.quotes if len(q.sources) == 3]
    assert shared, "the same quotation from three outlets is one quote with three sources"
    assert "> \u2014 Alpha, Beta, Gamma" in text or "> \u2014 Alpha, Gamma, Beta" in text or any(
        line.startswith("> \u2014 ") and line.count(",") == 2 for line in text.splitlines())
    assert text.count("### ") == len({(q.speaker or "").split()[-1] if q.speaker else "" for q in sb.quotes})


def test_saving_a_story_again_rewrites_its_own_file_and_never_overwrites_another(lib: Library,
                                                                                 tmp_path: Path):
    (story,) = [s for s in list_stories(lib) if len(s.articles) == 3]
    sb = story_brief(lib, story)
    folder = tmp_path / "briefs"
    first = save_story(sb, folder, now=NOW)
    stranger = first.with_name(first.stem + "-2.md")
    again = save_story(sb, folder, now=NOW)
    assert again == first and len(list(folder.iterdir())) == 1
    # Another story with the same title and day takes the next name; a file someone else
    # wrote under the name after it is left alone.
    other = tmp_path / "other.sqlite3"
    with Library.open(other) as second:
        three_outlets(second)
        (story2,) = [s for s in list_stories(second) if len(s.articles) == 3]
        sb2 = story_brief(second, story2)
    sb2 = type(sb2)(**{**sb2.__dict__, "story": type(story2)(**{**story2.__dict__, "id": "s-other"})})
    stranger.write_text("someone else's notes\n", "utf-8")
    placed = save_story(sb2, folder, now=NOW)
    assert placed not in (first, stranger) and placed.name.endswith("-3.md")
    assert stranger.read_text("utf-8") == "someone else's notes\n"
    assert not list(folder.glob(".newsbrief-*.tmp"))


def test_a_hostile_story_title_cannot_break_out_of_the_front_matter_or_the_heading(lib: Library,
                                                                                  tmp_path: Path):
    (story,) = [s for s in list_stories(lib) if len(s.articles) == 3]
    sb = story_brief(lib, story)
    hostile = '"\nstory: "s-fake"\n---\n# <script>alert(1)</script> [x](javascript:1) ../../etc'
    sb = type(sb)(**{**sb.__dict__, "story": type(story)(**{**story.__dict__, "title": hostile})})
    path = save_story(sb, tmp_path / "briefs", now=NOW)
    assert path.parent == tmp_path / "briefs"
    text = path.read_text("utf-8")
    front = text.split("\n---\n", 1)[0]
    assert front.count("\nstory: ") == 1 and f'story: "{story.id}"' in front
    heading = next(line for line in text.splitlines() if line.startswith("# "))
    assert "\\<script" in heading and heading.count("<script") == heading.count("\\<script")
    assert "[x\\](javascript" in heading  # the bracket escaped: no link
