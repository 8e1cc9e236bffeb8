"""The Stories and Agenda views: a list of stories or of next steps, and what the reading pane
shows for one (a story's merged brief, an agenda item's sources), every line pointing at its
sentence in its own article.

Rows are built from briefs' public `Story`, `StoryBrief` and `AgendaItem`; every string in
them comes from a stranger and is shown as `Text` only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text

import briefs
from briefs import clean_line

from .panes import RowList
from .reading import BriefLine
from .render import STATE_GLYPHS, STATE_STYLES, Cell, age, glyph_style, line

if TYPE_CHECKING:  # the stories stage loads when a story is shown, not when the reader starts
    from briefs import AgendaItem, Story, StoryBrief

# Lines listed per item beyond its first source (a wire story can have dozens of copies):
# the reading pane stays a few hundred lines, and the rest are counted.
MORE_SOURCES = 4
AGENDA_SOURCES = 12


@dataclass(frozen=True)
class OverviewRow:
    """One row of the Stories or Agenda list: a story, an agenda item or a group heading."""

    id: str
    cells: tuple[Text, ...]
    story: Story | None = None
    item: AgendaItem | None = None
    state: str | None = None  # a story's, as an article's (`story_state`)

    @property
    def is_header(self) -> bool:
        return self.story is None and self.item is None


def sources_label(n: int) -> str:
    return f"{n} source{'s' if n != 1 else ''}"


class OverviewTable(RowList):
    """A list of stories or agenda items; `rows_by_id` holds `OverviewRow`s."""

    def cells(self, row: OverviewRow) -> tuple[Text, ...]:
        return row.cells

    def first_entry(self) -> None:
        """The cursor on the first row that is not a heading."""
        for index in range(min(self.row_count, 3)):
            row_id = self.id_at(index)
            if row_id is not None and not self.rows_by_id[row_id].is_header:
                self.move_cursor(row=index, animate=False)
                return


class StoryTable(OverviewTable):
    # The mark is one glyph (an article row's second is its saved mark): the title keeps the cell.
    # The sources column is as wide as its widest count ("3 sources"); the title takes the rest.
    COLUMNS = (("state", "", 1), ("sources", "Sources", 10), ("title", "Story", 40), ("age", "Age", 3))

    def fit_columns(self) -> None:
        counts = (self.source.row_at(n) for n in range(len(self.source)))
        widest = max((row.cells[1].cell_len for row in counts if row is not None), default=0)
        wanted = max(len("Sources"), widest)
        if self.widths.get("sources") != wanted:
            self.widths["sources"] = wanted
            self._line_cache.clear()
            self.refresh()
        super().fit_columns()


class AgendaTable(OverviewTable):
    COLUMNS = (("when", "When", 16), ("title", "Next step", 40), ("who", "Who", 18),
               ("certainty", "Certainty", 9), ("sources", "Sources", 10))
    # (narrowest list width, widths of when, who, certainty, sources): the step keeps most of a
    # narrow list; who and the certainty are in the reading pane beside it anyway.
    # "12 sources" is ten cells: a narrower column cut the count ("12 sourc…").
    TIERS = ((110, (16, 18, 9, 10)), (80, (12, 14, 0, 10)), (0, (10, 0, 0, 10)))

    def fit_columns(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if not width:
            return
        widths = next(w for least, w in self.TIERS if width >= least)
        for key, value in zip(("when", "who", "certainty", "sources"), widths, strict=True):
            if self.widths.get(key) != value:
                self.widths[key] = value
                self.refresh()
        super().fit_columns()

    def first_entry(self) -> None:
        """The cursor on today, as a calendar opens: the first step whose day (or week, month,
        year) has not passed; the steps before it are above. With none ahead, the first step."""
        today = dt.date.today()
        for index in range(self.row_count):
            row_id = self.id_at(index)
            item = self.rows_by_id[row_id].item if row_id is not None else None
            if item is not None and item.days is not None and item.days[1] >= today:
                self.move_cursor(row=index, animate=False, scroll=False)
                # At the top of the list, the line above it (its heading) in sight: once the
                # rows are laid out (before, the list cannot scroll that far).
                self.call_after_refresh(self.scroll_to, y=max(0, index - 1), animate=False, immediate=True)
                return
        super().first_entry()


# -- rows ----------------------------------------------------------------------------------


def story_state(counts: Mapping[str, int] | None) -> str:
    """What was decided about a story, from how many of its articles are in each state, in an
    article's words: flagged if any article is kept, archived once all are done, unread while
    any is unread, else read."""
    counts = counts or {}
    if counts.get("flagged"):
        return "flagged"
    if counts.get("archived") and counts.get("archived") == sum(counts.values()):
        return "archived"
    return "unread" if counts.get("unread") or not counts else "read"


def story_row(story: Story, counts: Mapping[str, int] | None) -> OverviewRow:
    """A story's row: its mark (as an article row's), sources, title and newest article's age."""
    state = story_state(counts)
    n = story.sources
    return OverviewRow(f"story:{story.id}", (
        Cell(STATE_GLYPHS[state], style=glyph_style(state)),
        Cell(sources_label(n), style="bold" if n > 1 else "dim"),
        line(story.title or "(untitled)", max_len=200, style=STATE_STYLES[state]),
        Cell(age(story.newest), style="dim", justify="right"),  # undated: blank, as articles
    ), story=story, state=state)


