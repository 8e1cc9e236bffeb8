"""Extraction: a web page's bytes -> an Article (body, title, byline, date, canonical URL).

A pure function of bytes and plain arguments, so it can run in a process pool:
charset detection, page metadata (og:, article:, JSON-LD, <time>), the body
by readability-lxml, then page furniture dropped (see `furniture`).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import lxml.etree
import lxml.html
from readability import Document as Readability

from ..errors import FetchError, SourceError
from ..model import Article
from ..safety import check_url, clean_line, clean_text, plain_title
from .decode import decode_html
from .furniture import Block, drop_furniture

log = logging.getLogger(__name__)
# readability logs a traceback before it raises on a page it cannot read; that becomes our
# SourceError, so its records must not reach a terminal where no logging is configured.
logging.getLogger("readability").addHandler(logging.NullHandler())
_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml\b[^>]*\?>")
# C0 controls (but tab and newlines): libxml2 keeps them in text, and readability then fails
# on the whole page ("All strings must be XML compatible") where a stray \x01 is all that is wrong.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figure footer form h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table tbody td tfoot th thead tr ul body html".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_EMPHASIS = frozenset("em i cite".split())
_DROP_TAGS = (
    "script style noscript template svg iframe form button input select textarea nav aside "
    "figcaption object embed canvas video audio map"
).split()
# Class or id tokens of elements that are never body text (captions, credits, share bars, ads).
# Class or id tokens of elements that are never body text (comments, hidden helpers, ad networks).
_ALWAYS_DROP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:comments?|outbrain|taboola|visually-hidden|sr-only|screen-reader-text)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Tokens of small page parts (captions, credits, share bars, promos, bios). A container holding
# several real paragraphs is kept whatever its class says: some sites mark the body "share-…".
_SMALL_DROP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:caption|captions|credit|credits|share|sharing|social|newsletter|promo|advert|"
    r"advertisement|ad-container|related|byline|subscribe|paywall|bio|author-bio|nav|navigation|"
    r"menu|breadcrumbs?|toolbar)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Social-media embeds are set as <blockquote> too, but carry handles and dates, not quoted words.
_EMBED_CLASS = re.compile(r"tweet|twitter|instagram|tiktok|facebook|embed", re.IGNORECASE)
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")
_BODY_PARAGRAPH_CHARS = 120
_BODY_PARAGRAPHS = 3
# A body shorter than this is checked against the page's JSON-LD articleBody.
_SHORT_BODY_CHARS = 500
_ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle blogposting backgroundnewsarticle "
    "opinionnewsarticle reviewnewsarticle webpage liveblogposting socialmediaposting report".split()
)
_MAX_JSONLD = 500_000
_SURROGATES = re.compile("[\ud800-\udfff]")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


# --- charset --------------------------------------------------------------------------------


# --- the page -------------------------------------------------------------------------------


def extract_html(
    data: bytes,
    *,
    url: str | None = None,
    source: str = "",
    content_type: str | None = None,
) -> Article:
    """The article in a web page. Raises SourceError (naming `source`) when there is none."""
    where = source or url or "page"
    html = decode_html(data, content_type)
    # XHTML pages open with an XML declaration naming their encoding; the text is decoded
    # already, and lxml refuses a str that still declares one.
    html = _XML_DECLARATION.sub("", html, count=1)
    if _XML_UNSAFE.search(html):
        html = clean_text(html)  # escape sequences go whole, not just their ESC
    try:
        tree = lxml.html.document_fromstring(html, parser=_parser())
    except (lxml.etree.ParserError, AssertionError, ValueError) as exc:
        raise SourceError(f"{where}: not a readable web page ({exc})") from None

    meta = _metadata(tree, url)
    _strip_furniture_elements(tree)
    try:
        reader = Readability(tree, url=url)
        body_html = reader.summary(html_partial=True)
        fallback_title = reader.short_title()
    except Exception as exc:  # readability raises bare Exceptions on odd pages
        raise SourceError(f"{where}: could not find an article body ({exc})") from None

    title = plain_title(meta.get("title") or fallback_title or "", max_len=300)
    byline = meta.get("byline")
    try:
        blocks = list(_blocks(body_html))
    except RecursionError:
        raise SourceError(f"{where}: the page is nested too deeply to read") from None
    paragraphs = drop_furniture(blocks, title=title, byline=byline)
    # Cleaned here, on the way out, rather than the whole page on the way in: same result, less work.
    text = clean_text("\n\n".join(paragraphs)).strip()
    structured = meta.get("body") or ""
    if len(text) < _SHORT_BODY_CHARS and len(structured) > 1.5 * len(text):
        # Script-built or paywalled pages often carry the story only in their JSON-LD.
        parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", structured)]
        text = "\n\n".join(drop_furniture([Block(p) for p in parts if p], title=title, byline=byline))
    if not text:
        raise SourceError(f"{where}: no article text found in the page")
    canonical = meta.get("url") or url
    return Article(
        text=text,
        title=title or "Untitled",
        source=source or (url or ""),
        url=canonical,
        published=meta.get("published"),
        byline=byline,
    )


def _parser() -> lxml.html.HTMLParser:
    # huge_tree: libxml2 otherwise silently drops everything nested deeper than 256 elements.
    return lxml.html.HTMLParser(huge_tree=True, remove_comments=True)


def _strip_furniture_elements(tree: lxml.html.HtmlElement) -> None:
    for el in list(tree.iter(*_DROP_TAGS)):  # a list: dropping while iterating skips elements
        if el.getparent() is None:
            continue
        # Some sites (ASP.NET) wrap the whole page in one <form>: keep a form that holds the story.
        if el.tag == "form" and _holds_body(el):
            el.drop_tag()
            continue
        _drop(el)
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            _drop(el)
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not marks.strip() or el.tag in ("html", "body", "article", "main"):
            continue
        if _ALWAYS_DROP_CLASS.search(marks) or (
            _SMALL_DROP_CLASS.search(marks) and not _holds_body(el)
        ):
            _drop(el)


def _holds_body(el: lxml.html.HtmlElement) -> bool:
    """Whether an element holds several real paragraphs (so it is not a caption or a share bar)."""
    count = 0
    for p in el.iter("p"):
        if len(p.text_content()) >= _BODY_PARAGRAPH_CHARS:
            count += 1
            if count >= _BODY_PARAGRAPHS:
                return True
    return False


def _drop(el: lxml.html.HtmlElement) -> None:
    try:
        el.drop_tree()
    except (AssertionError, TypeError, ValueError):
        pass


def _blocks(body_html: str) -> Iterator[Block]:
    """Readability's body as paragraphs, each with its link share and emphasis."""
    if not body_html.strip():
        return
    try:
        root = lxml.html.fragment_fromstring(body_html, create_parent="div", parser=_parser())
    except (lxml.etree.ParserError, AssertionError, ValueError):  # lxml asserts on body-less input
        return
    builder = _BlockBuilder()
    builder.walk(root, in_link=False, in_em=False, in_heading=False)
    builder.flush()
    yield from builder.blocks


