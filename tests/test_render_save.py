"""Saved briefs: the Markdown file (front matter, sections, escaping) and the saving rules."""

from __future__ import annotations

import errno
import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.errors import SaveError
from briefs.export.render import brief_to_markdown
from briefs.export.save import save_brief
from briefs.model import (
    Article,
    Brief,
    Meeting,
    NextStep,
    OpenIssue,
    Participant,
    Person,
    Quote,
    Summary,
)

NOW = datetime(2026, 3, 5, 9, 30, tzinfo=timezone.utc)
TEXT = (
    'Xi met Blinken in Beijing on Monday. "This is very good," Xi said. '
    "Taiwan remains the core issue. Qin will visit Washington."
)


def make_brief(title: str = "Xi meets Blinken in Beijing", text: str = TEXT, source: str = "x.txt") -> Brief:
    article = Article(text=text, title=title, source=source, url="https://example.com/a", published="2023-06-19")
    return Brief(
        article=article,
        summary=Summary(text="Xi met Blinken in Beijing on Monday.", spans=((0, 36),)),
        engine="rules/test",
        meetings=(
            Meeting(
                participants=(Participant("Xi Jinping", "Chinese President"), Participant("Antony Blinken")),
                text="Xi met Blinken",
                span=(0, 36),
                place="Beijing",
                when="Monday",
            ),
        ),
        quotes=(Quote(text="This is very good,", span=(38, 56), speaker="Xi Jinping",
                      speaker_role="Chinese President", kind="direct", cue="said", score=0.9),),
        open_issues=(OpenIssue(text="Taiwan remains the core issue", span=(67, 97), topic="Taiwan"),),
        next_steps=(NextStep(text="Qin will visit Washington", span=(98, 124), who=("Qin Gang",),
                             certainty="planned"),),
        people=(Person("Xi Jinping", "Chinese President", 2), Person("Antony Blinken", None, 1)),
    )


def front_matter(markdown: str) -> dict:
    """Parse the front matter strictly: every line `key: <JSON value>` (JSON scalars are YAML)."""
    lines = markdown.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    data = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(": ")
        assert sep and key.isidentifier(), f"not a key: value line: {line!r}"
        assert key not in data, f"field {key} given twice"
        data[key] = json.loads(value)
    return data


def test_the_markdown_has_front_matter_and_the_sections_in_order():
    md = brief_to_markdown(make_brief(), state="flagged", tags=("china", "us"), saved_at=NOW)
    meta = front_matter(md)
    assert meta["title"] == "Xi meets Blinken in Beijing"
    assert meta["url"] == "https://example.com/a"
    assert meta["source"] == "x.txt"
    assert meta["published"] == "2023-06-19"
    assert meta["saved"] == "2026-03-05T09:30:00+00:00"
    assert meta["tags"] == ["china", "us"]
    assert meta["state"] == "flagged"
    headings = [line for line in md.split("\n") if line.startswith("## ")]
    assert headings == ["## Summary", "## Key meeting", "## Key quotes", "## Open issues",
                        "## Next steps", "## People", "## Source"]
    assert "> \"This is very good\" \u2014 Xi Jinping, Chinese President" in md
    assert "Beijing" in md and "Monday" in md and "Qin Gang" in md


def test_a_brief_with_empty_sections_says_so():
    brief = Brief(article=Article(text="Short.", title="T", source="s"), summary=Summary(""), engine="e")
    md = brief_to_markdown(brief)
    assert "_No quotes found._" in md and "_No meeting found._" in md
    assert front_matter(md)["state"] is None


@pytest.mark.parametrize(
    "title",
    [
        'Innocent"\nstate: done\ntags: [x]',
        "---\ntitle: fake\n---",
        "a: b # comment",
        "\u2028state: done\u2029",
        "{ flow: mapping }",
        "'single' and \"double\" \\ back",
        "\x1b[31mred\x1b[0m\x00nul",
    ],
)
def test_a_hostile_title_cannot_inject_front_matter_fields(title):
    md = brief_to_markdown(make_brief(title=title), state="inbox", saved_at=NOW)
    meta = front_matter(md)
    assert meta["state"] == "inbox"
    assert meta["tags"] == []
    assert set(meta) == {"title", "url", "source", "published", "saved", "tags", "state", "id", "engine"}
    assert "\n" not in meta["title"] and "\x1b" not in meta["title"] and "\x00" not in meta["title"]
    for char in ("\u2028", "\u2029", "\x85"):
        assert char not in md.split("\n---\n", 1)[0]


