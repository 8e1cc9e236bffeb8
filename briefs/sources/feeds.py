"""Feeds: RSS 0.9x/1.0/2.0 and Atom (feedparser, on bytes) and JSON Feed, parsed into entries.

Pure functions of bytes, picklable results: `parse_feed` can run in a process pool.
Also feed discovery in HTML pages and summary HTML turned into plain text.
"""

from __future__ import annotations

import calendar
import io
import json
import logging
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from ..errors import FeedError
from ..safety import clean_line, clean_text, is_fetchable_url
from .decode import cp1252_c1, is_utf8, mostly_utf8, sniff_decode, undo_double_utf8, wide_unicode

log = logging.getLogger(__name__)

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/json",
    "application/xml",
    "text/xml",
)
# An entry whose text is shorter than this, or ends like a teaser, gets its page fetched.
FULL_TEXT_BELOW = 600
_TEASER = re.compile(
    r"(?:read\s+(?:the\s+)?(?:more|full\s+(?:story|article))|continue\s+reading|\(more\W{0,3}\)|"
    r"\[\s*(?:\.\.\.|\u2026)\s*\]|\.\.\.|\u2026|keep\s+reading|full\s+story)\W{0,6}$",
    re.IGNORECASE,
)
_ENTITY_DECL = re.compile(rb"<!\s*ENTITY\s+(%\s+)?([^\s>]+)\s+([^>]*)>", re.IGNORECASE)
# An internal entity is safe when its value is one character reference or short plain text, in
# double or single quotes (XML allows both; feedparser keeps only the double-quoted, so the
# single-quoted are requoted for it when their value allows).
_SAFE_ENTITY_VALUE = re.compile(
    rb"""^\s*(?:"(?:&#x?[0-9a-fA-F]+;|[^&%"<]{0,200})"|'(?:&#x?[0-9a-fA-F]+;|[^&%'<]{0,200})')\s*$"""
)
_SINGLE_QUOTED_ENTITY = re.compile(
    rb"""(<!\s*ENTITY\s+[^\s>%]+\s+)'(&#x?[0-9a-fA-F]+;|[^&%'"<]{0,200})'"""
)
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.DOTALL)
_JSONFEED_VERSION = re.compile(r"^https?://jsonfeed\.org/version/1(\.\d+)?/?$")
_MAX_ENTRIES = 1000


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, cleaned: text is plain, `summary` is the feed's own summary."""

    title: str
    url: str | None
    guid: str | None
    published: str | None
    byline: str | None
    text: str
    summary: str | None
    needs_full_text: bool


@dataclass(frozen=True)
class ParsedFeed:
    """A feed document: its title, its site link, its format and its entries."""

    title: str
    link: str | None
    format: str  # "rss090", "rss10", "rss20", "atom10", "json1", …
    entries: tuple[FeedEntry, ...]


# --- detection ------------------------------------------------------------------------------


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    """Whether bytes are a feed (XML with an rss/feed/RDF root, or a JSON Feed), not a page."""
    wide = wide_unicode(data)
    if wide is not None:  # UTF-16 or UTF-32: look at its characters, not its bytes
        data = wide.encode("utf-8", "replace")
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return _is_json_feed(data) if kind in ("", "application/json", "application/feed+json",
                                              "text/plain", "text/json") else False
    if kind in ("text/html", "application/xhtml+xml") and not head.startswith(b"<?xml"):
        return False
    return bool(re.search(rb"<(?:rss|feed|rdf:RDF|RDF)[\s>]", data[:8192]))


def _is_json_feed(data: bytes) -> bool:
    try:
        doc = json.loads(data)
    except ValueError:
        return False
    return isinstance(doc, dict) and bool(_JSONFEED_VERSION.match(str(doc.get("version", ""))))


