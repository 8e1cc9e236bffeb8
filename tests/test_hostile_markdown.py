"""A hostile feed, end to end into saved briefs: refreshed over loopback, briefed by the engine,
saved as Markdown. The front matter keeps exactly its fields, and nothing from the feed
becomes a heading, a link, an image, HTML or a second front-matter block.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from feedserver import FeedServer, Route, rss

from briefs.config import Config
from briefs.export.digest import write_digest
from briefs.export.save import save_brief
from briefs.refresh import refresh
from briefs.store.library import Library
from briefs.stories.clusters import list_stories

FIELDS = {"title", "url", "source", "published", "saved", "tags", "state", "id", "engine"}
SECTIONS = ["## Summary", "## Key meeting", "## Key quotes", "## Open issues", "## Next steps",
            "## People", "## Source"]
HOSTILE_TITLES = [
    'Quote" \ntitle: injected\n---\n# Heading',
    "</script><script>alert(1)</script><img src=x onerror=alert(1)>",
    "[click me](javascript:alert(1)) and ![tracker](http://evil.example/t.png)",
    "`code` *bold* _it_ | a | table | ~~strike~~ <http://evil.example>",
    "---",
    "- a list item",
    "1. a numbered item",
    "> a quotation",
    "title: second\u2028state: flagged\u2029id: 0000\u0085engine: x",
    "&lt;b&gt; &amp; &#60;i&#62; {{ template }} {% raw %}",
]
BODY = (
    "# Not a heading\n\n<iframe src=\"http://evil.example\"></iframe> The council met on Monday "
    "with [Mayor Bob](javascript:alert(1)), officials said. \"We will build it next year,\" said "
    "Mayor Bob Smith, the mayor of ![x](http://evil.example/p.png) Harbourtown. The talks will "
    "resume in June, the mayor's office said. ---\n\n> Quoted block\n\n- listed | piped |"
)


def front_matter(markdown: str) -> dict:
    lines = markdown.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    data = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(": ")
        assert sep and key in FIELDS and key not in data, line
        data[key] = json.loads(value)
    return data


def test_a_hostile_feed_saves_as_markdown_that_keeps_to_its_structure(tmp_path):
    items = [{"title": title, "link": f"https://hostile.example/{n}", "guid": str(n),
              "content": f"<p>{BODY.replace(chr(10), '<br>')} Item {n}.</p>"}
             for n, title in enumerate(HOSTILE_TITLES)]
    folder = tmp_path / "briefs"
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        server.routes["/hostile"] = Route(body=rss("Hostile [b]feed[/b]\n---", items))
        lib.add_source("feed", server.url("/hostile"))
        report = refresh(lib, Config(connect_timeout=5, total_timeout=10, retention_days=0))
        assert not report.failed and report.new == len(HOSTILE_TITLES)
        paths = [save_brief(lib.brief(row.id), folder, state=row.state, tags=[row.title])
                 for row in lib.articles(view="all")]
    assert len(set(paths)) == len(HOSTILE_TITLES)
    for path in paths:
        markdown = path.read_text(encoding="utf-8")
        meta = front_matter(markdown)
        assert set(meta) == FIELDS and meta["state"] == "unread"
        assert meta["engine"].startswith("rules/") and re.fullmatch(r"[0-9a-f]+", meta["id"])
        body = markdown.split("\n---\n", 1)[1]
        lines = body.split("\n")
        headings = [line for line in lines if line.startswith("#")]
        assert len(headings) == 1 + len(SECTIONS) and headings[1:] == SECTIONS, headings
        assert "\n---\n" not in body and not any(line.strip() == "---" for line in lines)
        for line in lines:
            stripped = line.lstrip()
            assert not stripped.startswith((">", "-  ", "* ", "+ ", "|")) or line.startswith(("> \"", "- ")), line
            if line.startswith("- **URL:** <"):
                assert re.fullmatch(r"- \*\*URL:\*\* <https://hostile\.example/\d+>", line)
                continue
            assert not re.search(r"(?<!\\)\]\(", line), line  # no link or image
            assert not re.search(r"(?<!\\)<[a-zA-Z/!]", line), line  # no HTML tag or autolink
            assert not re.search(r"(?<!\\)`", line), line
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


DIGEST_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "em",
               "section", "blockquote", "span", "ul", "li", "a", "table", "tr", "td"}


def test_a_hostile_feed_makes_a_digest_that_keeps_to_its_structure(tmp_path):
    items = [{"title": title, "link": f"https://hostile.example/{n}", "guid": str(n),
              "content": f"<p>{BODY.replace(chr(10), '<br>')} Item {n} {title}.</p>"}
             for n, title in enumerate(HOSTILE_TITLES)]
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        server.routes["/hostile"] = Route(body=rss("Hostile <b>feed</b>\n---", items))
        lib.add_source("feed", server.url("/hostile"))
        report = refresh(lib, Config(connect_timeout=5, total_timeout=10, retention_days=0))
        assert not report.failed and report.new == len(HOSTILE_TITLES)
        page = write_digest(lib, tmp_path / "digest.html", since=None, view="all").read_text("utf-8")
        markdown = write_digest(lib, tmp_path / "digest.md", since=None, view="all").read_text("utf-8")
        stories = len(list_stories(lib))  # the same body ten times over: one story, copies merged
    parser = _Tags()
    parser.feed(page)
    assert {tag for tag, _ in parser.tags} <= DIGEST_TAGS, {tag for tag, _ in parser.tags}
    assert sum(tag == "section" for tag, _ in parser.tags) == stories
    for tag, attrs in parser.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert re.fullmatch(r"https://hostile\.example/\d+", attrs["href"]), attrs
    headings = [line for line in markdown.split("\n") if line.startswith("#")]
    assert headings[0].startswith("# Digest") and headings[-1].startswith("## Agenda")
    assert all(re.match(r"## \d+\. ", h) for h in headings[1:-1]) and len(headings) == 2 + stories
    for line in markdown.split("\n"):
        line = re.sub(r" <https://hostile\.example/\d+>$", "", line)
        assert not re.search(r"(?<!\\)\]\(", line), line
        assert not re.search(r"(?<!\\)<[a-zA-Z/!]", line), line
        assert not re.search(r"(?<!\\)`", line), line
