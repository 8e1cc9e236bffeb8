"""OPML 2.0 subscription lists: read (defusedxml: no external entities, no entity bombs) and write.

Folders of outlines become categories ("News/World" for nested ones) and back.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import formatdate

import defusedxml
import defusedxml.ElementTree as SafeET

from ..errors import FeedError
from ..safety import clean_line, is_fetchable_url

log = logging.getLogger(__name__)

MAX_OPML_BYTES = 20 * 1024 * 1024
_MAX_DEPTH = 32


@dataclass(frozen=True)
class OpmlFeed:
    """One subscription: the feed URL, its title, its folder path (or None)."""

    url: str
    title: str
    category: str | None = None


def parse_opml(data: bytes, *, source: str) -> list[OpmlFeed]:
    """The feeds listed in an OPML document (any version). FeedError naming `source` otherwise.

    Outlines without an http(s) xmlUrl are skipped; duplicates are kept once.
    """
    source = clean_line(source, 500)  # a file name: it may hold anything
    if len(data) > MAX_OPML_BYTES:
        raise FeedError(f"{source}: OPML file larger than {MAX_OPML_BYTES} bytes")
    data = _as_utf8(data) or data
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise FeedError(f"{source}: refused, the OPML declares entities or external references ({exc})") from None
    except ET.ParseError as exc:
        raise FeedError(f"{source}: not valid OPML (XML error: {exc})") from None
    except (LookupError, ValueError) as exc:  # an encoding expat does not know
        raise FeedError(f"{source}: not valid OPML ({clean_line(str(exc), 120)})") from None
    if _local(root.tag) != "opml":
        raise FeedError(f"{source}: not an OPML document (root element <{_local(root.tag)}>)")
    body = next((el for el in root if _local(el.tag) == "body"), None)
    if body is None:
        raise FeedError(f"{source}: OPML without a <body>")
    feeds: list[OpmlFeed] = []
    seen: set[str] = set()
    skipped = 0

    def walk(parent: ET.Element, path: list[str], depth: int) -> None:
        nonlocal skipped
        if depth > _MAX_DEPTH:
            return
        for outline in parent:
            if _local(outline.tag) != "outline":
                continue
            attrs = {k.lower(): v for k, v in outline.attrib.items()}
            title = clean_line(attrs.get("title") or attrs.get("text") or "")
            url = (attrs.get("xmlurl") or "").strip()
            if url:
                if not is_fetchable_url(url):
                    skipped += 1
                elif url not in seen:
                    seen.add(url)
                    feeds.append(OpmlFeed(url=clean_line(url, 4096), title=title,
                                          category="/".join(path) or None))
            if len(outline):
                walk(outline, path + [title.replace("/", "-")] if title and not url else path, depth + 1)

    walk(body, [], 0)
    if skipped:
        log.warning("%s: skipped %d outlines whose feed URL is not http(s)", source, skipped)
    return feeds


def write_opml(feeds: Iterable[OpmlFeed], title: str = "newsbrief subscriptions") -> bytes:
    """OPML 2.0 for the feeds, grouped in folder outlines by category ("a/b": nested folders)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = formatdate(usegmt=True)
    body = ET.SubElement(root, "body")
    folders: dict[tuple[str, ...], ET.Element] = {(): body}

    def folder(path: tuple[str, ...]) -> ET.Element:
        if path not in folders:
            parent = folder(path[:-1])
            folders[path] = ET.SubElement(parent, "outline", text=path[-1], title=path[-1])
        return folders[path]

    for feed in feeds:
        path = tuple(_xml_text(p) for p in (feed.category or "").split("/") if _xml_text(p))
        name = _xml_text(feed.title) or _xml_text(feed.url)
        ET.SubElement(folder(path), "outline", type="rss", text=name, title=name,
                      xmlUrl=_xml_text(feed.url))
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


_XML_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([^"']{1,40})(["'])""")


def _as_utf8(data: bytes) -> bytes | None:
    """The document re-encoded as UTF-8 when it declares another encoding Python can read:
    expat itself reads no multi-byte encoding but UTF-8 and UTF-16 (gb2312 and shift_jis OPML
    files raised ValueError). None when there is nothing to do or the bytes do not decode."""
    match = _XML_ENCODING.match(data)
    if not match:
        return None
    try:
        text = data.decode(match.group(2).decode("ascii"))
    except (LookupError, ValueError):
        return None
    return _XML_ENCODING.sub(rb"\g<1>utf-8\g<3>", text.encode("utf-8"), count=1)


# Characters XML 1.0 cannot hold at all (ElementTree writes them anyway, and no reader reads them).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value: str | None) -> str:
    return _NOT_XML.sub("", clean_line(value or "", max_len=4096))


def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1].lower()


__all__ = ["OpmlFeed", "parse_opml", "write_opml"]
