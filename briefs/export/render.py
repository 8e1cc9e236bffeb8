"""What a brief shows (`shown_brief`, for the screen and the file alike), and the saved Markdown.

Everything from the article is untrusted: front-matter values are JSON-style
double-quoted scalars (a title cannot add a field or end the block), and body
text is escaped just enough that it cannot open a heading, list, link, HTML tag
or code span; prose keeps its `&` and [brackets].
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ..model import Brief, Meeting, NextStep, OpenIssue, Person, Quote
from ..safety import clean_line
from .labels import UNCLEAR, names_the_stake

_LINE_MAX = 2000
# What Markdown would read as structure inside a line, and only that: prose keeps its `&`,
# `[brackets]` and `x < y` as written.
_INLINE_SPECIAL = re.compile(
    r"""
      \\(?=[!-/:-@\[-`{-~])      # a backslash that would escape the next character
    | [`*~]                     # code spans, emphasis, strikethrough
    | (?<![^\W_])_ | _(?![^\W_])  # emphasis; snake_case_words stay as written
    | \](?=[(\[:])               # ends link text, a reference or a definition
    | <(?=[A-Za-z/!?])           # opens an HTML tag, comment or autolink
    | &(?=\#?\w{1,32};)           # starts a character reference
    """,
    re.VERBOSE,
)
# Characters that make structure at the start of a line (headings, quotes, lists, rules, tables).
_LEADING = re.compile(r"^(\s*)(?:(\d{1,9})(?=[.)](?:\s|$))|(?=[#>+=|\-]))")
# YAML 1.1 readers treat these as line breaks even inside a double-quoted scalar.
_YAML_BREAKS = {"\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P"}

# What a brief shows (issue "A brief is brief"); the JSON keeps every item.
KEY_QUOTES = 4
OPEN_ISSUES = 5
FRAGMENT_WORDS = 3  # a quote this short ("We.", "Please.") shows only when no longer one exists
ITEM_MAX = 600
SUMMARY_MAX = 1200


@dataclass(frozen=True)
class ShownQuote:
    """A key quote as shown: its words, who said it, and its kind when not a direct quote."""

    quote: Quote
    text: str
    speaker: str
    role: str
    label: str  # "partial", "indirect" or ""


@dataclass(frozen=True)
class ShownIssue:
    issue: OpenIssue
    topic: str  # its label: "" when the line says it early (`issue_label`)
    text: str


@dataclass(frozen=True)
class ShownStep:
    step: NextStep
    text: str
    details: tuple[str, ...]  # who, when, certainty (those given)


@dataclass(frozen=True)
class ShownBrief:
    """What a brief shows a reader, the same on screen and in the saved Markdown.

    Every text is one clean line. The caps (four key quotes, five open issues) and
    the choices (the key meeting only, next steps without repeats) live here alone.
    """

    summary: str
    meeting: Meeting | None
    meeting_text: str
    meeting_details: tuple[tuple[str, str], ...]  # (label, value), none already in the line
    quotes: tuple[ShownQuote, ...]
    open_issues: tuple[ShownIssue, ...]
    next_steps: tuple[ShownStep, ...]
    people: tuple[Person, ...]
    notes: tuple[str, ...]
    more_quotes: int  # quotes in the brief that are not shown


def shown_brief(brief: Brief) -> ShownBrief:
    """The items and labels a brief shows, for every renderer of it (screen and file)."""
    meeting = brief.meetings[0] if brief.meetings else None
    quotes = key_quotes(brief.quotes)
    return ShownBrief(
        summary=clean_line(brief.summary.text, SUMMARY_MAX),
        meeting=meeting,
        meeting_text=clean_line(meeting.text, ITEM_MAX) if meeting else "",
        meeting_details=_meeting_details(meeting) if meeting else (),
        quotes=tuple(_shown_quote(q) for q in quotes),
        open_issues=tuple(_shown_issue(i) for i in brief.open_issues[:OPEN_ISSUES]),
        next_steps=tuple(_shown_step(s) for s in _distinct_steps(brief.next_steps)),
        people=brief.people,
        notes=tuple(clean_line(n, 300) for n in brief.notes if clean_line(n)),
        more_quotes=len(brief.quotes) - len(quotes),
    )


def key_quotes(quotes: Iterable[Quote], limit: int = KEY_QUOTES) -> tuple[Quote, ...]:
    """The best `limit` quotes by score, each once; fragments only when nothing longer exists."""
    ranked: list[Quote] = []
    seen: set[str] = set()
    for quote in sorted(quotes, key=lambda q: -q.score):  # stable: the engine's order on ties
        key = _folded(quote.text)
        if key and key not in seen:
            seen.add(key)
            ranked.append(quote)
    longer = [q for q in ranked if len(q.text.split()) > FRAGMENT_WORDS]
    return tuple((longer or ranked)[:limit])


def _folded(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def _distinct_steps(steps: Iterable[NextStep]) -> list[NextStep]:
    """Every next step once: a step that repeats (or is contained in) an earlier one is dropped."""
    kept: list[NextStep] = []
    folded: list[str] = []
    for step in steps:
        key = _folded(step.text)
        if not key or any(key == f or f" {key} " in f" {f} " for f in folded):
            continue
        kept.append(step)
        folded.append(key)
    return kept


def _meeting_details(meeting: Meeting) -> tuple[tuple[str, str], ...]:
    who = ", ".join(
        clean_line(p.name, 80) + (f" ({clean_line(p.role, 80)})" if p.role else "")
        for p in meeting.participants
    )
    said = clean_line(meeting.text, ITEM_MAX).lower()  # the line often names place and day already
    details = (
        ("Participants", who),
        ("Where", clean_line(meeting.place, 120)),
        ("When", clean_line(meeting.when, 60)),
        ("How long", clean_line(meeting.duration, 60)),
    )
    return tuple((label, value) for label, value in details if value and value.lower() not in said)


def _shown_quote(quote: Quote) -> ShownQuote:
    # A quote that breaks off at its attribution ("…good," Xi said) reads better without the comma.
    words = clean_line(quote.text, ITEM_MAX).rstrip(",").rstrip()
    kind = clean_line(quote.kind, 20)
    return ShownQuote(
        quote=quote,
        text=words,
        speaker=clean_line(quote.speaker, 100) or "unattributed",
        role=clean_line(quote.speaker_role, 100),
        label="" if kind in ("", "direct") else kind,
    )


LABEL_SEEN_WITHIN = 12  # words: a label the line says this early would only say it twice


def issue_label(topic: str, text: str) -> str:
    """An open issue's label as shown before its line: its topic, cleaned, or "" when the line
    says it within its first `LABEL_SEEN_WITHIN` words ("faced criticism: Mr Obama has faced
    criticism ..."), where it tells the eye nothing the line does not, or when the topic does not
    name what is at stake (a speaker, a title, a date, a bare place, a fragment ending on a verb:
    `names_the_stake`), where a bold wrong label would mislead (a brief's, a story's: the screen
    and the files alike; the JSON keeps every topic)."""
    label = clean_line(topic, 80)
    if not label:
        return ""
    line = clean_line(text)
    start = " ".join(line.split()[:LABEL_SEEN_WITHIN])
    # "bank unclear" before "Unclear: whether the bank will ...": the question's subject is said.
    subject = label.removesuffix(UNCLEAR) or label
    # An acronym is said only in capitals: "US" is not "Give us time", "WHO" not "officials who".
    acronym = any(len(word) > 1 and word.isupper() for word in subject.split())
    said = re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", start, 0 if acronym else re.IGNORECASE)
    return "" if said or not names_the_stake(label, line) else label


def _shown_issue(issue: OpenIssue) -> ShownIssue:
    return ShownIssue(issue=issue, topic=issue_label(issue.topic, issue.text), text=clean_line(issue.text, ITEM_MAX))


def _shown_step(step: NextStep) -> ShownStep:
    details = (", ".join(clean_line(w, 80) for w in step.who if clean_line(w)),
               clean_line(step.when, 80), clean_line(step.certainty, 20))
    return ShownStep(step=step, text=clean_line(step.text, ITEM_MAX),
                     details=tuple(d for d in details if d))


def yaml_scalar(value: object) -> str:
    """A YAML scalar that cannot escape its line: null, a number, or a double-quoted string."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = json.dumps(clean_line(str(value), _LINE_MAX), ensure_ascii=False)
    for char, escape in _YAML_BREAKS.items():
        text = text.replace(char, escape)
    return text


def escape_markdown(text: str | None, max_len: int = _LINE_MAX) -> str:
    """`text` on one line, with each character escaped that Markdown would read as structure there."""
    line = clean_line(text or "", max_len)
    line = _INLINE_SPECIAL.sub(lambda m: "\\" + m.group(), line)
    # "\\# x", "1\\. x": a backslash before a digit would show, so it goes before the dot.
    return _LEADING.sub(lambda m: m.group(1) + (m.group(2) or "") + "\\", line)


def front_matter(brief: Brief, *, state: str | None, tags: Iterable[str], saved_at: datetime | None) -> str:
    article = brief.article
    fields = [
        ("title", article.title),
        ("url", article.url),
        ("source", article.source),
        ("published", article.published),
        ("saved", saved_at.isoformat(timespec="seconds") if saved_at else None),
        ("tags", None),
        ("state", state),
        ("id", article.id),
        ("engine", brief.engine),
    ]
    lines = ["---"]
    for key, value in fields:
        if key == "tags":
            lines.append("tags: [" + ", ".join(yaml_scalar(t) for t in tags if clean_line(t)) + "]")
        else:
            lines.append(f"{key}: {yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines)


def brief_to_markdown(
    brief: Brief,
    *,
    state: str | None = None,
    tags: Iterable[str] = (),
    saved_at: datetime | None = None,
) -> str:
    """The saved-brief Markdown of DESIGN: front matter, then Summary ... Source.

    The sections say what the reader's brief pane says (`shown_brief`), no more.
    """
    article = brief.article
    shown = shown_brief(brief)
    out = [front_matter(brief, state=state, tags=tags, saved_at=saved_at), ""]
    out.append(f"# {escape_markdown(article.title) or 'Untitled'}")
    out += ["", "## Summary", "", escape_markdown(shown.summary) or "_No summary._"]

    out += ["", "## Key meeting", ""]
    if shown.meeting is not None:
        out.append(escape_markdown(shown.meeting_text))
        if shown.meeting_details:
            out.append("")
            out += [f"- **{label}:** {escape_markdown(value)}" for label, value in shown.meeting_details]
    else:
        out.append("_No meeting found._")

    out += ["", "## Key quotes", ""]
    if shown.quotes:
        for quote in shown.quotes:
            out += [_quote_line(quote), ""]
        out.pop()
    else:
        out.append("_No quotes found._")

    out += ["", "## Open issues", ""]
    if shown.open_issues:
        for issue in shown.open_issues:
            text = escape_markdown(issue.text)
            if issue.topic:
                text = f"**{escape_markdown(issue.topic)}:** {text}"
            out.append(f"- {text}")
    else:
        out.append("_No open issues found._")

    out += ["", "## Next steps", ""]
    if shown.next_steps:
        for step in shown.next_steps:
            line = f"- {escape_markdown(step.text)}"
            if step.details:
                line += f" ({'; '.join(escape_markdown(d) for d in step.details)})"
            out.append(line)
    else:
        out.append("_No next steps found._")

    out += ["", "## People", ""]
    if shown.people:
        out += [f"- {_people_line(p)}" for p in shown.people]
    else:
        out.append("_No people found._")

    out += ["", "## Source", ""]
    out.append(f"- **Title:** {escape_markdown(article.title)}")
    if article.byline:
        out.append(f"- **By:** {escape_markdown(article.byline)}")
    if article.published:
        out.append(f"- **Published:** {escape_markdown(article.published)}")
    if article.url:
        out.append(f"- **URL:** <{_safe_autolink(article.url)}>")
    out.append(f"- **Source:** {escape_markdown(article.source)}")
    out.append(f"- **Brief by:** newsbrief {escape_markdown(brief.engine)}")
    out += [f"- **Note:** {escape_markdown(n)}" for n in shown.notes]
    return "\n".join(out) + "\n"


def _people_line(person: Person) -> str:
    line = escape_markdown(person.name)
    if person.role:
        line += f", {escape_markdown(person.role)}"
    if person.mentions > 1:
        line += f" ({person.mentions} mentions)"
    return line


def _quote_line(quote: ShownQuote) -> str:
    who = escape_markdown(quote.speaker)
    if quote.role:
        who += f", {escape_markdown(quote.role)}"
    if quote.label:
        who += f" ({escape_markdown(quote.label)})"
    return f'> "{escape_markdown(quote.text)}" \u2014 {who}'


def _safe_autolink(url: str) -> str:
    # Inside <...> only these characters could end the link or open markup.
    return re.sub(r"[<>\s\\`]", lambda m: f"%{ord(m.group()):02X}", clean_line(url, _LINE_MAX))