def _reads_as_prose(text: str) -> bool:
    """Words and sentences, not code, data or a list of links."""
    if len(text.split()) < 4:
        return False
    letters = sum(1 for c in text if c.isalpha() or c.isspace())
    return letters >= 0.85 * len(text)


class _BlockBuilder:
    """Collects inline text into blocks, flushing at block-level elements and <br>."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._reset()

    def _reset(self) -> None:
        self._parts: list[str] = []
        self._chars = 0
        self._link_chars = 0
        self._em_chars = 0
        self._has_link = False
        self._heading = False
        self._quoted = False

    def _add(
        self, text: str | None, in_link: bool, in_em: bool, in_heading: bool, in_quote: bool = False
    ) -> None:
        if not text:
            return
        self._quoted = self._quoted or (in_quote and bool(text.strip()))
        self._parts.append(text)
        n = len(text.strip())
        self._chars += n
        if in_link:
            self._link_chars += n
            self._has_link = self._has_link or n > 0
        if in_em:
            self._em_chars += n
        if in_heading and n:
            self._heading = True

    def flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if self._quoted and _reads_as_prose(text) and not _QUOTE_MARKS.search(text):
            # A block quotation is quoted words: say so in plain text, as print does.
            text = f"\u201c{text}\u201d"
        if text:
            chars = max(1, self._chars)
            self.blocks.append(
                Block(
                    text=text,
                    link_ratio=self._link_chars / chars,
                    emphasised=self._em_chars >= 0.9 * chars,
                    has_link=self._has_link,
                    heading=self._heading,
                )
            )
        self._reset()

    def walk(
        self,
        el: lxml.html.HtmlElement,
        *,
        in_link: bool,
        in_em: bool,
        in_heading: bool,
        in_quote: bool = False,
    ) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            self.flush()
        link = in_link or tag == "a"
        em = in_em or tag in _EMPHASIS
        heading = in_heading or tag in _HEADINGS
        quote = in_quote or (tag == "blockquote" and not _EMBED_CLASS.search(el.get("class") or ""))
        if tag:
            self._add(el.text, link, em, heading, quote)
            for child in el:
                self.walk(child, in_link=link, in_em=em, in_heading=heading, in_quote=quote)
        if block:
            self.flush()
        self._add(el.tail, in_link, in_em, in_heading, in_quote)


# --- metadata -------------------------------------------------------------------------------


def _metadata(tree: lxml.html.HtmlElement, base_url: str | None) -> dict[str, str | None]:
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and key not in metas:
            metas[key] = value.strip()
    ld = list(_jsonld_articles(tree))

    title = _first(
        *(_text_of(item.get("headline")) for item in ld),
        metas.get("og:title"),
        metas.get("twitter:title"),
        metas.get("headline"),
    )
    headings = [" ".join(h.text_content().split()) for h in list(tree.iter("h1"))[:5]]
    if not title:
        title = next((h for h in headings if h), None)
    title = plain_title(title) or None  # JSON-LD is never HTML-decoded; some og:titles twice escaped

    byline = _first(
        *(_authors(item.get("author")) for item in ld),
        metas.get("author"),
        metas.get("byl"),
        metas.get("og:article:author"),
        metas.get("article:author") if not _looks_like_url(metas.get("article:author")) else None,
        metas.get("dc.creator"),
        metas.get("sailthru.author"),
        _byline_element(tree, "//*[@rel='author']"),
        _byline_element(tree, "//*[@itemprop='author']"),
        _byline_element(tree, "//*[contains(@class, 'byline')]"),
    )
    if byline:
        byline = re.sub(r"^\s*by\s+", "", plain_title(byline, 200), flags=re.IGNORECASE) or None
    if title:
        title = _strip_suffix(title, (metas.get("og:site_name"), byline))
        title = _headline_within(title, headings)

    canonical = None
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            canonical = el.get("href")
            break
    canonical = _first(
        canonical,
        metas.get("og:url"),
        *(_text_of(item.get("url")) for item in ld),
    )
    if canonical:
        canonical = urljoin(base_url, canonical.strip()) if base_url else canonical.strip()
        try:
            canonical = check_url(canonical)
        except FetchError:
            canonical = None

    published = _first_date(_published_candidates(tree, metas, ld, (canonical, base_url)))

    return {
        "title": clean_line(title, 300) if title else None,
        "byline": byline,
        "published": published,
        "url": canonical,
        "body": _structured_body(ld),
    }


# Page metadata that holds the publication date, most specific first (all keys lower case).
_PUBLISHED_METAS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "article:publicationdate", "article.published", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "ptime",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.date", "dcterms.created", "dc.date.created", "citation_publication_date",
    "citation_date", "original-publish-date", "date", "displaydate",
)
# A date in the URL path, as many sites put it: /2023/06/19/, /2019/jan/03/, /2023-06-19/.
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-]"
    r"(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)",
    re.IGNORECASE,
)
# Elements that show when the story was published, by their class or id.
_DATED_TEXT_CHARS = 80
_DATED_CLASS = "publish|posted|pubdate|datetime|timestamp|dateline|article-date|post-date|entry-date"
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# "March 18, 2015", "Mar. 18 2015", "18 March 2015", "Fri Mar 13 21:30:09 EST 2015".
_TEXT_DATE = re.compile(
    r"\b(?:(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})"
    r"(?:st|nd|rd|th)?(?:,\s*|\s+)(?:\d{1,2}:\d{2}(?::\d{2})?\s+(?:[a-z]{2,5}\s+)?)?(?P<y1>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*"
    r"\.?,?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)


def _published_candidates(
    tree: lxml.html.HtmlElement, metas: dict[str, str], ld: list[dict], urls: tuple[str | None, ...]
) -> Iterator[str | None]:
    """Where pages put their publication date, most trusted first (read only as far as needed)."""
    yield from (_text_of(item.get("datePublished")) for item in ld)
    yield from (metas.get(key) for key in _PUBLISHED_METAS)
    yield from (el.get("content") or el.get("datetime") for el in _itemprop(tree, "datePublished"))
    yield from (el.get("datetime") for el in tree.xpath("//time[@pubdate]")[:3])
    yield from (_date_in_url(url) for url in urls)
    yield from (el.get("datetime") for el in tree.iter("time"))
    yield from (_text_of(item.get("dateCreated")) for item in ld)
    yield from _dated_element_texts(tree)


# RFC 2822 zones that mean one offset; a zone named by letters (EST, CST, IST) may mean several.
_EXACT_ZONE = re.compile(r"[+-]\d{4}\s*$|\b(?:GMT|UTC|UT|Z)\s*$")


def _first_date(values: Iterable[str | None]) -> str | None:
    """The first value that reads as a date; None means undated (never today's date)."""
    for value in values:
        if value and value.strip():
            found = _iso_date(value)
            if found:
                return found
    return None


def _date_in_url(url: str | None) -> str | None:
    if not url:
        return None
    match = _URL_DATE.search(url.split("?", 1)[0])
    if not match:
        return None
    year, month, day = match.groups()
    month = _MONTHS.get(month.lower()[:3]) if month.isalpha() else int(month)
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _dated_element_texts(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Dates written out in the page's publish-date elements ("posted on April 21, 2015")."""
    xpath = (
        "//*[re:test(@class, $marks, 'i') or re:test(@id, $marks, 'i')]"
    )
    try:
        found = tree.xpath(xpath, marks=_DATED_CLASS,
                           namespaces={"re": "http://exslt.org/regular-expressions"})
    except lxml.etree.XPathError:
        return
    for el in found[:20]:
        if isinstance(el.tag, str):
            text = " ".join(el.text_content().split())
            # A date line is short; a long one is a container (WordPress marks whole
            # articles "status-publish") whose first sentence may name some other day.
            if len(text) <= _DATED_TEXT_CHARS:
                yield text


def _structured_body(items: list[dict]) -> str | None:
    for item in items:
        body = item.get("articleBody")
        if isinstance(body, str) and body.strip():
            if re.search(r"</?(p|br|div|a|em|strong)\b", body, re.IGNORECASE):
                body = re.sub(r"<(?:p|br|div)\b[^>]{0,200}>", "\n", body, flags=re.IGNORECASE)
                body = re.sub(r"<[^<>]{0,200}>", "", body)
            return clean_text(body.replace("\r\n", "\n"))
    return None


def _itemprop(tree: lxml.html.HtmlElement, name: str) -> list[lxml.html.HtmlElement]:
    return tree.xpath(f"//*[@itemprop='{name}']")[:3]


def _jsonld_articles(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = _CDATA.sub("", script.text or "")
        if not raw.strip() or len(raw) > _MAX_JSONLD:
            continue
        try:
            # JSON escapes can spell lone surrogates ("\\ud800"), which no file or terminal can take.
            data = json.loads(raw, object_hook=_no_surrogates_in)
        except (ValueError, RecursionError):
            continue
        yield from _walk_jsonld(data, depth=0)


def _no_surrogates(value: object) -> object:
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value)
    if isinstance(value, list):
        return [_no_surrogates(v) for v in value]
    return value


def _no_surrogates_in(obj: dict) -> dict:
    return {key: _no_surrogates(value) for key, value in obj.items()}


def _walk_jsonld(data: object, depth: int) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item, depth + 1)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds) and (
            data.get("headline") or data.get("datePublished")
        ):
            yield data
        for key in ("@graph", "mainEntity"):  # a site's graph, or a WebPage around the article
            if key in data:
                yield from _walk_jsonld(data[key], depth + 1)