def discover_feeds(data: bytes, base_url: str) -> list[str]:
    """Feed URLs a page advertises with `<link rel="alternate" type="…">`, in page order."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(data)
    except (lxml.etree.ParserError, ValueError):
        return []
    base = base_url
    for href in tree.xpath("//base/@href")[:1]:
        base = urljoin(base_url, str(href).strip())
    found: list[str] = []
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";", 1)[0].strip().lower()
        if "alternate" not in rel or kind not in FEED_TYPES or kind in ("application/xml", "text/xml"):
            continue
        url = urljoin(base, (link.get("href") or "").strip())
        if is_fetchable_url(url) and url not in found:
            found.append(url)
    return found


# --- parsing --------------------------------------------------------------------------------


def parse_feed(data: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """The feed in `data`, fetched from `url`. FeedError naming the URL when it is not one."""
    content_type = (headers or {}).get("content-type", "")
    data, content_type = _utf8_when_it_is(data, content_type)
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return _parse_json_feed(data, url)
    data = _checked_entities(data, url)
    fast = _fast_rss(data, url, content_type)
    if fast is not None:
        return fast
    return _feedparser_feed(data, url, content_type)


def _feedparser_feed(data: bytes, url: str, content_type: str) -> ParsedFeed:
    """The feed read by feedparser: every format, every quirk, malformed documents too."""
    response_headers = {"content-location": url}
    if content_type:
        response_headers["content-type"] = content_type
    import feedparser  # imported on first use: a refresh of 304s never loads it

    # Bytes in a BytesIO: feedparser never opens a URL or a file itself. Its HTML sanitizer
    # and link resolver are off: we keep no HTML, only text (html_to_text drops scripts and
    # embeds), and they cost a third of the parse.
    try:
        parsed = feedparser.parse(
            io.BytesIO(data), response_headers=response_headers, sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser raises on e.g. &#xD800; or &#x110000; or a NUL
        raise FeedError(
            f"{url}: the feed could not be read ({type(exc).__name__}: {clean_line(str(exc), 120)})"
        ) from None
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({clean_line(str(reason), 120)})" if reason else ""
        raise FeedError(f"{url}: not an RSS, Atom or JSON feed{detail}")
    if parsed.get("bozo"):
        log.info("%s: feed is not well-formed, read leniently (%s)", url, parsed.get("bozo_exception"))
    feed = parsed.feed
    atom_feed = feed if version.startswith("atom") else None
    entries = tuple(
        e for e in (_feedparser_entry(item, url, atom_feed) for item in parsed.entries[:_MAX_ENTRIES]) if e
    )
    link = feed.get("link")
    return ParsedFeed(
        title=_title(feed.get("title"), feed.get("title_detail")) or clean_line(url),
        link=link if is_fetchable_url(link) else None,
        format=version or "unknown",
        entries=entries,
    )


# --- the fast path: plain, well-formed RSS 2.0 ---------------------------------------------------
#
# feedparser (pure-Python SAX plus heuristics) costs ~10 ms for a 20-item feed; most of a
# refresh's parsing. Documents that are plainly well-formed RSS 2.0 made only of the elements
# below are read here with lxml (no entities resolved, no network, no huge trees), giving
# exactly the entries feedparser gives (tests/test_feeds_fast.py checks it on every fixture
# and on mutated feeds). Anything else -- another format, a DTD, an unknown element or
# attribute, a title feedparser may take for HTML, a repeated element, a date not in strict
# RFC 822 form, an encoding other than UTF-8, a document lxml finds malformed -- returns None,
# and feedparser reads it as before. Every text taken is `_popped` as feedparser's pop leaves it.

_CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
_CHANNEL_TEXT = frozenset(
    "title link description language copyright managingEditor webMaster pubDate lastBuildDate "
    "generator docs ttl".split()
)
# Elements that only ever land in their own keys in feedparser (never the title, link, text,
# dates or author we take), so the fast path may pass over them: what WordPress-like feeds carry.
_ATOM_LINK = "{http://www.w3.org/2005/Atom}link"
_SY = "{http://purl.org/rss/1.0/modules/syndication/}"
_CHANNEL_IGNORED = frozenset([_SY + "updatePeriod", _SY + "updateFrequency", _SY + "updateBase"])
_IMAGE_CHILDREN = frozenset(["url", "title", "link", "width", "height", "description"])
_ITEM_IGNORED = frozenset(
    ["{http://wellformedweb.org/CommentAPI/}commentRss", "{http://purl.org/rss/1.0/modules/slash/}comments"]
)
_ITEM_TEXT = frozenset(
    ["title", "link", "guid", "pubDate", "description", "author", "comments",
     _CONTENT_ENCODED, _DC_CREATOR]
)
_XML_TYPES = frozenset(
    ["", "application/rss+xml", "application/xml", "text/xml", "application/atom+xml",
     "application/rdf+xml"]
)
_XML_DECL_ENCODING = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")
_UTF8_NAMES = frozenset(["utf-8", "utf8", "us-ascii", "ascii"])
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\"';\s]+)", re.IGNORECASE)
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" (\d{4}) (\d\d):(\d\d):(\d\d) (GMT|UT|Z|[+-]\d{4})"
)
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_URI_FIXER = re.compile("^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")  # as feedparser's _urljoin
_QUERY_ENTITY = re.compile("&([A-Za-z0-9_]+);")
# feedparser takes an RSS title for HTML only when it holds a closing tag or an entity (after XML
# decoding): titles without either are plain text in both paths, the others are feedparser's.
_MAYBE_HTML = re.compile(r"</\w+>|&#?\w+;")
_FAST_PARSERS = threading.local()  # an lxml parser must not be shared between threads


class _NotPlain(Exception):
    """The document is not plain RSS 2.0 as the fast path reads it: feedparser's turn."""