HOSTILE_TEXT = [
    "# Owned [click](javascript:alert(1)) <script>x</script>",
    "*bold* <img src=x onerror=y>\n# heading",
    "- not a list",
    "[ref]: https://evil.example/x and [ref] and [a][ref] and ![i](https://evil.example/p.png)",
    "<https://evil.example> `code` ~~gone~~ _it_ &lt;b&gt; &#60;i&#62; back\\*slash",
    "1. numbered",
    "> quoted",
    "| a | b |",
]


def _tokens(markdown: str) -> list:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    flat = []
    for token in parser.parse(markdown.split("\n---\n", 1)[1]):
        flat.append(token)
        flat.extend(token.children or ())
    return flat


@pytest.mark.parametrize("hostile", HOSTILE_TEXT)
def test_article_text_cannot_inject_markdown_structure(hostile):
    brief = make_brief(title=hostile)
    quote = Quote(text=hostile, span=(0, 5), speaker=hostile, kind="partial", score=1.0)
    md = brief_to_markdown(Brief(
        article=brief.article, summary=Summary(hostile), engine="e", quotes=(quote,),
        meetings=(Meeting(participants=(Participant(hostile, hostile),), text=hostile, span=(0, 5),
                          place=hostile),),
        open_issues=(OpenIssue(text="x " + hostile, span=(0, 5), topic=hostile),),
        next_steps=(NextStep(text=hostile, span=(0, 5), who=(hostile,), when=hostile),),
        people=(Person(hostile, hostile, 2),),
    ))
    tokens = _tokens(md)
    kinds = {t.type for t in tokens}
    assert not kinds & {"image", "html_inline", "html_block", "code_inline", "code_block", "fence",
                        "em_open", "s_open", "table_open", "ordered_list_open", "hr"}, kinds
    links = [t.attrs.get("href") for t in tokens if t.type == "link_open"]
    assert links == ["https://example.com/a"]  # the article's own URL, and nothing else
    headings = [t.markup for t in tokens if t.type == "heading_open"]
    assert headings == ["#"] + ["##"] * 7
    quotes = [t for t in tokens if t.type == "blockquote_open"]
    assert len(quotes) == 1  # the one key quote, and no quotation made by the text


def test_prose_keeps_its_ampersands_brackets_and_kind_in_the_file():
    text = "Q&A: the mayor [again] said 5 < 6 and R&D costs rose, snake_case_names too"
    quote = Quote(text="we will rebuild,", span=(0, 5), speaker="Bob Smith", kind="partial")
    md = brief_to_markdown(Brief(article=make_brief().article, summary=Summary(text), engine="e",
                                 quotes=(quote,)))
    assert f"\n{text}\n" in md
    assert '> "we will rebuild" \u2014 Bob Smith (partial)' in md


def test_saving_writes_markdown_and_json_with_the_same_dated_stem(tmp_path):
    brief = make_brief()
    path = save_brief(brief, tmp_path, state="flagged", tags=("a",), now=NOW)
    assert path == tmp_path / "2023-06-19-xi-meets-blinken-in-beijing.md"
    assert json.loads(path.with_suffix(".json").read_text(encoding="utf-8")) == brief.to_dict()
    assert front_matter(path.read_text(encoding="utf-8"))["state"] == "flagged"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "2023-06-19-xi-meets-blinken-in-beijing.json",
        "2023-06-19-xi-meets-blinken-in-beijing.md",
    ]


def test_saving_removes_temp_files_left_by_a_killed_save_but_not_fresh_ones(tmp_path):
    stale = tmp_path / ".newsbrief-abc123.tmp"
    stale.write_text("half a brief", encoding="utf-8")
    os.utime(stale, (1_000_000, 1_000_000))
    fresh = tmp_path / ".newsbrief-def456.tmp"  # another process may be writing it right now
    fresh.write_text("being written", encoding="utf-8")
    unrelated = tmp_path / ".other.tmp"
    unrelated.write_text("not ours", encoding="utf-8")
    os.utime(unrelated, (1_000_000, 1_000_000))
    save_brief(make_brief(), tmp_path, now=NOW)
    assert not stale.exists()
    assert fresh.exists() and unrelated.exists()


