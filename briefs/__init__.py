"""newsbrief's engine and everything that is not the screen.

The public API: the TUI and the CLI call only what is exported here.
"""

from __future__ import annotations

from .config import Config, load_config
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
from .extract import extract_html
from .library import ArticleRow, Incoming, Library, SourceInfo
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
from .opml import OpmlFeed, parse_opml, write_opml
from .paths import Home, resolve_home, seeds_dir
from .refresh import AddResult, RefreshReport, SourceReport, add_source, refresh_async
from .refresh import refresh as refresh_feeds  # `briefs.refresh` stays the module
from .render import brief_to_markdown
from .safety import check_url, clean_line, clean_text, is_fetchable_url, safe_stem
from .save import save_brief
from .sources import fetch_page, load_bytes, load_file, load_path

__all__ = [
    "Config",
    "load_config",
    "brief_to_markdown",
    "extract_html",
    "fetch_page",
    "load_bytes",
    "load_file",
    "load_path",
    "save_brief",
    "AddResult",
    "OpmlFeed",
    "RefreshReport",
    "SourceReport",
    "add_source",
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