def _fast_rss(data: bytes, url: str, content_type: str) -> ParsedFeed | None:
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime not in _XML_TYPES:
        return None
    charset = _CHARSET.search(content_type)
    if charset and charset.group(1).lower() not in _UTF8_NAMES:
        return None
    declared = _XML_DECL_ENCODING.match(data[:200].lstrip(b" \t\r\n"))
    if declared and declared.group(1).decode("ascii", "replace").lower() not in _UTF8_NAMES:
        return None
    if not is_utf8(data):
        return None
    import lxml.etree

    parser = getattr(_FAST_PARSERS, "parser", None)
    if parser is None:
        parser = _FAST_PARSERS.parser = lxml.etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
            remove_blank_text=False, remove_comments=False, remove_pis=False,
        )
    try:
        tree = lxml.etree.fromstring(data, parser)
    except (lxml.etree.LxmlError, ValueError):
        return None  # malformed (or not XML at all): feedparser reads what it can
    try:
        return _read_rss(tree, url)
    except _NotPlain:
        return None
    except Exception as exc:  # a gap in the fast path costs speed, never the feed
        log.info("%s: fast RSS path gave up (%s: %s); using feedparser", url, type(exc).__name__, exc)
        return None


def _read_rss(root: Any, url: str) -> ParsedFeed:
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _NotPlain
    if root.tag != "rss" or dict(root.attrib) != {"version": "2.0"} or root.text and root.text.strip():
        raise _NotPlain
    children = list(root)
    if len(children) != 1 or children[0].tag != "channel" or children[0].attrib:
        raise _NotPlain
    channel = children[0]
    if (channel.tail and channel.tail.strip()) or (channel.text and channel.text.strip()):
        raise _NotPlain
    title = link = None
    items = []
    for el in channel:
        tag = el.tag
        if tag == "item":
            if el.attrib or (el.tail and el.tail.strip()):
                raise _NotPlain
            items.append(el)
            continue
        if tag == "category":
            _text(el, ("domain",))
        elif tag in _CHANNEL_TEXT:
            value = _text(el)
            if tag == "title":
                if title is not None or _MAYBE_HTML.search(value):
                    raise _NotPlain
                title = _popped(value)
            elif tag == "link":
                if link is not None:
                    raise _NotPlain
                link = _QUERY_ENTITY.sub(r"&\g<1>", _popped(_resolve(url, value))) if value else value
        elif tag in _CHANNEL_IGNORED:
            _text(el)
        elif tag == _ATOM_LINK:
            # <atom:link rel="self"> (or a WebSub hub): feedparser files it under `links` only.
            if _text(el, ("href", "rel", "type")) or el.get("rel") not in ("self", "hub"):
                raise _NotPlain
        elif tag == "image":
            # feedparser files an image's title and link under `image`, never the feed's own.
            _text_children(el, _IMAGE_CHILDREN)
        else:
            raise _NotPlain  # comments, other namespaces…: feedparser knows them
    entries = []
    for item in items[:_MAX_ENTRIES]:
        entry = _rss_item(item, url)
        if entry is not None:
            entries.append(entry)
    return ParsedFeed(
        title=clean_line(title or "") or clean_line(url),
        link=link if is_fetchable_url(link) else None,
        format="rss20",
        entries=tuple(entries),
    )


