"""Errors a user can meet. Each message names the file, feed or URL it is about."""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base for errors shown to the user as one line (the CLI exits 2, or 1 for partial)."""


class SourceError(NewsbriefError):
    """A file, folder, page or stdin could not be turned into an article."""


class FetchError(NewsbriefError):
    """A URL could not be fetched (network, HTTP status, size or time limit)."""


class FeedError(NewsbriefError):
    """A feed or OPML document could not be read."""


class ConfigError(NewsbriefError):
    """config.toml has an unknown key or a bad value."""


class LibraryError(NewsbriefError):
    """The SQLite library could not be opened or written."""


class SaveError(NewsbriefError):
    """A brief could not be written to disk."""


class FolderNotWritable(SaveError):
    """The folder itself takes no file (read-only, full, gone): every other save there fails too.

    Callers saving many briefs stop at the first one and say it once, with how many were left.
    """

    def __init__(self, message: str, folder: str, reason: str) -> None:
        super().__init__(message)
        self.folder = folder
        self.reason = reason

    def there(self) -> str:
        """The line's start a caller saving many briefs says once: "<folder>: cannot save briefs
        there (<reason>)"; it adds how far it got."""
        return f"{self.folder}: cannot save briefs there ({self.reason})"