def story_rows(stories: list[Story], states: Mapping[str, Mapping[str, int]]) -> list[OverviewRow]:
    return [story_row(story, states.get(story.id)) for story in stories]


def agenda_group(item: AgendaItem) -> tuple[Any, str]:
    """(key, heading) of the day, week or month an item falls in; longer spans by their value."""
    days = item.days
    if days is None:
        return ("undated",), "Undated"
    first, last = days
    length = (last - first).days + 1
    if length == 1:
        return ("day", first), f"{first:%A %d %B %Y}"
    if length <= 7:
        year, week, _ = first.isocalendar()
        return ("week", year, week), f"Week {week} of {year} ({first:%d %b} to {last:%d %b})"
    if length <= 31:
        return ("month", first.year, first.month), f"{first:%B %Y}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return ("year", first.year), f"{first.year}"
    return ("span", first, last), f"{first:%B %Y} to {last:%B %Y}"


def agenda_rows(items: list[AgendaItem]) -> list[OverviewRow]:
    """Items in the agenda's order, a heading row where the day, week or month changes."""
    rows: list[OverviewRow] = []
    previous: Any = None
    for n, item in enumerate(items):
        key, heading = agenda_group(item)
        if key != previous:
            previous = key
            rows.append(OverviewRow(f"group:{len(rows)}", (
                Cell(""), Cell(heading, style="bold underline"), Cell(""), Cell(""), Cell(""),
            )))
        who = ", ".join(clean_line(w, 60) for w in item.who)
        rows.append(OverviewRow(f"step:{n}", (
            line(item.when or item.date or "", max_len=40, style="dim"),
            line(item.text, max_len=300),
            line(who, max_len=120),
            line(item.certainty, max_len=20, style="italic"),
            Cell(sources_label(len(item.sources)), style="bold" if len(item.sources) > 1 else "dim"),
        ), item=item))
    return rows


# -- the reading pane ----------------------------------------------------------------------


def story_title(story: Story) -> Text:
    title = Text(no_wrap=True, overflow="ellipsis")
    title.append(clean_line(story.title or "(untitled)", 300), style="bold")
    meta = [sources_label(story.sources), f"{len(story.articles)} article{'s' if len(story.articles) != 1 else ''}"]
    shown = age(story.newest)
    if shown:
        meta.append(f"newest {shown}")
    title.append("\n" + " · ".join(meta), style="dim")
    return title


def _feeds(sources: tuple[Any, ...], shown: int = 4) -> str:
    names = list(dict.fromkeys(clean_line(s.feed or s.title or s.article_id, 40) for s in sources))
    more = f" +{len(names) - shown} more" if len(names) > shown else ""
    return " · ".join(names[:shown]) + more


