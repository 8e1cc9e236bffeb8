"""Page URLs turned into Articles: fetched with the one `Fetcher` (so the configured user
agent, timeouts and size limit hold), then extracted or read as text. Every failure is a
FetchError or SourceError whose message names the URL.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import SourceError
from ..model import Article
from ..safety import check_url, clean_line
from .decode import decode_text, is_binary, looks_like_html
from .extract import extract_html
from .files import text_article

if TYPE_CHECKING:
    from .fetch import FetchResult


def is_url(value: str) -> bool:
    """Whether a command-line argument names a URL rather than a path."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value.strip()))


def fetch_page(
    url: str,
    *,
    config: Config | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> Article:
    """Fetch an http(s) page and extract its article. FetchError or SourceError naming the URL.

    The one `Fetcher` does the fetching, so the configured user agent, timeouts and size limit
    hold here as in a refresh; `timeout` (the whole exchange, in seconds) and `max_bytes`
    override the config's."""
    import asyncio

    # Imported here: only fetching pays for the HTTP client.
    from .fetch import ACCEPT_PAGES, Fetcher

    settings = config or Config()
    if timeout is not None:
        settings = replace(
            settings, total_timeout=timeout, connect_timeout=min(settings.connect_timeout, timeout)
        )
    if max_bytes is not None:
        settings = replace(settings, max_bytes=max_bytes)
    checked = check_url(url)

    async def get() -> FetchResult:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(checked, accept=ACCEPT_PAGES)

    result = asyncio.run(get())
    return page_article(
        result.data, url=result.url, source=checked, content_type=result.content_type
    )


def page_article(data: bytes, *, url: str, source: str, content_type: str = "") -> Article:
    """An article from fetched bytes: HTML extracted, plain text read, anything else refused."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if not data.strip():
        raise SourceError(f"{source}: the page is empty")
    if kind in ("text/html", "application/xhtml+xml") or (not kind and looks_like_html(data)):
        return extract_html(data, url=url, source=source, content_type=content_type)
    if kind in ("text/plain", "text/markdown") or (not kind and not is_binary(data)):
        article = text_article(decode_text(data), source=source, markdown=kind == "text/markdown")
        return Article(text=article.text, title=article.title, source=source, url=url)
    if looks_like_html(data):
        return extract_html(data, url=url, source=source, content_type=content_type)
    raise SourceError(f"{source}: not an article page (content type {clean_line(kind, 60) or 'unknown'})")


__all__ = ["fetch_page", "is_url", "page_article"]