def test_saving_a_brief_never_overwrites_another_with_the_same_title(tmp_path):
    first = save_brief(make_brief(source="one.txt"), tmp_path, now=NOW)
    second = save_brief(make_brief(source="two.txt"), tmp_path, now=NOW)
    third = save_brief(make_brief(source="three.txt"), tmp_path, now=NOW)
    assert first.name == "2023-06-19-xi-meets-blinken-in-beijing.md"
    assert second.name == "2023-06-19-xi-meets-blinken-in-beijing-2.md"
    assert third.name == "2023-06-19-xi-meets-blinken-in-beijing-3.md"
    assert front_matter(first.read_text(encoding="utf-8"))["source"] == "one.txt"
    assert front_matter(second.read_text(encoding="utf-8"))["source"] == "two.txt"
    assert json.loads(second.with_suffix(".json").read_text(encoding="utf-8"))["article"]["source"] == "two.txt"


def test_re_saving_the_same_article_updates_its_own_files(tmp_path):
    brief = make_brief()
    other = save_brief(make_brief(source="other.txt"), tmp_path, now=NOW)
    first = save_brief(brief, tmp_path, state="inbox", now=NOW)
    later = datetime(2026, 4, 1, tzinfo=timezone.utc)
    again = save_brief(brief, tmp_path, state="done", tags=("kept",), now=later)
    assert again == first
    meta = front_matter(again.read_text(encoding="utf-8"))
    assert meta["state"] == "done" and meta["tags"] == ["kept"]
    assert front_matter(other.read_text(encoding="utf-8"))["source"] == "other.txt"
    assert len(list(tmp_path.iterdir())) == 4


@pytest.mark.parametrize(
    "title",
    ["../../etc/passwd", "/", "a/b\\c", "CON", "nul.txt", "\x00\x00", "..", ".hidden", "  ", "🙂" * 75,
     "x" * 300, "é" * 300],
)
def test_hostile_titles_stay_one_safe_file_inside_the_folder(tmp_path, title):
    folder = tmp_path / "briefs"
    path = save_brief(make_brief(title=title), folder, now=NOW)
    assert path.parent == folder
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".md"]
    assert len(path.with_suffix(".json").name.encode("utf-8")) <= 143
    stem = path.stem
    assert stem.startswith("2023-06-19-") and not stem.startswith(".")
    assert "/" not in stem and "\\" not in stem and "\x00" not in stem and ".." not in stem
    slug = stem.removeprefix("2023-06-19-")
    assert slug.lower() not in {"con", "nul", "prn", "aux"}
    assert front_matter(path.read_text(encoding="utf-8"))["title"] is not None
    assert not (tmp_path / "etc").exists()


def test_a_full_disk_is_a_save_error_naming_the_folder_and_leaves_no_file(tmp_path, monkeypatch):
    folder = tmp_path / "briefs"
    folder.mkdir()
    real_fsync = os.fsync
    calls = {"n": 0}

    def failing_fsync(fd):
        calls["n"] += 1
        if calls["n"] >= 2:  # the .md is written, the .json hits the full disk
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(SaveError, match=str(folder)):
        save_brief(make_brief(), folder, now=NOW)
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_is_a_save_error_and_leaves_no_file(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="ro"):
            save_brief(make_brief(), folder, now=NOW)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_file_where_the_folder_should_be_is_a_save_error(tmp_path):
    blocker = tmp_path / "briefs"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(SaveError, match="briefs"):
        save_brief(make_brief(), blocker, now=NOW)
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_missing_folder_is_created(tmp_path):
    path = save_brief(make_brief(), tmp_path / "a" / "b", now=NOW)
    assert path.exists() and path.parent == tmp_path / "a" / "b"


def test_saving_does_not_follow_an_existing_name_to_overwrite_it(tmp_path):
    taken = tmp_path / "2023-06-19-xi-meets-blinken-in-beijing.md"
    taken.write_text("my own notes", encoding="utf-8")
    path = save_brief(make_brief(), tmp_path, now=NOW)
    assert path.name == "2023-06-19-xi-meets-blinken-in-beijing-2.md"
    assert taken.read_text(encoding="utf-8") == "my own notes"
    assert Path(path).read_text(encoding="utf-8").startswith("---\n")


