"""Export: a Brief as the saved Markdown file (YAML front matter, then the brief's sections).

Everything from the article is untrusted: front-matter values are JSON-style
double-quoted scalars (a title cannot add a field or end the block), and body
text is escaped so it cannot open a heading, list, link, HTML tag or code span.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime

from .model import Brief, Person, Quote
from .safety import clean_line

_LINE_MAX = 2000
# Characters that make Markdown structure anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
# Characters that make structure at the start of a line (headings, quotes, lists, rules, tables).
_LEADING = re.compile(r"^(\s*)([#>+=\-]|\d+[.)])")
# YAML 1.1 readers treat these as line breaks even inside a double-quoted scalar.
_YAML_BREAKS = {"\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P"}


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
    """`text` on one line, with every character that could start Markdown structure escaped."""
    line = clean_line(text or "", max_len)
    line = _INLINE_SPECIAL.sub(r"\\\1", line)
    return _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), line)


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
    """The saved-brief Markdown of DESIGN: front matter, then Summary ... Source."""
    article = brief.article
    out = [front_matter(brief, state=state, tags=tags, saved_at=saved_at), ""]
    out.append(f"# {escape_markdown(article.title) or 'Untitled'}")
    out += ["", "## Summary", "", escape_markdown(brief.summary.text) or "_No summary._"]

    out += ["", "## Key meeting", ""]
    if brief.meetings:
        meeting = brief.meetings[0]
        out.append(escape_markdown(meeting.text))
        who = ", ".join(_person(p.name, p.role) for p in meeting.participants)
        details = [
            ("Participants", who),
            ("Where", escape_markdown(meeting.place)),
            ("When", escape_markdown(meeting.when)),
            ("How long", escape_markdown(meeting.duration)),
        ]
        out.append("")
        out += [f"- **{label}:** {value}" for label, value in details if value]
        if len(brief.meetings) > 1:
            out += ["", "Other meetings:", ""]
            out += [f"- {escape_markdown(m.text)}" for m in brief.meetings[1:]]
    else:
        out.append("_No meeting found._")

    out += ["", "## Key quotes", ""]
    if brief.quotes:
        for quote in brief.quotes:
            out += [_quote_line(quote), ""]
        out.pop()
    else:
        out.append("_No quotes found._")

    out += ["", "## Open issues", ""]
    if brief.open_issues:
        for issue in brief.open_issues:
            text = escape_markdown(issue.text)
            if issue.topic and not issue.text.lower().startswith(issue.topic.lower()):
                text = f"**{escape_markdown(issue.topic)}:** {text}"
            out.append(f"- {text}")
    else:
        out.append("_No open issues found._")

    out += ["", "## Next steps", ""]
    if brief.next_steps:
        for step in brief.next_steps:
            details = [step.certainty]
            if step.who:
                details.append(", ".join(escape_markdown(w) for w in step.who))
            if step.when:
                details.append(escape_markdown(step.when))
            out.append(f"- {escape_markdown(step.text)} ({'; '.join(d for d in details if d)})")
    else:
        out.append("_No next steps found._")

    out += ["", "## People", ""]
    if brief.people:
        out += [f"- {_people_line(p)}" for p in brief.people]
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
    if brief.notes:
        out += [f"- **Note:** {escape_markdown(n)}" for n in brief.notes]
    return "\n".join(out) + "\n"


def _person(name: str | None, role: str | None) -> str:
    name_text = escape_markdown(name)
    return f"{name_text} ({escape_markdown(role)})" if role else name_text


def _people_line(person: Person) -> str:
    line = escape_markdown(person.name)
    if person.role:
        line += f", {escape_markdown(person.role)}"
    if person.mentions > 1:
        line += f" ({person.mentions} mentions)"
    return line


def _quote_line(quote: Quote) -> str:
    who = escape_markdown(quote.speaker) or "unattributed"
    if quote.speaker_role:
        who += f", {escape_markdown(quote.speaker_role)}"
    # A quote that breaks off at its attribution ("…good," Xi said) reads better without the comma.
    words = quote.text.strip().rstrip(",").rstrip()
    return f'> "{escape_markdown(words)}" \u2014 {who}'


def _safe_autolink(url: str) -> str:
    # Inside <...> only these characters could end the link or open markup.
    return re.sub(r"[<>\s\\`]", lambda m: f"%{ord(m.group()):02X}", clean_line(url, _LINE_MAX))