def _with_sources(section: str, text: Text, sources: tuple[Any, ...]) -> list[BriefLine]:
    """The line (evidence: its first source) and, when several sources say it, one line per
    other source, each pointing at that article's own sentence. An article that says it twice
    counts once (its first sentence)."""
    first: dict[str, Any] = {}
    for source in sources:
        first.setdefault(source.article_id, source)
    sources = tuple(first.values())
    text.append("\n" + _feeds(sources), style="dim")
    lines = [BriefLine(section, text, tuple(sources[0].span), sources[0].article_id)]
    named = {sources[0].feed}
    for other in sources[1:1 + MORE_SOURCES]:
        if other.feed and other.feed in named:
            # Another article of a feed already named: "also in Feed 1" under a Feed 1 line read
            # as if Feed 1 were a second outlet. Say it is the same one, and which article.
            also = Text("  ↳ also in another ", style="dim")
            also.append(clean_line(other.feed, 60), style="dim bold")
            also.append(" article", style="dim")
            if other.title:
                also.append(": " + clean_line(other.title, 80), style="dim")
        else:
            also = Text("  ↳ also in ", style="dim")
            also.append(clean_line(other.feed or other.title or other.article_id, 60), style="dim bold")
        named.add(other.feed)
        lines.append(BriefLine(section, also, tuple(other.span), other.article_id))
    rest = len(sources) - 1 - MORE_SOURCES
    if rest > 0:
        lines.append(BriefLine(section, Text(f"  and {rest} more source{'s' if rest != 1 else ''}",
                                             style="dim italic"), None, header=True))
    return lines


def story_lines(sb: StoryBrief) -> list[BriefLine]:
    """The story brief: best summary, key meeting, quotes grouped by speaker across sources,
    open issues and next steps (each once), then the story's articles."""
    lines: list[BriefLine] = []
    if sb.summary is not None and sb.summary.sources:
        lines += _with_sources("Summary", Text(clean_line(sb.summary.text, 1200)), sb.summary.sources)
    if sb.meeting is not None and sb.meeting.sources:
        lines += _with_sources("Key meeting", Text(clean_line(sb.meeting.text, 600)), sb.meeting.sources)
    for speaker, role, quotes in briefs.quotes_by_speaker(sb):
        who = Text(clean_line(speaker, 100) or "Unattributed", style="bold")
        if role:
            who.append(", " + clean_line(role, 100))
        lines.append(BriefLine("Key quotes", who, None, header=True))
        for q in quotes:
            if q.sources:
                words = Text("“" + clean_line(q.text, 600).rstrip(" ,;:") + "”", style="italic")
                lines += _with_sources("Key quotes", words, q.sources)
    for issue in sb.open_issues:
        if issue.sources:
            text = Text()
            topic = briefs.issue_label(issue.topic, issue.text)
            if topic:
                text.append(topic + ": ", style="bold")
            text.append(clean_line(issue.text, 600))
            lines += _with_sources("Open issues", text, issue.sources)
    for step in sb.next_steps:
        if step.sources:
            text = Text(clean_line(step.text, 600))
            details = [", ".join(clean_line(w, 60) for w in step.who), clean_line(step.when, 60),
                       clean_line(step.certainty, 20)]
            if any(details):
                text.append("\n" + " · ".join(d for d in details if d), style="dim")
            lines += _with_sources("Next steps", text, step.sources)
    for article in sb.story.articles:
        text = Text(clean_line(article.feed, 40) + ": ", style="bold")
        text.append(clean_line(article.title or "(untitled)", 200))
        shown = age(article.published)
        if shown:
            text.append(f"  {shown}", style="dim")
        lines.append(BriefLine("Articles", text, None, article.id))
    return lines


def agenda_lines(item: AgendaItem) -> list[BriefLine]:
    """An agenda item: the step (its first source's sentence), then every source's sentence."""
    text = Text(clean_line(item.text, 600))
    details = [", ".join(clean_line(w, 60) for w in item.who), clean_line(item.when, 60),
               clean_line(item.date, 30), clean_line(item.certainty, 20)]
    text.append("\n" + " · ".join(d for d in details if d), style="dim")
    first = item.sources[0] if item.sources else None
    lines = [BriefLine("Next step", text, tuple(first.span) if first else None,
                       first.article_id if first else None)]
    section = sources_label(len(item.sources)).capitalize()
    for source in item.sources[:AGENDA_SOURCES]:
        shown = Text(clean_line(source.feed or "", 40) + ": ", style="bold")
        shown.append(clean_line(source.title or source.article_id, 200))
        lines.append(BriefLine(section, shown, tuple(source.span), source.article_id))
    rest = len(item.sources) - AGENDA_SOURCES
    if rest > 0:
        lines.append(BriefLine(section, Text(f"and {rest} more", style="dim italic"), None, header=True))
    return lines


def agenda_title(item: AgendaItem) -> Text:
    title = Text(no_wrap=True, overflow="ellipsis")
    title.append(clean_line(item.text, 300), style="bold")
    key, heading = agenda_group(item)
    title.append(f"\n{heading} · {clean_line(item.certainty, 20)} · {sources_label(len(item.sources))}",
                 style="dim")
    return title