def _text_of(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0]
    if isinstance(value, dict):
        inner = value.get("@id") or value.get("url") or value.get("name")
        return inner if isinstance(inner, str) else None
    return None


def _authors(value: object) -> str | None:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not _looks_like_url(name):
            names.append(" ".join(name.split()))
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _byline_element(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    """A byline from the page's author/byline elements: the names in them, not dates or counts."""
    try:
        found = tree.xpath(xpath)
    except lxml.etree.XPathError:
        return None
    for el in found[:5]:
        if not isinstance(el.tag, str):
            continue
        names = [" ".join(a.text_content().split()) for a in el.iter("a")]
        names = [n for n in names if 2 < len(n) < 60 and not any(c.isdigit() for c in n)]
        if names:
            return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        text = " ".join(el.text_content().split())
        text = re.split(r"\d|\||\bupdated\b|\bpublished\b", text, maxsplit=1, flags=re.IGNORECASE)[0]
        text = text.strip(" ,;-")
        if 2 < len(text) < 120:
            return text
    return None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return value.strip()
    return None


def _looks_like_url(value: str | None) -> bool:
    return bool(value) and bool(re.match(r"^[a-z][a-z0-9+.-]*://", value.strip(), re.IGNORECASE))


def _headline_within(title: str, headings: list[str]) -> str:
    """The page's own <h1> when the meta title is that headline plus a section or site label."""
    folded = " ".join(title.split())
    for heading in headings:
        if 10 <= len(heading) < len(folded) and heading in folded and len(heading) >= 0.4 * len(folded):
            return heading
    return title


def _strip_suffix(title: str, names: tuple[str | None, ...]) -> str:
    """The headline without a trailing " | Site name" or " | Author" the page appended."""
    for name in names:
        if not name:
            continue
        for sep in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
            suffix = f"{sep}{name.strip()}"
            if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
                return title[: -len(suffix)]
    return title


def _iso_date(value: str) -> str | None:
    """An ISO 8601 date or datetime for what the page gave, or None when it is not a date."""
    found = _parse_date(clean_line(value, 200))
    if found is None:
        return None
    year = int(found[:4])
    # A year before the web or past next year is a placeholder or a typo, not the news date.
    return found if 1990 <= year <= datetime.now().year + 1 else None


def _parse_date(value: str) -> str | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # a day, not midnight of it
        try:
            return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?)?", value)
    if match:
        y, m, d, hh, mm, ss = match.groups()
        try:
            stamp = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        except ValueError:
            return None
        return stamp.date().isoformat() if hh is None else stamp.isoformat()
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    else:
        if _EXACT_ZONE.search(value):
            return stamp.isoformat()
        return stamp.date().isoformat()  # "EST" is also Australian: keep the day as written
    match = re.match(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|[\sT])", value)  # 2019/07/08
    if match:
        try:
            return datetime(*(int(g) for g in match.groups())).date().isoformat()
        except ValueError:
            return None
    # Written out ("March 18, 2015", "Fri Mar 13 21:30:09 EST 2015"): the day only, since a
    # zone named by letters is ambiguous (EST is also Australian) and a guessed hour is invented.
    match = _TEXT_DATE.search(value)
    if match:
        month = _MONTHS[(match.group("m1") or match.group("m2")).lower()[:3]]
        day = int(match.group("d1") or match.group("d2"))
        year = int(match.group("y1") or match.group("y2"))
        try:
            return datetime(year, month, day).date().isoformat()
        except ValueError:
            return None
    return None