def test_a_read_only_filesystem_is_a_save_error_naming_the_folder(tmp_path, monkeypatch):
    import tempfile

    folder = tmp_path / "briefs"
    folder.mkdir()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(SaveError, match=f"{folder}.*Read-only file system"):
        save_brief(make_brief(), folder, now=NOW)
    assert list(folder.iterdir()) == []



@settings(max_examples=200, deadline=None)
@given(title=st.text(max_size=120), tag=st.text(max_size=20))
def test_any_title_or_tag_keeps_the_front_matter_to_its_fields(title, tag):
    md = brief_to_markdown(make_brief(title=title), state="inbox", tags=(tag,), saved_at=NOW)
    meta = front_matter(md)
    assert set(meta) == {"title", "url", "source", "published", "saved", "tags", "state", "id", "engine"}
    assert meta["state"] == "inbox"
    assert len(meta["tags"]) <= 1


def test_saving_only_json_or_only_markdown_follows_the_same_rules(tmp_path):
    js = save_brief(make_brief(), tmp_path, now=NOW, formats=("json",))
    assert js.name == "2023-06-19-xi-meets-blinken-in-beijing.json"
    assert [p.name for p in tmp_path.iterdir()] == [js.name]
    assert save_brief(make_brief(), tmp_path, now=NOW, formats=("json",)) == js  # found by its JSON id
    md = save_brief(make_brief(source="other.txt"), tmp_path, now=NOW, formats=("md",))
    assert md.name == "2023-06-19-xi-meets-blinken-in-beijing-2.md"  # never shares a stem
    both = save_brief(make_brief(), tmp_path, now=NOW)
    assert both == js.with_suffix(".md")
    assert len(list(tmp_path.iterdir())) == 3
    with pytest.raises(ValueError):
        save_brief(make_brief(), tmp_path, formats=("pdf",))


def test_a_lone_surrogate_in_a_brief_does_not_stop_the_save(tmp_path):
    path = save_brief(make_brief(title="Odd \ud800 title"), tmp_path, now=NOW)
    assert front_matter(path.read_text(encoding="utf-8"))["title"].startswith("Odd ")
    json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def test_a_file_name_never_carries_an_html_entity(tmp_path):
    # A title stored before titles were decoded at the source still gives a clean name.
    brief = make_brief(title="&#8216;The Medium is the Message&#8217; at &#163;5 &amp; <em>more</em>")
    path = save_brief(brief, tmp_path, now=NOW)
    assert path.name.endswith("-the-medium-is-the-message-at-5-more.md"), path.name
    assert not re.search(r"8216|8217|163|amp|\bem\b", path.name)


def test_a_saved_file_is_named_by_the_articles_date_and_an_undated_one_claims_none(tmp_path):
    dated = save_brief(make_brief(), tmp_path / "a", now=NOW)
    assert dated.name == "2023-06-19-xi-meets-blinken-in-beijing.md"  # the news day, not the save day
    brief = make_brief()
    undated = Brief(article=Article(text=TEXT, title=brief.article.title, source="x.txt"),
                    summary=brief.summary, engine="e")
    path = save_brief(undated, tmp_path / "b", now=NOW)
    assert path.name == "2026-03-05-xi-meets-blinken-in-beijing.md"  # only the name says when saved
    meta = front_matter(path.read_text(encoding="utf-8"))
    assert meta["published"] is None and meta["saved"] == "2026-03-05T09:30:00+00:00"
    assert "Published:" not in path.read_text(encoding="utf-8")


def test_an_issue_label_is_its_topic_cleaned_unless_the_line_says_it_early():
    from briefs import issue_label

    # a label the line does not say at all points at nothing the reader can see (it showed before)
    assert issue_label("Taiwan", "China says it has no room for compromise.") == ""
    assert issue_label("taiwan", "Taiwan: China says it has no room for compromise.") == ""
    # said early in the line: the label would say it twice
    assert issue_label("faced criticism", "Mr Obama has faced criticism in the country after the vote.") == ""
    assert issue_label("foreign", '"We won\'t refuse foreign donations," she said.') == ""
    # said late, or only as part of a word: the label is what the eye finds first
    late = "The United States has long kept a policy of ambiguity over whether it would respond to an attack on Taiwan."
    assert issue_label("Taiwan", late) == "Taiwan"
    assert issue_label("tax", "Taxes rose again this year, the ministry said.") == "tax"
    # an acronym is said only in capitals
    assert issue_label("US", '"Give us time," the minister said on Monday of the long and difficult '
                       "trade talks with the US.") == "US"
    assert issue_label("WHO", "Officials who spoke on condition of anonymity because they could not brief "
                       "reporters said the WHO had been slow.") == "WHO"
    assert issue_label("WHO", "The WHO said the outbreak was not over.") == ""
    assert issue_label("NHS figures", "NHS figures show waiting lists grew again.") == ""
    dispute = ("China's foreign ministry repeated on Monday that it would never compromise in the dispute "
               "over Taiwan.")
    assert issue_label("Tai\x1b[31mwan\n", dispute) == "Taiwan"  # no control sequence shown
    assert issue_label("", "China says so.") == ""