def _popped(value: str) -> str:
    """An element's text as feedparser's `pop` leaves it: double-encoded UTF-8 undone (it reads
    every document as UTF-8), then C1 controls mapped as Windows-1252."""
    return cp1252_c1(undo_double_utf8(value))


def _text(el: Any, attributes: tuple[str, ...] = ()) -> str:
    """The stripped text of an element that holds only text (as feedparser's `pop` strips it)."""
    if len(el) or any(a not in attributes for a in el.attrib) or (el.tail and el.tail.strip()):
        raise _NotPlain
    return (el.text or "").strip()


def _text_children(el: Any, allowed: frozenset[str]) -> None:
    """An element holding only allowed text elements, each at most once, none with attributes."""
    if el.attrib or (el.text and el.text.strip()) or (el.tail and el.tail.strip()):
        raise _NotPlain
    seen: set[Any] = set()
    for child in el:
        if child.tag not in allowed or child.tag in seen:
            raise _NotPlain
        seen.add(child.tag)
        _text(child)


def _rss_item(item: Any, url: str) -> FeedEntry | None:
    seen: dict[str, str] = {}
    guid_is_link = False
    for el in item:
        tag = el.tag
        if tag == "category":
            _text(el, ("domain",))
            continue
        if tag in _ITEM_IGNORED:
            _text(el)
            continue
        if tag not in _ITEM_TEXT or tag in seen:
            raise _NotPlain
        if tag == "guid":
            seen[tag] = _text(el, ("isPermaLink",))
            guid_is_link = el.get("isPermaLink", "true") == "true"
        else:
            seen[tag] = _text(el)
    title = seen.get("title", "")
    if _MAYBE_HTML.search(title):
        raise _NotPlain  # feedparser may take it for HTML
    title = _popped(title)
    guid = seen.get("guid")
    if guid and guid_is_link:
        guid = _resolve(url, guid)
    if guid is not None:
        guid = _popped(guid)
    if "link" in seen:
        link = seen["link"]
        if link:
            link = _QUERY_ENTITY.sub(r"&\g<1>", _popped(_resolve(url, link)).replace("&amp;", "&"))
    else:
        link = guid if guid_is_link and guid is not None else None
    author = seen.get("author", seen.get(_DC_CREATOR))
    if "author" in seen and _DC_CREATOR in seen:
        raise _NotPlain
    if author and "@" in author:
        raise _NotPlain  # feedparser pulls e-mail addresses apart
    if author:
        author = _popped(author)
    published = None
    if "pubDate" in seen:
        published = _rfc822_iso(_popped(seen["pubDate"]))
    content_html = _popped(seen.get(_CONTENT_ENCODED, ""))
    summary_html = _popped(seen["description"]) if "description" in seen else content_html
    if content_html == summary_html:
        summary_html = ""
    content = _text_of(content_html, "text/html")
    summary = _text_of(summary_html, "text/html")
    return _entry(
        clean_line(title), _entry_url(link, url), clean_line(guid or "", max_len=1000) or None,
        published, clean_line(author or "") or None, content, summary,
    )


