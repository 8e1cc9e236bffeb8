"""The brief engine: rules and lexicons over sentences with offsets; no model to download.

`brief_article(article)` is the one entry point. Each section comes from its own
module (people, quotes, meetings, issues, steps, summary), each a pure function
of the `Document`.
"""

from __future__ import annotations

from ..dates import dated_steps
from ..model import Article, Brief
from .doc import Document
from .issues import find_open_issues
from .meetings import find_meetings
from .people import find_people
from .quotes import find_quotes
from .steps import find_next_steps
from .summary import brief_limits, lead_summary, opening_summary

ENGINE_VERSION = "rules/0.21.0"


def brief_article(article: Article) -> Brief:
    """Condense `article` into a Brief. Deterministic; never raises on any text."""
    doc = Document(article.text)
    summary = lead_summary(doc)
    notes = brief_limits(doc)
    if notes:
        # Not English, too short or a list page: the rules would invent quotes and people.
        if not summary.text:  # but the reader still gets the article's opening sentences
            summary = opening_summary(doc)
        return Brief(article=article, summary=summary, engine=ENGINE_VERSION, notes=notes)
    people = find_people(doc)
    quotes = find_quotes(doc, people)
    return Brief(
        article=article,
        summary=summary,
        engine=ENGINE_VERSION,
        quotes=quotes,
        meetings=find_meetings(doc, people, title=article.title),
        open_issues=find_open_issues(doc, people),
        next_steps=dated_steps(find_next_steps(doc, people), article.published),
        people=people.people(),
    )


__all__ = ["ENGINE_VERSION", "Document", "brief_article"]
