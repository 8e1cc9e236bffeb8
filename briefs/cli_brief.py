"""`newsbrief brief`: brief files, folders, stdin or URLs; print or save."""

from __future__ import annotations

from .cli import cli  # noqa: F401  (the command is added in the foundation issue)