def _resolve(base: str, uri: str) -> str:
    """feedparser's `_urljoin`, which its strict parser applies to links and permalink guids."""
    uri = _URI_FIXER.sub(r"\1\3", uri)
    try:
        return _urljoin(base, uri)
    except ValueError:
        return ""


# An absolute http(s) link that urljoin gives back unchanged: ASCII without spaces or controls, a
# plain host part, no `;` (params), `[`, `]` (IPv6), and no empty query or fragment.
_PLAIN_ABSOLUTE = re.compile(r"(https?)://[A-Za-z0-9.\-_~%:@]+(?:[/?#][!-~]*)?")


def _urljoin(base: str, url: str) -> str:
    """`urljoin(base, url)`, without its two parses when `url` is already absolute in the base's
    scheme and in the form urljoin returns (most feeds' links: two per entry, a tenth of the
    time to read an RSS item)."""
    plain = _PLAIN_ABSOLUTE.fullmatch(url)
    if (plain and base.startswith(plain.group(1) + "://") and not any(c in url for c in ";[]")
            and not url.endswith(("?", "#")) and "?#" not in url):
        return url
    return urljoin(base, url)


def _rfc822_iso(value: str) -> str:
    match = _RFC822.fullmatch(value)
    if not match:
        raise _NotPlain  # feedparser knows many more date forms
    day, month, year, hour, minute, second, zone = match.groups()
    offset = 0 if zone in ("GMT", "UT", "Z") else (int(zone[1:3]) * 60 + int(zone[3:5])) * (
        -1 if zone[0] == "-" else 1
    )
    try:
        when = datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second))
        stamp = calendar.timegm(when.timetuple()) - offset * 60
        return datetime.fromtimestamp(stamp, tz=timezone.utc).isoformat(timespec="seconds")
    except (ValueError, OverflowError, OSError):
        raise _NotPlain from None


def _checked_entities(data: bytes, url: str) -> bytes:
    """`data` (UTF-8 or a single-byte charset) when it declares only safe internal entities:
    FeedError for external, parameter or nested ones (XXE, entity bombs).

    feedparser never loads external DTDs and drops most declarations itself;
    this makes the rule ours, explicit and tested. Safe values in single quotes are requoted
    in double quotes, the only ones feedparser keeps.
    """
    head = data[:1_000_000]
    # A comment can hold anything, even what looks like the root element: blank it out.
    head = _COMMENT.sub(lambda m: b" " * len(m.group()), head)
    root = _ROOT_START.search(head)
    prolog = head[: root.start()] if root else head
    if b"<!" not in prolog:
        return data
    for match in _ENTITY_DECL.finditer(prolog):
        parameter, _name, value = match.groups()
        if parameter or not _SAFE_ENTITY_VALUE.match(value):
            raise FeedError(
                f"{url}: the feed declares external or nested XML entities; refused for safety"
            )
    if len(_ENTITY_DECL.findall(prolog)) > 100:
        raise FeedError(f"{url}: the feed declares too many XML entities; refused for safety")
    if b"'" in prolog:
        end = len(prolog)
        data = _SINGLE_QUOTED_ENTITY.sub(rb'\1"\2"', data[:end]) + data[end:]
    return data


def _utf8_when_it_is(data: bytes, content_type: str) -> tuple[bytes, str]:
    """Bytes that are UTF-8 are read as UTF-8 whatever the feed declares (gb2312 on UTF-8 text
    is a common mistake), and a few broken bytes do not turn a whole UTF-8 feed into mojibake;
    UTF-16 and UTF-32 (with a byte-order mark or not) are handed over as UTF-8. Anything else:
    as declared."""
    wide = wide_unicode(data)
    if wide is not None:
        fixed = wide.encode("utf-8", "replace")
    elif data.isascii():
        return data, content_type
    elif is_utf8(data):
        fixed = data
    elif mostly_utf8(data):
        fixed = data.decode("utf-8", "replace").encode("utf-8")
    else:
        return data, content_type
    return fixed, "application/xml; charset=utf-8"