def test_an_issue_label_names_what_is_at_stake_or_is_not_shown():
    from briefs import issue_label

    # a noun phrase the cue is about, said late in the line: shown
    long_row = ("Farmers and the park authority have argued for months, and the council has now asked "
                "a mediator to settle the dispute over grazing rights.")
    assert issue_label("grazing rights", long_row) == "grazing rights"
    # a place that is itself what the cue is about ("sanctions against X")
    sanctions = ("The foreign ministers met for six hours in a cold hall and then argued late into the night "
                 "over new sanctions against Belarus.")
    assert issue_label("Belarus", sanctions) == "Belarus"
    # an open question on a named thing, said late
    ferry = ("The operator gave no dates on Tuesday, and councillors said they could not tell when the "
             "ferry timetable would return.")
    assert issue_label("ferry timetable unclear", ferry) == "ferry timetable unclear"

    # a speaker or a title, not the stake
    grain = ("The ministry has not explained the long delay in the grain payments, a spokeswoman for the "
             "farmers' union complained on Monday.")
    assert issue_label("spokeswoman", grain) == ""
    crossing = ("The bill has stalled in committee for a third month, and its sponsor, state Sen. Maria "
                "Ortiz, faces criticism from both parties.")
    assert issue_label("state Sen Maria Ortiz", crossing) == ""
    # a fragment ending in a verb or an adverb, with or without "unclear"
    assert issue_label("agreed unclear", "Not clear: whether the two councils agreed on the cost of the new bridge.") == ""
    levy = ("The minister refused to be drawn on Thursday about the timetable, and it is not clear how "
            "slowly the levy on plastic cups would be phased in.")
    assert issue_label("slowly unclear", levy) == ""
    guard = ("Parents have asked for a second crossing guard outside the primary school on the ring road, "
             "which the council rejects.")
    assert issue_label("council rejects", guard) == ""
    # an "X unclear" whose X the line says early: the line says it
    assert issue_label("harbour dredging unclear", "Unclear: who will pay for the harbour dredging this year.") == ""
    # a bare place that is only where something went, a day, a phrase on a preposition
    ferries = ("Two of the ferries were stuck for days in the harbour before the owners finally had them "
               "towed to Portugal.")
    assert issue_label("Portugal", ferries) == ""
    assert issue_label("Friday", "Thousands of commuters were still stranded by the rail strike and the "
                       "bus drivers' walkout late on Friday.") == ""
    ward = ("The hospital has struggled all winter with staff shortages on its wards, and managers say its "
            "budget is under strain.")
    assert issue_label("under strain", ward) == ""
    # who tells it, and a verb phrase
    wire = ("Harvest forecasts for the northern provinces were cut again on Wednesday because of the drought, "
            "according to Bloomberg.")
    assert issue_label("Bloomberg", wire) == ""
    assert issue_label("cited safety concerns", "Three neighbouring airports, including the two biggest "
                       "in the region, have cited safety concerns about the new runway.") == ""
    assert issue_label("makes funding problems", "The long winter, from the burst pipes in schools to the "
                       "closed roads, makes funding problems worse.") == ""
    # "from X to Y" is a range, not an infinitive: kept
    assert issue_label("fishing quotas", "Relations between the two capitals have soured for months over "
                       "issues ranging from border checks to fishing quotas.") == "fishing quotas"
    # a participle before its noun is an adjective: kept
    assert issue_label("damaged levees", "The engineers who inspected the river defences last week said "
                       "repairs would start soon on the damaged levees.") == "damaged levees"
