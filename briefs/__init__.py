"""newsbrief's engine and everything that is not the screen.

The public API: the reader (`tui`) calls only what is exported here; the CLI (`briefs.cli`)
and the tests may use the stage modules themselves. The stages, callers first:

    cli            the `newsbrief` command line
    refresh        fetch every source and store what arrived; first-run seeds
    export         Markdown briefs, saved briefs and stories, the digest
    stories        clusters, merged story briefs, the agenda and their index
    sources        fetch, feeds, OPML, files, pages, extraction, bytes-to-text
    store          the SQLite library and its schema
    engine         an article's brief
    model, errors, config, paths, safety, dates: shared by every stage
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Exported names load their module on first use (PEP 562): `newsbrief refresh` or `list`
# must not pay for the engine, readability or lxml.html, which only some commands need.
_EXPORTS: dict[str, tuple[str, str]] = {
    **{n: ("config", n) for n in ("Config", "load_config")},
    "brief_article": ("engine", "brief_article"),
    **{n: ("errors", n) for n in ("ConfigError", "FolderNotWritable", "NewsbriefError")},
    **{n: ("store.library", n) for n in ("ArticleRow", "Incoming", "Library", "SourceInfo")},
    **{n: ("model", n) for n in ("Article", "Brief", "NextStep")},
    **{n: ("paths", n) for n in ("Home", "resolve_home", "seeds_dir")},
    **{n: ("refresh", n) for n in ("AddResult", "OpmlImport", "RefreshReport", "SourceReport", "add_source",
                                   "ensure_seeds", "helpers_on_real_files", "import_opml", "refresh_async")},
    "refresh_feeds": ("refresh", "refresh"),  # `briefs.refresh` stays the module
    **{n: ("safety", n) for n in ("clean_line", "cut_at", "is_fetchable_url")},
    "timex": ("dates", "timex"),
    **{n: ("export.render", n) for n in ("issue_label", "shown_brief")},
    "save_brief": ("export.save", "save_brief"),
    **{n: ("export.story_save", n) for n in ("quotes_by_speaker", "save_story")},
    "write_digest": ("export.digest", "write_digest"),
    "export_opml": ("export.subscriptions", "export_opml"),
    **{n: ("stories.clusters", n) for n in ("Story", "list_stories", "story_states")},
    **{n: ("stories.merge", n) for n in ("StoryBrief", "story_brief")},
    **{n: ("stories.agenda", n) for n in ("AgendaItem", "agenda_items")},
    **{n: ("stories.index", n) for n in ("StoriesRead", "mark_stories_read", "update_index")},
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _EXPORTS[name]
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:
    from .config import Config, load_config
    from .dates import timex
    from .engine import brief_article
    from .errors import ConfigError, FolderNotWritable, NewsbriefError
    from .export.digest import write_digest
    from .export.render import issue_label, shown_brief
    from .export.save import save_brief
    from .export.story_save import quotes_by_speaker, save_story
    from .export.subscriptions import export_opml
    from .model import Article, Brief, NextStep
    from .paths import Home, resolve_home, seeds_dir
    from .refresh import (
        AddResult,
        OpmlImport,
        RefreshReport,
        SourceReport,
        add_source,
        ensure_seeds,
        helpers_on_real_files,
        import_opml,
        refresh_async,
    )
    from .refresh import refresh as refresh_feeds  # `briefs.refresh` stays the module
    from .safety import clean_line, cut_at, is_fetchable_url
    from .store.library import ArticleRow, Incoming, Library, SourceInfo
    from .stories.agenda import AgendaItem, agenda_items
    from .stories.clusters import Story, list_stories, story_states
    from .stories.index import StoriesRead, mark_stories_read, update_index
    from .stories.merge import StoryBrief, story_brief


__all__ = [
    "AddResult",
    "AgendaItem",
    "Article",
    "ArticleRow",
    "Brief",
    "Config",
    "ConfigError",
    "FolderNotWritable",
    "Home",
    "Incoming",
    "Library",
    "NewsbriefError",
    "NextStep",
    "OpmlImport",
    "RefreshReport",
    "SourceInfo",
    "SourceReport",
    "StoriesRead",
    "Story",
    "StoryBrief",
    "add_source",
    "agenda_items",
    "brief_article",
    "clean_line",
    "cut_at",
    "ensure_seeds",
    "export_opml",
    "helpers_on_real_files",
    "import_opml",
    "is_fetchable_url",
    "issue_label",
    "list_stories",
    "load_config",
    "mark_stories_read",
    "quotes_by_speaker",
    "refresh_async",
    "refresh_feeds",
    "resolve_home",
    "save_brief",
    "save_story",
    "seeds_dir",
    "shown_brief",
    "story_brief",
    "story_states",
    "timex",
    "update_index",
    "write_digest",
]