def _feedparser_entry(item: Mapping, feed_url: str, atom_feed: Mapping | None = None) -> FeedEntry | None:
    title = _title(item.get("title"), item.get("title_detail"))
    contents = [c for c in item.get("content") or [] if c.get("value")]
    content_html = max((c.get("value", "") for c in contents), key=len, default="")
    summary_html = item.get("summary") or ""
    if content_html == summary_html:
        summary_html = ""
    content_type = next((c.get("type", "") for c in contents), "text/html")
    content = _text_of(content_html, content_type)
    summary = _text_of(summary_html, (item.get("summary_detail") or {}).get("type", "text/html"))
    url = _entry_url(item.get("link"), feed_url)
    guid = clean_line(item.get("id") or "", max_len=1000) or None
    # A date feedparser cannot read ("yesterday", "TBA") is dropped: kept as given, it would sort
    # and show as if it were one. dict.get: FeedParserDict's own get maps a missing `updated`
    # to `published`, with a deprecation warning.
    published = _struct_time_iso(dict.get(item, "published_parsed") or dict.get(item, "updated_parsed"))
    byline = _authors(item)
    if byline is None and atom_feed is not None:
        # RFC 4287 4.2.1: an Atom entry without an author has its source's, else its feed's.
        byline = _authors(item.get("source") or {}) or _authors(atom_feed)
    return _entry(title, url, guid, published, byline, content, summary)


def _title(value: object, detail: object) -> str:
    """A feedparser title as one line of plain text: HTML when feedparser says it is (Atom
    `type="html"`, or an RSS title holding tags or entities), decoded once."""
    if not isinstance(value, str) or not value:
        return ""
    kind = detail.get("type", "") if isinstance(detail, Mapping) else ""
    return _line_of(value, html="html" in kind)


def _line_of(value: str, *, html: bool) -> str:
    return clean_line(html_to_text(value) if html else value)


def _authors(obj: Mapping) -> str | None:
    """Every author's name, joined (`Ada, Grace`); an author with only an e-mail address by it.

    feedparser's `author` keeps only the last author, and RSS's `e-mail (Name)` whole.
    """
    names: list[str] = []
    for detail in obj.get("authors") or ():
        if not isinstance(detail, Mapping):
            continue
        name = clean_line(detail.get("name") or "") or clean_line(detail.get("email") or "")
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or clean_line(obj.get("author") or "") or None


def _entry(
    title: str, url: str | None, guid: str | None, published: str | None, byline: str | None,
    content: str, summary: str,
) -> FeedEntry | None:
    text = content if len(content) >= len(summary) else summary
    if not text:
        # Only a title, or only a link: kept, so that its page is fetched and briefed. The link
        # stands in for a missing title (and for the text, which names the article).
        title = title or (clean_line(url, 1000) if url else "")
        text = title
    if not text:
        return None
    short = len(text) < FULL_TEXT_BELOW or _ends_like_teaser(text)
    return FeedEntry(
        title=title or clean_line(text, 80),
        url=url,
        guid=guid,
        published=published,
        byline=byline,
        text=text,
        summary=summary or (text if short else None),
        needs_full_text=short and url is not None,
    )


# A teaser ending is one of these words (or dots) followed by at most 6 other characters and a
# newline: when the last 16 characters are ASCII and hold none of them, _TEASER cannot match,
# and its scan of the whole text (40 µs on a 1,000-character entry) is skipped.
_TEASER_TAIL_WORDS = ("more", "story", "article", "reading", "...")


def _ends_like_teaser(text: str) -> bool:
    tail = text[-16:]
    if tail.isascii():
        lowered = tail.lower()
        if not any(word in lowered for word in _TEASER_TAIL_WORDS):
            return False
    return bool(_TEASER.search(text))


