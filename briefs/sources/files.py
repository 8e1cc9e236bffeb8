"""Files, folders and stdin bytes turned into Articles (page URLs: `pages`).

Plain text and Markdown are read here (title from a headline line or the file
name; a first line that is only a date is the published date, and then the
title is the next line's headline or the lead sentence); web pages go through
`extract.extract_html`. Every failure is a
SourceError whose message names the path.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import SourceError
from ..model import Article, article_id
from ..safety import clean_line, clean_text, is_fetchable_url, plain_title
from .decode import decode_text, is_binary, looks_like_html
from .extract import extract_html
from .furniture import clean_paragraphs

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
MAX_FILE_BYTES = 20 * 1024 * 1024
# A folder source is a folder of articles, not a disk: `add /` or `add ~` must stop with a
# plain reason instead of walking millions of entries (and reading each file on every refresh).
MAX_FOLDER_FILES = 10_000
MAX_FOLDER_ENTRIES = 200_000

_HEADLINE_MAX_WORDS = 20
_HEADLINE_MAX_CHARS = 160
_HEADLINE_TIGHT_WORDS = 12
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
# `*` emphasis anywhere; `_` only at word edges (snake_case stays as it is, as in CommonMark).
_MD_EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_SENTENCE_END = re.compile(r"""[.!?:;,]['"\u201d\u2019)\]]*$""")


# --- files and folders ----------------------------------------------------------------------


def load_path(path: str | os.PathLike[str], skipped: list[str] | None = None) -> list[Article]:
    """The articles in a file (.txt, .md, .html, .htm) or a folder (recursive, sorted).

    A folder's unreadable files are skipped, each reason put in `skipped` when it is given,
    else logged as a warning; a folder with no article at all, like a bad file, raises
    SourceError naming the path.
    """
    target = Path(path)
    if is_folder(target):
        files = article_files(target)
        if not files:
            raise SourceError(
                f"{printable_path(target)}: no articles in this folder (.txt, .md, .html or .htm files)"
            )
        articles = []
        errors = []
        for file in files:
            try:
                articles.append(load_file(file))
            except SourceError as exc:
                if skipped is None:
                    log.warning("%s", exc)
                errors.append(str(exc))
        if not articles:
            raise SourceError(f"{printable_path(target)}: no readable article in this folder ({errors[0]})")
        if skipped is not None:
            skipped.extend(errors)
        return articles
    return [load_file(target)]


def printable_path(path: str | os.PathLike[str]) -> str:
    """A path as text fit for JSON and terminals: undecodable bytes as U+FFFD, no control characters."""
    raw = os.fsencode(path)
    return clean_text(raw.decode("utf-8", "replace")).replace("\n", " ").replace("\t", " ")


def is_folder(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is a folder; False for names the OS cannot even look up."""
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def article_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Article files under `folder`, recursively, sorted.

    Hidden files, symlinked folders and symlinks that lead out of `folder` are
    skipped: a folder source reads what is in that folder, nothing else. A folder
    holding more than MAX_FOLDER_FILES article files, or more than MAX_FOLDER_ENTRIES
    entries in all, is refused with a SourceError naming it: it is not a news folder.
    """
    root = Path(folder)
    real_root = root.resolve()
    found: list[Path] = []
    entries = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        entries += len(dirnames) + len(filenames)
        if entries > MAX_FOLDER_ENTRIES:
            raise SourceError(
                f"{printable_path(root)}: more than {MAX_FOLDER_ENTRIES:,} files and folders under it; "
                "add the folder that holds the articles"
            )
        for name in filenames:
            if name.startswith("."):
                continue
            candidate = Path(dirpath) / name
            if candidate.suffix.lower() not in ARTICLE_SUFFIXES or not candidate.is_file():
                continue
            if candidate.is_symlink() and not candidate.resolve().is_relative_to(real_root):
                log.warning("skipping %s: a link to a file outside %s", printable_path(candidate), printable_path(root))
                continue
            found.append(candidate)
            if len(found) > MAX_FOLDER_FILES:
                raise SourceError(
                    f"{printable_path(root)}: more than {MAX_FOLDER_FILES:,} article files under it; "
                    "add a smaller folder"
                )
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def load_file(path: str | os.PathLike[str]) -> Article:
    """One article file. SourceError naming the path when it is missing, unreadable, binary or empty."""
    file = Path(path)
    source = printable_path(file)
    shown = clean_line(source, 240)
    try:
        if not file.exists():
            raise SourceError(f"{shown}: no such file or folder")
        if not file.is_file():
            raise SourceError(f"{shown}: not a regular file")
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceError(f"{shown}: file is too large ({size} bytes; at most {MAX_FILE_BYTES})")
        data = file.read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = getattr(exc, "strerror", None) or str(exc)
        raise SourceError(f"{shown}: cannot read file ({reason})") from None
    article = load_bytes(data, source=source, name=printable_path(file.name))
    # The source stays as given ("seeds/a.txt"); the id is the file's wherever it was named
    # from, so saving it again from another folder updates its files instead of adding a copy.
    return replace(article, id=article_id(printable_path(os.path.abspath(file)), article.text))


# --- bytes ----------------------------------------------------------------------------------


# An OPML document's start: the XML declaration, comments and a doctype may come first.
_OPML_START = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*
    (?:<\?xml[^>]*>\s*)?          # the XML declaration
    (?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*   # comments, a doctype
    <opml[\s>]""", re.IGNORECASE | re.DOTALL | re.VERBOSE)


def load_bytes(data: bytes, *, source: str, name: str | None = None) -> Article:
    """An article from raw bytes (a file's or stdin's, `source` "-"); HTML or text is sniffed."""
    shown = source or "-"
    if not data.strip():
        raise SourceError(f"{shown}: empty input, no article text")
    if is_binary(data):
        raise SourceError(f"{shown}: binary file, not an article")
    suffix = Path(name).suffix.lower() if name else ""
    if suffix == ".opml" or _OPML_START.match(data[:4096]):
        raise SourceError(f"{shown}: an OPML list of feeds, not an article: follow its feeds with "
                          "`newsbrief import-opml` (in the reader: ctrl+p, Import feeds from an OPML file)")
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(data)):
        return extract_html(data, source=shown)
    text = decode_text(data)
    markdown = suffix in (".md", ".markdown")
    return text_article(text, source=shown, name=name, markdown=markdown)


# --- plain text and Markdown ----------------------------------------------------------------


def text_article(text: str, *, source: str, name: str | None = None, markdown: bool = False) -> Article:
    """An article from plain text: headline line (or file name) as title, furniture dropped."""
    text = clean_text(text).replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    meta: dict[str, str] = {}
    if markdown:
        meta, lines = _front_matter(lines)
    published, lines = _date_line(lines)
    title, body_lines = _split_headline(lines, markdown=markdown)
    title = clean_line(meta.get("title", ""), 300) or title
    if markdown:
        body_lines = [_plain_markdown(line) for line in body_lines]
    paragraphs = _paragraphs(body_lines)
    if not title and published is None and name:  # a dated article without a headline: its lead, below
        title = title_from_name(name)
    title = plain_title(title)  # `&#163;` or `<em>` left in a headline line or front matter
    paragraphs = clean_paragraphs(paragraphs, title=title, markup_is_text=not markdown)
    if not title and paragraphs:  # stdin, or a dated file without a headline: the lead sentence
        title = lead_title(paragraphs[0])
    body = "\n\n".join(paragraphs).strip()
    if not body:
        raise SourceError(f"{source or '-'}: no article text (the file is empty or only a title)")
    url = meta.get("url")
    return Article(
        text=body,
        title=title or "Untitled",
        source=source,
        url=url if is_fetchable_url(url) else None,
        published=published,
    )


# The words a line that is only a date is made of ("Thursday, August 25, 2011", "2011-08-25",
# "25th of August 2011"); `timex` then says which day it is.
_DATE_WORD = re.compile(r"""(?ix)
    (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?
  | jan(?:uary)? | feb(?:ruary)? | mar(?:ch)? | apr(?:il)? | may | june? | july? | aug(?:ust)?
  | sep(?:t|tember)? | oct(?:ober)? | nov(?:ember)? | dec(?:ember)?
  | \d{1,2}(?:st|nd|rd|th)? | \d{4}(?:-\d\d-\d\d)? | of
""")
_LEAD_TITLE_CHARS = 90
# Where a sentence may end: a full stop, ! or ? (closing quotes after it), then a capital.
_SENTENCE_BREAK = re.compile(r"""(?<=[.!?])(?P<close>["'\u201d\u2019)]*)\s+(?=["'\u201c\u2018(]?[A-Z])""")
# The engine's lexicon of words that end in a full stop without ending a sentence ("Inc.",
# "Gen."), read as a data file: adding a file must not load the engine.
_ABBREVIATIONS_FILE = ("engine", "lexicons", "abbreviations.txt")


@cache
def _abbreviations() -> frozenset[str]:
    """The lexicon's abbreviations, lower case, without their final dot ("inc", "u.s"). "No." is
    one only before a number ("No. 10"), and a break here has a capital after it: left out."""
    raw = resources.files("briefs").joinpath(*_ABBREVIATIONS_FILE).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in raw.splitlines())
    return frozenset(entry for entry in entries if entry) - {"no"}


def _date_line(lines: list[str]) -> tuple[str | None, list[str]]:
    """A first line that is only a date ("Thursday, August 25, 2011"): the day it names as an
    ISO date, and the lines after it. Else None and the lines as they were."""
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None:
        return None, lines
    first = lines[index].strip()
    words = [w for w in re.split(r"[\s,./]+", first) if w]
    if not words or len(first) > 40 or not all(_DATE_WORD.fullmatch(w) for w in words):
        return None, lines
    from ..dates import timex  # only for the few files that start with a date

    day = timex(first, None)
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None, lines
    return day, lines[index + 1:]


def lead_title(paragraph: str, limit: int = _LEAD_TITLE_CHARS) -> str:
    """A title from an article's lead: its first sentence, cut at a word boundary with "…"
    when longer than `limit` characters."""
    sentence = paragraph.strip()
    for end in _SENTENCE_BREAK.finditer(paragraph):
        word = paragraph[: end.start()].rsplit(None, 1)[-1].lower().lstrip("(\"'\u201c\u2018")
        if word.rstrip(".") not in _abbreviations() and not re.fullmatch(r"(?:\w\.)+", word):  # "Inc.", "U.S.", "J."
            sentence = paragraph[: end.start() + len(end["close"])].strip()
            break
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    cut = sentence[: limit + 1].rsplit(" ", 1)[0] if " " in sentence[: limit + 1] else sentence[:limit]
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A Markdown file's YAML front matter (title, url; scalars only) and the lines after it."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 80)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, lines
    meta = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in ("title", "url") and value.strip():
            meta[key] = _yaml_scalar(value.strip())
    return meta, lines[end + 1:]


def _yaml_scalar(value: str) -> str:
    if value.startswith('"'):
        try:
            decoded = json.loads(value)
        except ValueError:
            return value.strip('"')
        return decoded if isinstance(decoded, str) else ""
    if value.startswith("'") and value.endswith("'") and len(value) > 1:
        return value[1:-1].replace("''", "'")
    return "" if value in ("null", "~") else value


def _split_headline(lines: list[str], *, markdown: bool) -> tuple[str, list[str]]:
    """The headline and the rest, when the first non-blank line reads as one."""
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None:
        return "", []
    first = lines[index].strip()
    rest = lines[index + 1:]
    heading = _MD_HEADING.match(first)
    if heading and (markdown or first.startswith("# ")):
        return clean_line(_plain_markdown(heading.group(1)), 300), rest
    followed_by_blank = not rest or not rest[0].strip()
    underlined = bool(rest) and bool(re.fullmatch(r"\s*(=+|-+)\s*", rest[0]))
    if underlined:
        rest = rest[1:]
    # Without a blank line, a short line is still a headline when a paragraph of prose follows it.
    above_prose = (
        bool(rest)
        and len(first.split()) <= _HEADLINE_TIGHT_WORDS
        and len(rest[0].split()) >= 2 * len(first.split())
        and bool(_SENTENCE_END.search(rest[0].strip()))
    )
    if (followed_by_blank or underlined or above_prose) and _reads_as_headline(first):
        title = _plain_markdown(first) if markdown else first
        return clean_line(title, 300), rest
    return "", lines[index:]


def _reads_as_headline(line: str) -> bool:
    words = line.split()
    if not words or len(words) > _HEADLINE_MAX_WORDS or len(line) > _HEADLINE_MAX_CHARS:
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    first = line.lstrip("\"'\u201c\u2018([")[:1]
    return first.isupper() or first.isdigit()


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks; inside one, a hard-wrapped paragraph is joined back up.

    A line that ends a sentence or is short (a subheading) ends its paragraph
    unless the next line starts in lower case: texts with one paragraph per
    line keep their lines.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in lines + [""]:
        line = raw.strip()
        if current and line:
            prev = current[-1]
            wrapped = line[:1].islower() or (len(prev) >= 50 and not _SENTENCE_END.search(prev))
            if not wrapped:
                paragraphs.append(" ".join(current))
                current = []
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return [" ".join(p.split()) for p in paragraphs]


def _plain_markdown(line: str) -> str:
    heading = _MD_HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _MD_QUOTE.sub("", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(lambda m: m.group(2) if m.group(1) else m.group(4), line)


def title_from_name(name: str) -> str:
    """A title from a file name: `blinken-xi-beijing.txt` -> "Blinken Xi Beijing"."""
    stem = Path(clean_line(name, 255)).stem
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    return " ".join(w[:1].upper() + w[1:] for w in words)

