"""Stories: one event from several sources is one story, clustered as articles arrive."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefs import Article, Incoming, Library
from briefs.cli import cli
from briefs.stories.clusters import list_stories

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def _paragraphs(name: str) -> list[str]:
    text = (ROOT / "seeds" / name).read_text("utf-8") if (ROOT / "seeds" / name).exists() else (
        HELDOUT / name).read_text("utf-8")
    return [p for p in text.split("\n") if p.strip()]


def variants(name: str) -> list[tuple[str, str]]:
    """Three outlets' takes on one event: (title, text) with different leads and excerpts."""
    paras = _paragraphs(name)
    half = max(3, len(paras) // 2)
    first_words = " ".join(paras[0].split()[:9])
    return [
        (first_words, "\n\n".join(paras)),
        (" ".join(paras[1].split()[:8]), "\n\n".join(paras[1:])),
        (f"Update: {first_words}", "\n\n".join(paras[:half])),
    ]


def add(lib: Library, feed: str, title: str, text: str, published: str, url: str) -> str:
    source = lib.add_source("feed", f"https://{feed}.example/rss", title=feed)
    (aid,) = lib.add_articles(
        [Incoming(Article(text=text, title=title, url=url, published=published, source=url), guid=url)],
        source,
    )
    return aid


def _three_outlets(lib: Library, name: str, day: str, tag: str) -> list[str]:
    ids = []
    for n, (feed, (title, text)) in enumerate(zip(("alpha", "beta", "gamma"), variants(name), strict=True)):
        ids.append(add(lib, feed, title, text, f"{day}T{8 + 3 * n:02d}:00:00+00:00",
                       f"https://{feed}.example/{tag}"))
    return ids


def test_one_event_from_three_outlets_is_one_story_and_another_event_is_another(lib: Library) -> None:
    xi = _three_outlets(lib, "blinken-xi-beijing.txt", "2023-06-19", "xi")
    floods = _three_outlets(lib, "china-floods-official.txt", "2023-06-19", "floods")
    stories = list_stories(lib)
    groups = sorted(sorted(a.id for a in s.articles) for s in stories)
    assert groups == sorted([sorted(xi), sorted(floods)]), [
        [a.title for a in s.articles] for s in stories
    ]
    assert all(s.sources == 3 for s in stories)


def test_a_same_source_follow_up_a_week_later_is_a_story_of_its_own(lib: Library) -> None:
    paras = _paragraphs("blinken-xi-beijing.txt")
    first = add(lib, "alpha", "Xi meets Blinken", "\n\n".join(paras), "2023-06-19T08:00:00Z", "https://a/1")
    follow = add(lib, "alpha", "Xi meets Blinken: a week on", "\n\n".join(paras[:4] + ["What next."]),
                 "2023-06-26T08:00:00Z", "https://a/2")
    stories = {a.id: s.id for s in list_stories(lib) for a in s.articles}
    assert stories[first] != stories[follow]


def test_story_ids_stay_the_same_across_refreshes_and_restarts(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        first = _three_outlets(lib, "blinken-xi-beijing.txt", "2023-06-19", "xi")[:2]
        before = {s.id: sorted(a.id for a in s.articles) for s in list_stories(lib)}
    with Library.open(path) as lib:
        third = add(lib, "delta", "Blinken in Beijing", "\n\n".join(_paragraphs("blinken-xi-beijing.txt")[2:]),
                    "2023-06-19T20:00:00Z", "https://delta.example/xi")
        after = {s.id: sorted(a.id for a in s.articles) for s in list_stories(lib)}
    (story_id,) = [sid for sid, ids in before.items() if first[0] in ids]
    assert story_id == f"s-{first[0]}"
    assert third in after[story_id] and set(before[story_id]) <= set(after[story_id])


def test_every_article_is_in_exactly_one_story_and_a_lone_one_is_a_story_of_one(lib: Library) -> None:
    ids = _three_outlets(lib, "blinken-xi-beijing.txt", "2023-06-19", "xi")
    lone = add(lib, "alpha", "Earnings", (HELDOUT / "earnings-call.txt").read_text("utf-8"),
               "2023-06-19T09:00:00Z", "https://alpha.example/earn")
    stories = list_stories(lib)
    seen = [a.id for s in stories for a in s.articles]
    assert sorted(seen) == sorted(ids + [lone])
    assert [len(s.articles) for s in stories] == [3, 1]  # largest first


def test_stories_command_prints_the_json_of_design_and_filters_by_since(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Library.open(home / "library.sqlite3") as lib:
        _three_outlets(lib, "blinken-xi-beijing.txt", "2023-06-19", "xi")
        add(lib, "alpha", "Old news", (HELDOUT / "earnings-call.txt").read_text("utf-8"),
            "2020-01-01T09:00:00Z", "https://alpha.example/old")
    runner = CliRunner()
    result = runner.invoke(cli, ["--home", str(home), "stories", "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [set(s) for s in data] == [{"id", "title", "first_seen", "last_seen", "articles"}] * 2
    assert set(data[0]["articles"][0]) == {"id", "title", "feed", "url", "published"}
    assert len(data[0]["articles"]) == 3
    recent = runner.invoke(cli, ["--home", str(home), "stories", "--since", "2023-06-01", "--format", "json"])
    assert [len(s["articles"]) for s in json.loads(recent.output)] == [3]
    table = runner.invoke(cli, ["--home", str(home), "stories"])
    assert "3 sources" in table.output
    bad = runner.invoke(cli, ["--home", str(home), "stories", "--since", "soon"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_two_outlets_in_their_own_words_are_one_story_when_headline_names_and_words_agree(
    lib: Library,
) -> None:
    paras = _paragraphs("blinken-xi-beijing.txt")
    one = add(lib, "alpha", "Blinken meets Xi in Beijing as talks make progress",
              "\n\n".join(paras[0::2]), "2023-06-19T08:00:00Z", "https://alpha.example/xi")
    two = add(lib, "beta", "Xi hails progress after Blinken visit to Beijing",
              "\n\n".join(paras[1::2]), "2023-06-19T15:00:00Z", "https://beta.example/xi")
    other = add(lib, "gamma", "Floods: China official sacked",
                (HELDOUT / "china-floods-official.txt").read_text("utf-8"),
                "2023-06-19T12:00:00Z", "https://gamma.example/floods")
    story = {a.id: s.id for s in list_stories(lib) for a in s.articles}
    assert story[one] == story[two] != story[other]


def test_a_chain_of_reports_a_few_days_apart_each_does_not_grow_into_a_saga(lib: Library) -> None:
    text = "\n\n".join(_paragraphs("blinken-xi-beijing.txt"))
    ids = [add(lib, feed, f"Blinken in Beijing, day {n}", text + f"\n\nDay {n}.",
               f"2023-06-{1 + 3 * n:02d}T08:00:00Z", f"https://{feed}.example/{n}")
           for n, feed in enumerate(("alpha", "beta", "gamma", "delta"))]
    story = {a.id: s.id for s in list_stories(lib) for a in s.articles}
    assert story[ids[0]] == story[ids[1]] == story[ids[2]]  # within six days of the first
    assert story[ids[3]] != story[ids[0]]  # nine days on: a story of its own


def test_stories_are_the_same_whether_indexed_as_each_article_arrives_or_all_at_once(
    tmp_path: Path,
) -> None:
    def build(path: Path, index_each: bool) -> set[frozenset[str]]:
        with Library.open(path) as lib:
            for name, day, tag in (("blinken-xi-beijing.txt", "2023-06-19", "xi"),
                                   ("china-floods-official.txt", "2023-06-19", "floods"),
                                   ("earnings-call.txt", "2023-06-20", "earn")):
                for n, (feed, (title, text)) in enumerate(
                    zip(("alpha", "beta", "gamma"), variants(name), strict=True)
                ):
                    add(lib, feed, title, text, f"{day}T{8 + 3 * n:02d}:00:00+00:00",
                        f"https://{feed}.example/{tag}")
                    if index_each:
                        list_stories(lib)
            return {frozenset([s.id, *(a.url or "" for a in s.articles)]) for s in list_stories(lib)}

    assert build(tmp_path / "a.sqlite3", True) == build(tmp_path / "b.sqlite3", False)


def test_listed_stories_carry_their_articles_states_as_story_states_counts_them(lib: Library) -> None:
    from briefs import story_states

    xi = _three_outlets(lib, "blinken-xi-beijing.txt", "2023-06-19", "xi")
    lib.set_state(xi[0], "flagged")
    lib.set_state(xi[1], "archived")
    stories = list_stories(lib)
    assert {s.id: s.states for s in stories} == story_states(lib)
    (story,) = stories
    assert story.states == {"flagged": 1, "archived": 1, "unread": 1}


def test_indexing_only_the_new_articles_puts_them_in_stories_and_leaves_changed_steps_to_the_full_index(
        lib: Library) -> None:
    from briefs import update_index
    from briefs.stories.clusters import unread_in_stories
    from briefs.stories.index import unindexed_count

    xi = _three_outlets(lib, "blinken-xi-beijing.txt", "2023-06-19", "xi")
    assert unindexed_count(lib) == 3 and unread_in_stories(lib) == []
    update_index(lib)
    lib.set_state(xi[0], "read")
    assert unindexed_count(lib) == 0 and sorted(unread_in_stories(lib)) == sorted(xi[1:])
    floods = _three_outlets(lib, "china-floods-official.txt", "2023-06-19", "floods")
    with lib._write() as c:  # an article's steps gone stale (its text or the engine changed)
        c.execute("UPDATE step_sources SET content_hash = 'old' WHERE article_id = ?", (xi[1],))
    assert unindexed_count(lib) == 3
    assert update_index(lib, new_only=True) == 3  # the three new ones, not the stale one
    assert unindexed_count(lib) == 0 and set(unread_in_stories(lib)) == {*xi[1:], *floods}
    assert update_index(lib) == 1  # the full index re-reads the stale one's steps
    more = _three_outlets(lib, "hospital-strike.txt", "2023-06-20", "strike")
    assert update_index(lib, ids=more[:2] + xi[:1]) == 2  # the listed ones in no story yet, no more
    assert unindexed_count(lib) == 1


def test_marking_every_story_read_counts_only_what_it_marked_and_what_stays_unread(lib: Library) -> None:
    from briefs import mark_stories_read, update_index

    xi = _three_outlets(lib, "blinken-xi-beijing.txt", "2023-06-19", "xi")
    update_index(lib)
    floods = _three_outlets(lib, "china-floods-official.txt", "2023-06-19", "floods")
    lib.set_state(floods[0], "read")  # read in the Inbox before it was in a story
    # Up to 3 new ones are put in their stories first: the one already read is no "arrival" A marked.
    done = mark_stories_read(lib, index_up_to=3)
    assert (done.marked, done.arrived, done.indexed, done.left) == (5, 2, 3, 0)
    assert {lib.row(i).state for i in xi + floods} == {"read"}
    assert lib.undo() and {lib.row(i).state for i in xi + floods[1:]} == {"unread"}  # one decision

    # More new ones than A indexes: the stories are marked, and only the unread new ones are left.
    late = _three_outlets(lib, "hospital-strike.txt", "2023-06-26", "late")
    lib.set_state(late[0], "archived")
    done = mark_stories_read(lib, index_up_to=2)
    assert (done.marked, done.arrived, done.indexed, done.left) == (5, 0, 0, 2)
    assert {lib.row(i).state for i in late} == {"archived", "unread"}