def _parse_json_feed(data: bytes, url: str) -> ParsedFeed:
    try:
        doc = json.loads(data if is_utf8(data) else sniff_decode(data))  # JSON Feed says UTF-8; not all are
    except (ValueError, RecursionError) as exc:  # RecursionError: arrays nested 100,000 deep
        raise FeedError(f"{url}: not valid JSON ({clean_line(str(exc), 120)})") from None
    if not isinstance(doc, dict):
        raise FeedError(f"{url}: not a JSON Feed (the document is not an object)")
    version = str(doc.get("version", ""))
    match = _JSONFEED_VERSION.match(version)
    if not match:
        raise FeedError(f"{url}: not a JSON Feed (version {clean_line(version, 60)!r})")
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedError(f"{url}: JSON Feed without an items list")
    feed_author = _json_authors(doc)
    entries: list[FeedEntry] = []
    for item in items[:_MAX_ENTRIES]:
        if not isinstance(item, dict):
            continue
        content_html = _json_text(item, "content_html")
        content = _text_of(content_html, "text/html") if content_html else clean_text(
            _json_text(item, "content_text")
        ).strip()
        summary = clean_text(_json_text(item, "summary")).strip()
        link = _str(item.get("url")) or _str(item.get("external_url"))
        guid = item.get("id")
        entry = _entry(
            _json_title(_json_text(item, "title")),
            _entry_url(link, url),
            clean_line(str(guid), 1000) if guid not in (None, "") else None,
            _iso(_str(item.get("date_published")) or _str(item.get("date_modified"))),
            _json_authors(item) or feed_author,
            content,
            summary,
        )
        if entry:
            entries.append(entry)
    home = _str(doc.get("home_page_url"))
    return ParsedFeed(
        title=_json_title(_json_text(doc, "title")) or clean_line(url),
        link=home if is_fetchable_url(home) else None,
        format="json1" + (match.group(1) or "").lstrip("."),
        entries=tuple(entries),
    )


def _json_authors(obj: Mapping) -> str | None:
    authors = obj.get("authors")
    if not isinstance(authors, list):
        authors = [obj.get("author")] if isinstance(obj.get("author"), dict) else []
    names = [clean_line(_json_text(a, "name")) for a in authors if isinstance(a, dict)]
    return ", ".join(n for n in names if n) or None


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _json_text(obj: Mapping, key: str) -> str:
    """A JSON Feed string, repaired as the XML paths repair every element's text."""
    return _popped(_str(obj.get(key)))


def _json_title(value: str) -> str:
    """JSON Feed titles are plain text by the spec, but feeds made from a blog's RSS carry its
    entities and tags (`Don&#8217;t`): decoded when they look like HTML by feedparser's rule."""
    return _line_of(value, html=_looks_like_html(value))


_TAG_NAME = re.compile(r"</?(\w+)")
_ENTITY_NAME = re.compile(r"&(\w+);")


def _looks_like_html(text: str) -> bool:
    """feedparser's guess for RSS text: a closing tag or an entity, every tag an HTML element
    and every named entity an HTML one."""
    if not _MAYBE_HTML.search(text):
        return False
    from html.entities import entitydefs

    from lxml.html.defs import tags

    return all(t.lower() in tags for t in _TAG_NAME.findall(text)) and all(
        e in entitydefs for e in _ENTITY_NAME.findall(text)
    )


def _entry_url(link: object, feed_url: str) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        url = _urljoin(feed_url, link.strip())
    except ValueError:  # a host that NFKC turns into a path ("https://\uff0f.example/")
        return None
    return url if is_fetchable_url(url) else None


def _struct_time_iso(value: object) -> str | None:
    if not value:
        return None
    try:
        stamp = calendar.timegm(value)  # feedparser's struct_time is UTC
        return datetime.fromtimestamp(stamp, tz=timezone.utc).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _iso(value: str) -> str | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:  # RFC 822, as RSS has it: a common slip in JSON feeds made from one
            when = parsedate_to_datetime(value.strip())
        except (ValueError, TypeError, IndexError):
            return None  # not a date ("yesterday"): no date rather than a wrong one
    try:
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return when.astimezone(timezone.utc).isoformat(timespec="seconds")
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved past its end
        return None


