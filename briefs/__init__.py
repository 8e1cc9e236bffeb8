"""newsbrief's engine and everything that is not the screen.

The public API: the TUI and the CLI call only what is exported here.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

# Exported names load their module on first use (PEP 562): `newsbrief refresh` or `list`
# must not pay for the engine, readability or lxml.html, which only some commands need.
_EXPORTS: dict[str, tuple[str, str]] = {
    **{n: ("config", n) for n in ("Config", "load_config")},
    **{n: ("engine", n) for n in ("ENGINE_VERSION", "brief_article")},
    **{n: ("errors", n) for n in ("ConfigError", "FeedError", "FetchError", "LibraryError",
                                  "NewsbriefError", "SaveError", "SourceError")},
    "extract_html": ("sources.extract", "extract_html"),
    **{n: ("store.library", n) for n in ("ArticleRow", "Incoming", "Library", "SourceInfo")},
    **{n: ("model", n) for n in ("SCHEMA", "Article", "Brief", "Meeting", "NextStep", "OpenIssue",
                                 "Participant", "Person", "Quote", "Summary")},
    **{n: ("sources.opml", n) for n in ("OpmlFeed", "parse_opml", "write_opml")},
    **{n: ("paths", n) for n in ("Home", "resolve_home", "seeds_dir")},
    **{n: ("refresh", n) for n in ("AddResult", "RefreshReport", "SourceReport", "add_source",
                                   "ensure_seeds", "refresh_async")},
    "refresh_feeds": ("refresh", "refresh"),  # `briefs.refresh` stays the module
    **{n: ("export.render", n) for n in ("ShownBrief", "brief_to_markdown", "shown_brief")},
    **{n: ("safety", n) for n in ("check_url", "clean_line", "clean_text", "is_fetchable_url",
                                  "safe_stem")},
    "save_brief": ("export.save", "save_brief"),
    "timex": ("dates", "timex"),
    **{n: ("stories.clusters", n) for n in ("Story", "StoryArticle", "list_stories")},
    **{n: ("stories.merge", n) for n in ("StoryBrief", "story_brief")},
    **{n: ("export.story_save", n) for n in ("quotes_by_speaker", "save_story")},
    **{n: ("stories.agenda", n) for n in ("AgendaItem", "agenda_ics", "agenda_items")},
    **{n: ("export.digest", n) for n in ("make_digest", "write_digest")},
    "update_index": ("stories.index", "update_index"),
    **{n: ("sources.files", n) for n in ("load_bytes", "load_file", "load_path")},
    "fetch_page": ("sources.pages", "fetch_page"),
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        # `briefs.sources.fetch` and the like: submodules that used to be loaded with the package.
        if name.isidentifier() and not name.startswith("_") and importlib.util.find_spec(
            f"{__name__}.{name}"
        ) is not None:
            return importlib.import_module(f"{__name__}.{name}")
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
    from .engine import ENGINE_VERSION, brief_article
    from .errors import (
        ConfigError,
        FeedError,
        FetchError,
        LibraryError,
        NewsbriefError,
        SaveError,
        SourceError,
    )
    from .export.digest import make_digest, write_digest
    from .export.render import ShownBrief, brief_to_markdown, shown_brief
    from .export.save import save_brief
    from .export.story_save import quotes_by_speaker, save_story
    from .model import (
        SCHEMA,
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
    from .paths import Home, resolve_home, seeds_dir
    from .refresh import (
        AddResult,
        RefreshReport,
        SourceReport,
        add_source,
        ensure_seeds,
        refresh_async,
    )
    from .refresh import refresh as refresh_feeds  # `briefs.refresh` stays the module
    from .safety import check_url, clean_line, clean_text, is_fetchable_url, safe_stem
    from .sources.extract import extract_html
    from .sources.files import load_bytes, load_file, load_path
    from .sources.opml import OpmlFeed, parse_opml, write_opml
    from .sources.pages import fetch_page
    from .store.library import ArticleRow, Incoming, Library, SourceInfo
    from .stories.agenda import AgendaItem, agenda_ics, agenda_items
    from .stories.clusters import Story, StoryArticle, list_stories
    from .stories.index import update_index
    from .stories.merge import StoryBrief, story_brief


__all__ = [
    "Config",
    "load_config",
    "ShownBrief",
    "brief_to_markdown",
    "shown_brief",
    "extract_html",
    "fetch_page",
    "load_bytes",
    "load_file",
    "load_path",
    "save_brief",
    "timex",
    "AgendaItem",
    "Story",
    "StoryArticle",
    "StoryBrief",
    "agenda_ics",
    "agenda_items",
    "list_stories",
    "make_digest",
    "story_brief",
    "quotes_by_speaker",
    "save_story",
    "update_index",
    "write_digest",
    "AddResult",
    "OpmlFeed",
    "RefreshReport",
    "SourceReport",
    "add_source",
    "ensure_seeds",
    "parse_opml",
    "refresh_async",
    "refresh_feeds",
    "write_opml",
    "ArticleRow",
    "Incoming",
    "Library",
    "SourceInfo",
    "ENGINE_VERSION",
    "SCHEMA",
    "Article",
    "Brief",
    "ConfigError",
    "FeedError",
    "FetchError",
    "Home",
    "LibraryError",
    "Meeting",
    "NewsbriefError",
    "NextStep",
    "OpenIssue",
    "Participant",
    "Person",
    "Quote",
    "SaveError",
    "SourceError",
    "Summary",
    "brief_article",
    "check_url",
    "clean_line",
    "clean_text",
    "is_fetchable_url",
    "safe_stem",
    "resolve_home",
    "seeds_dir",
]