# --- HTML to text ---------------------------------------------------------------------------

_BLOCKS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer "
    "figure dd dt dl hr".split()
)
# Never prose: dropped with everything inside them.
_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "form", "param")
# Embedded media. `<embed>` is void, but libxml2 does not know it and puts the rest of the
# document inside it; an `<object>` or `<applet>` left unclosed swallows the rest too. Such an
# element goes, and the prose it swallowed stays; a closed one goes with its fallback content
# ("Your browser cannot play this video"). An unclosed `<iframe>` (or `<iframe/>`) turns the
# rest into raw text: its tags are taken out of the HTML before it is parsed.
_EMBEDS = ("object", "applet")
_VOID_EMBEDS = ("embed",)
_OPEN_OR_CLOSE = {name: re.compile(rf"<(/?){name}\b", re.IGNORECASE) for name in (*_EMBEDS, "iframe")}
_IFRAME_TAG = re.compile(r"</?iframe\b[^>]*>", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n+")
_INLINE_SPACE = re.compile(r"[ \t\f\v\u00a0]+")


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by blank lines, scripts and
    embedded media dropped (never what follows them)."""
    if not html or not html.strip():
        return ""
    # C1 controls are Windows-1252 punctuation (as feedparser maps them), not noise to drop.
    html = clean_text(cp1252_c1(html))
    if "<" not in html and "&" not in html:
        return _tidy(html)
    import lxml.html  # not at the top: a refresh of 304s never needs it

    if _IFRAME_TAG.search(html) and _unclosed("iframe", html):
        html = _IFRAME_TAG.sub(" ", html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _tidy(clean_text(re.sub(r"<[^>]*>", " ", html)))
    _drop_embeds(root, html)
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        # The parser decodes a reference such as `&#8` to a control character, which lxml
        # then refuses to take back (ValueError failed the whole feed): cleaned on the way.
        if el.tag == "br":
            el.tail = "\n" + clean_text(el.tail or "")
        elif el.tag in _BLOCKS:
            el.text = "\n\n" + clean_text(el.text or "")
            el.tail = "\n\n" + clean_text(el.tail or "")
    return _tidy(clean_text(root.text_content()))


def _unclosed(name: str, html: str) -> bool:
    tags = _OPEN_OR_CLOSE[name].findall(html)  # "" for each opening tag, "/" for each closing
    return tags.count("") > tags.count("/")


def _drop_embeds(root: Any, html: str) -> None:
    found = {el.tag for el in root.iter(*_VOID_EMBEDS, *_EMBEDS)}
    if not found:
        return
    for el in list(root.iter(*_VOID_EMBEDS)):
        el.drop_tag()
    for name in _EMBEDS:
        if name in found:
            unclosed = _unclosed(name, html)
            for el in list(root.iter(name)):
                if unclosed:
                    el.drop_tag()
                else:
                    el.drop_tree()


def _tidy(text: str) -> str:
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [_squeeze_spaces(line).strip() for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def _squeeze_spaces(line: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space. (Performance, refresh branch: the
    regex scans ~25 ns a character; most lines have nothing to squeeze, and `in` finds that
    at memchr speed: a refresh of 20,000 items spent ~1 s of parsing in here.)"""
    if "  " in line or "\t" in line or "\xa0" in line or "\f" in line or "\v" in line:
        return _INLINE_SPACE.sub(" ", line)
    return line


def _text_of(value: str, content_type: str) -> str:
    if not value:
        return ""
    if "html" in (content_type or "text/html"):
        return html_to_text(value)
    return _tidy(clean_text(cp1252_c1(value)))


__all__ = [
    "FeedEntry",
    "ParsedFeed",
    "discover_feeds",
    "html_to_text",
    "looks_like_feed",
    "parse_feed",
]
